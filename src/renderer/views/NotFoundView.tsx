import { hrefFor } from '../routing/routes.ts';

export function NotFoundView() {
  return (
    <div className="page">
      <h1>Nothing here</h1>
      <p>
        This address does not lead to a page. <a href={hrefFor({ name: 'library' })}>Go to all meetings</a>.
      </p>
    </div>
  );
}
