/**
 * @module flag-coverage
 * A slot named by a word of a 0/1 flag column ("@eligible_mean_wage" beside
 * indicator_of_night_shift_eligibility, "@churned_count" beside a Churn flag) asks about the rows
 * the flag marks. When the plan never read that flag, its answer is over every row, so the slot
 * is refused rather than answered over rows it does not mean.
 */
import { stem } from '../../lib/text/stem.ts';
import { columnNames, type Frame, wordsOf } from './analysis-frame.ts';
import { isFlag } from './slot-context.ts';
import { readSlotName, statisticWord } from './slot-words.ts';

/** The flag column a slot's name names by a word (or that word's stem) that no step or answer read. */
export function unreadFlagOfSlot(frame: Frame, slotName: string, planText: string): string | undefined {
  // A word a column the plan read also holds ("night" of the night-shift target) is that column's.
  const read = new Set(
    columnNames(frame)
      .filter((name) => planText.includes(name))
      .flatMap((name) => wordsOf(name).map(stem)),
  );
  const words = readSlotName(slotName).filter(
    (word) => word.length >= 4 && statisticWord(word) === undefined,
  );
  const stems = new Set(words.map(stem).filter((item) => !read.has(item)));
  return columnNames(frame).find(
    (name) =>
      isFlag(frame, name) &&
      !planText.includes(name) &&
      wordsOf(name).some((word) => word.length >= 4 && stems.has(stem(word))),
  );
}
