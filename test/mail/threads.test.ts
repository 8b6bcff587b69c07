import { describe, expect, it } from 'vitest';
import { rebuildThreads } from '../../src/index/threads.ts';
import { pairScores, syntheticMailbox } from '../helpers/synthetic-mail.ts';

function predictedLabels(messages: Parameters<typeof rebuildThreads>[0]): string[] {
  return rebuildThreads(messages).map((assignment) => assignment.threadId);
}

describe('thread rebuilding without In-Reply-To', () => {
  it('recovers the true conversations with precision and recall of message pairs of at least 0.9', () => {
    const { messages, truth } = syntheticMailbox(7, 200);
    const scores = pairScores(predictedLabels(messages), truth);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('is exact when threading headers are present', () => {
    const { messages, truth } = syntheticMailbox(11, 60);
    const byTruth = new Map<string, string>();
    const withHeaders = messages.map((message, i) => {
      const parent = byTruth.get(truth[i]!);
      byTruth.set(truth[i]!, message.messageId);
      return parent
        ? {
            ...message,
            inReplyTo: parent,
            references: [parent],
            subject: 'no shared subject',
            text: `reply ${i}`,
          }
        : { ...message, subject: `root ${i}` };
    });
    const scores = pairScores(predictedLabels(withHeaders), truth);
    expect(scores).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
