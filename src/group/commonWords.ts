/**
 * English words too common to tell one story from another: function words, and the
 * everyday vocabulary of news copy ("said", "year", "officials"). Terms in this list never
 * become evidence; it stands in for a background frequency table when an input is small
 * (scoring two articles alone, or the first articles added to an index).
 */
const WORDS = `a about above according across after afternoon again against ago all almost
along already also although always am among an and announced another any anyone anything
are area around as asked at away back be became because become been before began behind
being believe below best better between big both but by call called came can cannot case
certain change city close come comes coming could country day days did didn't do does
doesn't doing done don't down during each early either else end enough even evening ever
every few first five following for former found four friday from further get gets getting
give given go going good got great group had half has hasn't have haven't having he her
here hers herself him himself his home hour hours how however i if in including inside
instead into is isn't it its itself just keep kind know known large last late later least
left less let like little local long look made make makes making man many may maybe me
mean meanwhile men might minute minutes monday month months more morning most mr mrs ms
much must my near need never new news next night nine no none nor not nothing now number
of off often old on once one only onto or other others our ours out over own part past
people per percent place put quite rather really recent recently report reported reports
reuters right said same saturday saw say saying says second see seen set seven several she
should show showed since six small so some someone something sometimes soon spokesman
spokeswoman statement still such sunday take taken taking tell ten than that the their
them themselves then there these they thing things think third this those though thought
three through thursday time times to today told too took toward towards tuesday two under
until up upon us use used very via want wanted was wasn't way we wednesday week weeks well
went were weren't what when where whether which while who whole whom whose why will with
within without won't work would year years yesterday yet you your yours also updated
according added adding ap afp told noted new photo video copyright rights reserved story
comment comments share`;

/** The common-word list as a set of lower-case words. */
export const commonWords: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean));
