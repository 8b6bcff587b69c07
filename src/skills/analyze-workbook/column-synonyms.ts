/**
 * @module column-synonyms
 * Words a question or a slot name may use for a column's header word ("crowd" for Attendance,
 * "pts" for Points, "nation" for Country), by the header word's stem.
 */

/** Header word → the other words that name it. */
export const COLUMN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  revenue: ['sale', 'sales', 'income', 'turnover'],
  sale: ['revenue', 'sales'],
  cost: ['expense', 'spend', 'spending'],
  unit: ['quantity', 'qty', 'volume'],
  country: ['nation', 'nationality'],
  nation: ['country'],
  player: ['name'],
  point: ['pts', 'score'],
  goal: ['goals'],
  attendance: ['crowd', 'attend', 'attended', 'gate', 'spectator', 'spectators'],
  position: ['pos', 'place', 'rank', 'finish'],
  place: ['position', 'pos', 'rank'],
  rank: ['place', 'position'],
  title: ['name'],
  opponent: ['against', 'opposing', 'played', 'versus', 'vs'],
  venue: ['where', 'location', 'stadium', 'place', 'held'],
  location: ['where', 'venue', 'held'],
  city: ['where'],
  year: ['when'],
  date: ['when'],
  season: ['when'],
  time: ['long'],
  population: ['people', 'inhabitant'],
  height: ['tall'],
  length: ['long'],
  winner: ['won', 'win'],
  result: ['won', 'win', 'lost', 'lose', 'outcome'],
  score: ['scored', 'result'],
  team: ['club'],
  club: ['team'],
  artist: ['sang', 'performed', 'singer'],
  director: ['directed'],
  manufacturer: ['maker', 'make', 'brand', 'manufactuer'],
  constructor: ['maker', 'make', 'marque'],
};
