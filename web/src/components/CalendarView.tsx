import { type FormEvent, useEffect, useState } from 'react';
import { api, type CalendarOccurrence, type CalendarWeek, type FileInfo } from '../api.ts';
import type { Strings } from '../i18n.ts';

type Props = { t: Strings; language: string; onFileMade(): void };
type Slot = { start: string; end: string; freeUntil?: string };

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Midnight of the Monday of `date`'s week, in the browser's zone. */
export function weekStart(date: Date): Date {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day;
}

function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

const dateKey = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Whether an occurrence falls on the local day starting at `day` (all-day events by their dates). */
function onDay(event: CalendarOccurrence, day: Date): boolean {
  if (event.allDay) {
    const key = dateKey(day);
    const end = event.end > event.start ? event.end : event.start;
    return event.start <= key && (key < end || key === event.start);
  }
  const start = Date.parse(event.start);
  const end = Math.max(Date.parse(event.end), start + 1);
  return start < addDays(day, 1).getTime() && end > day.getTime();
}

/** The user's calendars a week at a time, and free times for a meeting with others in that week. */
export function CalendarView({ t, language, onFileMade }: Props) {
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  const [monday, setMonday] = useState(() => weekStart(new Date()));
  const [week, setWeek] = useState<CalendarWeek | undefined>();
  const [error, setError] = useState('');

  // The week shown is the week asked: the last one's events and meeting form are gone while the
  // next loads (a form filled meanwhile would be replaced when it came), and a late answer for a
  // week no longer asked is dropped.
  useEffect(() => {
    let asked = true;
    setError('');
    setWeek(undefined);
    api.calendarWeek(monday, addDays(monday, 7)).then(
      (loaded) => asked && setWeek(loaded),
      (thrown: Error) => asked && setError(thrown.message),
    );
    return () => {
      asked = false;
    };
  }, [monday]);

  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const today = dateKey(new Date());
  const title = fill(t.weekOf, { date: monday.toLocaleDateString(locale, { dateStyle: 'long' }) });
  return (
    <section className="calendar" aria-label={t.calendar}>
      <div className="calendar-bar">
        <h2>{title}</h2>
        <button type="button" onClick={() => setMonday(addDays(monday, -7))}>
          {t.previousWeek}
        </button>
        <button type="button" onClick={() => setMonday(weekStart(new Date()))}>
          {t.today}
        </button>
        <button type="button" onClick={() => setMonday(addDays(monday, 7))}>
          {t.nextWeek}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {week && week.calendars.length === 0 && <p className="empty">{t.noCalendars}</p>}
      {week?.unreadable.map((item) => (
        <p key={item.name} className="status error">
          {fill(t.unreadableCalendar, item)}
        </p>
      ))}
      {week && week.calendars.length > 0 && (
        <div className="week-grid">
          {days.map((day) => {
            const events = week.events.filter((event) => onDay(event, day));
            const label = day.toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'short' });
            return (
              <section
                key={dateKey(day)}
                className={dateKey(day) === today ? 'week-day today' : 'week-day'}
                aria-label={label}
                data-day={dateKey(day)}
              >
                <h3>{label}</h3>
                {events.length === 0 ? (
                  <p className="empty">{t.noEvents}</p>
                ) : (
                  <ul>
                    {events.map((event) => (
                      <li key={`${event.fileId}-${event.uid}-${event.start}`} className="calendar-event">
                        <span className="event-time">
                          {event.allDay
                            ? t.allDay
                            : event.end > event.start
                              ? `${time(event.start)}–${time(event.end)}`
                              : time(event.start)}
                        </span>
                        <span className="event-title">{event.summary.trim() || '—'}</span>
                        {event.location && <span className="event-location">{event.location}</span>}
                        {event.recurring && <span className="event-repeats">{t.repeats}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
      {week && week.calendars.length > 0 && (
        <ScheduleMeeting t={t} locale={locale} week={week} key={week.from} onFileMade={onFileMade} />
      )}
    </section>
  );
}

/** Attendees, a duration and their calendars: the times in the shown week free for everyone, to pick from. */
function ScheduleMeeting({
  t,
  locale,
  week,
  onFileMade,
}: {
  t: Strings;
  locale: string;
  week: CalendarWeek;
  onFileMade(): void;
}) {
  const [attendees, setAttendees] = useState('');
  const [duration, setDuration] = useState('30m');
  const [chosen, setChosen] = useState<string[]>(() => week.calendars.map((item) => item.id));
  const [slots, setSlots] = useState<Slot[] | undefined>();
  const [picked, setPicked] = useState<Slot | undefined>();
  const [invite, setInvite] = useState<FileInfo | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const when = (slot: Slot) =>
    `${new Date(slot.start).toLocaleString(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}–${new Date(slot.end).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}`;

  const people = () =>
    attendees
      .split(/[,;\s]+/)
      .map((item) => item.trim())
      .filter(Boolean);
  const schedule = (from: string, to: string, extra: Record<string, unknown>) =>
    api.skill('mail-schedule', {
      attendees: people(),
      duration,
      calendars: chosen,
      from,
      to,
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      ...extra,
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setSlots(undefined);
    setPicked(undefined);
    setInvite(undefined);
    if (people().length === 0 || chosen.length === 0) return;
    setBusy(true);
    try {
      const response = await schedule(week.from, week.to, { limit: 12, invite: false });
      setSlots((response.result.slots as Slot[] | undefined) ?? []);
    } catch (thrown) {
      setError((thrown as Error).message);
    } finally {
      setBusy(false);
    }
  };
  // The invitation for the slot picked: the same skill, asked about that slot alone.
  const pick = async (slot: Slot) => {
    setPicked(slot);
    setInvite(undefined);
    setError('');
    try {
      const response = await schedule(slot.start, slot.end, { limit: 1, invite: true });
      setInvite(response.artifact);
      onFileMade();
    } catch (thrown) {
      setError((thrown as Error).message);
    }
  };

  return (
    <form className="schedule" onSubmit={submit} aria-label={t.scheduleMeeting}>
      <h3>{t.scheduleMeeting}</h3>
      <label>
        {t.attendees}
        <input
          name="attendees"
          value={attendees}
          onChange={(event) => setAttendees(event.target.value)}
          placeholder="ana@example.com, li@example.com"
        />
      </label>
      <label>
        {t.duration}
        <select name="duration" value={duration} onChange={(event) => setDuration(event.target.value)}>
          {['30m', '45m', '1h', '1h30m', '2h'].map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t.meetingCalendars}</legend>
        {week.calendars.map((item) => (
          <label key={item.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(item.id)}
              onChange={(event) =>
                setChosen(event.target.checked ? [...chosen, item.id] : chosen.filter((id) => id !== item.id))
              }
            />
            {item.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? t.working : t.findSlots}
      </button>
      {error && <p role="alert">{error}</p>}
      {slots && (
        <section aria-label={t.freeSlots} className="slots">
          <h4>{t.freeSlots}</h4>
          {slots.length === 0 ? (
            <p className="empty">{t.noSlots}</p>
          ) : (
            <ul>
              {slots.map((slot) => (
                <li key={slot.start} className={picked?.start === slot.start ? 'slot picked' : 'slot'}>
                  <span>{when(slot)}</span>
                  {slot.freeUntil && slot.freeUntil !== slot.end && (
                    <span className="free-until">
                      {fill(t.freeUntil, {
                        time: new Date(slot.freeUntil).toLocaleTimeString(locale, {
                          hour: '2-digit',
                          minute: '2-digit',
                        }),
                      })}
                    </span>
                  )}
                  <button
                    type="button"
                    aria-pressed={picked?.start === slot.start}
                    onClick={() => pick(slot)}
                  >
                    {t.pickSlot}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {picked && (
            <p role="status">
              {fill(t.pickedSlot, { time: when(picked) })}{' '}
              {invite && (
                <a href={invite.downloadUrl} download={invite.name}>
                  {t.downloadInvite}
                </a>
              )}
            </p>
          )}
        </section>
      )}
    </form>
  );
}
