import { useEffect, useState, type FormEvent } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { isBlankText } from '../../../shared/text/blank-text.ts';
import { factsStore, meetingsStore, useMeetings } from '../../app/services.ts';
import { FormMessage } from '../common/FormMessage.tsx';

/**
 * INC-1's services affected, as a list of names. The names used in earlier reviews are offered as they are typed,
 * so the same service is spelled the same way each time (later reviews look for recurrences by these names).
 */
export function ServicesEditor({ idPrefix, meeting }: { idPrefix: string; meeting: Meeting }) {
  const known = useMeetings((state) => state.serviceNames);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const listId = `${idPrefix}-service-names`;
  const services = meeting.servicesAffected;

  useEffect(() => {
    void meetingsStore.getState().loadServiceNames();
  }, []);

  const save = async (next: string[]) => {
    const result = await factsStore.getState().update(meeting.id, { servicesAffected: next });
    setMessage(result.ok ? null : `Services affected ${result.error.message}.`);
    if (result.ok) void meetingsStore.getState().loadServiceNames();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isBlankText(name)) return;
    setName('');
    void save([...services, name.trim()]);
  };

  return (
    <div className="services-editor" data-testid="services-affected">
      <h4 id={`${idPrefix}-services-heading`}>Services affected</h4>
      {services.length > 0 ? (
        <ul className="services-editor__list" aria-labelledby={`${idPrefix}-services-heading`}>
          {services.map((service) => (
            <li key={service} className="services-editor__item">
              <bdi>{service}</bdi>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Remove ${service} from the services affected`}
                onClick={() => void save(services.filter((other) => other !== service))}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No service listed yet.</p>
      )}
      <form className="services-editor__add" onSubmit={submit} aria-label="Add a service affected" noValidate>
        <div className="field">
          <label htmlFor={`${idPrefix}-service-name`}>Service</label>
          <input
            id={`${idPrefix}-service-name`}
            type="text"
            dir="auto"
            autoComplete="off"
            list={listId}
            value={name}
            placeholder="e.g. payment-gateway"
            onChange={(event) => setName(event.target.value)}
          />
          <datalist id={listId}>
            {known
              .filter((use) => !services.some((service) => service.toLowerCase() === use.name.toLowerCase()))
              .map((use) => (
                <option key={use.name} value={use.name} />
              ))}
          </datalist>
        </div>
        <button type="submit" className="button">
          Add service
        </button>
        <FormMessage message={message} />
      </form>
    </div>
  );
}
