import { useEffect, useState, type FormEvent } from 'react';
import { JOIN_PATHS, PAIRING_CODE_LENGTH } from '../../../shared/joining/joining.ts';
import { isBlankText } from '../../../shared/text/blank-text.ts';

type Problem = { field: 'name' | 'code' | null; message: string } | null;

/** What the join server's answer to a pairing attempt means for the person at the keyboard. */
export async function pairingProblem(response: Response): Promise<Problem> {
  if (response.ok) return null;
  if (response.status === 401) return { field: 'code', message: 'That code is not right; check the facilitator’s screen.' };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after') ?? '0');
    return { field: 'code', message: `Too many wrong codes. Try again in ${Number.isFinite(seconds) && seconds > 0 ? seconds : 30} seconds.` };
  }
  if (response.status === 400) {
    const body = (await response.json().catch(() => null)) as { error?: { field?: string; message?: string } } | null;
    const field = body?.error?.field === 'name' ? 'name' : body?.error?.field === 'code' ? 'code' : null;
    return { field, message: body?.error?.message ?? 'The name or code is not valid.' };
  }
  return { field: null, message: `The facilitator’s laptop answered ${response.status}; ask them whether joining is still on.` };
}

/** A note-taker's first screen: their name and the code on the facilitator's screen. No account, nothing to install. */
export function PairingPage() {
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    document.title = 'Join the review · Debrief';
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBlankText(name)) return setProblem({ field: 'name', message: 'Your name is shown next to what you write.' });
    if (!new RegExp(`^\\d{${PAIRING_CODE_LENGTH}}$`).test(code.trim()))
      return setProblem({ field: 'code', message: `The code has ${PAIRING_CODE_LENGTH} digits.` });
    setSending(true);
    try {
      const response = await fetch(JOIN_PATHS.pair, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ name: name.trim(), code: code.trim() }),
      });
      const found = await pairingProblem(response);
      if (!found) {
        window.location.reload();
        return;
      }
      setProblem(found);
    } catch {
      setProblem({ field: null, message: 'The facilitator’s laptop cannot be reached. Check that you are on the same network.' });
    } finally {
      setSending(false);
    }
  };

  return (
    <main className="app-main pairing">
      <form className="panel pairing__form" onSubmit={(event) => void submit(event)} aria-labelledby="pairing-heading" noValidate>
        <h1 id="pairing-heading">Join the review</h1>
        <p className="muted">Type timeline events, whys, notes and action items with the room. Your name is shown next to what you write.</p>
        <div className="field">
          <label htmlFor="pairing-name">Your name</label>
          <input
            id="pairing-name"
            className="text-input"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={problem?.field === 'name' ? true : undefined}
          />
          {problem?.field === 'name' ? <p className="field__error">{problem.message}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="pairing-code">Code from the facilitator’s screen</label>
          <input
            id="pairing-code"
            className="text-input pairing__code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={PAIRING_CODE_LENGTH + 2}
            value={code}
            onChange={(event) => setCode(event.target.value.replace(/\s/g, ''))}
            aria-invalid={problem?.field === 'code' ? true : undefined}
          />
          {problem?.field === 'code' ? (
            <p className="field__error" role="alert">
              {problem.message}
            </p>
          ) : null}
        </div>
        {problem && problem.field === null ? (
          <p className="form-message" role="alert">
            {problem.message}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={sending}>
          {sending ? 'Joining…' : 'Join'}
        </button>
      </form>
    </main>
  );
}
