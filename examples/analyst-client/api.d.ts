// Generated from GET /openapi.json by generate-types.ts (openapi-typescript). Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["checkAlive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open figures as a web page (HTML, no sign-in, works without JavaScript)
         * @description The services that publish their figures, grouped by level, policy domain and organisation. Query (all optional, as the page’s own GET form sends it): `lang` (nl, fr, en, de; default nl), `year` (2000 to this year; default this year), `level` (vlaams, provinciaal, lokaal), `domain` (a policy domain), `organisation` (an organisation id), `q` (words in the service’s name), `sort` (name, responses, satisfied, change), `page` (20 services a page). Cached for 60 s (ETag).
         */
        get: operations["getOpenFiguresPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/dcat.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DCAT-AP Vlaanderen metadata of the open data set (JSON-LD), for the open-data portal to harvest */
        get: operations["getOpenDataCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/figures.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open figures of a year as CSV
         * @description One row per published service: the numbers of /v1/public/figures (withheld figures are empty cells), with the organisation’s level and policy domain, the satisfied share of the year before and the change in percentage points. Comma, decimal point, UTF-8. Without `year`: this year.
         */
        get: operations["getOpenFiguresCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open figures of one service as a web page (HTML)
         * @description One published service: its figures, the change against last year and the month-by-month chart with its table. `lang` and `year` as on /open.
         */
        get: operations["getOpenServicePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable */
        get: operations["checkReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alert-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List alert subscriptions (admin: all, or one organisation's; others: their organisation's), without secrets
         * @description An analyst sees a webhook URL as its origin only (`https://host/…`): paths and queries of webhooks are often secrets themselves.
         */
        get: operations["listAlertSubscriptions"];
        put?: never;
        /**
         * Subscribe a webhook or an e-mail address to alert events; a webhook secret is shown once
         * @description Events: topic.rising, satisfaction.dropped, digest.weekly and test. Webhooks must be https on a public address (unless WEBHOOK_ALLOW_INSECURE=true) and are signed by the Standard Webhooks specification with the whsec_… secret in this answer, which is never shown again.
         */
        post: operations["createAlertSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alert-subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an alert subscription, its pending events and its delivery log */
        delete: operations["deleteAlertSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alert-subscriptions/{subscriptionId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's newest events with every delivery attempt */
        get: operations["listAlertDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alert-subscriptions/{subscriptionId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event to the subscription at once (see its deliveries for the outcome)
         * @description At most 5 per subscription per minute (429 with Retry-After past that).
         */
        post: operations["testAlertSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate every alert rule now (admin); instances also do it on a schedule
         * @description Events made before, by any instance, are not made again: each is delivered once per subscription.
         */
        post: operations["evaluateAlerts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log: every change, newest first (manager: own organisation; admin: all)
         * @description Every change made through the API, the dashboard or the command line (services, tokens, alert subscriptions, annotations, erased remarks): when, who (the token name or the signed-in person), what, and for settings the changed fields before and after. Never a secret. Cursor-paginated: pass `nextCursor` as `cursor`.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/displays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count one showing of the widget (the denominator of the response rate) */
        post: operations["countDisplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a score, or attach a remark and follow-ups to it
         * @description JSON or an HTML form. 201: a new response. 200: the same submissionId again (a retry, or the follow-up that attaches a remark and follow-ups within an hour). 409: the same submissionId with another score or remark. Remarks are scrubbed of personal data before they are stored.
         */
        post: operations["sendFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations (an organisation token sees its own) */
        get: operations["listOrganisations"];
        put?: never;
        /** Create an organisation (admin) */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organisation's links, the defaults of its services (admin, or a manager of the organisation) */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/v1/public/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Yearly figures of the services that publish them (no token)
         * @description Open data: the satisfaction figures of every service whose provider opted in (publishFigures). A service with fewer than 10 responses in the year is listed with suppressed: true and no figures, so nobody can be recognised in them. Remarks are never published. Readable from any web page (CORS *).
         */
        get: operations["listPublicFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly report of an organisation or policy domain
         * @description Every service of the organisation (or of every organisation in the policy domain) with its figures for the year, and the totals. An organisation token reports only on its own organisation (another is answered 404). `format=json` (default), `csv` (comma, decimal point, UTF-8), `csv-excel` (semicolon, decimal comma, UTF-8 with BOM, Dutch headers: opens correctly in Excel with Belgian settings) or `html` (a printable A4 report with charts and the definitions of every figure in Dutch). CSV cells that could run as a spreadsheet formula start with an apostrophe.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List services (an organisation token sees its own) */
        get: operations["listServices"];
        put?: never;
        /** Create a digital service (admin, or a manager of its organisation) */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a service (admin, or a manager of the service's organisation) */
        patch: operations["updateService"];
        trace?: never;
    };
    "/v1/services/{serviceId}/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service's annotations, in day order */
        get: operations["listAnnotations"];
        put?: never;
        /** Annotate a day of a service ("versie 3.2: opladen hersteld"); shown on its monthly charts and report */
        post: operations["createAnnotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{serviceId}/annotations/{annotationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an annotation */
        delete: operations["deleteAnnotation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{serviceId}/annotations/{annotationId}/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The satisfied share and the top topics in the 28 days before and after an annotation: did the fix work? */
        get: operations["getAnnotationEffect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{serviceId}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same IPDC product at other organisations: median and quartiles of their satisfied shares, rounded to 5 points
         * @description For a service that names its IPDC product (productId): how many other organisations offer the same product with at least 30 responses in the year (their services of the product pooled per organisation), the 25th percentile, median and 75th percentile of their satisfied shares (PERCENTILE.INC: linear interpolation between closest ranks, then rounded to whole multiples of 5 points), and where this service stands against those rounded values (below_p25, between, above_p75). No minimum, maximum or rank among the others. Suppressed (with the reason) when the service names no product or fewer than 5 other organisations qualify. No other organisation is ever named. Without `year`: the current year (Brussels time).
         */
        get: operations["getServiceComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{serviceId}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service's figures for a year or period
         * @description Every figure of the yearly report for one service: responses, distribution, mean, satisfied (with its 95 % Wilson interval), dissatisfied, remarks, displays and response rate, follow-ups, by month, context and channel, and the same period one year earlier. Days are counted in Brussels time (FEEDBACK_TIMEZONE). Without `year` or `from`/`to`: the current year. Read from daily and monthly roll-ups, never from raw responses.
         */
        get: operations["getServiceFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{serviceId}/installation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The installation check: where the widget was last shown and answered, and the origins that were refused
         * @description Every allowed origin and every origin seen in the last ~400 days, paginated (`page` from 1, `pageSize` up to 200, default 50; `nextPage` is null on the last page). Days are local (Brussels); refused attempts are those of the last 30 days, counted per day. At most 20 origins the service never saw get a row of their own per day when refused; further ones are counted together in `otherOrigins`.
         */
        get: operations["getServiceInstallation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{serviceId}/remarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service's remarks, newest first
         * @description Cursor-paginated: pass `nextCursor` as `cursor` for the next page (with the same filters). Filters: the period (`year`, or `from`/`to` in Brussels days; default the current year), `score` (one or several) and `q` (free text). Remarks are plain text, already scrubbed of personal data; render them as text. Erased remarks are left out.
         */
        get: operations["listRemarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{serviceId}/remarks/{responseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase the text of one remark (on request)
         * @description Erases the remark text of one response for good, e.g. when the person who wrote it asks. The response, its score and the fact that it had a remark stay, so the figures do not change. Idempotent: 204 also when already erased.
         */
        delete: operations["eraseRemark"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{serviceId}/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recurring problems: the topics many remarks share
         * @description The recurring problems of the period, however users wrote them. Each remark becomes a set of terms when it is written, all in this process (no external service): words are stemmed in the remark's language (Dutch, French, English, German; Snowball), stop words left out, a negation ("niet", "ni", "ne … pas", "nicht", "not") kept as the term "¬", a Dutch separable verb put together again ("vul … in" → invullen), and a small concept lexicon makes the same thing one term in every language ("wachtwoord", "mot de passe", "Passwort" → password). Over the period's remarks, a Dutch or German compound is split when its parts are written on their own as often ("wachtwoordherstel" → wachtwoord + herstel), a rare word one or two letters from a frequent one is taken as its typo, and words of one origin in two languages join ("annuleren", "annuler"). General words (a frequency list per language) and the words of the service's name are left out; the remarks are then partitioned (GSDMM), so a remark is in one topic at most. A group is a topic when its remarks say its terms together, or when they are complaints. Only this service's remarks count: no other service's remarks change its topics. A topic is shared by at least `minCount` remarks; with fewer than 6 remarks, or fewer than `minCount`, there are none (tooFewRemarks). Each topic shows why: its terms with the forms users wrote, and per example remark the words that matched. Its trend compares with the same days one year earlier, both years counted alike (`comparable` and `previous`: a remark counts when it says two of its terms, its one term for a topic of one). At most the 20000 newest remarks of the period are analysed.
         */
        get: operations["listTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tokens, without their values (admin: all; manager: its organisation) */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token; the token is shown once
         * @description An admin makes any token; a manager makes manager and analyst tokens of its own organisation. The token is in the answer this once; only its SHA-256 hash is stored.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token (admin: any; manager: of its organisation) */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/widget-config/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service's links for the widget (complaints, privacy notice, accessibility), in one language */
        get: operations["getWidgetConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget-chunks/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A part of the widget loaded after a press (immutable) */
        get: operations["getWidgetChunk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget.{version}.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The widget bundle at a fixed version (immutable) */
        get: operations["getWidgetAtVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The widget bundle (revalidated; ETag) */
        get: operations["getWidget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current widget version, its fixed URL and integrity hash */
        get: operations["getWidgetInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AlertDeliveries: {
            /** @description Newest first (at most 100). */
            deliveries: components["schemas"]["AlertDelivery"][];
        };
        AlertDelivery: {
            /** @description Every attempt, the first first. */
            attempts: {
                at: string;
                attempt: number;
                durationMs: number;
                /** @description The kind of failure, never the raw answer: timeout, connection_refused, connection_reset, unreachable, dns, tls, refused_address (the host resolves to a private or special address), redirect (not followed), http_status 4xx / 5xx / other, smtp_not_configured, smtp_auth, smtp_refused, error (anything else). null when delivered. */
                error: ("timeout" | "connection_refused" | "connection_reset" | "unreachable" | "dns" | "tls" | "refused_address" | "redirect" | "http_status 4xx" | "http_status 5xx" | "http_status other" | "smtp_not_configured" | "smtp_auth" | "smtp_refused" | "error") | null;
                httpStatus: number | null;
                /** @enum {string} */
                outcome: "delivered" | "failed";
            }[];
            createdAt: string;
            /**
             * Format: uuid
             * @description Also the webhook-id header: the same on every attempt.
             */
            eventId: string;
            /** @description What the event is about (period, service, topic): one event per key and subscription. */
            key: string;
            nextAttemptAt: string | null;
            /**
             * @description failed: given up after 24 hours of retries.
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /** @enum {string} */
            type: "topic.rising" | "satisfaction.dropped" | "digest.weekly" | "test";
        };
        AlertEvaluation: {
            /** @description The events this evaluation made; events made before (by any instance) are not made again. */
            created: {
                key: string;
                /** Format: uuid */
                subscriptionId: string;
                /** @enum {string} */
                type: "topic.rising" | "satisfaction.dropped" | "digest.weekly" | "test";
            }[];
            evaluatedAt: string;
        };
        AlertSubscription: {
            /** @enum {string} */
            channel: "webhook" | "email";
            createdAt: string;
            email: string | null;
            events: ("topic.rising" | "satisfaction.dropped" | "digest.weekly" | "test")[];
            /** Format: uuid */
            id: string;
            includeRemarks: boolean;
            /** @enum {string} */
            language: "nl" | "fr" | "en" | "de";
            organisationId: string;
            /** @description null: every service of the organisation. */
            services: string[] | null;
            url: string | null;
        };
        Annotation: {
            createdAt: string;
            day: string;
            /** Format: uuid */
            id: string;
            serviceId: string;
            text: string;
        };
        AnnotationEffect: {
            /** @description The annotated day and the 27 days after it. */
            after: {
                from: string;
                /** @description Remarks analysed for the topics. */
                remarks: number;
                responses: number;
                /** @description % of 4–5, 1 decimal; null without responses. */
                satisfied: number | null;
                to: string;
            };
            annotation: components["schemas"]["Annotation"];
            /** @description The 28 days before the annotated day. */
            before: {
                from: string;
                /** @description Remarks analysed for the topics. */
                remarks: number;
                responses: number;
                /** @description % of 4–5, 1 decimal; null without responses. */
                satisfied: number | null;
                to: string;
            };
            /** @description The top topics of the 28 days before, with their counts before and after, both counted alike (the remarks that say two of its terms, or its one term): did the fix work? */
            topics: {
                after: number;
                before: number;
                label: string;
            }[];
        };
        AuditEntry: {
            /** @description What was done, e.g. service.create, service.update, token.create, token.revoke, remark.erase. */
            action: string;
            actor: {
                /** @description The token's name, or the signed-in person's display name. */
                name: string;
                /** @enum {string} */
                role: "admin" | "manager" | "analyst";
                /** @enum {string} */
                via: "token" | "session" | "cli" | "system";
            };
            /** @description The changed fields after the change (never a secret). */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description When the change was made (ISO 8601). */
            at: string;
            /** @description The changed fields before the change (settings only; never a secret). */
            before: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /** @description The organisation the change concerns; null for changes of no single organisation. */
            organisationId: string | null;
            target: {
                id: string;
                type: string;
            };
        };
        AuditPage: {
            entries: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ChannelFigures: {
            /** @description The e-loket (channel) the feedback came from. */
            channel: string;
            /** @description Share of responses with score 1 or 2, in percent, rounded to 1 decimal; null without responses. */
            dissatisfied: number | null;
            distribution: components["schemas"]["ScoreCounts"];
            /** @description Average score (1–5), rounded to 2 decimals; null without responses. */
            mean: number | null;
            /** @description Number of responses that carried a remark (still counted after the text itself was erased). */
            remarks: number;
            /** @description Number of responses: users who pressed a score. */
            responses: number;
            /** @description Share of responses with score 4 or 5, in percent, rounded to 1 decimal; null without responses. */
            satisfied: number | null;
            /** @description The 95 % confidence interval of `satisfied` (Wilson score interval), in percent with 1 decimal: with 95 % certainty the share among all users lies in between. Wide when there are few responses. Null without responses. */
            satisfiedInterval: {
                high: number;
                low: number;
            } | null;
        };
        /** @description The follow-up "Did you get done what you came for?" (yes / partly / no). Null when off and never answered. */
        CompletedFigures: {
            /** @description Responses that answered "Did you get done what you came for?". */
            answered: number;
            counts: {
                no: number;
                partly: number;
                yes: number;
            };
            /** @description Each answer as a percentage of `answered`, 1 decimal; null when none answered. */
            shares: {
                no: number | null;
                partly: number | null;
                yes: number | null;
            };
        } | null;
        ContextFigures: {
            /**
             * @description Where the feedback was asked: after a transaction, after support, or at any moment.
             * @enum {string}
             */
            context: "transaction" | "support" | "continuous";
            /** @description Share of responses with score 1 or 2, in percent, rounded to 1 decimal; null without responses. */
            dissatisfied: number | null;
            distribution: components["schemas"]["ScoreCounts"];
            /** @description Average score (1–5), rounded to 2 decimals; null without responses. */
            mean: number | null;
            /** @description Number of responses that carried a remark (still counted after the text itself was erased). */
            remarks: number;
            /** @description Number of responses: users who pressed a score. */
            responses: number;
            /** @description Share of responses with score 4 or 5, in percent, rounded to 1 decimal; null without responses. */
            satisfied: number | null;
            /** @description The 95 % confidence interval of `satisfied` (Wilson score interval), in percent with 1 decimal: with 95 % certainty the share among all users lies in between. Wide when there are few responses. Null without responses. */
            satisfiedInterval: {
                high: number;
                low: number;
            } | null;
        };
        CreatedAlertSubscription: {
            /** @enum {string} */
            channel: "webhook" | "email";
            createdAt: string;
            email: string | null;
            events: ("topic.rising" | "satisfaction.dropped" | "digest.weekly" | "test")[];
            /** Format: uuid */
            id: string;
            includeRemarks: boolean;
            /** @enum {string} */
            language: "nl" | "fr" | "en" | "de";
            organisationId: string;
            /** @description Webhooks: the whsec_… signing secret, shown this once. null for e-mail. */
            secret: string | null;
            /** @description null: every service of the organisation. */
            services: string[] | null;
            url: string | null;
        };
        CreatedToken: {
            admin: boolean;
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            organisationId: string | null;
            revokedAt: string | null;
            /** @enum {string} */
            role: "admin" | "manager" | "analyst";
            /** @description Shown once; only its hash is stored. */
            token: string;
        };
        DisplaySubmissionInput: {
            serviceId: string;
        };
        /** @description The follow-up "Was it easy; did you understand what was expected of you?" (1–5). Null when the service has the question off and nobody answered it in the period. */
        EaseFigures: {
            /** @description Responses that answered the "was it easy?" question. */
            answered: number;
            distribution: components["schemas"]["ScoreCounts"];
            /** @description Average ease (1 very hard – 5 very easy), 2 decimals; null when none answered. */
            mean: number | null;
        } | null;
        Error: {
            error: {
                /** @enum {string} */
                code: "validation_failed" | "unauthorized" | "forbidden" | "origin_not_allowed" | "not_found" | "conflict" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "service_unavailable" | "internal_error";
                details: {
                    message: string;
                    /** @description Where the problem is, e.g. "score" or "remark". */
                    path: string;
                }[];
                message: string;
            };
        };
        FeedbackAccepted: {
            /** Format: uuid */
            id: string;
        };
        FeedbackSubmissionInput: {
            channel?: string;
            /**
             * @description Did the user get done what they came for?
             * @enum {string}
             */
            completed?: "yes" | "partly" | "no";
            /** @enum {string} */
            context?: "transaction" | "support" | "continuous";
            /** @description Was it easy; did you understand what was expected of you? 1–5. */
            ease?: number;
            /** @enum {string} */
            lang?: "nl" | "fr" | "en" | "de";
            /** @description The page; only its path is kept. */
            page?: string;
            remark?: string;
            /** @description Satisfaction from 1 (very dissatisfied) to 5 (very satisfied). */
            score: number;
            /** @description The digital service, e.g. "omgevingsvergunning-aanvragen". */
            serviceId: string;
            step?: string;
            /**
             * Format: uuid
             * @description Chosen by the client; the same id again is a retry or the follow-up.
             */
            submissionId: string;
        };
        Installation: {
            /** @description The next page, or null on the last. */
            nextPage: number | null;
            /** @description This page of the origins: the allowed ones first (in the service’s order), then the others seen, by origin. */
            origins: components["schemas"]["InstallationOrigin"][];
            /** @description Refused attempts from origins never seen before, once 20 such origins had a row of their own that day: counted together, per local day of the last 30 days (anyone can send any Origin header, so their number is bounded). The same on every page. */
            otherOrigins: {
                refusedByDay: {
                    count: number;
                    day: string;
                }[];
            };
            page: number;
            pageSize: number;
            /** @description How many origins there are on all pages together. */
            total: number;
        };
        InstallationOrigin: {
            /** @description Whether the service's allowedOrigins has this origin now. */
            allowed: boolean;
            /** @description The last local day someone answered there. */
            lastAnsweredDay: string | null;
            /** @description The last local (Brussels) day the widget was shown there; null: never, or not in the last ~400 days. */
            lastShownDay: string | null;
            /** @description The embedding origin (scheme://host:port); nothing else of the page or the person. */
            origin: string;
            /** @description Attempts to send feedback from this origin that were refused because it is not allowed, per local day of the last 30 days, newest first. */
            refusedByDay: {
                count: number;
                day: string;
            }[];
        };
        /** @description An https:// address, or one per language: { "nl": "https://…", "fr": "https://…" } (a language without one gets the Dutch address, else the first given). */
        Link: string | {
            /**
             * Format: uri
             * @description An https:// address.
             */
            de?: string;
            /**
             * Format: uri
             * @description An https:// address.
             */
            en?: string;
            /**
             * Format: uri
             * @description An https:// address.
             */
            fr?: string;
            /**
             * Format: uri
             * @description An https:// address.
             */
            nl?: string;
        };
        /** @description An https:// address, or one per language: { "nl": "https://…", "fr": "https://…" } (a language without one gets the Dutch address, else the first given). */
        LinkInput: string | {
            /**
             * Format: uri
             * @description An https:// address.
             */
            de?: string;
            /**
             * Format: uri
             * @description An https:// address.
             */
            en?: string;
            /**
             * Format: uri
             * @description An https:// address.
             */
            fr?: string;
            /**
             * Format: uri
             * @description An https:// address.
             */
            nl?: string;
        };
        MonthFigures: {
            /** @description How often the widget was shown for the service in the period. */
            displays: number;
            /** @description Share of responses with score 1 or 2, in percent, rounded to 1 decimal; null without responses. */
            dissatisfied: number | null;
            distribution: components["schemas"]["ScoreCounts"];
            /** @description Average score (1–5), rounded to 2 decimals; null without responses. */
            mean: number | null;
            /** @description The calendar month, YYYY-MM (only its days inside the period count). */
            month: string;
            /** @description Number of responses that carried a remark (still counted after the text itself was erased). */
            remarks: number;
            /** @description responses ÷ displays, in percent with 1 decimal; null when no display was counted. Responses sent without the widget (the no-JavaScript form, API clients) are not displays, so it can exceed 100 in rare cases. */
            responseRate: number | null;
            /** @description Number of responses: users who pressed a score. */
            responses: number;
            /** @description Share of responses with score 4 or 5, in percent, rounded to 1 decimal; null without responses. */
            satisfied: number | null;
            /** @description The 95 % confidence interval of `satisfied` (Wilson score interval), in percent with 1 decimal: with 95 % certainty the share among all users lies in between. Wide when there are few responses. Null without responses. */
            satisfiedInterval: {
                high: number;
                low: number;
            } | null;
        };
        NewAlertSubscriptionInput: {
            /** @constant */
            channel: "webhook";
            /** @description topic.rising, satisfaction.dropped, digest.weekly and/or test. */
            events: ("topic.rising" | "satisfaction.dropped" | "digest.weekly" | "test")[];
            /**
             * @description Send example remark texts along (default false: counts only).
             * @default false
             */
            includeRemarks: boolean;
            /**
             * @description The language of e-mails and of texts in webhook payloads.
             * @default nl
             * @enum {string}
             */
            language: "nl" | "fr" | "en" | "de";
            organisationId: string;
            /** @description Only these services of the organisation; absent: all of them, also those added later. */
            services?: string[];
            /**
             * Format: uri
             * @description https on a public address (http and private addresses only with WEBHOOK_ALLOW_INSECURE=true).
             */
            url: string;
        } | {
            /** @constant */
            channel: "email";
            /** Format: email */
            email: string;
            /** @description topic.rising, satisfaction.dropped, digest.weekly and/or test. */
            events: ("topic.rising" | "satisfaction.dropped" | "digest.weekly" | "test")[];
            /**
             * @description Send example remark texts along (default false: counts only).
             * @default false
             */
            includeRemarks: boolean;
            /**
             * @description The language of e-mails and of texts in webhook payloads.
             * @default nl
             * @enum {string}
             */
            language: "nl" | "fr" | "en" | "de";
            organisationId: string;
            /** @description Only these services of the organisation; absent: all of them, also those added later. */
            services?: string[];
        };
        NewAnnotationInput: {
            /**
             * Format: date
             * @description YYYY-MM-DD, from 2000-01-01 to one year after today
             */
            day: string;
            /** @description e.g. "versie 3.2: opladen hersteld". */
            text: string;
        };
        NewOrganisationInput: {
            /** @description "Report an accessibility problem": the feedback mechanism of the accessibility statement. */
            accessibilityUrl?: components["schemas"]["LinkInput"] | null;
            /** @description The complaints procedure (a remark is anonymous and no complaint). A service's own wins over its organisation's; null: none. */
            complaintsUrl?: components["schemas"]["LinkInput"] | null;
            id: string;
            /** @enum {string} */
            level: "vlaams" | "provinciaal" | "lokaal";
            name: string;
            policyDomain?: string;
            /** @description The privacy notice, linked next to the remark field. */
            privacyUrl?: components["schemas"]["LinkInput"] | null;
        };
        NewServiceInput: {
            /**
             * @description "Report an accessibility problem": the feedback mechanism of the accessibility statement.
             * @default null
             */
            accessibilityUrl: components["schemas"]["LinkInput"] | null;
            /** @default true */
            active: boolean;
            /** @default [] */
            allowedOrigins: string[];
            /** @enum {string} */
            audience: "burgers" | "ondernemingen" | "verenigingen" | "lokale-besturen";
            channel: string;
            /**
             * @description The complaints procedure (a remark is anonymous and no complaint). A service's own wins over its organisation's; null: none.
             * @default null
             */
            complaintsUrl: components["schemas"]["LinkInput"] | null;
            /** @default [] */
            followUps: ("ease" | "completed")[];
            id: string;
            name: {
                de?: string;
                en?: string;
                fr?: string;
                nl: string;
            };
            organisationId: string;
            /**
             * @description The privacy notice, linked next to the remark field.
             * @default null
             */
            privacyUrl: components["schemas"]["LinkInput"] | null;
            /** @default null */
            productId: components["schemas"]["ProductIdInput"] | null;
            /** @default false */
            publishFigures: boolean;
        };
        /** @description Either an organisation token (manager or analyst) or an admin token (admins only). */
        NewTokenInput: {
            name: string;
            organisationId: string;
            /**
             * @description manager: changes its organisation's services, tokens, subscriptions and annotations; analyst: reads only. Default manager, as organisation tokens always were.
             * @default manager
             * @enum {string}
             */
            role: "manager" | "analyst";
        } | {
            /** @constant */
            admin: true;
            name: string;
        };
        Organisation: {
            /** @description "Report an accessibility problem": the feedback mechanism of the accessibility statement. */
            accessibilityUrl: components["schemas"]["Link"] | null;
            /** @description The complaints procedure (a remark is anonymous and no complaint). A service's own wins over its organisation's; null: none. */
            complaintsUrl: components["schemas"]["Link"] | null;
            /** @description True for the made-up demo data of a first start of the embedded database (remove it with `pnpm cli demo remove`). */
            demo: boolean;
            id: string;
            /** @enum {string} */
            level: "vlaams" | "provinciaal" | "lokaal";
            name: string;
            policyDomain: string | null;
            /** @description The privacy notice, linked next to the remark field. */
            privacyUrl: components["schemas"]["Link"] | null;
        };
        OrganisationPatchInput: {
            /** @description "Report an accessibility problem": the feedback mechanism of the accessibility statement. */
            accessibilityUrl?: components["schemas"]["LinkInput"] | null;
            /** @description The complaints procedure (a remark is anonymous and no complaint). A service's own wins over its organisation's; null: none. */
            complaintsUrl?: components["schemas"]["LinkInput"] | null;
            /** @description The privacy notice, linked next to the remark field. */
            privacyUrl?: components["schemas"]["LinkInput"] | null;
        };
        /** @description A period of whole local days, both ends included. */
        Period: {
            /**
             * Format: date
             * @description A calendar day (YYYY-MM-DD), counted in Brussels time.
             */
            from: string;
            /** @description The time zone in which days are counted. */
            timezone: string;
            /**
             * Format: date
             * @description A calendar day (YYYY-MM-DD), counted in Brussels time.
             */
            to: string;
        };
        /** @description Percentiles use linear interpolation between closest ranks (Excel PERCENTILE.INC, R type 7) over the unrounded satisfied shares of the other organisations, one share per organisation, then are rounded to whole multiples of 5 points. No minimum, maximum or rank among the others is given: nothing from which one organisation's share can be read. */
        ProductComparison: {
            /** @description How many other organisations offer the same product with at least 30 responses in the year (all their services of the product pooled). Never named. */
            organisations: number;
            others: {
                /** @description Their median satisfied share, rounded to a multiple of 5. */
                median: number;
                /** @description 25th percentile of the other organisations’ satisfied shares (PERCENTILE.INC), rounded to a multiple of 5. */
                p25: number;
                /** @description 75th percentile, rounded to a multiple of 5. */
                p75: number;
            } | null;
            /** @description This service in the same year. */
            own: {
                responses: number;
                /** @description This service's share of scores 4–5, 1 decimal; null without responses. */
                satisfied: number | null;
                /** @description Its 95 % Wilson interval; null without responses. */
                satisfiedInterval: {
                    high: number;
                    low: number;
                } | null;
            };
            period: components["schemas"]["Period"];
            /** @description Null when suppressed or when this service has no responses in the year. */
            position: {
                /**
                 * @description This service's share (1 decimal) against the rounded percentiles: below p25, between p25 and p75 (both included), or above p75.
                 * @enum {string}
                 */
                standing: "below_p25" | "between" | "above_p75";
            } | null;
            /** @description Why it is suppressed: no_product (the service names no productId) or too_few_organisations; null when not suppressed. */
            reason: ("no_product" | "too_few_organisations") | null;
            service: {
                id: string;
                productId: components["schemas"]["ProductId"] | null;
            };
            /** @description True when the product is not named or fewer than 5 other organisations qualify: then others and position are null. */
            suppressed: boolean;
        };
        /** @description The IPDC product number (1–12 digits) of the product this service delivers, e.g. "1502". */
        ProductId: string;
        /** @description The IPDC product number (1–12 digits) of the product this service delivers, e.g. "1502". */
        ProductIdInput: string;
        PublicFigures: {
            period: components["schemas"]["Period"];
            services: components["schemas"]["PublicServiceFigures"][];
        };
        PublicServiceFigures: {
            figures: {
                /** @description How often the widget was shown for the service in the period. */
                displays: number;
                /** @description Share of responses with score 1 or 2, in percent, rounded to 1 decimal; null without responses. */
                dissatisfied: number | null;
                distribution: components["schemas"]["ScoreCounts"];
                /** @description Average score (1–5), rounded to 2 decimals; null without responses. */
                mean: number | null;
                /** @description Number of responses that carried a remark (still counted after the text itself was erased). */
                remarks: number;
                /** @description responses ÷ displays, in percent with 1 decimal; null when no display was counted. Responses sent without the widget (the no-JavaScript form, API clients) are not displays, so it can exceed 100 in rare cases. */
                responseRate: number | null;
                /** @description Number of responses: users who pressed a score. */
                responses: number;
                /** @description Share of responses with score 4 or 5, in percent, rounded to 1 decimal; null without responses. */
                satisfied: number | null;
                /** @description The 95 % confidence interval of `satisfied` (Wilson score interval), in percent with 1 decimal: with 95 % certainty the share among all users lies in between. Wide when there are few responses. Null without responses. */
                satisfiedInterval: {
                    high: number;
                    low: number;
                } | null;
            } | null;
            service: {
                id: string;
                name: {
                    de?: string;
                    en?: string;
                    fr?: string;
                    nl: string;
                };
                organisation: {
                    id: string;
                    name: string;
                };
            };
            /** @description True when the service had fewer than 10 responses in the period: its figures are withheld (null) so no one can be recognised in them. */
            suppressed: boolean;
        };
        Remark: {
            channel: string;
            completed: ("yes" | "partly" | "no") | null;
            /** @enum {string} */
            context: "transaction" | "support" | "continuous";
            /**
             * Format: date
             * @description A calendar day (YYYY-MM-DD), counted in Brussels time.
             */
            day: string;
            ease: number | null;
            /**
             * Format: uuid
             * @description The id of the response the remark belongs to.
             */
            id: string;
            /** @enum {string} */
            lang: "nl" | "fr" | "en" | "de";
            /** @description When the score was received (ISO 8601, UTC). */
            receivedAt: string;
            /** @description The text, as plain text: render it as text, never as HTML. */
            remark: string;
            score: number;
            step: string | null;
        };
        RemarksPage: {
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            period: components["schemas"]["Period"];
            /** @description Newest first. Erased remarks are not listed. */
            remarks: components["schemas"]["Remark"][];
        };
        Report: {
            /** @description When this report was made (ISO 8601). */
            generatedAt: string;
            organisations: components["schemas"]["ReportOrganisation"][];
            period: components["schemas"]["Period"];
            /** @description Per service (in the order of `services`): its recurring problems and notes. */
            problems: components["schemas"]["ReportProblems"][];
            scope: {
                organisation: string | null;
                policyDomain: string | null;
            };
            /** @description One entry per service, by organisation and service id. */
            services: components["schemas"]["ServiceFigures"][];
            /** @description Recurring problems of at least two of its services, most services first. */
            sharedProblems: components["schemas"]["SharedProblem"][];
            totals: components["schemas"]["ReportTotals"];
            year: number;
        };
        ReportOrganisation: {
            id: string;
            /** @enum {string} */
            level: "vlaams" | "provinciaal" | "lokaal";
            name: string;
            policyDomain: string | null;
        };
        /** @description What users of a service kept reporting, and what was done about it. */
        ReportProblems: {
            /** @description Its annotations of the year, each with the satisfied share and top topics in the 28 days before and after. */
            notes: components["schemas"]["AnnotationEffect"][];
            /** @description Remarks of the year analysed for its topics. */
            remarks: number;
            serviceId: string;
            /** @description Its recurring problems: the top topics of the year (at most 5), most remarks first. */
            topics: {
                /** @description Its remarks of the year counted as previousCount is. */
                comparableCount: number;
                /** @description comparableCount as a % of the remarks analysed, 1 decimal: what the trend compares with previousShare. */
                comparableShare: number;
                count: number;
                /** @description The topic key (its first term): the same problem in another service has the same key. */
                key: string;
                label: string;
                /** @description Its remarks in the year before: those that say two of its terms, or its one term. */
                previousCount: number;
                /** @description previousCount as a % of the remarks of the year before, 1 decimal; null when there were none. */
                previousShare: number | null;
                /** @description % of the remarks analysed, 1 decimal. */
                share: number;
                /** @enum {string} */
                trend: "new" | "up" | "down" | "stable";
            }[];
        };
        /** @description The figures of all responses of all services in the report together. */
        ReportTotals: {
            byMonth: components["schemas"]["MonthFigures"][];
            completed: components["schemas"]["CompletedFigures"];
            /** @description How often the widget was shown for the service in the period. */
            displays: number;
            /** @description Share of responses with score 1 or 2, in percent, rounded to 1 decimal; null without responses. */
            dissatisfied: number | null;
            distribution: components["schemas"]["ScoreCounts"];
            ease: components["schemas"]["EaseFigures"];
            /** @description Average score (1–5), rounded to 2 decimals; null without responses. */
            mean: number | null;
            previousYear: {
                completed: components["schemas"]["CompletedFigures"];
                /** @description How often the widget was shown for the service in the period. */
                displays: number;
                /** @description Share of responses with score 1 or 2, in percent, rounded to 1 decimal; null without responses. */
                dissatisfied: number | null;
                distribution: components["schemas"]["ScoreCounts"];
                ease: components["schemas"]["EaseFigures"];
                /** @description Average score (1–5), rounded to 2 decimals; null without responses. */
                mean: number | null;
                period: components["schemas"]["Period"];
                /** @description Number of responses that carried a remark (still counted after the text itself was erased). */
                remarks: number;
                /** @description responses ÷ displays, in percent with 1 decimal; null when no display was counted. Responses sent without the widget (the no-JavaScript form, API clients) are not displays, so it can exceed 100 in rare cases. */
                responseRate: number | null;
                /** @description Number of responses: users who pressed a score. */
                responses: number;
                /** @description Share of responses with score 4 or 5, in percent, rounded to 1 decimal; null without responses. */
                satisfied: number | null;
                /** @description The 95 % confidence interval of `satisfied` (Wilson score interval), in percent with 1 decimal: with 95 % certainty the share among all users lies in between. Wide when there are few responses. Null without responses. */
                satisfiedInterval: {
                    high: number;
                    low: number;
                } | null;
            };
            /** @description Number of responses that carried a remark (still counted after the text itself was erased). */
            remarks: number;
            /** @description responses ÷ displays, in percent with 1 decimal; null when no display was counted. Responses sent without the widget (the no-JavaScript form, API clients) are not displays, so it can exceed 100 in rare cases. */
            responseRate: number | null;
            /** @description Number of responses: users who pressed a score. */
            responses: number;
            /** @description Share of responses with score 4 or 5, in percent, rounded to 1 decimal; null without responses. */
            satisfied: number | null;
            /** @description The 95 % confidence interval of `satisfied` (Wilson score interval), in percent with 1 decimal: with 95 % certainty the share among all users lies in between. Wide when there are few responses. Null without responses. */
            satisfiedInterval: {
                high: number;
                low: number;
            } | null;
            /** @description Number of services in the report. */
            services: number;
        };
        /** @description How many responses gave each score, from 1 (very dissatisfied) to 5 (very satisfied). */
        ScoreCounts: {
            1: number;
            2: number;
            3: number;
            4: number;
            5: number;
        };
        Service: {
            /** @description "Report an accessibility problem": the feedback mechanism of the accessibility statement. */
            accessibilityUrl: components["schemas"]["Link"] | null;
            active: boolean;
            allowedOrigins: string[];
            /** @enum {string} */
            audience: "burgers" | "ondernemingen" | "verenigingen" | "lokale-besturen";
            channel: string;
            /** @description The complaints procedure (a remark is anonymous and no complaint). A service's own wins over its organisation's; null: none. */
            complaintsUrl: components["schemas"]["Link"] | null;
            followUps: ("ease" | "completed")[];
            id: string;
            name: {
                de?: string;
                en?: string;
                fr?: string;
                nl: string;
            };
            organisationId: string;
            /** @description The privacy notice, linked next to the remark field. */
            privacyUrl: components["schemas"]["Link"] | null;
            /** @description The IPDC product number of the product this service delivers (null: none named); compares it with the same product elsewhere. */
            productId: components["schemas"]["ProductId"] | null;
            publishFigures: boolean;
        };
        ServiceFigures: {
            /** @description One row per channel that sent responses, most responses first. */
            byChannel: components["schemas"]["ChannelFigures"][];
            /** @description One row per context (transaction, support, continuous). */
            byContext: components["schemas"]["ContextFigures"][];
            /** @description One row per calendar month of the period (12 for a year), in order. */
            byMonth: components["schemas"]["MonthFigures"][];
            completed: components["schemas"]["CompletedFigures"];
            /** @description How often the widget was shown for the service in the period. */
            displays: number;
            /** @description Share of responses with score 1 or 2, in percent, rounded to 1 decimal; null without responses. */
            dissatisfied: number | null;
            distribution: components["schemas"]["ScoreCounts"];
            ease: components["schemas"]["EaseFigures"];
            /** @description Average score (1–5), rounded to 2 decimals; null without responses. */
            mean: number | null;
            period: components["schemas"]["Period"];
            /** @description The same figures for the same period one year earlier, for comparison. */
            previousYear: {
                completed: components["schemas"]["CompletedFigures"];
                /** @description How often the widget was shown for the service in the period. */
                displays: number;
                /** @description Share of responses with score 1 or 2, in percent, rounded to 1 decimal; null without responses. */
                dissatisfied: number | null;
                distribution: components["schemas"]["ScoreCounts"];
                ease: components["schemas"]["EaseFigures"];
                /** @description Average score (1–5), rounded to 2 decimals; null without responses. */
                mean: number | null;
                period: components["schemas"]["Period"];
                /** @description Number of responses that carried a remark (still counted after the text itself was erased). */
                remarks: number;
                /** @description responses ÷ displays, in percent with 1 decimal; null when no display was counted. Responses sent without the widget (the no-JavaScript form, API clients) are not displays, so it can exceed 100 in rare cases. */
                responseRate: number | null;
                /** @description Number of responses: users who pressed a score. */
                responses: number;
                /** @description Share of responses with score 4 or 5, in percent, rounded to 1 decimal; null without responses. */
                satisfied: number | null;
                /** @description The 95 % confidence interval of `satisfied` (Wilson score interval), in percent with 1 decimal: with 95 % certainty the share among all users lies in between. Wide when there are few responses. Null without responses. */
                satisfiedInterval: {
                    high: number;
                    low: number;
                } | null;
            };
            /** @description Number of responses that carried a remark (still counted after the text itself was erased). */
            remarks: number;
            /** @description responses ÷ displays, in percent with 1 decimal; null when no display was counted. Responses sent without the widget (the no-JavaScript form, API clients) are not displays, so it can exceed 100 in rare cases. */
            responseRate: number | null;
            /** @description Number of responses: users who pressed a score. */
            responses: number;
            /** @description Share of responses with score 4 or 5, in percent, rounded to 1 decimal; null without responses. */
            satisfied: number | null;
            /** @description The 95 % confidence interval of `satisfied` (Wilson score interval), in percent with 1 decimal: with 95 % certainty the share among all users lies in between. Wide when there are few responses. Null without responses. */
            satisfiedInterval: {
                high: number;
                low: number;
            } | null;
            service: components["schemas"]["ServiceSummary"];
        };
        ServicePatchInput: {
            /** @description "Report an accessibility problem": the feedback mechanism of the accessibility statement. */
            accessibilityUrl?: components["schemas"]["LinkInput"] | null;
            active?: boolean;
            allowedOrigins?: string[];
            /** @enum {string} */
            audience?: "burgers" | "ondernemingen" | "verenigingen" | "lokale-besturen";
            channel?: string;
            /** @description The complaints procedure (a remark is anonymous and no complaint). A service's own wins over its organisation's; null: none. */
            complaintsUrl?: components["schemas"]["LinkInput"] | null;
            followUps?: ("ease" | "completed")[];
            name?: {
                de?: string;
                en?: string;
                fr?: string;
                nl: string;
            };
            /** @description The privacy notice, linked next to the remark field. */
            privacyUrl?: components["schemas"]["LinkInput"] | null;
            productId?: components["schemas"]["ProductIdInput"] | null;
            publishFigures?: boolean;
        };
        ServiceSummary: {
            id: string;
            name: {
                de?: string;
                en?: string;
                fr?: string;
                nl: string;
            };
            organisationId: string;
        };
        /** @description A recurring problem that at least two services of the report share (e.g. a sign-in outage). */
        SharedProblem: {
            key: string;
            /** @description As the service with the most of its remarks words it. */
            label: string;
            /** @description Every service of the report with this problem among its recurring problems, most remarks first. */
            services: {
                count: number;
                serviceId: string;
            }[];
        };
        TokenInfo: {
            admin: boolean;
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            organisationId: string | null;
            revokedAt: string | null;
            /** @enum {string} */
            role: "admin" | "manager" | "analyst";
        };
        Topic: {
            /** @description This period counted as previous is (the remarks that say two of its terms, or its one term): what trend compares with previous. Its count may differ from count, which holds the remarks of its group. */
            comparable: {
                count: number;
                share: number;
            };
            /** @description Remarks in the period that belong to the topic. A remark belongs to one topic at most. */
            count: number;
            /** @description Up to 3 remarks of the topic, its most typical first, each with the words that made it belong. */
            examples: components["schemas"]["TopicExample"][];
            /** @description The term that started the topic (a concept or a stem); stable from period to period while the problem is said the same way. */
            key: string;
            /** @description The words as users most often wrote them, e.g. "wachtwoord herstellen". */
            label: string;
            /** @description Per term (but "¬"): how many remarks use it, how they wrote it, how distinctive it is. */
            matches: components["schemas"]["TopicTerm"][];
            /** @description Average score of the responses with these remarks, 2 decimals. */
            meanScore: number;
            /** @description The same topic in the previous period (the same days one year earlier): the remarks that say two of its terms, or its one term (but "¬"). */
            previous: {
                count: number;
                share: number | null;
            };
            /** @description count as a percentage of the remarks analysed in the period, 1 decimal. */
            share: number;
            /** @description The terms that define the topic, the one that started it first ("¬" last when most of its remarks say it negated). Its remarks are those of its group that say one of them, and remarks of no group that say two. */
            terms: string[];
            /**
             * @description new: not in the previous period; up / down: its share of remarks grew / fell by at least a fifth, both periods counted alike (remarks with two of its terms, or its one term); stable otherwise.
             * @enum {string}
             */
            trend: "new" | "up" | "down" | "stable";
        };
        TopicExample: {
            channel: string;
            completed: ("yes" | "partly" | "no") | null;
            /** @enum {string} */
            context: "transaction" | "support" | "continuous";
            /**
             * Format: date
             * @description A calendar day (YYYY-MM-DD), counted in Brussels time.
             */
            day: string;
            ease: number | null;
            /**
             * Format: uuid
             * @description The id of the response the remark belongs to.
             */
            id: string;
            /** @enum {string} */
            lang: "nl" | "fr" | "en" | "de";
            /** @description Why the remark belongs to the topic: its words that gave the topic's terms. */
            matched: {
                /** @description The word(s) as written in the remark. */
                form: string;
                terms: string[];
            }[];
            /** @description When the score was received (ISO 8601, UTC). */
            receivedAt: string;
            /** @description The text, as plain text: render it as text, never as HTML. */
            remark: string;
            score: number;
            step: string | null;
        };
        Topics: {
            period: components["schemas"]["Period"];
            previousPeriod: components["schemas"]["Period"];
            previousRemarks: number;
            /** @description Remarks analysed in the period (erased remarks have no text left). */
            remarks: number;
            /** @description True when the period has too few remarks to find any topic: fewer than 6, or fewer than `minCount` (topics is then empty). */
            tooFewRemarks: boolean;
            /** @description Most shared first. */
            topics: components["schemas"]["Topic"][];
        };
        TopicTerm: {
            /** @description How users wrote it, most frequent first (up to 5), e.g. ["wachtwoord", "wachtwoordherstel", "mot de passe"]. */
            forms: string[];
            /** @description Null: topics no longer weigh a term against other services' remarks (the field stays for clients of the earlier finder, which gave a log-likelihood keyness in standard errors here). */
            keyness: number | null;
            /** @description How many of the topic's remarks use it. */
            remarks: number;
            /** @description A concept of the lexicon (e.g. "password": wachtwoord, mot de passe, Passwort) or a stemmed word. */
            term: string;
        };
        WidgetConfig: {
            /** @enum {string} */
            lang: "nl" | "fr" | "en" | "de";
            links: {
                /** @description "Report an accessibility problem"; null: the widget shows no such link. */
                accessibilityUrl: string | null;
                /** @description The complaints procedure: the service's own, else its organisation's; null: none. */
                complaintsUrl: string | null;
                /** @description The privacy notice, linked next to the remark field. */
                privacyUrl: string | null;
            };
            serviceId: string;
        };
        WidgetInfo: {
            /** @description The hashed chunks the widget imports after a press (the remark form, one per language), each with its SRI hash: put them in an import map's "integrity" (absolute URLs) to pin them as the script tag's integrity pins widget.js. */
            chunks: {
                integrity: string;
                url: string;
            }[];
            /** @description Subresource Integrity hash for the versioned URL. */
            integrity: string;
            /** @description The versioned URL: the same bytes forever, cacheable for a year. */
            url: string;
            version: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkAlive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getOpenFiguresPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A year out of range or a filter value the form does not offer: an HTML page in the page’s language. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getOpenDataCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A dcat:Catalog with one dcat:Dataset and its distributions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenFiguresCsv: {
        parameters: {
            query?: {
                /** @description A calendar year; days are counted in Brussels time (2026-12-31T23:30Z belongs to 2027). */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenServicePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The service id. */
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A year out of range or a filter value the form does not offer: an HTML page in the page’s language. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unknown, or not published: an HTML page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    checkReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description The database cannot be reached. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAlertSubscriptions: {
        parameters: {
            query?: {
                organisation?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscriptions: components["schemas"]["AlertSubscription"][];
                    };
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAlertSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAlertSubscriptionInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAlertSubscription"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAlertSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAlertDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertDeliveries"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testAlertSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        eventId: string;
                    };
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    evaluateAlerts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertEvaluation"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                limit?: number;
                /** @description Admins: only this organisation. Managers always see their own. */
                organisation?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    countDisplay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisplaySubmissionInput"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackSubmissionInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackAccepted"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackAccepted"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with what is stored. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organisations: components["schemas"]["Organisation"][];
                    };
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewOrganisationInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with what is stored. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationPatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPublicFigures: {
        parameters: {
            query?: {
                /** @description A calendar year; days are counted in Brussels time (2026-12-31T23:30Z belongs to 2027). */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicFigures"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: {
                /** @description json; csv (comma, decimal point, UTF-8); csv-excel (semicolon, decimal comma, UTF-8 with BOM: for Excel with Belgian settings); html (printable on A4, with charts). */
                format?: "json" | "csv" | "csv-excel" | "html";
                /** @description Report every service of this organisation. */
                organisation?: string;
                /** @description Report every service of every organisation in this policy domain (beleidsdomein). */
                policyDomain?: string;
            };
            header?: never;
            path: {
                /** @description A calendar year; days are counted in Brussels time (2026-12-31T23:30Z belongs to 2027). */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report in the requested format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                    "text/csv": string;
                    "text/html": string;
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listServices: {
        parameters: {
            query?: {
                organisation?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        services: components["schemas"]["Service"][];
                    };
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewServiceInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with what is stored. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServicePatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAnnotations: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        annotations: components["schemas"]["Annotation"][];
                    };
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAnnotationInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Annotation"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                annotationId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnnotationEffect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                annotationId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnotationEffect"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getServiceComparison: {
        parameters: {
            query?: {
                /** @description A calendar year; days are counted in Brussels time (2026-12-31T23:30Z belongs to 2027). */
                year?: number;
            };
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductComparison"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getServiceFigures: {
        parameters: {
            query?: {
                /** @description First day of the period (inclusive); needs `to`. Instead of `year`. */
                from?: string;
                /** @description Last day of the period (inclusive); needs `from`. Instead of `year`. */
                to?: string;
                /** @description A calendar year; days are counted in Brussels time (2026-12-31T23:30Z belongs to 2027). */
                year?: number;
            };
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceFigures"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getServiceInstallation: {
        parameters: {
            query?: {
                /** @description The page, from 1. */
                page?: number;
                /** @description Origins per page (1–200, default 50). */
                pageSize?: number;
            };
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Installation"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRemarks: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description First day of the period (inclusive); needs `to`. Instead of `year`. */
                from?: string;
                limit?: number;
                /** @description Free text. Searched with PostgreSQL full-text search in the language of each remark (nl: Dutch, fr: French, en: English, de: German stemming and stop words), and as plain words: "kalender" also finds "kalenders". Supports "quoted phrases", OR and -excluded words. */
                q?: string;
                /** @description Only these scores: `score=1&score=2` or `score=1,2`. */
                score?: number[];
                /** @description Last day of the period (inclusive); needs `from`. Instead of `year`. */
                to?: string;
                /** @description A calendar year; days are counted in Brussels time (2026-12-31T23:30Z belongs to 2027). */
                year?: number;
            };
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemarksPage"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    eraseRemark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                responseId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTopics: {
        parameters: {
            query?: {
                /** @description First day of the period (inclusive); needs `to`. Instead of `year`. */
                from?: string;
                /** @description At most this many topics. */
                limit?: number;
                /** @description A topic must be shared by at least this many remarks. */
                minCount?: number;
                /** @description Only these scores: `score=1&score=2` or `score=1,2`. */
                score?: number[];
                /** @description Last day of the period (inclusive); needs `from`. Instead of `year`. */
                to?: string;
                /** @description A calendar year; days are counted in Brussels time (2026-12-31T23:30Z belongs to 2027). */
                year?: number;
            };
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topics"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tokens: components["schemas"]["TokenInfo"][];
                    };
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTokenInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token or dashboard session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetConfig: {
        parameters: {
            query?: {
                lang?: "nl" | "fr" | "en" | "de";
            };
            header?: never;
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetConfig"];
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetChunk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A hashed chunk of the widget (an ES module), compressed with br or gzip as Accept-Encoding allows; its name changes with its content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetAtVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget bundle (an ES module), compressed with br or gzip as Accept-Encoding allows. 304 when If-None-Match matches its ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description Bad request: the body, query or path is not valid; `details` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget bundle (an ES module), compressed with br or gzip as Accept-Encoding allows. 304 when If-None-Match matches its ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWidgetInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetInfo"];
                };
            };
            /** @description Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
