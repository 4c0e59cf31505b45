import { describe, expect, it } from 'vitest';
import { addEvidenceLinkInput } from '../../../../src/shared/api/evidence.ts';
import { captionFromFileName, linkUrlProblem } from '../../../../src/shared/evidence/link-url.ts';

describe('linkUrlProblem', () => {
  it('accepts absolute http and https addresses', () => {
    expect(linkUrlProblem('https://grafana.example.com/d/db-replication?from=now-6h')).toBeNull();
    expect(linkUrlProblem('http://10.0.0.5:3000/graph')).toBeNull();
    expect(linkUrlProblem('  https://status.example.com  ')).toBeNull();
  });

  it('refuses other schemes, relative paths, blanks and very long addresses, saying why', () => {
    expect(linkUrlProblem('javascript:alert(1)')).toBe('must start with http:// or https://');
    expect(linkUrlProblem('file:///etc/passwd')).toBe('must start with http:// or https://');
    expect(linkUrlProblem('data:text/html,hi')).toBe('must start with http:// or https://');
    expect(linkUrlProblem('/dashboards/db')).toBe('must be a full web address starting with http:// or https://');
    expect(linkUrlProblem('')).toBe('must not be empty');
    expect(linkUrlProblem(`https://example.com/${'a'.repeat(2000)}`)).toBe('must be at most 2000 characters');
  });

  it('is what the API checks, naming the url field', () => {
    const input = { meetingId: crypto.randomUUID(), target: 'why', targetId: crypto.randomUUID(), url: 'ftp://example.com/x' };
    const parsed = addEvidenceLinkInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['url'], message: 'must start with http:// or https://' });
    expect(addEvidenceLinkInput.parse({ ...input, url: ' https://example.com/a ' }).url).toBe('https://example.com/a');
  });
});

describe('captionFromFileName', () => {
  it('turns a file name into a short description', () => {
    expect(captionFromFileName('replication-lag_graph.png')).toBe('replication lag graph');
    expect(captionFromFileName('C:\\Users\\sam\\Screenshot 2017-01-31.jpeg')).toBe('Screenshot 2017-01-31');
    expect(captionFromFileName('.png')).toBe('Attached image');
  });
});
