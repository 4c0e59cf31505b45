import { describe, expect, it } from 'vitest';
import type { Factor, ItemTags } from '../../src/shared/domain/factors.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Why } from '../../src/shared/domain/whys.ts';
import {
  accessibilityViolations,
  callApi,
  closePrepare,
  consoleSectionTitle,
  goToSection,
  openPrepare,
  openWatchedPage,
  pressOnConsole,
  screenshotPath,
  startServeProcess,
  useBrowserTestSession,
} from '../harness/index.ts';

/** Issue 16, "a library that learns across incidents": contributing factors, the team's list of them, similar incidents. */
describe('contributing factors and similar incidents', () => {
  const session = useBrowserTestSession();

  it('picks a factor in Prepare, sees similar incidents, edits the list, and tags a why', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const factors = () => callApi<Factor[]>(server, 'tags.factors', {});
    const idOf = async (name: string) => (await factors()).find((factor) => factor.name === name)?.id ?? '';

    // An earlier review on the same service, tagged Capacity; an unrelated one.
    const earlier = await callApi<Meeting>(server, 'meetings.create', { title: 'Card payments slow', incidentId: 'INC-1001' });
    await callApi(server, 'meetings.update', { id: earlier.id, patch: { servicesAffected: ['checkout-api'] } });
    await callApi(server, 'tags.set', { meetingId: earlier.id, itemKind: 'meeting', itemId: earlier.id, factorIds: [await idOf('Capacity')] });
    const other = await callApi<Meeting>(server, 'meetings.create', { title: 'Office printer offline' });
    await callApi(server, 'tags.set', { meetingId: other.id, itemKind: 'meeting', itemId: other.id, factorIds: [await idOf('Capacity')] });
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041' });
    await callApi(server, 'meetings.update', { id: meeting.id, patch: { servicesAffected: ['checkout-api'] } });

    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
      timezoneId: 'UTC',
      colorScheme: 'light',
      viewport: { width: 1440, height: 960 },
    });
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Opening');

    // Prepare: the earlier review is similar through the service; the printer is not.
    const drawer = await openPrepare(page);
    const similar = drawer.getByTestId('similar-incidents');
    await expect.poll(() => similar.getByTestId('similar-incident').allTextContents()).toEqual(['INC-1001: Card payments slowshared service checkout-api']);

    // Ticking Capacity saves it at once, and the printer review now shares a factor too.
    const picker = drawer.getByRole('group', { name: 'Contributing factors of this review' });
    await picker.getByRole('checkbox', { name: 'Capacity' }).check();
    await expect.poll(async () => (await callApi<ItemTags[]>(server, 'tags.list', { meetingId: meeting.id }))[0]?.factorIds).toEqual([await idOf('Capacity')]);
    await expect
      .poll(() => similar.getByTestId('similar-incident').allTextContents())
      .toEqual(['INC-1001: Card payments slowshared service checkout-api, shared factor Capacity', 'Office printer offlineshared factor Capacity']);
    expect(await accessibilityViolations(page), 'the Prepare drawer with factors and similar incidents').toEqual([]);
    await page.screenshot({ path: screenshotPath('contributing-factors-prepare.png') });
    await closePrepare(page);

    // The list of factors, from the header.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Factors' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contributing factors' }).waitFor();
    const form = page.getByRole('form', { name: 'Add a factor' });
    await form.getByLabel('Name').fill('Vendor limits');
    await form.getByRole('button', { name: 'Add factor' }).click();
    await expect.poll(() => page.getByTestId('factors-message').textContent()).toBe('Added Vendor limits.');
    await form.getByLabel('Name').fill('capacity');
    await form.getByRole('button', { name: 'Add factor' }).click();
    await expect.poll(() => form.locator('#factor-add-name-error').textContent()).toMatch(/^Name "Capacity" is already/);
    await form.getByLabel('Name').fill('');

    await page.getByRole('button', { name: 'Rename Vendor limits' }).click();
    await page.getByRole('form', { name: 'Rename Vendor limits' }).getByLabel('New name').fill('Third-party limits');
    await page.getByRole('form', { name: 'Rename Vendor limits' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('factors-message').textContent()).toBe('Renamed Vendor limits to Third-party limits.');

    // Capacity is in use: deleting it is refused, naming the reviews; retiring it keeps it on them.
    await page.getByRole('button', { name: 'Delete Capacity' }).click();
    await expect.poll(() => page.getByTestId('factors-problem').textContent()).toContain('used by 3 reviews');
    await page.getByRole('button', { name: 'Retire Capacity' }).click();
    await expect.poll(async () => (await factors()).find((factor) => factor.name === 'Capacity')?.retiredAt).not.toBeNull();
    await page.getByRole('button', { name: 'Offer again: Capacity' }).waitFor();
    expect(await accessibilityViolations(page), 'the list of contributing factors').toEqual([]);
    await page.screenshot({ path: screenshotPath('contributing-factors-list.png'), fullPage: true });

    // A factor nobody uses is deleted, and Undo brings it back.
    await page.getByRole('button', { name: 'Delete Third-party limits' }).click();
    await expect.poll(async () => (await factors()).map((factor) => factor.name)).not.toContain('Third-party limits');
    await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await factors()).map((factor) => factor.name)).toContain('Third-party limits');

    // On the whys: a tagged why names its factors; unfolded, another is picked.
    const why = await callApi<Why>(server, 'whys.add', { meetingId: meeting.id, parentId: null, kind: 'problem', text: 'Card payments failed' });
    await callApi(server, 'tags.set', { meetingId: meeting.id, itemKind: 'why', itemId: why.id, factorIds: [await idOf('Configuration')] });
    await page.goto(`${server.url}#/meetings/${meeting.id}`);
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Opening');
    await pressOnConsole(page, 'Space');
    await goToSection(page, 'Root cause (5 Whys)', 'PageDown');
    const factorsOfWhy = page.getByTestId('why-node').first().getByTestId('item-factors');
    await expect.poll(() => factorsOfWhy.locator('summary').textContent()).toBe('Contributing factors: Configuration');
    await factorsOfWhy.locator('summary').click();
    await factorsOfWhy.getByRole('checkbox', { name: 'Dependency' }).check();
    await expect
      .poll(async () => (await callApi<ItemTags[]>(server, 'tags.list', { meetingId: meeting.id })).find((item) => item.itemKind === 'why')?.factorIds)
      .toEqual([await idOf('Configuration'), await idOf('Dependency')]);
    expect(await accessibilityViolations(page), 'a why with its factors unfolded').toEqual([]);
    expect(problems).toEqual([]);
  });
});
