import { describe, expect, it } from 'vitest';
import { LatestRequest } from '../../../../src/kiosk/app/latest-request.ts';
import { deferred, type Deferred } from '../deferred.ts';

/** A question whose answer the test gives when it likes, and what the caller ends up showing. */
function asker() {
  const latest = new LatestRequest();
  const shown: string[] = [];
  const answers = new Map<string, Deferred<string>>();
  const ask = async (question: string): Promise<void> => {
    const signal = latest.begin();
    const asked = deferred<string>();
    answers.set(question, asked);
    const answer = await asked.promise;
    if (!signal.aborted) shown.push(answer);
  };
  const answer = async (question: string): Promise<void> => {
    answers.get(question)!.resolve(`answer to ${question}`);
    await Promise.resolve();
  };
  return { latest, shown, ask, answer };
}

describe('LatestRequest', () => {
  describe('#begin', () => {
    it('gives a request a signal that is not aborted', () => {
      expect(new LatestRequest().begin().aborted).toBe(false);
    });

    it('aborts the signal of the request before', () => {
      const latest = new LatestRequest();
      const first = latest.begin();
      const second = latest.begin();
      expect(first.aborted).toBe(true);
      expect(second.aborted).toBe(false);
    });

    it('drops the answer of a superseded request that resolves last', async () => {
      const { shown, ask, answer } = asker();
      const asking = [ask('a'), ask('b')];
      await answer('b');
      await answer('a');
      await Promise.all(asking);
      expect(shown).toEqual(['answer to b']);
    });

    it('drops the answer of a superseded request that resolves first', async () => {
      const { shown, ask, answer } = asker();
      const asking = [ask('a'), ask('b')];
      await answer('a');
      await answer('b');
      await Promise.all(asking);
      expect(shown).toEqual(['answer to b']);
    });

    it('keeps the answer of a request that finished before the next began', async () => {
      const { shown, ask, answer } = asker();
      const first = ask('a');
      await answer('a');
      await first;
      const second = ask('b');
      await answer('b');
      await second;
      expect(shown).toEqual(['answer to a', 'answer to b']);
    });
  });

  describe('#cancel', () => {
    it('drops the answer of a request under way', async () => {
      const { latest, shown, ask, answer } = asker();
      const asking = ask('a');
      latest.cancel();
      await answer('a');
      await asking;
      expect(shown).toEqual([]);
    });

    it('lets a request begun after it be answered', async () => {
      const { latest, shown, ask, answer } = asker();
      const dropped = ask('a');
      latest.cancel();
      const kept = ask('b');
      await answer('a');
      await answer('b');
      await Promise.all([dropped, kept]);
      expect(shown).toEqual(['answer to b']);
    });
  });

  describe('#signal', () => {
    it('is aborted before any request', () => {
      expect(new LatestRequest().signal.aborted).toBe(true);
    });

    it('is the latest request’s signal', () => {
      const latest = new LatestRequest();
      latest.begin();
      const second = latest.begin();
      expect(latest.signal).toBe(second);
    });

    it('is aborted after cancel', () => {
      const latest = new LatestRequest();
      latest.begin();
      latest.cancel();
      expect(latest.signal.aborted).toBe(true);
    });
  });
});
