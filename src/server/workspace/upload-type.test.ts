import { describe, expect, it } from 'vitest';
import { isGenericType, storedContentType } from './upload-type.ts';

describe('storedContentType', () => {
  it('takes the detected format when the sender gave no type or a generic one', () => {
    expect(storedContentType(undefined, 'mbox')).toBe('application/mbox');
    expect(storedContentType('', 'ics')).toBe('text/calendar');
    expect(storedContentType('Application/Octet-Stream; name=x', 'vtt')).toBe('text/vtt');
    expect(storedContentType('application/octet-stream', 'docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('keeps a specific sender type, and octet-stream when nothing is known', () => {
    expect(storedContentType('text/x-markdown', 'md')).toBe('text/x-markdown');
    expect(storedContentType(undefined, 'unknown')).toBe('application/octet-stream');
  });

  it('calls only missing, empty and octet-stream types generic', () => {
    expect(isGenericType(undefined)).toBe(true);
    expect(isGenericType(' ')).toBe(true);
    expect(isGenericType('text/plain')).toBe(false);
  });
});
