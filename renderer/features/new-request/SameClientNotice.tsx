import { useDeferredValue } from 'react';
import { useOpenRequestsOfClient } from '../../api/queries';
import { routeHref } from '../../app/route';

/**
 * Said while the client is typed in, when they already have an open request: a second message
 * about the same thing belongs on that one, as a contact. Only a warning: a client may well
 * have two things waiting on the boss, and Save still logs this one.
 */
export function SameClientNotice({ name, email }: { name: string; email: string }) {
  const open = useOpenRequestsOfClient(useDeferredValue(name), useDeferredValue(email)).data ?? [];
  if (open.length === 0) return null;
  const one = open.length === 1;
  return (
    <div className="notice same-client" role="status">
      <p>
        {open[0]!.clientName || 'This client'} already has {one ? 'an open request' : `${open.length} open requests`}. If this is about{' '}
        {one ? 'it' : 'one of them'}, log it there as a contact instead, so they get one answer.
      </p>
      <ul>
        {open.map((request) => (
          <li key={request.id}>
            <a href={routeHref({ page: 'request', id: request.id })}>{request.topic}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
