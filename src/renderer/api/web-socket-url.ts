export const WEB_SOCKET_PATH = '/api/ws';

/** The WebSocket endpoint on the host that served the page: wss when the page came over https. */
export function webSocketUrl(location: { protocol: string; host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WEB_SOCKET_PATH}`;
}
