import { describe, expect, it } from 'vitest';
import { PanelTasks, type PanelTask } from '../../../../src/kiosk/technician/panel-tasks.svelte.ts';
import { deferred, type Deferred } from '../deferred.ts';

function setup() {
  const started: PanelTask[] = [];
  const gates: Deferred<void>[] = [];
  const errors: [unknown, PanelTask][] = [];
  let settled = 0;
  const tasks = new PanelTasks({
    run: (task) => {
      started.push(task);
      const gate = deferred<void>();
      gates.push(gate);
      return gate.promise;
    },
    settled: () => void (settled += 1),
    onError: (error, task) => errors.push([error, task]),
  });
  return { tasks, started, gates, errors, settled: () => settled };
}

describe('PanelTasks', () => {
  describe('#request', () => {
    it('starts a sync at once', async () => {
      const { tasks, started, gates, settled } = setup();
      const done = tasks.request('sync');
      expect(started).toEqual(['sync']);
      expect(tasks.running).toBe('sync');
      gates[0]!.resolve();
      await done;
      expect(tasks.running).toBeNull();
      expect(settled()).toBe(1);
    });

    it('only shows the confirm step for a re-download or a reset', async () => {
      const { tasks, started } = setup();
      await tasks.request('redownload');
      expect(tasks.confirming).toBe('redownload');
      await tasks.request('reset');
      expect(tasks.confirming).toBe('reset');
      expect(started).toEqual([]);
    });

    it('starts nothing while a task is under way', async () => {
      const { tasks, started, gates } = setup();
      const first = tasks.request('sync');
      await tasks.request('sync');
      await tasks.request('reset');
      expect(started).toEqual(['sync']);
      expect(tasks.confirming).toBeNull();
      gates[0]!.resolve();
      await first;
    });
  });

  describe('#confirm', () => {
    it('runs the task whose confirm step is shown, and closes the step', async () => {
      const { tasks, started, gates } = setup();
      await tasks.request('reset');
      const done = tasks.confirm();
      expect(started).toEqual(['reset']);
      expect(tasks.confirming).toBeNull();
      gates[0]!.resolve();
      await done;
    });

    it('does nothing without a confirm step, so a second tap after a cancel starts nothing', async () => {
      const { tasks, started } = setup();
      await tasks.request('redownload');
      tasks.cancel();
      await tasks.confirm();
      expect(started).toEqual([]);
    });
  });

  describe('when a task fails', () => {
    it('hands the error on, frees the buttons and still refreshes', async () => {
      const { tasks, gates, errors, settled } = setup();
      await tasks.request('redownload');
      const done = tasks.confirm();
      const failure = new Error('disk full');
      gates[0]!.reject(failure);
      await done;
      expect(errors).toEqual([[failure, 'redownload']]);
      expect(tasks.running).toBeNull();
      expect(settled()).toBe(1);
    });
  });
});
