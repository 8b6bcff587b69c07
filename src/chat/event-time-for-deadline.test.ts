import { describe, expect, it } from 'vitest';
import { eventTimeForDeadline } from './event-time-for-deadline.ts';

const question = 'By when must I tell Rosa if I will attend the harvest dinner?';

describe('eventTimeForDeadline', () => {
  it("flags the event's own time or date field for a deadline asked about it", () => {
    expect(eventTimeForDeadline(question, 'Time: 7:30 p.m. [1]')).toBe(true);
    expect(eventTimeForDeadline(question, 'Date: Saturday, October 9. [1] Time: 7:30 p.m. [2]')).toBe(true);
  });
  it('keeps a line that tells a deadline, and a time asked that is no deadline', () => {
    expect(eventTimeForDeadline(question, 'Please let Rosa know by noon on Wednesday, October 6. [1]')).toBe(
      false,
    );
    expect(eventTimeForDeadline(question, 'Date: RSVP by October 6. [1]')).toBe(false);
    expect(eventTimeForDeadline('When is the harvest dinner?', 'Time: 7:30 p.m. [1]')).toBe(false);
  });
});
