// What `pnpm cli --help` prints, and an unknown command after its error.
export const USAGE = `feedbackinstrument — administration from the command line (uses DATABASE_URL or DATA_DIR)

  pnpm cli migrate
  pnpm cli import FILE.yaml|FILE.json
  pnpm cli organisation create --id ID --name NAME --level vlaams|provinciaal|lokaal [--policy-domain NAME] [LINKS]
  pnpm cli organisation links --id ID LINKS   change the organisation's default links (at least one)
  pnpm cli service create --id ID --organisation ID --name NL-NAME --audience burgers|ondernemingen|verenigingen|lokale-besturen
                          --channel CHANNEL [--origin https://… ...] [--follow-up ease|completed ...] [--publish]
                          [--product IPDC-NUMBER] [LINKS]
    LINKS: [--complaints-url URL] [--privacy-url URL] [--accessibility-url URL]
           the citizen's links the widget shows: an https address, one per language as JSON
           ('{"nl":"https://…","fr":"https://…"}'), or '' for none (a service then takes its organisation's)
  pnpm cli token create --name NAME (--organisation ID [--role manager|analyst] | --admin)
  pnpm cli token revoke TOKEN-ID
  pnpm cli report --year YYYY (--organisation ID | --policy-domain NAME) [--format json|csv|csv-excel|html] --out FILE
  pnpm cli rollups rebuild           recompute the daily and monthly roll-ups from the raw responses (one transaction)
  pnpm cli remarks purge [--months N] erase remark texts older than N months (default REMARK_RETENTION_MONTHS); counts stay
  pnpm cli topics reindex [--batch-size N] [--max-batches N]
                                     analyse the remarks stored before their analysis was (or by an older analyser;
                                     after migration 0018: copy each stored analysis into its response's row);
                                     resumable: stopped half-way, the next run continues; topics stay right meanwhile;
                                     vacuums responses when done
  pnpm cli demo load                 load a year of made-up feedback in a demo organisation (the first start of the
                                     embedded database does it by itself; with DATABASE_URL only on this request)
  pnpm cli demo remove               delete the demo organisation with its services, responses, roll-ups and displays
`;
