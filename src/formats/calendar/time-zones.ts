/**
 * @module time-zones
 * Time-zone names as calendars write them (IANA, Windows/Exchange, Outlook display names,
 * vendor-prefixed paths) resolved to IANA zones. Wall-clock times become UTC through
 * `zonedTimeToUtc` in src/lib/time-zones.ts.
 */

/** Windows time-zone ids (as Exchange and Outlook write TZID) to IANA: the CLDR "001" mapping for common zones. */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Central America Standard Time': 'America/Guatemala',
  'Eastern Standard Time': 'America/New_York',
  'US Eastern Standard Time': 'America/Indianapolis',
  'SA Pacific Standard Time': 'America/Bogota',
  'Atlantic Standard Time': 'America/Halifax',
  'Venezuela Standard Time': 'America/Caracas',
  'SA Western Standard Time': 'America/La_Paz',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Greenland Standard Time': 'America/Godthab',
  UTC: 'Etc/UTC',
  'Coordinated Universal Time': 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'GTB Standard Time': 'Europe/Bucharest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Jordan Standard Time': 'Asia/Amman',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Arab Standard Time': 'Asia/Riyadh',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Calcutta',
  'Nepal Standard Time': 'Asia/Katmandu',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'W. Australia Standard Time': 'Australia/Perth',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'Tasmania Standard Time': 'Australia/Hobart',
  'West Pacific Standard Time': 'Pacific/Port_Moresby',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Tonga Standard Time': 'Pacific/Tongatapu',
};

/** Outlook display names ("(UTC+01:00) Amsterdam, Berlin, ...") recognised by a city they list. */
const DISPLAY_CITIES: readonly (readonly [RegExp, string])[] = [
  [/Amsterdam|Berlin|Bern|Rome|Stockholm|Vienna/i, 'Europe/Berlin'],
  [/Brussels|Copenhagen|Madrid|Paris/i, 'Europe/Paris'],
  [/Belgrade|Bratislava|Budapest|Ljubljana|Prague/i, 'Europe/Budapest'],
  [/Dublin|Edinburgh|Lisbon|London/i, 'Europe/London'],
  [/Pacific Time/i, 'America/Los_Angeles'],
  [/Mountain Time/i, 'America/Denver'],
  [/Central Time/i, 'America/Chicago'],
  [/Eastern Time/i, 'America/New_York'],
  [/Osaka|Sapporo|Tokyo/i, 'Asia/Tokyo'],
  [/Beijing|Chongqing|Hong Kong|Urumqi/i, 'Asia/Shanghai'],
  [/Canberra|Melbourne|Sydney/i, 'Australia/Sydney'],
  [/Chennai|Kolkata|Mumbai|New Delhi/i, 'Asia/Calcutta'],
];

const validity = new Map<string, boolean>();

/** True when the platform knows this IANA zone. */
export function isIanaZone(name: string): boolean {
  let known = validity.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = !/^[+-]?\d+$/.test(name);
    } catch {
      known = false;
    }
    validity.set(name, known);
  }
  return known;
}

/** The IANA zone a TZID stands for, or undefined when it cannot be told. */
export function resolveTimeZone(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined;
  const name = tzid
    .trim()
    .replace(/^"+|"+$/g, '')
    .trim();
  if (!name) return undefined;
  const windows = WINDOWS_ZONES[name];
  if (windows) return windows;
  if (/^(utc|gmt|z)$/i.test(name)) return 'Etc/UTC';
  if (isIanaZone(name)) return name;
  // Vendor prefixes: "/mozilla.org/20070129_1/America/New_York", "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin", "custom_America/New_York".
  const segments = name
    .replace(/^custom_/i, '')
    .split('/')
    .filter(Boolean);
  for (let start = 0; start < segments.length; start++) {
    const candidate = segments.slice(start).join('/');
    if (candidate.includes('/') && isIanaZone(candidate)) return candidate;
  }
  // "US-Eastern" → "US/Eastern".
  const dashed = name.replace(/-/g, '/');
  if (dashed !== name && isIanaZone(dashed)) return dashed;
  for (const [pattern, zone] of DISPLAY_CITIES) if (pattern.test(name)) return zone;
  return fixedOffsetZone(name);
}

/**
 * A name that only states its offset from UTC ("(GMT +01:00)", "UTC-05", "GMT+0530") as the
 * fixed zone with that offset: whole hours map to the Etc zones, whose sign is reversed
 * (UTC+01:00 is Etc/GMT-1); other offsets cannot be told.
 */
function fixedOffsetZone(name: string): string | undefined {
  const match = /(?:^|[\s(])(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)/i.exec(name);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (minutes !== 0 || hours > 14) return undefined;
  if (hours === 0) return 'Etc/UTC';
  const zone = `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
  return isIanaZone(zone) ? zone : undefined;
}
