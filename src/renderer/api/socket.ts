/** The little of a WebSocket the transport needs, so tests can drive it with a fake. */
export interface SocketHandlers {
  onOpen(): void;
  onMessage(data: unknown): void;
  /** Called once per socket, after an error too, with the code the server closed it with (1006 when it just went). */
  onClose(code?: number): void;
}

export interface SocketConnection {
  send(data: string): void;
  close(): void;
}

export type OpenSocket = (url: string, handlers: SocketHandlers) => SocketConnection;

export const openBrowserSocket: OpenSocket = (url, handlers) => {
  const socket = new WebSocket(url);
  socket.onopen = () => handlers.onOpen();
  socket.onmessage = (event) => handlers.onMessage(event.data);
  socket.onclose = (event) => handlers.onClose(event.code);
  return {
    send: (data) => socket.send(data),
    close: () => socket.close(),
  };
};
