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
        /** Create a digital service (admin) */
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
        /** Change a service (admin, or the service's own organisation) */
        patch: operations["updateService"];
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
         * @description The words and phrases that many remarks of the period share, found with PostgreSQL text search in the remark's language (Dutch, French, English, German: stemmed, stop words out). A topic is shared by at least `minCount` remarks; a single word mostly said in one phrase gives way to that phrase; a phrase is named by the longer phrase most of its remarks use ("geen vrije dagen" → "kalender toont geen vrije dagen") and counts all its remarks; a negation ("werkt niet") stays part of the phrase; a topic mostly covered by one ranked above it is left out. Each topic has its count, its share of remarks, its trend against the same period one year earlier and up to 3 example remarks. At most the 20000 newest remarks of a period are analysed. No external service is used.
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
        /** List tokens, without their values (admin) */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token (admin); the token is shown once */
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
        /** Revoke a token (admin) */
        delete: operations["revokeToken"];
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
        CreatedToken: {
            admin: boolean;
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            organisationId: string | null;
            revokedAt: string | null;
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
        NewOrganisationInput: {
            id: string;
            /** @enum {string} */
            level: "vlaams" | "provinciaal" | "lokaal";
            name: string;
            policyDomain?: string;
        };
        NewServiceInput: {
            /** @default true */
            active: boolean;
            /** @default [] */
            allowedOrigins: string[];
            /** @enum {string} */
            audience: "burgers" | "ondernemingen" | "verenigingen" | "lokale-besturen";
            channel: string;
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
            /** @default false */
            publishFigures: boolean;
        };
        /** @description Either an organisation token or an admin token. */
        NewTokenInput: {
            name: string;
            organisationId: string;
        } | {
            /** @constant */
            admin: true;
            name: string;
        };
        Organisation: {
            id: string;
            /** @enum {string} */
            level: "vlaams" | "provinciaal" | "lokaal";
            name: string;
            policyDomain: string | null;
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
            scope: {
                organisation: string | null;
                policyDomain: string | null;
            };
            /** @description One entry per service, by organisation and service id. */
            services: components["schemas"]["ServiceFigures"][];
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
            active: boolean;
            allowedOrigins: string[];
            /** @enum {string} */
            audience: "burgers" | "ondernemingen" | "verenigingen" | "lokale-besturen";
            channel: string;
            followUps: ("ease" | "completed")[];
            id: string;
            name: {
                de?: string;
                en?: string;
                fr?: string;
                nl: string;
            };
            organisationId: string;
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
            active?: boolean;
            allowedOrigins?: string[];
            /** @enum {string} */
            audience?: "burgers" | "ondernemingen" | "verenigingen" | "lokale-besturen";
            channel?: string;
            followUps?: ("ease" | "completed")[];
            name?: {
                de?: string;
                en?: string;
                fr?: string;
                nl: string;
            };
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
        TokenInfo: {
            admin: boolean;
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            organisationId: string | null;
            revokedAt: string | null;
        };
        Topic: {
            /** @description Remarks in the period that contain the topic. A remark can belong to several topics. */
            count: number;
            /** @description Up to 3 remarks with the topic, newest first. */
            examples: components["schemas"]["Remark"][];
            /** @description The phrase as users most often wrote it, e.g. "kalender toont geen vrije dagen". */
            label: string;
            /** @description Average score of the responses with these remarks, 2 decimals. */
            meanScore: number;
            /** @description The same topic in the previous period (the same days one year earlier). */
            previous: {
                count: number;
                share: number | null;
            };
            /** @description count as a percentage of the remarks analysed in the period, 1 decimal. */
            share: number;
            /** @description The stemmed words that define the topic (stop words left out; "¬" marks a negation). */
            terms: string[];
            /**
             * @description new: not in the previous period; up / down: its share of remarks grew / fell by at least a fifth; stable otherwise.
             * @enum {string}
             */
            trend: "new" | "up" | "down" | "stable";
        };
        Topics: {
            period: components["schemas"]["Period"];
            previousPeriod: components["schemas"]["Period"];
            previousRemarks: number;
            /** @description Remarks analysed in the period (erased remarks have no text left). */
            remarks: number;
            /** @description Most shared first (longer phrases weigh a little more than single words). */
            topics: components["schemas"]["Topic"][];
        };
        WidgetInfo: {
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
