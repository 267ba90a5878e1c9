/* The public record as open data: JSON shaped after OParl 1.1
 * (https://oparl.org/spezifikation/), written by publish into data/ of
 * the anslagstavla, with the JSON Schemas in tests/opendata/.
 *
 *   data/body.json          the Body: the organisation, with the URLs of
 *                           the lists below
 *   data/organization.json  Organization per committee (shortName the
 *                           code, classification its kind, subOrganizationOf
 *                           the nämnd of an utskott)
 *   data/person.json        Person per elected member, with Membership
 *                           (role, votingRight, startDate, endDate) and the
 *                           party as namnd:party; no contact details
 *   data/meeting.json       Meeting per meeting in the calendar (this year
 *                           and next) and per published protokoll: start and
 *                           end with the Stockholm offset, location,
 *                           organization, invitation and resultsProtocol as
 *                           File (the published pages), and for a published
 *                           protokoll its AgendaItems
 *   data/paper.json         Paper per ärende in a published protokoll, its
 *                           dnr as reference
 *
 * Lists are OParl external lists ({"data": [...], "pagination": {...},
 * "links": {}}), all on one page. ids are URLs: the site_url setting
 * ("https://exempelstad.se/anslagstavla/") with the path, or the path
 * alone relative to the site when it is not set.
 *
 * What OParl lacks is under namnd: keys of an AgendaItem:
 *   namnd:voteEvent     the omröstning as a Popolo VoteEvent: motion.text,
 *                       start_date, result (pass/fail/tie), counts
 *                       [{option yes|no|abstain, value}], votes
 *                       [{voter {name, party}, option}]
 *   namnd:motions       yrkanden [{name, text}]
 *   namnd:reservations  [{name, party, reason}]
 *   namnd:recusals      jäv [{name, party, replacedBy}]
 *   namnd:immediate     omedelbart justerad (true/false)
 * and of a Meeting:
 *   namnd:justering     {date, sha256, justerare [names], place}
 *   namnd:anslag        {posted, appealEnds, takedown, keptAt}
 * A confidential paragraph is an AgendaItem with public false, its number
 * and "Sekretess" as name, nothing else. */
#ifndef NAMND_OPENDATA_H
#define NAMND_OPENDATA_H

#include <stdbool.h>
#include "namnd/db.h"

/* A personnummer-shaped number in a text: see public.h. */
enum nd_err opendata_write(struct nd_db *db, const char *dir, const char *today, bool mask);

#endif
