/** An error that belongs to the whole form rather than one field (a lost connection, a server fault). */
export function FormMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-message" role="alert">
      {message}
    </p>
  );
}
