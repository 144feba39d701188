import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { receiveDossier } from '../../src/store/dossiers';
import { freshDatabase, receiveInput } from '../store/helpers';
import { renderAt } from './render';

describe('home screen', () => {
  it('asks for the agency set-up before anything is received', async () => {
    await freshDatabase({ configured: false });
    renderAt('/');
    expect(await screen.findByText(/Chưa khai báo cơ quan và mã định danh/)).toBeTruthy();
  });

  describe('with dossiers', () => {
    beforeEach(async () => {
      await freshDatabase();
    });

    it("counts today's dossiers and flags overdue ones without an apology", async () => {
      await receiveDossier(receiveInput(undefined, { kind: 'person', name: 'A' }, []));
      // Received a month ago: long overdue, never apologised for.
      await receiveDossier(receiveInput(Date.now() - 30 * 86_400_000, { kind: 'person', name: 'B' }, []));
      const { container } = renderAt('/');
      await screen.findByRole('heading', { name: 'Việc hôm nay' });
      const counter = (name: string) => container.querySelector(`[data-queue="${name}"]`) as HTMLElement;
      await within(counter('receivedToday')).findByText('1');
      await within(counter('overdueWithoutApology')).findByText('1');
      expect(counter('overdueWithoutApology').className).toContain('counter-urgent');
      expect(within(counter('resultReady')).getByText('0')).toBeTruthy();
    });
  });
});

describe('home navigation', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('opens a queue from its counter, and new intake with Alt+N', async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    const user = userEvent.setup();
    const { container } = renderAt('/');
    await screen.findByRole('heading', { name: 'Việc hôm nay' });
    const overdue = container.querySelector('[data-queue="overdue"] a') as HTMLAnchorElement;
    expect(overdue.getAttribute('href')).toBe('/ho-so?hang-doi=overdue');

    await user.keyboard('{Alt>}n{/Alt}');
    const nav = screen.getByRole('navigation');
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Tiếp nhận' }).getAttribute('aria-current')).toBe('page'));
  });
});
