// The API's shapes for the web app, generated from docs/openapi.json (the server's OpenAPI document)
// by openapi-typescript. Do not edit: `KPCS_UPDATE_DOCS=1 npx vitest run test/openapi-contract.test.ts`
// writes it again from the routes' schemas. The web's API modules read it through web/src/contract/index.ts.
export interface paths {
    "/api/action-items/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an action item done, with the evidence
         * @description Who may call: the owner Participant's authority officers (with evidence); the working group on monitoring; the Chair; administrators (action `reviews.items.complete`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evidence: string;
                        /** @description a day, yyyy-mm-dd */
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadline: string;
                            description: string;
                            doneBy: string | null;
                            doneOn: string | null;
                            evidence: string | null;
                            id: string;
                            owner: string;
                            participant: string;
                            planId: string;
                            status: "open" | "done";
                            urgency: "due" | "overdue" | (never | null);
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/action-plans/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an item to an action plan
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (record reviews, schedule, teams, close, action plans) (action `reviews.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a day, yyyy-mm-dd */
                        deadline: string;
                        description: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        owner: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string | null;
                            createdAt: string;
                            id: string;
                            items: {
                                deadline: string;
                                description: string;
                                doneBy: string | null;
                                doneOn: string | null;
                                evidence: string | null;
                                id: string;
                                owner: string;
                                participant: string;
                                planId: string;
                                status: "open" | "done";
                                urgency: "due" | "overdue" | (never | null);
                            }[];
                            participant: string;
                            reviewId: string | null;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annual reports by year, Participant or status (an authority sees its own Participant's)
         * @description Who may call: that Participant's authority officers (its own reports: the service checks the Participant); the working group on monitoring (WGM members); the Chair; administrators (action `annual-reports.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                    status?: "submitted" | "assessed";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reports: {
                                assessedAt: string | null;
                                assessedBy: string | null;
                                attachmentName: string | null;
                                comments: string | null;
                                id: string;
                                outcome: (never | null) | ("satisfactory" | "follow_up" | "unsatisfactory");
                                participant: string;
                                status: "submitted" | "assessed";
                                submittedAt: string;
                                submittedBy: string;
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Submit a Participant's annual report for a year (replaces the previous one until it is assessed); the working group on monitoring is told
         * @description Who may call: that Participant's authority officers (its own report); administrators (action `annual-reports.submit`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description text or markdown */
                        attachment?: string | null;
                        attachmentName?: string | null;
                        body: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessedAt: string | null;
                            assessedBy: string | null;
                            attachment: string | null;
                            attachmentName: string | null;
                            body: string;
                            comments: string | null;
                            id: string;
                            outcome: (never | null) | ("satisfactory" | "follow_up" | "unsatisfactory");
                            participant: string;
                            status: "submitted" | "assessed";
                            submittedAt: string;
                            submittedBy: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One annual report with its text, attachment and assessment
         * @description Who may call: that Participant's authority officers (its own reports: the service checks the Participant); the working group on monitoring (WGM members); the Chair; administrators (action `annual-reports.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessedAt: string | null;
                            assessedBy: string | null;
                            attachment: string | null;
                            attachmentName: string | null;
                            body: string;
                            comments: string | null;
                            id: string;
                            outcome: (never | null) | ("satisfactory" | "follow_up" | "unsatisfactory");
                            participant: string;
                            status: "submitted" | "assessed";
                            submittedAt: string;
                            submittedBy: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{id}/assessment": {
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
        /**
         * The working group on monitoring's assessment: comments, and the outcome once assessed
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (status, comments, outcome) (action `annual-reports.assess`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comments?: string | null;
                        outcome?: (never | null) | ("satisfactory" | "follow_up" | "unsatisfactory");
                        status: "submitted" | "assessed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessedAt: string | null;
                            assessedBy: string | null;
                            attachment: string | null;
                            attachmentName: string | null;
                            body: string;
                            comments: string | null;
                            id: string;
                            outcome: (never | null) | ("satisfactory" | "follow_up" | "unsatisfactory");
                            participant: string;
                            status: "submitted" | "assessed";
                            submittedAt: string;
                            submittedBy: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        trace?: never;
    };
    "/api/annual-reports/missing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Participants (in good standing at the end of the year) with no annual report for the year
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (action `annual-reports.missing.read`).
         */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            missing: {
                                code: string;
                                name: string;
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Technical assistance: the coordinator, needs, offers and programmes (optionally of one Participant)
         * @description Who may call: any signed-in user (needs, offers, programmes and the coordinator) (action `assistance.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coordinators: {
                                designatedBy: string;
                                designatedOn: string;
                                member: string;
                                note: string | null;
                            }[];
                            needs: {
                                area: "internal-controls" | "statistics" | "valuation" | "artisanal-alluvial" | "legislation" | "certificates" | "other";
                                declaredAt: string;
                                declaredBy: string;
                                description: string;
                                id: string;
                                participant: string;
                                status: "open" | "matched" | "withdrawn";
                                title: string;
                            }[];
                            offers: {
                                area: "internal-controls" | "statistics" | "valuation" | "artisanal-alluvial" | "legislation" | "certificates" | "other";
                                declaredAt: string;
                                declaredBy: string;
                                description: string;
                                donor: string;
                                id: string;
                                status: "open" | "withdrawn";
                                title: string;
                            }[];
                            programmes: {
                                coordinator: string;
                                createdAt: string;
                                donor: string;
                                endsOn: string | null;
                                id: string;
                                needId: string;
                                offerId: string;
                                participant: string;
                                startsOn: string | null;
                                status: "proposed" | "agreed" | "running" | "completed" | "cancelled";
                                title: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/coordinator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Designate the coordinator of technical assistance
         * @description Who may call: the Chair; administrators (action `assistance.coordinator.designate`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a Participant code or an organisation id */
                        member: string;
                        note?: string;
                        /** @description a day, yyyy-mm-dd */
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coordinators: {
                                designatedBy: string;
                                designatedOn: string;
                                member: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a need for technical assistance (an officer: its own Participant's)
         * @description Who may call: that Participant's authority officers (needs of their own Participant); administrators (action `assistance.need.declare`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area: "internal-controls" | "statistics" | "valuation" | "artisanal-alluvial" | "legislation" | "certificates" | "other";
                        description: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: "internal-controls" | "statistics" | "valuation" | "artisanal-alluvial" | "legislation" | "certificates" | "other";
                            declaredAt: string;
                            declaredBy: string;
                            description: string;
                            id: string;
                            participant: string;
                            status: "open" | "matched" | "withdrawn";
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer technical assistance (a Participant or an organisation: its own offer)
         * @description Who may call: donors: a Participant's authority officers or an observer organisation's members (offers of their own); administrators (action `assistance.offer.declare`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area: "internal-controls" | "statistics" | "valuation" | "artisanal-alluvial" | "legislation" | "certificates" | "other";
                        description: string;
                        /** @description a Participant code or an organisation id */
                        donor?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: "internal-controls" | "statistics" | "valuation" | "artisanal-alluvial" | "legislation" | "certificates" | "other";
                            declaredAt: string;
                            declaredBy: string;
                            description: string;
                            donor: string;
                            id: string;
                            status: "open" | "withdrawn";
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Match an open need with an open offer: a programme is proposed
         * @description Who may call: the Chair; working-group members acting for the designated coordinator of technical assistance (the service checks the designation); administrators (match a need with an offer, move programmes) (action `assistance.coordinate`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a day, yyyy-mm-dd */
                        endsOn?: string;
                        /** Format: uuid */
                        needId: string;
                        /** Format: uuid */
                        offerId: string;
                        /** @description a day, yyyy-mm-dd */
                        startsOn?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coordinator: string;
                            createdAt: string;
                            donor: string;
                            endsOn: string | null;
                            id: string;
                            needId: string;
                            offerId: string;
                            participant: string;
                            startsOn: string | null;
                            status: "proposed" | "agreed" | "running" | "completed" | "cancelled";
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/programmes/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a programme: proposed → agreed → running → completed, or cancelled (the need reopens)
         * @description Who may call: the Chair; working-group members acting for the designated coordinator of technical assistance (the service checks the designation); administrators (match a need with an offer, move programmes) (action `assistance.coordinate`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a day, yyyy-mm-dd */
                        endsOn?: string;
                        /** @description a day, yyyy-mm-dd */
                        startsOn?: string;
                        status: "proposed" | "agreed" | "running" | "completed" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coordinator: string;
                            createdAt: string;
                            donor: string;
                            endsOn: string | null;
                            id: string;
                            needId: string;
                            offerId: string;
                            participant: string;
                            startsOn: string | null;
                            status: "proposed" | "agreed" | "running" | "completed" | "cancelled";
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first (administrators)
         * @description Who may call: administrators (action `audit.read`).
         */
        get: {
            parameters: {
                query?: {
                    actingFor?: string;
                    action?: string;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                actingFor: string | null;
                                action: string;
                                actorName: string;
                                actorUser: string | null;
                                at: string;
                                details: unknown;
                                hash: string;
                                id: string;
                                prevHash: string;
                                seq: number;
                                subject: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the hash chain and report any entry altered, inserted or removed (administrators)
         * @description Who may call: administrators (action `audit.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: number;
                            headHash: string;
                            problems: {
                                problem: string;
                                seq: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Production-capacity assessments of Participants and their producing areas, latest first
         * @description Who may call: the working group on monitoring (WGM) and of diamond experts (WGDE); the Chair; administrators (action `capacity.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessments: {
                                area: string | null;
                                assessedOn: string;
                                id: string;
                                maxCarats: number;
                                maxUsd: number | null;
                                minCarats: number;
                                minUsd: number | null;
                                note: string | null;
                                participant: string;
                                source: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Record a production-capacity assessment: a range of carats (and US$) a year, its source and day, for a Participant or one of its producing areas
         * @description Who may call: the working group on monitoring (WGM) and of diamond experts (WGDE); the Chair; administrators (record, correct, withdraw an assessment) (action `capacity.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area?: string | null;
                        /** @description a day, yyyy-mm-dd */
                        assessedOn: string;
                        maxCarats: number;
                        maxUsd?: number | null;
                        minCarats: number;
                        minUsd?: number | null;
                        note?: string | null;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant: string;
                        source: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: string | null;
                            assessedOn: string;
                            id: string;
                            maxCarats: number;
                            maxUsd: number | null;
                            minCarats: number;
                            minUsd: number | null;
                            note: string | null;
                            participant: string;
                            source: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/capacity/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One capacity assessment
         * @description Who may call: the working group on monitoring (WGM) and of diamond experts (WGDE); the Chair; administrators (action `capacity.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: string | null;
                            assessedOn: string;
                            id: string;
                            maxCarats: number;
                            maxUsd: number | null;
                            minCarats: number;
                            minUsd: number | null;
                            note: string | null;
                            participant: string;
                            source: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        /**
         * Correct a capacity assessment (its Participant stays)
         * @description Who may call: the working group on monitoring (WGM) and of diamond experts (WGDE); the Chair; administrators (record, correct, withdraw an assessment) (action `capacity.manage`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area?: string | null;
                        /** @description a day, yyyy-mm-dd */
                        assessedOn: string;
                        maxCarats: number;
                        maxUsd?: number | null;
                        minCarats: number;
                        minUsd?: number | null;
                        note?: string | null;
                        source: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: string | null;
                            assessedOn: string;
                            id: string;
                            maxCarats: number;
                            maxUsd: number | null;
                            minCarats: number;
                            minUsd: number | null;
                            note: string | null;
                            participant: string;
                            source: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        /**
         * Withdraw a capacity assessment (recorded in the audit log)
         * @description Who may call: the working group on monitoring (WGM) and of diamond experts (WGDE); the Chair; administrators (record, correct, withdraw an assessment) (action `capacity.manage`).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificate-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Certificate applications of the caller's Participant (officers: all; companies: their own), newest first
         * @description Who may call: that Participant's authority officers (all its applications) and its companies (their own) (action `certificates.applications.read`).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    status?: "pending" | "approving" | "approved" | "refused";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applications: {
                                certificateNumber: string | null;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                id: string;
                                participant: string;
                                reason: string | null;
                                request: {
                                    exporter: {
                                        address: string;
                                        country: string;
                                        name: string;
                                    };
                                    /** @description one line per HS code */
                                    goods: {
                                        carats: number;
                                        hsCode: "7102.10" | "7102.21" | "7102.31";
                                        valueUsd: number;
                                    }[];
                                    importer: {
                                        address: string;
                                        country: string;
                                        name: string;
                                    };
                                    /** @description a re-export: the import certificates it draws on and the carats drawn on each (their sum is the goods' carats); origin and provenance then follow from them */
                                    imports?: {
                                        carats: number;
                                        /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                                        number: string;
                                    }[];
                                    /** @description ISO code of the country of origin, or "mixed" (then provenance is required); required, except on a re-export (it follows from the imports) */
                                    origin?: string;
                                    origins?: string[];
                                    parcels: number;
                                    provenance?: string;
                                };
                                status: "pending" | "approving" | "approved" | "refused";
                                submittedAt: string;
                                submittedBy: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Apply for a certificate (the exporting Participant's licensed exporters): checked against every rule now, issued when an officer approves
         * @description Who may call: the exporting Participant's licensed exporters (companies), for their own shipments (action `certificates.apply`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        exporter: {
                            address: string;
                            country: string;
                            name: string;
                        };
                        /** @description one line per HS code */
                        goods: {
                            carats: number;
                            hsCode: "7102.10" | "7102.21" | "7102.31";
                            valueUsd: number;
                        }[];
                        importer: {
                            address: string;
                            country: string;
                            name: string;
                        };
                        /** @description a re-export: the import certificates it draws on and the carats drawn on each (their sum is the goods' carats); origin and provenance then follow from them */
                        imports?: {
                            carats: number;
                            /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                            number: string;
                        }[];
                        /** @description ISO code of the country of origin, or "mixed" (then provenance is required); required, except on a re-export (it follows from the imports) */
                        origin?: string;
                        parcels: number;
                        provenance?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificateNumber: string | null;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            id: string;
                            participant: string;
                            reason: string | null;
                            request: {
                                exporter: {
                                    address: string;
                                    country: string;
                                    name: string;
                                };
                                /** @description one line per HS code */
                                goods: {
                                    carats: number;
                                    hsCode: "7102.10" | "7102.21" | "7102.31";
                                    valueUsd: number;
                                }[];
                                importer: {
                                    address: string;
                                    country: string;
                                    name: string;
                                };
                                /** @description a re-export: the import certificates it draws on and the carats drawn on each (their sum is the goods' carats); origin and provenance then follow from them */
                                imports?: {
                                    carats: number;
                                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                                    number: string;
                                }[];
                                /** @description ISO code of the country of origin, or "mixed" (then provenance is required); required, except on a re-export (it follows from the imports) */
                                origin?: string;
                                origins?: string[];
                                parcels: number;
                                provenance?: string;
                            };
                            status: "pending" | "approving" | "approved" | "refused";
                            submittedAt: string;
                            submittedBy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificate-applications/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an application (the exporting Participant's authority officers): the certificate is issued now, re-checked against today's registry
         * @description Who may call: the exporting Participant's authority officers (approve: the certificate is issued; or refuse with a reason) (action `certificates.applications.decide`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the signed certificate document (JSON, as its issuing authority signed it) */
                201: {
                    headers: {
                        /** @description the certificate's verification code, e.g. 7K3QD-M9XWE: shown this once (the store keeps only its hash); print it with the PDF (?code=) or give it to the holder */
                        "kpcs-verification-code"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                            exporter: {
                                address: string;
                                country: string;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            goods: ({
                                carats: number;
                                hsCode: "7102.10" | "7102.21" | "7102.31";
                                valueUsd: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            importer: {
                                address: string;
                                country: string;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description a re-export: the import certificates it draws on and the carats drawn on each */
                            imports?: ({
                                carats: number;
                                number: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            issuedAt: string;
                            issuer: {
                                authority: string | null;
                                /** @description the member state of export for an EU certificate, else the Participant itself */
                                countryOfExport: string;
                                keyId: string;
                                name: string;
                                participant: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the inclusion proof of the issue leaf in the tree of transparency.treeSize leaves (hex, leaf side first); not signed */
                            logProof: string[];
                            number: string;
                            /** @description ISO code of the country of origin, or "mixed" */
                            origin: string;
                            /** @description a re-export of mixed origin: the countries of origin of what it draws on */
                            origins?: string[];
                            parcels: number;
                            provenance?: string;
                            signature: {
                                /** @enum {string} */
                                alg: "Ed25519";
                                value: string;
                            } & {
                                [key: string]: unknown;
                            };
                            statement: string;
                            title: string;
                            totals: {
                                carats: number;
                                valueUsd: number;
                            } & {
                                [key: string]: unknown;
                            };
                            transparency: {
                                leafIndex: number;
                                rootHash: string;
                                treeSize: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            type: "kp-certificate";
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificate-applications/{id}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse an application with a reason (the exporting Participant's authority officers)
         * @description Who may call: the exporting Participant's authority officers (approve: the certificate is issued; or refuse with a reason) (action `certificates.applications.decide`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificateNumber: string | null;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            id: string;
                            participant: string;
                            reason: string | null;
                            request: {
                                exporter: {
                                    address: string;
                                    country: string;
                                    name: string;
                                };
                                /** @description one line per HS code */
                                goods: {
                                    carats: number;
                                    hsCode: "7102.10" | "7102.21" | "7102.31";
                                    valueUsd: number;
                                }[];
                                importer: {
                                    address: string;
                                    country: string;
                                    name: string;
                                };
                                /** @description a re-export: the import certificates it draws on and the carats drawn on each (their sum is the goods' carats); origin and provenance then follow from them */
                                imports?: {
                                    carats: number;
                                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                                    number: string;
                                }[];
                                /** @description ISO code of the country of origin, or "mixed" (then provenance is required); required, except on a re-export (it follows from the imports) */
                                origin?: string;
                                origins?: string[];
                                parcels: number;
                                provenance?: string;
                            };
                            status: "pending" | "approving" | "approved" | "refused";
                            submittedAt: string;
                            submittedBy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's Participant's certificates, issued by it or addressed to it, newest first
         * @description Who may call: the authority officers and customs of the issuing or the importing Participant; a licensed company, only the certificates issued on its own applications (it is the exporter) (action `certificates.read`).
         */
        get: {
            parameters: {
                query?: {
                    before?: string;
                    limit?: number;
                    role?: "issued" | "received";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificates: {
                                carats: number;
                                countryOfExport: string;
                                expiresAt: string;
                                importer: string;
                                importerCountry: string;
                                issuedAt: string;
                                issuer: string;
                                number: string;
                                parcels: number;
                                /** @description replaced: cancelled because another was issued in its place (amended) */
                                status: "issued" | "confirmed" | "confirmed-with-mismatch" | "cancelled" | "replaced";
                                valueUsd: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Issue a certificate now (the exporting Participant's authority officers): every rule is checked, the certificate is numbered, signed and logged
         * @description Send an `Idempotency-Key` header (a UUID, say) to make a retry safe: a request with a key this user of this Participant used in the last 24 hours issues nothing and answers the certificate that key issued (201, the same body, `idempotent-replayed: true`, and no verification code: it was shown once and the store keeps only its hash; the issuing authority can make a new one). Two retries arriving together, on one server or several, issue one certificate. The same key with a different request is refused: 422 `idempotency_key_reused`. Keys are forgotten after 24 hours.
         *
         *     Who may call: the exporting Participant's authority officers (action `certificates.issue`).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description makes a retry safe: the same key (per user and Participant, for 24 hours) answers the same certificate */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        exporter: {
                            address: string;
                            country: string;
                            name: string;
                        };
                        /** @description one line per HS code */
                        goods: {
                            carats: number;
                            hsCode: "7102.10" | "7102.21" | "7102.31";
                            valueUsd: number;
                        }[];
                        importer: {
                            address: string;
                            country: string;
                            name: string;
                        };
                        /** @description a re-export: the import certificates it draws on and the carats drawn on each (their sum is the goods' carats); origin and provenance then follow from them */
                        imports?: {
                            carats: number;
                            /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                            number: string;
                        }[];
                        /** @description ISO code of the country of origin, or "mixed" (then provenance is required); required, except on a re-export (it follows from the imports) */
                        origin?: string;
                        parcels: number;
                        provenance?: string;
                    };
                };
            };
            responses: {
                /** @description the signed certificate document (JSON, as its issuing authority signed it) */
                201: {
                    headers: {
                        /** @description true when this answers an earlier request with the same Idempotency-Key (nothing issued) */
                        "idempotent-replayed"?: string;
                        /** @description the certificate's verification code, e.g. 7K3QD-M9XWE: shown this once (the store keeps only its hash); print it with the PDF (?code=) or give it to the holder */
                        "kpcs-verification-code"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                            exporter: {
                                address: string;
                                country: string;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            goods: ({
                                carats: number;
                                hsCode: "7102.10" | "7102.21" | "7102.31";
                                valueUsd: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            importer: {
                                address: string;
                                country: string;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description a re-export: the import certificates it draws on and the carats drawn on each */
                            imports?: ({
                                carats: number;
                                number: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            issuedAt: string;
                            issuer: {
                                authority: string | null;
                                /** @description the member state of export for an EU certificate, else the Participant itself */
                                countryOfExport: string;
                                keyId: string;
                                name: string;
                                participant: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the inclusion proof of the issue leaf in the tree of transparency.treeSize leaves (hex, leaf side first); not signed */
                            logProof: string[];
                            number: string;
                            /** @description ISO code of the country of origin, or "mixed" */
                            origin: string;
                            /** @description a re-export of mixed origin: the countries of origin of what it draws on */
                            origins?: string[];
                            parcels: number;
                            provenance?: string;
                            signature: {
                                /** @enum {string} */
                                alg: "Ed25519";
                                value: string;
                            } & {
                                [key: string]: unknown;
                            };
                            statement: string;
                            title: string;
                            totals: {
                                carats: number;
                                valueUsd: number;
                            } & {
                                [key: string]: unknown;
                            };
                            transparency: {
                                leafIndex: number;
                                rootHash: string;
                                treeSize: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            type: "kp-certificate";
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One certificate with its status: cancellation, import confirmation, border checks and log entries (issuing and importing Participant only)
         * @description Who may call: the authority officers and customs of the issuing or the importing Participant; a licensed company, only the certificates issued on its own applications (it is the exporter) (action `certificates.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the signed certificate document (JSON, as its issuing authority signed it) */
                            certificate: {
                                expiresAt: string;
                                exporter: {
                                    address: string;
                                    country: string;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                goods: ({
                                    carats: number;
                                    hsCode: "7102.10" | "7102.21" | "7102.31";
                                    valueUsd: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                importer: {
                                    address: string;
                                    country: string;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description a re-export: the import certificates it draws on and the carats drawn on each */
                                imports?: ({
                                    carats: number;
                                    number: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                issuedAt: string;
                                issuer: {
                                    authority: string | null;
                                    /** @description the member state of export for an EU certificate, else the Participant itself */
                                    countryOfExport: string;
                                    keyId: string;
                                    name: string;
                                    participant: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the inclusion proof of the issue leaf in the tree of transparency.treeSize leaves (hex, leaf side first); not signed */
                                logProof: string[];
                                number: string;
                                /** @description ISO code of the country of origin, or "mixed" */
                                origin: string;
                                /** @description a re-export of mixed origin: the countries of origin of what it draws on */
                                origins?: string[];
                                parcels: number;
                                provenance?: string;
                                signature: {
                                    /** @enum {string} */
                                    alg: "Ed25519";
                                    value: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                statement: string;
                                title: string;
                                totals: {
                                    carats: number;
                                    valueUsd: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                transparency: {
                                    leafIndex: number;
                                    rootHash: string;
                                    treeSize: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "kp-certificate";
                                version: number;
                            } & {
                                [key: string]: unknown;
                            };
                            status: {
                                borderChecks: {
                                    checkedAt: string;
                                    checkedBy: string;
                                    kind: "export" | "import" | "transit";
                                    note: string | null;
                                    participant: string;
                                    sealsIntact: boolean | null;
                                    unopened: boolean | null;
                                    verdict: "genuine" | "altered" | "unknown-key" | "revoked-key" | "expired" | "cancelled" | "not-in-log" | "invalid-dates";
                                }[];
                                cancelled: {
                                    at: string;
                                    note: string | null;
                                    reason: "lost" | "void" | "replaced" | "error";
                                    replacedBy: string | null;
                                } | null;
                                confirmation: {
                                    carats: number;
                                    confirmedAt: string;
                                    confirmedBy: string;
                                    flagged: boolean;
                                    logIndex: number;
                                    mismatches: {
                                        message: string;
                                        path?: string;
                                    }[];
                                    note: string | null;
                                    parcels: number;
                                    participant: string;
                                    receivedOn: string;
                                    sealsIntact: boolean;
                                } | null;
                                /** @description an import: the re-exports drawn on it */
                                drawnBy?: {
                                    carats: number;
                                    number: string;
                                }[];
                                /** @description a re-export: the import certificates it draws on */
                                drawsOn?: {
                                    cancelled: boolean;
                                    carats: number;
                                    countryOfExport: string | null;
                                    issuer: string;
                                    number: string;
                                    origin: string | null;
                                    origins: string[] | null;
                                }[];
                                log: {
                                    at: string;
                                    event: "issued" | "confirmed" | "cancelled";
                                    index: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{number}/amendment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend a certificate not yet confirmed (the issuing Participant's authority officers): the replacement, with a new number, is issued and the original cancelled as replaced by it, together; same exporting and importing Participants; the reason is required
         * @description Who may call: the issuing Participant's authority officers (before the import is confirmed: the replacement is issued and the original cancelled as replaced, together) (action `certificates.amend`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        exporter?: {
                            address?: string;
                            country?: string;
                            name?: string;
                        };
                        /** @description the lines by HS code (all of them: the list replaces the original one) */
                        goods?: {
                            carats: number;
                            hsCode: "7102.10" | "7102.21" | "7102.31";
                            valueUsd: number;
                        }[];
                        importer?: {
                            address?: string;
                            country?: string;
                            name?: string;
                        };
                        origin?: string;
                        parcels?: number;
                        provenance?: string;
                        /** @description why the certificate is amended (kept as the cancellation note of the original) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledAt: string;
                            /** @description the signed certificate document (JSON, as its issuing authority signed it) */
                            certificate: {
                                expiresAt: string;
                                exporter: {
                                    address: string;
                                    country: string;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                goods: ({
                                    carats: number;
                                    hsCode: "7102.10" | "7102.21" | "7102.31";
                                    valueUsd: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                importer: {
                                    address: string;
                                    country: string;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description a re-export: the import certificates it draws on and the carats drawn on each */
                                imports?: ({
                                    carats: number;
                                    number: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                issuedAt: string;
                                issuer: {
                                    authority: string | null;
                                    /** @description the member state of export for an EU certificate, else the Participant itself */
                                    countryOfExport: string;
                                    keyId: string;
                                    name: string;
                                    participant: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the inclusion proof of the issue leaf in the tree of transparency.treeSize leaves (hex, leaf side first); not signed */
                                logProof: string[];
                                number: string;
                                /** @description ISO code of the country of origin, or "mixed" */
                                origin: string;
                                /** @description a re-export of mixed origin: the countries of origin of what it draws on */
                                origins?: string[];
                                parcels: number;
                                provenance?: string;
                                signature: {
                                    /** @enum {string} */
                                    alg: "Ed25519";
                                    value: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                statement: string;
                                title: string;
                                totals: {
                                    carats: number;
                                    valueUsd: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                transparency: {
                                    leafIndex: number;
                                    rootHash: string;
                                    treeSize: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "kp-certificate";
                                version: number;
                            } & {
                                [key: string]: unknown;
                            };
                            changed: string[];
                            reason: string;
                            /** @description the number of the certificate cancelled as replaced */
                            replaced: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{number}/border-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a customs check at the caller's border against a number (export, import, or transit: seals checked, unopened)
         * @description Who may call: that Participant's customs and authority officers (at its border, including transit) (action `certificates.border-check`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "export" | "import" | "transit";
                        note?: string;
                        sealsIntact?: boolean;
                        unopened?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkedAt: string;
                            /** @description a UN diamond measure on the exporting or importing country on the day of issue or today */
                            embargo: {
                                message: string;
                                path?: string;
                            }[];
                            flagged: boolean;
                            id: string;
                            kind: "export" | "import" | "transit";
                            number: string;
                            participant: string;
                            reason: string;
                            verdict: "genuine" | "altered" | "unknown-key" | "revoked-key" | "expired" | "cancelled" | "not-in-log" | "invalid-dates";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{number}/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certificate's offline bundle (issuing and importing Participant): the document, a checkpoint signed by the log (C2SP tlog-checkpoint) covering it, the inclusion proof in that checkpoint's tree; with consistencyFrom, the consistency proof from that size
         * @description Who may call: the authority officers and customs of the issuing or the importing Participant; a licensed company, only the certificates issued on its own applications (it is the exporter) (action `certificates.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description the tree size of a checkpoint the verifier holds */
                    consistencyFrom?: number;
                };
                header?: never;
                path: {
                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the signed certificate document (JSON, as its issuing authority signed it) */
                            certificate: {
                                expiresAt: string;
                                exporter: {
                                    address: string;
                                    country: string;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                goods: ({
                                    carats: number;
                                    hsCode: "7102.10" | "7102.21" | "7102.31";
                                    valueUsd: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                importer: {
                                    address: string;
                                    country: string;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description a re-export: the import certificates it draws on and the carats drawn on each */
                                imports?: ({
                                    carats: number;
                                    number: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                issuedAt: string;
                                issuer: {
                                    authority: string | null;
                                    /** @description the member state of export for an EU certificate, else the Participant itself */
                                    countryOfExport: string;
                                    keyId: string;
                                    name: string;
                                    participant: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the inclusion proof of the issue leaf in the tree of transparency.treeSize leaves (hex, leaf side first); not signed */
                                logProof: string[];
                                number: string;
                                /** @description ISO code of the country of origin, or "mixed" */
                                origin: string;
                                /** @description a re-export of mixed origin: the countries of origin of what it draws on */
                                origins?: string[];
                                parcels: number;
                                provenance?: string;
                                signature: {
                                    /** @enum {string} */
                                    alg: "Ed25519";
                                    value: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                statement: string;
                                title: string;
                                totals: {
                                    carats: number;
                                    valueUsd: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                transparency: {
                                    leafIndex: number;
                                    rootHash: string;
                                    treeSize: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "kp-certificate";
                                version: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the signed note: checkpoint body, blank line, the log signature line, witnesses' cosignature lines */
                            checkpoint: string;
                            consistency?: {
                                first: number;
                                proof: string[];
                                second: number;
                            };
                            inclusion: {
                                leafIndex: number;
                                proof: string[];
                                treeSize: number;
                            };
                            /** @enum {string} */
                            type: "kp-certificate-bundle";
                            /** @enum {number} */
                            version: 1;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{number}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a certificate (the issuing Participant's authority officers): lost, void, replaced or issued in error
         * @description Who may call: the issuing Participant's authority officers (action `certificates.cancel`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        reason: "lost" | "void" | "replaced" | "error";
                        /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                        replacedBy?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledAt: string;
                            logIndex: number;
                            number: string;
                            reason: "lost" | "void" | "replaced" | "error";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{number}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm receipt of the shipment (the importing Participant's authority officers); a mismatch is recorded and flagged; once per certificate. The exporting Participant's officers are alerted. A day of receipt before the day of issue, after today or after the day of expiry is refused (invalid_input naming which)
         * @description Who may call: the importing Participant's authority officers (action `certificates.confirm`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        carats: number;
                        /** @description the lines by HS code received, if the importer states them */
                        goods?: {
                            carats: number;
                            hsCode: "7102.10" | "7102.21" | "7102.31";
                            valueUsd: number;
                        }[];
                        note?: string;
                        parcels: number;
                        /** @description a day, yyyy-mm-dd */
                        receivedOn?: string;
                        sealsIntact: boolean;
                        /** @description the US$ value declared on receipt, if the importer states it */
                        valueUsd?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the exporting authority's officers alerted */
                            alerted: number;
                            confirmedAt: string;
                            flagged: boolean;
                            issuer: string;
                            logIndex: number;
                            mismatches: {
                                message: string;
                                path?: string;
                            }[];
                            number: string;
                            receivedOn: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{number}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certificate as a W3C Verifiable Credential 2.0, secured by a Data Integrity proof (eddsa-jcs-2022) of the issuing authority's key, with its status in a Bitstring Status List: to the holder with the verification code (?code=: the holder's fields) and to the authorities concerned signed in (all fields). A number alone is refused (403)
         * @description Who may call: the holder presenting the certificate's verification code (the holder's fields); the authorities concerned (all, as certificates.verify.all); a number alone is refused (checked by the service) (action `certificates.credential.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description the verification code printed beside the QR code, e.g. 7K3QD-M9XWE */
                    code?: string;
                };
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description https://www.w3.org/ns/credentials/v2, then the kpcs terms inline */
                            "@context": (string | {
                                [key: string]: unknown;
                            })[];
                            credentialStatus: {
                                id: string;
                                statusListCredential: string;
                                statusListIndex: string;
                                /** @enum {string} */
                                statusPurpose: "revocation";
                                /** @enum {string} */
                                type: "BitstringStatusListEntry";
                            };
                            /** @description the KPCS fields the caller may see (docs/credentials.md) */
                            credentialSubject: {
                                [key: string]: unknown;
                            };
                            /** @description the text in English, French, Portuguese, Spanish and Russian (JSON-LD language values) */
                            description: {
                                "@language": string;
                                "@value": string;
                            }[];
                            issuer: {
                                /** @description the did:key of the authority key that signed the certificate */
                                id: string;
                                keyId: string;
                                name: string;
                                participant: string;
                            };
                            /** @description the text in English, French, Portuguese, Spanish and Russian (JSON-LD language values) */
                            name: {
                                "@language": string;
                                "@value": string;
                            }[];
                            proof: {
                                "@context": (string | {
                                    [key: string]: unknown;
                                })[];
                                /** Format: date-time */
                                created: string;
                                /** @enum {string} */
                                cryptosuite: "eddsa-jcs-2022";
                                /** @enum {string} */
                                proofPurpose: "assertionMethod";
                                /** @description Multibase base58btc (z…) of the Ed25519 signature */
                                proofValue: string;
                                /** @enum {string} */
                                type: "DataIntegrityProof";
                                /** @description did:key:z6Mk…#z6Mk…: the Ed25519 key (multicodec ed25519-pub) that signed */
                                verificationMethod: string;
                            };
                            type: string[];
                            /** Format: date-time */
                            validFrom: string;
                            /** Format: date-time */
                            validUntil: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{number}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The printable certificate (PDF, English beside the issuing Participant's language, QR code of the verify address); with ?code= its verification code printed beside the QR code and carried in it (checked: only the certificate's own); with ?lang= the labels beside the English in another language
         * @description Who may call: the authority officers and customs of the issuing or the importing Participant; a licensed company, only the certificates issued on its own applications (it is the exporter) (action `certificates.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description the verification code printed beside the QR code of the certificate, e.g. 7K3QD-M9XWE */
                    code?: string;
                    /** @description the language of the labels beside the English: by default the issuing Participant's, as the certificate that travels with the goods is printed; a reader may print a copy in its own */
                    lang?: "en" | "fr" | "pt" | "es" | "ru";
                };
                header?: never;
                path: {
                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{number}/verification-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new verification code for a certificate (the issuing Participant's authority officers): for one issued before codes existed, or whose code was lost or leaked; the old code stops working. Shown this once
         * @description Who may call: the issuing Participant's authority officers (a new verification code; the old one stops working) (action `certificates.verification-code.renew`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            number: string;
                            replaced: boolean;
                            verificationCode: string;
                            verifyUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/awaiting-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The queue of certificates addressed to the caller's Participant that await its confirmation of receipt (its authority officers and customs), soonest expiry first
         * @description Who may call: the importing Participant's authority officers and customs (the certificates addressed to it awaiting confirmation of receipt) (action `certificates.awaiting.read`).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificates: {
                                carats: number;
                                /** @description whole days to the day of expiry, negative once expired */
                                daysLeft: number;
                                /** Format: date-time */
                                expiresAt: string;
                                exporter: {
                                    country: string;
                                    name: string;
                                    participant: string;
                                };
                                /** Format: date-time */
                                issuedAt: string;
                                number: string;
                                parcels: number;
                            }[];
                            participant: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue up to 1,000 certificates at once, all or nothing (the exporting Participant's authority officers, e.g. a national system sending its day's certificates)
         * @description Who may call: the exporting Participant's authority officers (action `certificates.issue`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        requests: {
                            exporter: {
                                address: string;
                                country: string;
                                name: string;
                            };
                            /** @description one line per HS code */
                            goods: {
                                carats: number;
                                hsCode: "7102.10" | "7102.21" | "7102.31";
                                valueUsd: number;
                            }[];
                            importer: {
                                address: string;
                                country: string;
                                name: string;
                            };
                            /** @description a re-export: the import certificates it draws on and the carats drawn on each (their sum is the goods' carats); origin and provenance then follow from them */
                            imports?: {
                                carats: number;
                                /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                                number: string;
                            }[];
                            /** @description ISO code of the country of origin, or "mixed" (then provenance is required); required, except on a re-export (it follows from the imports) */
                            origin?: string;
                            parcels: number;
                            provenance?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificates: ({
                                expiresAt: string;
                                exporter: {
                                    address: string;
                                    country: string;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                goods: ({
                                    carats: number;
                                    hsCode: "7102.10" | "7102.21" | "7102.31";
                                    valueUsd: number;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                importer: {
                                    address: string;
                                    country: string;
                                    name: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description a re-export: the import certificates it draws on and the carats drawn on each */
                                imports?: ({
                                    carats: number;
                                    number: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                issuedAt: string;
                                issuer: {
                                    authority: string | null;
                                    /** @description the member state of export for an EU certificate, else the Participant itself */
                                    countryOfExport: string;
                                    keyId: string;
                                    name: string;
                                    participant: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description the inclusion proof of the issue leaf in the tree of transparency.treeSize leaves (hex, leaf side first); not signed */
                                logProof: string[];
                                number: string;
                                /** @description ISO code of the country of origin, or "mixed" */
                                origin: string;
                                /** @description a re-export of mixed origin: the countries of origin of what it draws on */
                                origins?: string[];
                                parcels: number;
                                provenance?: string;
                                signature: {
                                    /** @enum {string} */
                                    alg: "Ed25519";
                                    value: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                statement: string;
                                title: string;
                                totals: {
                                    carats: number;
                                    valueUsd: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                transparency: {
                                    leafIndex: number;
                                    rootHash: string;
                                    treeSize: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "kp-certificate";
                                version: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description each certificate's verification code by number: shown this once (the store keeps only their hashes) */
                            verificationCodes: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A Participant's register of licensed companies (its authority officers): licence, name, validity, suspension
         * @description Who may call: that Participant's authority officers (its register of licensed companies); administrators (to create a company user with its company) (action `companies.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            companies: {
                                address: string | null;
                                licence: string;
                                name: string;
                                participant: string;
                                registeredAt: string;
                                registeredBy: string;
                                suspended: {
                                    at: string;
                                    by: string;
                                    reason: string;
                                } | null;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            participant: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Register a licensed company (the Participant's authority officers); from the licence's first day the Participant keeps a register, and its certificates name only companies licensed on their day of issue
         * @description Who may call: that Participant's authority officers (register a licensed company, suspend its licence, tie a company user to it) (action `companies.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        /** @description the authority's licence number, e.g. BW-L-0001 */
                        licence: string;
                        name: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant?: string;
                        /** @description a day, yyyy-mm-dd */
                        validFrom?: string;
                        /** @description a day, yyyy-mm-dd */
                        validTo?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            licence: string;
                            name: string;
                            participant: string;
                            registeredAt: string;
                            registeredBy: string;
                            suspended: {
                                at: string;
                                by: string;
                                reason: string;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{code}/{licence}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a company's licence (the Participant's authority officers), with a reason: from that day its name is refused on certificates
         * @description Who may call: that Participant's authority officers (register a licensed company, suspend its licence, tie a company user to it) (action `companies.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    code: string;
                    /** @description the authority's licence number, e.g. BW-L-0001 */
                    licence: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            licence: string;
                            name: string;
                            participant: string;
                            registeredAt: string;
                            registeredBy: string;
                            suspended: {
                                at: string;
                                by: string;
                                reason: string;
                            } | null;
                            validFrom: string;
                            validTo: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{licence}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A licensed company's stock reports: each reporting period required of it (filed, overdue or due) with its due date, each report with its difference against the stock account, and whether issuance is withheld
         * @description Who may call: that Participant's authority officers, and a company user for its own company only (checked against its licence): stock accounts and stock reports (action `companies.stock.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path: {
                    /** @description the authority's licence number, e.g. EU-BE-0001 */
                    licence: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            company: {
                                licence: string;
                                name: string;
                                participant: string;
                            };
                            overdue: {
                                due: string;
                                end: string;
                                start: string;
                            } | null;
                            periods: {
                                due: string;
                                end: string;
                                report: {
                                    differences: {
                                        computed: {
                                            carats: number;
                                            valueUsd: number;
                                        };
                                        difference: {
                                            carats: number;
                                            valueUsd: number;
                                        };
                                        hsCode: string;
                                        reported: {
                                            carats: number;
                                            valueUsd: number;
                                        };
                                    }[];
                                    filedAt: string;
                                    filedBy: string;
                                    from: string;
                                    licence: string;
                                    lines: {
                                        carats: number;
                                        hsCode: string;
                                        valueUsd: number;
                                    }[];
                                    note: string | null;
                                    participant: string;
                                    to: string;
                                } | null;
                                start: string;
                                status: string;
                            }[];
                            settings: {
                                graceDays: number;
                                participant: string;
                                periodMonths: number;
                                requiredFrom: string;
                                updatedAt: string | null;
                                updatedBy: string | null;
                                withhold: boolean;
                            };
                            withheld: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * File a company's stock report for one reporting period of its Participant (once, after the period has ended): the closing stock by HS code as it counted it (an empty list for none); answered with the difference against the stock account
         * @description Who may call: a company user for its own company only (checked against its licence), and that Participant's authority officers: file a stock report (action `companies.stock.report`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the authority's licence number, e.g. EU-BE-0001 */
                    licence: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a day, yyyy-mm-dd */
                        from: string;
                        lines: {
                            carats: number;
                            hsCode: string;
                            valueUsd: number;
                        }[];
                        note?: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant?: string;
                        /** @description a day, yyyy-mm-dd */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            differences: {
                                computed: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                difference: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                hsCode: string;
                                reported: {
                                    carats: number;
                                    valueUsd: number;
                                };
                            }[];
                            filedAt: string;
                            filedBy: string;
                            from: string;
                            licence: string;
                            lines: {
                                carats: number;
                                hsCode: string;
                                valueUsd: number;
                            }[];
                            note: string | null;
                            participant: string;
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{licence}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A licensed company's stock account: its confirmed imports in and its exports out, carats and US$ value by HS code, opening, in, out and closing over [from, to] (both days included; to: today, from: since the first movement), with each movement
         * @description Who may call: that Participant's authority officers, and a company user for its own company only (checked against its licence): stock accounts and stock reports (action `companies.stock.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description a day, yyyy-mm-dd */
                    from?: string;
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                    /** @description a day, yyyy-mm-dd */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description the authority's licence number, e.g. EU-BE-0001 */
                    licence: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string | null;
                            licence: string;
                            lines: {
                                closing: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                hsCode: string;
                                in: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                opening: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                out: {
                                    carats: number;
                                    valueUsd: number;
                                };
                            }[];
                            movements: {
                                carats: number;
                                certificate: string;
                                day: string;
                                direction: "in" | "out";
                                hsCode: string;
                                valueUsd: number;
                            }[];
                            name: string;
                            participant: string;
                            to: string;
                            totals: {
                                closing: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                in: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                opening: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                out: {
                                    carats: number;
                                    valueUsd: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{licence}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The users tied to a licensed company (they apply only in its name, see and report only its stock); participant: the company's Participant, default the caller's
         * @description Who may call: that Participant's authority officers, never another Participant's; administrators: the users tied to a company of its register (list, tie a company user of that Participant, untie) (action `companies.users.manage`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path: {
                    /** @description the authority's licence number, e.g. BW-L-0001 */
                    licence: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the Participant's users of the role company tied to no company (those that may be tied) */
                            available: {
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                login: string;
                                name: string;
                            }[];
                            licence: string;
                            name: string;
                            participant: string;
                            users: {
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                login: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{licence}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Tie an existing user of the role company, acting for the company's Participant and tied to no other company, to the company (again: nothing changes); audited. Answers the company's users
         * @description Who may call: that Participant's authority officers, never another Participant's; administrators: the users tied to a company of its register (list, tie a company user of that Participant, untie) (action `companies.users.manage`).
         */
        put: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path: {
                    /** @description the authority's licence number, e.g. BW-L-0001 */
                    licence: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the Participant's users of the role company tied to no company (those that may be tied) */
                            available: {
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                login: string;
                                name: string;
                            }[];
                            licence: string;
                            name: string;
                            participant: string;
                            users: {
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                login: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Untie a user from the company (it then applies in no company's name); audited. Answers the company's users
         * @description Who may call: that Participant's authority officers, never another Participant's; administrators: the users tied to a company of its register (list, tie a company user of that Participant, untie) (action `companies.users.manage`).
         */
        delete: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path: {
                    /** @description the authority's licence number, e.g. BW-L-0001 */
                    licence: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the Participant's users of the role company tied to no company (those that may be tied) */
                            available: {
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                login: string;
                                name: string;
                            }[];
                            licence: string;
                            name: string;
                            participant: string;
                            users: {
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                login: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/imports/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is left of an import certificate to draw re-exports on: carats confirmed received less the drawings of re-exports not cancelled, with its origin (officers of the importing Participant; a company user for its own company's imports)
         * @description Who may call: that Participant's authority officers, and a company user for its own company only (checked against its licence): stock accounts and stock reports (action `companies.stock.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelled: boolean;
                            confirmedCarats: number | null;
                            countryOfExport: string;
                            drawnCarats: number;
                            importer: string;
                            issuer: string;
                            leftCarats: number;
                            number: string;
                            origin: string;
                            origins: string[] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company a company user acts for (404 for anyone not tied to one)
         * @description Who may call: that Participant's authority officers, and a company user for its own company only (checked against its licence): stock accounts and stock reports (action `companies.stock.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            licence: string;
                            name: string;
                            participant: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/reporting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A Participant's stock reporting: the period (months from 1 January), the days allowed after it ends, the first period required, and whether it withholds issuance for a company whose report is overdue
         * @description Who may call: that Participant's authority officers, and a company user for its own company only (checked against its licence): stock accounts and stock reports (action `companies.stock.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            graceDays: number;
                            participant: string;
                            periodMonths: number;
                            requiredFrom: string;
                            updatedAt: string | null;
                            updatedBy: string | null;
                            withhold: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        /**
         * Set a Participant's stock reporting (its officers; audited): period of 1, 3, 6 or 12 months, days allowed after it ends, the first period required, withholding issuance for a company whose report is overdue
         * @description Who may call: that Participant's authority officers: the stock reporting period, and withholding issuance from a company whose report is overdue (action `companies.stock.settings`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        graceDays?: number;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant?: string;
                        periodMonths?: number;
                        /** @description a day, yyyy-mm-dd */
                        requiredFrom?: string;
                        withhold?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            graceDays: number;
                            participant: string;
                            periodMonths: number;
                            requiredFrom: string;
                            updatedAt: string | null;
                            updatedBy: string | null;
                            withhold: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credentials/status/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A status list of the credentials (W3C Bitstring Status List v1.0, purpose revocation), built from the register at the request and signed by the log key (eddsa-jcs-2022): the bit of a cancelled certificate is set
         * @description Who may call: anyone (the status lists of the certificates' credentials: one bit per certificate, set once it is cancelled) (action `certificates.credential-status.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    list: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            "@context": string[];
                            credentialSubject: {
                                /** @description Multibase base64url (u…) of the GZIP-compressed bitstring of 131,072 bits; bit i (left-most first) set: the certificate of status index i is cancelled */
                                encodedList: string;
                                id: string;
                                /** @enum {string} */
                                statusPurpose: "revocation";
                                /** @enum {string} */
                                type: "BitstringStatusList";
                            };
                            /** @description the text in English, French, Portuguese, Spanish and Russian (JSON-LD language values) */
                            description: {
                                "@language": string;
                                "@value": string;
                            }[];
                            id: string;
                            issuer: {
                                /** @description the did:key of the log key in service (on the trust list) */
                                id: string;
                                name: string;
                            };
                            /** @description the text in English, French, Portuguese, Spanish and Russian (JSON-LD language values) */
                            name: {
                                "@language": string;
                                "@value": string;
                            }[];
                            proof: {
                                "@context": (string | {
                                    [key: string]: unknown;
                                })[];
                                /** Format: date-time */
                                created: string;
                                /** @enum {string} */
                                cryptosuite: "eddsa-jcs-2022";
                                /** @enum {string} */
                                proofPurpose: "assertionMethod";
                                /** @description Multibase base58btc (z…) of the Ed25519 signature */
                                proofValue: string;
                                /** @enum {string} */
                                type: "DataIntegrityProof";
                                /** @description did:key:z6Mk…#z6Mk…: the Ed25519 key (multicodec ed25519-pub) that signed */
                                verificationMethod: string;
                            };
                            type: string[];
                            /** Format: date-time */
                            validFrom: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plenary decisions with their translations and where each stands towards formal adoption
         * @description Who may call: anyone (plenary decisions and their translations are the public record) (action `decisions.read`).
         */
        get: {
            parameters: {
                query?: {
                    adopted?: boolean;
                    plenary?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decisions: {
                                adoption: {
                                    available: ("en" | "fr" | "pt" | "es" | "ru")[];
                                    complete: boolean;
                                    completeOn: string | null;
                                    missing: ("en" | "fr" | "pt" | "es" | "ru")[];
                                };
                                documentId: string | null;
                                formallyAdoptedOn: string | null;
                                id: string;
                                number: number;
                                plenary: string;
                                plenaryId: string;
                                source: string | null;
                                /** @description the decision in English */
                                text: string;
                                title: string;
                                translations: {
                                    checkedBy: string | null;
                                    checkedOn: string | null;
                                    language: string;
                                    providedOn: string | null;
                                    requestedOn: string;
                                    /** @enum {string} */
                                    status: "requested" | "provided" | "checked";
                                    text: string | null;
                                    /** @description the decision's title in the language (null until provided) */
                                    title?: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Record a decision adopted by consensus at a plenary (English text); its four translations are requested
         * @description Who may call: the Chair (secretariat); administrators (plenaries, decisions, translations requested, provided and checked, formal adoption) (action `decisions.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        documentId?: string | null;
                        /** Format: uuid */
                        plenary: string;
                        source?: string;
                        text: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adoption: {
                                available: ("en" | "fr" | "pt" | "es" | "ru")[];
                                complete: boolean;
                                completeOn: string | null;
                                missing: ("en" | "fr" | "pt" | "es" | "ru")[];
                            };
                            documentId: string | null;
                            formallyAdoptedOn: string | null;
                            id: string;
                            number: number;
                            plenary: string;
                            plenaryId: string;
                            source: string | null;
                            /** @description the decision in English */
                            text: string;
                            title: string;
                            translations: {
                                checkedBy: string | null;
                                checkedOn: string | null;
                                language: string;
                                providedOn: string | null;
                                requestedOn: string;
                                /** @enum {string} */
                                status: "requested" | "provided" | "checked";
                                text: string | null;
                                /** @description the decision's title in the language (null until provided) */
                                title?: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One decision with its translations
         * @description Who may call: anyone (plenary decisions and their translations are the public record) (action `decisions.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adoption: {
                                available: ("en" | "fr" | "pt" | "es" | "ru")[];
                                complete: boolean;
                                completeOn: string | null;
                                missing: ("en" | "fr" | "pt" | "es" | "ru")[];
                            };
                            documentId: string | null;
                            formallyAdoptedOn: string | null;
                            id: string;
                            number: number;
                            plenary: string;
                            plenaryId: string;
                            source: string | null;
                            /** @description the decision in English */
                            text: string;
                            title: string;
                            translations: {
                                checkedBy: string | null;
                                checkedOn: string | null;
                                language: string;
                                providedOn: string | null;
                                requestedOn: string;
                                /** @enum {string} */
                                status: "requested" | "provided" | "checked";
                                text: string | null;
                                /** @description the decision's title in the language (null until provided) */
                                title?: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Link the decision to the document that publishes it (null removes the link)
         * @description Who may call: the Chair (secretariat); administrators (plenaries, decisions, translations requested, provided and checked, formal adoption) (action `decisions.manage`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        documentId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adoption: {
                                available: ("en" | "fr" | "pt" | "es" | "ru")[];
                                complete: boolean;
                                completeOn: string | null;
                                missing: ("en" | "fr" | "pt" | "es" | "ru")[];
                            };
                            documentId: string | null;
                            formallyAdoptedOn: string | null;
                            id: string;
                            number: number;
                            plenary: string;
                            plenaryId: string;
                            source: string | null;
                            /** @description the decision in English */
                            text: string;
                            title: string;
                            translations: {
                                checkedBy: string | null;
                                checkedOn: string | null;
                                language: string;
                                providedOn: string | null;
                                requestedOn: string;
                                /** @enum {string} */
                                status: "requested" | "provided" | "checked";
                                text: string | null;
                                /** @description the decision's title in the language (null until provided) */
                                title?: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        trace?: never;
    };
    "/api/decisions/{id}/adoption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the decision formally adopted (Rule 26); refused, naming the missing languages, until all five plenary languages are available
         * @description Who may call: the Chair (secretariat); administrators (plenaries, decisions, translations requested, provided and checked, formal adoption) (action `decisions.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adoption: {
                                available: ("en" | "fr" | "pt" | "es" | "ru")[];
                                complete: boolean;
                                completeOn: string | null;
                                missing: ("en" | "fr" | "pt" | "es" | "ru")[];
                            };
                            documentId: string | null;
                            formallyAdoptedOn: string | null;
                            id: string;
                            number: number;
                            plenary: string;
                            plenaryId: string;
                            source: string | null;
                            /** @description the decision in English */
                            text: string;
                            title: string;
                            translations: {
                                checkedBy: string | null;
                                checkedOn: string | null;
                                language: string;
                                providedOn: string | null;
                                requestedOn: string;
                                /** @enum {string} */
                                status: "requested" | "provided" | "checked";
                                text: string | null;
                                /** @description the decision's title in the language (null until provided) */
                                title?: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions/{id}/translations/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record a step of one language's translation: its text provided (or corrected), or checked; the fifth language available adopts the decision formally
         * @description Who may call: the Chair (secretariat); administrators (plenaries, decisions, translations requested, provided and checked, formal adoption) (action `decisions.manage`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    language: "fr" | "pt" | "es" | "ru";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a day, yyyy-mm-dd */
                        on?: string;
                        step: "provide" | "check";
                        text?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adoption: {
                                available: ("en" | "fr" | "pt" | "es" | "ru")[];
                                complete: boolean;
                                completeOn: string | null;
                                missing: ("en" | "fr" | "pt" | "es" | "ru")[];
                            };
                            documentId: string | null;
                            formallyAdoptedOn: string | null;
                            id: string;
                            number: number;
                            plenary: string;
                            plenaryId: string;
                            source: string | null;
                            /** @description the decision in English */
                            text: string;
                            title: string;
                            translations: {
                                checkedBy: string | null;
                                checkedOn: string | null;
                                language: string;
                                providedOn: string | null;
                                requestedOn: string;
                                /** @enum {string} */
                                status: "requested" | "provided" | "checked";
                                text: string | null;
                                /** @description the decision's title in the language (null until provided) */
                                title?: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Documents the caller may read, newest first; q searches the title and the text of every language version
         * @description Who may call: anyone, for the documents whose access level admits them (public; all Participants; Participants and observers; a working group; named UN bodies; the owner Participant) (action `documents.read`).
         */
        get: {
            parameters: {
                query?: {
                    category?: "plenary" | "decision" | "review" | "peer-review" | "working-group" | "statistics" | "annual-report" | "administrative" | "other";
                    language?: "en" | "fr" | "pt" | "es" | "ru";
                    q?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documents: {
                                /** @enum {string} */
                                access: "public" | "participants" | "participants-observers" | "group" | "un-bodies";
                                /** @enum {string} */
                                category: "plenary" | "decision" | "review" | "peer-review" | "working-group" | "statistics" | "annual-report" | "administrative" | "other";
                                createdBy: string;
                                group: string | null;
                                id: string;
                                link: string | null;
                                organisations: string[];
                                owner: string | null;
                                publishedOn: string;
                                title: string;
                                versions: {
                                    filename: string;
                                    language: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Publish a document with its access level and one or more language versions (each at most 2097152 bytes)
         * @description Who may call: the Chair (secretariat); administrators; authority officers (documents their Participant owns, for a working group only one their Participant belongs to); working-group members (documents of their group; they change only those they published unless they chair the group) (action `documents.publish`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        access: "public" | "participants" | "participants-observers" | "group" | "un-bodies";
                        /** @enum {string} */
                        category: "plenary" | "decision" | "review" | "peer-review" | "working-group" | "statistics" | "annual-report" | "administrative" | "other";
                        group?: string | null;
                        link?: string | null;
                        organisations?: string[];
                        owner?: string | null;
                        /** @description a day, yyyy-mm-dd */
                        publishedOn: string;
                        title: string;
                        versions: {
                            /** @description or a file, base64-encoded (at most 2097152 bytes once decoded) */
                            contentBase64?: string;
                            filename?: string;
                            /** @enum {string} */
                            language: "en" | "fr" | "pt" | "es" | "ru";
                            mediaType?: string;
                            /** @description the version as text */
                            text?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            access: "public" | "participants" | "participants-observers" | "group" | "un-bodies";
                            /** @enum {string} */
                            category: "plenary" | "decision" | "review" | "peer-review" | "working-group" | "statistics" | "annual-report" | "administrative" | "other";
                            createdBy: string;
                            group: string | null;
                            id: string;
                            link: string | null;
                            organisations: string[];
                            owner: string | null;
                            publishedOn: string;
                            title: string;
                            versions: {
                                filename: string;
                                language: string;
                                mediaType: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One document (404 when it does not exist or is not shared with the caller)
         * @description Who may call: anyone, for the documents whose access level admits them (public; all Participants; Participants and observers; a working group; named UN bodies; the owner Participant) (action `documents.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            access: "public" | "participants" | "participants-observers" | "group" | "un-bodies";
                            /** @enum {string} */
                            category: "plenary" | "decision" | "review" | "peer-review" | "working-group" | "statistics" | "annual-report" | "administrative" | "other";
                            createdBy: string;
                            group: string | null;
                            id: string;
                            link: string | null;
                            organisations: string[];
                            owner: string | null;
                            publishedOn: string;
                            title: string;
                            versions: {
                                filename: string;
                                language: string;
                                mediaType: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/versions/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one language version of a document
         * @description Who may call: anyone, for the documents whose access level admits them (public; all Participants; Participants and observers; a working group; named UN bodies; the owner Participant) (action `documents.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    language: "en" | "fr" | "pt" | "es" | "ru";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file, with its media type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        /**
         * Add (or replace) one language version of a document
         * @description Who may call: the Chair (secretariat); administrators; authority officers (documents their Participant owns, for a working group only one their Participant belongs to); working-group members (documents of their group; they change only those they published unless they chair the group) (action `documents.publish`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    language: "en" | "fr" | "pt" | "es" | "ru";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description or a file, base64-encoded (at most 2097152 bytes once decoded) */
                        contentBase64?: string;
                        filename?: string;
                        mediaType?: string;
                        /** @description the version as text */
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            access: "public" | "participants" | "participants-observers" | "group" | "un-bodies";
                            /** @enum {string} */
                            category: "plenary" | "decision" | "review" | "peer-review" | "working-group" | "statistics" | "annual-report" | "administrative" | "other";
                            createdBy: string;
                            group: string | null;
                            id: string;
                            link: string | null;
                            organisations: string[];
                            owner: string | null;
                            publishedOn: string;
                            title: string;
                            versions: {
                                filename: string;
                                language: string;
                                mediaType: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/browse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What there is, at once: the documents the caller may read counted by category and year, and by language
         * @description Who may call: anyone, for the documents whose access level admits them (public; all Participants; Participants and observers; a working group; named UN bodies; the owner Participant) (action `documents.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: {
                                /** @enum {string} */
                                category: "plenary" | "decision" | "review" | "peer-review" | "working-group" | "statistics" | "annual-report" | "administrative" | "other";
                                count: number;
                                years: {
                                    count: number;
                                    year: number;
                                }[];
                            }[];
                            languages: {
                                count: number;
                                language: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monitoring findings kept so far, filtered by year, Participant, type, status or severity, each explained in the reader's language
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (action `findings.read`).
         */
        get: {
            parameters: {
                query?: {
                    participant?: string;
                    severity?: "low" | "medium" | "high";
                    status?: "open" | "acknowledged" | "closed";
                    type?: "balance" | "unit_value" | "neighbour_surge" | "capacity" | "certificate_pattern" | "discrepancy_persistence";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                assignee: string | null;
                                evidence: {
                                    certificates?: string[];
                                    figures: {
                                        [key: string]: unknown;
                                    };
                                    reason?: {
                                        params: {
                                            [key: string]: string | number;
                                        };
                                        variant: string;
                                    };
                                    rule: string;
                                    /** @description how far beyond its threshold: 1 at the threshold, 2 twice as far */
                                    score?: number;
                                };
                                /** @description the finding's reason, rule and figures in the language asked for (?lang=), else the reader's */
                                explained: {
                                    figures: {
                                        key: string;
                                        label: string;
                                        value: string;
                                    }[];
                                    lang: string;
                                    /** @description the kind of finding, named in the language */
                                    name: string;
                                    reason: string | null;
                                    rule: string;
                                    score: number | null;
                                };
                                firstSeen: string;
                                id: string;
                                lastSeen: string;
                                outcome: string | null;
                                participant: string;
                                period: string;
                                severity: "low" | "medium" | "high";
                                status: "open" | "acknowledged" | "closed";
                                summary: string;
                                type: "balance" | "unit_value" | "neighbour_surge" | "capacity" | "certificate_pattern" | "discrepancy_persistence";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One finding with its comments and its evidence explained in the reader's language (?lang= to ask for another)
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (action `findings.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description en, fr, pt, es or ru */
                    lang?: "en" | "fr" | "pt" | "es" | "ru";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: string | null;
                            comments: {
                                at: string;
                                author: string;
                                id: string;
                                text: string;
                            }[];
                            evidence: {
                                certificates?: string[];
                                figures: {
                                    [key: string]: unknown;
                                };
                                reason?: {
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    variant: string;
                                };
                                rule: string;
                                /** @description how far beyond its threshold: 1 at the threshold, 2 twice as far */
                                score?: number;
                            };
                            /** @description the finding's reason, rule and figures in the language asked for (?lang=), else the reader's */
                            explained?: {
                                figures: {
                                    key: string;
                                    label: string;
                                    value: string;
                                }[];
                                lang: string;
                                /** @description the kind of finding, named in the language */
                                name: string;
                                reason: string | null;
                                rule: string;
                                score: number | null;
                            };
                            firstSeen: string;
                            id: string;
                            lastSeen: string;
                            outcome: string | null;
                            participant: string;
                            period: string;
                            severity: "low" | "medium" | "high";
                            status: "open" | "acknowledged" | "closed";
                            summary: string;
                            type: "balance" | "unit_value" | "neighbour_surge" | "capacity" | "certificate_pattern" | "discrepancy_persistence";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Acknowledge, assign, comment, or close a finding with its outcome
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (acknowledge, assign, comment, close) (action `findings.manage`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assignee?: string | null;
                        comment?: string;
                        outcome?: string | null;
                        status?: "open" | "acknowledged" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: string | null;
                            comments: {
                                at: string;
                                author: string;
                                id: string;
                                text: string;
                            }[];
                            evidence: {
                                certificates?: string[];
                                figures: {
                                    [key: string]: unknown;
                                };
                                reason?: {
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    variant: string;
                                };
                                rule: string;
                                /** @description how far beyond its threshold: 1 at the threshold, 2 twice as far */
                                score?: number;
                            };
                            /** @description the finding's reason, rule and figures in the language asked for (?lang=), else the reader's */
                            explained?: {
                                figures: {
                                    key: string;
                                    label: string;
                                    value: string;
                                }[];
                                lang: string;
                                /** @description the kind of finding, named in the language */
                                name: string;
                                reason: string | null;
                                rule: string;
                                score: number | null;
                            };
                            firstSeen: string;
                            id: string;
                            lastSeen: string;
                            outcome: string | null;
                            participant: string;
                            period: string;
                            severity: "low" | "medium" | "high";
                            status: "open" | "acknowledged" | "closed";
                            summary: string;
                            type: "balance" | "unit_value" | "neighbour_surge" | "capacity" | "certificate_pattern" | "discrepancy_persistence";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        trace?: never;
    };
    "/api/findings/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run every detector on a year's statistics and keep what they find (known findings keep their status)
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (action `findings.run`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                assignee: string | null;
                                evidence: {
                                    certificates?: string[];
                                    figures: {
                                        [key: string]: unknown;
                                    };
                                    reason?: {
                                        params: {
                                            [key: string]: string | number;
                                        };
                                        variant: string;
                                    };
                                    rule: string;
                                    /** @description how far beyond its threshold: 1 at the threshold, 2 twice as far */
                                    score?: number;
                                };
                                firstSeen: string;
                                id: string;
                                lastSeen: string;
                                outcome: string | null;
                                participant: string;
                                period: string;
                                severity: "low" | "medium" | "high";
                                status: "open" | "acknowledged" | "closed";
                                summary: string;
                                type: "balance" | "unit_value" | "neighbour_surge" | "capacity" | "certificate_pattern" | "discrepancy_persistence";
                            }[];
                            new: number;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/findings/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The kinds of finding the detectors write, each named and its rule said in the reader's language
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (action `findings.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            types: {
                                name: string;
                                rule: string;
                                type: "balance" | "unit_value" | "neighbour_surge" | "capacity" | "certificate_pattern" | "discrepancy_persistence";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/footprints/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare a parcel's distribution (footprint.csv) with every reference: chi-square on stones per class, KS distance on the carat curve, carats per stone; ranked. Sorted goods get a warning, not a result
         * @description Who may call: the working group of diamond experts (WGDE members); the working group on monitoring (WGM members); the Chair; administrators (compare a parcel with every reference) (action `footprints.compare`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description footprint.csv: sample,sieve_class,stones,carats (optionally scheme) */
                        csv: string;
                        /**
                         * @description the sieve scheme the file is written in (default sieve: the trade sieve classes); another scheme is converted to sieve classes
                         * @enum {unknown}
                         */
                        scheme?: "sieve" | "mm";
                        /** @description the parcel is sorted goods (no comparison is made) */
                        sorted?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matches: {
                                /** @description the shared sieve classes: [parcel, reference] stones and carats (a pair each: OpenAPI 3.0 has no tuples) */
                                bins: {
                                    carats: number[];
                                    label: string;
                                    stones: number[];
                                }[];
                                caratsPerStone: {
                                    parcel: number;
                                    ratio: number | null;
                                    reference: number;
                                };
                                chiSquare: {
                                    classes: {
                                        expected: number;
                                        label: string;
                                        observed: number;
                                    }[];
                                    df: number;
                                    merged: number;
                                    pValue: number | null;
                                    statistic: number;
                                } | null;
                                /** @description Kolmogorov–Smirnov distance between the carat-weighted cumulative curves */
                                ks: number;
                                rank: number;
                                reference: {
                                    area: string;
                                    id: string;
                                    participant: string;
                                    synthetic: boolean;
                                };
                            }[];
                            method: string;
                            parcel: {
                                carats: number;
                                classes: number;
                                conversions: string[];
                                name: string;
                                /**
                                 * @description the sieve scheme the sample was written in (its classes are on the trade sieve classes)
                                 * @enum {unknown}
                                 */
                                scheme: "sieve" | "mm";
                                stones: number;
                            };
                            warning?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/footprints/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The image of one photo of the photo table
         * @description Who may call: the working group of diamond experts (WGDE members); the working group on monitoring (WGM members); the Chair; administrators (reference distributions and the photo table) (action `footprints.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Error"];
                        "image/png": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Error"];
                        "image/png": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Error"];
                        "image/png": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["Error"];
                        "image/png": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/footprints/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reference size-frequency distributions of producing areas (run-of-mine samples on the trade sieve classes)
         * @description Who may call: the working group of diamond experts (WGDE members); the working group on monitoring (WGM members); the Chair; administrators (reference distributions and the photo table) (action `footprints.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            references: {
                                area: string;
                                carats: string;
                                classes: {
                                    carats: string;
                                    lower: number;
                                    sieveClass: string;
                                    stones: number;
                                    upper: number;
                                    written: string;
                                }[];
                                createdAt: string;
                                createdBy: string;
                                id: string;
                                participant: string;
                                photos: number;
                                sample: string;
                                sampledOn: string | null;
                                /**
                                 * @description the sieve scheme the sample was written in (its classes are on the trade sieve classes)
                                 * @enum {unknown}
                                 */
                                scheme: "sieve" | "mm";
                                source: string;
                                stones: number;
                                /** @description illustrative demo data, not a real footprint */
                                synthetic: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Register a producing area's reference distribution from footprint.csv (all or nothing; every bad row named)
         * @description Who may call: the working group of diamond experts (WGDE members); the working group on monitoring (WGM members); the Chair; administrators (add reference distributions and photos) (action `footprints.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area: string;
                        /** @description footprint.csv: sample,sieve_class,stones,carats (optionally scheme) */
                        csv: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant: string;
                        /** @description a day, yyyy-mm-dd */
                        sampledOn?: string | null;
                        /**
                         * @description the sieve scheme the file is written in (default sieve: the trade sieve classes); another scheme is converted to sieve classes
                         * @enum {unknown}
                         */
                        scheme?: "sieve" | "mm";
                        source: string;
                        synthetic?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: string;
                            carats: string;
                            classes: {
                                carats: string;
                                lower: number;
                                sieveClass: string;
                                stones: number;
                                upper: number;
                                written: string;
                            }[];
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            participant: string;
                            photos: number;
                            sample: string;
                            sampledOn: string | null;
                            /**
                             * @description the sieve scheme the sample was written in (its classes are on the trade sieve classes)
                             * @enum {unknown}
                             */
                            scheme: "sieve" | "mm";
                            source: string;
                            stones: number;
                            /** @description illustrative demo data, not a real footprint */
                            synthetic: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/footprints/references/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One reference distribution with its photo table
         * @description Who may call: the working group of diamond experts (WGDE members); the working group on monitoring (WGM members); the Chair; administrators (reference distributions and the photo table) (action `footprints.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: string;
                            carats: string;
                            classes: {
                                carats: string;
                                lower: number;
                                sieveClass: string;
                                stones: number;
                                upper: number;
                                written: string;
                            }[];
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            participant: string;
                            photoList: {
                                caption: string;
                                /** @enum {unknown} */
                                contentType: "image/png" | "image/jpeg";
                                id: string;
                                participant: string;
                                referenceId: string;
                                size: number;
                                uploadedAt: string;
                                uploadedBy: string;
                            }[];
                            photos: number;
                            sample: string;
                            sampledOn: string | null;
                            /**
                             * @description the sieve scheme the sample was written in (its classes are on the trade sieve classes)
                             * @enum {unknown}
                             */
                            scheme: "sieve" | "mm";
                            source: string;
                            stones: number;
                            /** @description illustrative demo data, not a real footprint */
                            synthetic: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/footprints/references/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a photo of typical production (PNG or JPEG, at most 2 MiB, checked by content) to a reference: the image is the body
         * @description Who may call: the working group of diamond experts (WGDE members); the working group on monitoring (WGM members); the Chair; administrators (add reference distributions and photos) (action `footprints.manage`).
         */
        post: {
            parameters: {
                query?: {
                    caption?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caption: string;
                            /** @enum {unknown} */
                            contentType: "image/png" | "image/jpeg";
                            id: string;
                            participant: string;
                            referenceId: string;
                            size: number;
                            uploadedAt: string;
                            uploadedBy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working groups with their chairs and members
         * @description Who may call: anyone: the working groups, their chairs and members are public (action `groups.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                chair: string;
                                established: string | null;
                                id: string;
                                members: {
                                    member: string;
                                    region: string | null;
                                    role: "member" | "coordinator";
                                    since: string | null;
                                    until: string | null;
                                }[];
                                name: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Establish a working group (its chair becomes its first member)
         * @description Who may call: the Chair; administrators (a new working group, a group wound up) (action `groups.create`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a Participant code or an organisation id */
                        chair: string;
                        /** @description a day, yyyy-mm-dd */
                        established?: string | null;
                        id: string;
                        name: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chair: string;
                            established: string | null;
                            id: string;
                            members: {
                                member: string;
                                region: string | null;
                                role: "member" | "coordinator";
                                since: string | null;
                                until: string | null;
                            }[];
                            name: string;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One working group with its chair and members
         * @description Who may call: anyone: the working groups, their chairs and members are public (action `groups.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the group, e.g. WGM, PC */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chair: string;
                            established: string | null;
                            id: string;
                            members: {
                                member: string;
                                region: string | null;
                                role: "member" | "coordinator";
                                since: string | null;
                                until: string | null;
                            }[];
                            name: string;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a group's name, chair (one of its members), date of establishment or note
         * @description Who may call: the group's chair (a member of the group acting for the Participant or organisation that chairs it); the Chair; administrators (name, chair, note, members and their dates) (action `groups.manage`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the group, e.g. WGM, PC */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a Participant code or an organisation id */
                        chair?: string;
                        /** @description a day, yyyy-mm-dd */
                        established?: string | null;
                        name?: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chair: string;
                            established: string | null;
                            id: string;
                            members: {
                                member: string;
                                region: string | null;
                                role: "member" | "coordinator";
                                since: string | null;
                                until: string | null;
                            }[];
                            name: string;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/groups/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A group's meetings, newest first, with agenda and minutes
         * @description Who may call: the members of that working group; the Chair; administrators (action `groups.meetings.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the group, e.g. WGM, PC */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            meetings: {
                                agenda: string;
                                createdBy: string;
                                group: string;
                                heldOn: string;
                                id: string;
                                minutes: string | null;
                                place: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Record a meeting: date, place, agenda, and the minutes when adopted
         * @description Who may call: the group's chair; the Chair; administrators (date, place, agenda, minutes) (action `groups.meetings.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the group, e.g. WGM, PC */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agenda: string;
                        /** @description a day, yyyy-mm-dd */
                        heldOn: string;
                        minutes?: string | null;
                        place: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string;
                            createdBy: string;
                            group: string;
                            heldOn: string;
                            id: string;
                            minutes: string | null;
                            place: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/meetings/{meetingId}": {
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
         * Delete a meeting recorded by mistake
         * @description Who may call: the group's chair; the Chair; administrators (date, place, agenda, minutes) (action `groups.meetings.manage`).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the group, e.g. WGM, PC */
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        options?: never;
        head?: never;
        /**
         * Change a meeting's date, place, agenda or minutes
         * @description Who may call: the group's chair; the Chair; administrators (date, place, agenda, minutes) (action `groups.meetings.manage`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the group, e.g. WGM, PC */
                    id: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agenda?: string;
                        /** @description a day, yyyy-mm-dd */
                        heldOn?: string;
                        minutes?: string | null;
                        place?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string;
                            createdBy: string;
                            group: string;
                            heldOn: string;
                            id: string;
                            minutes: string | null;
                            place: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/groups/{id}/members/{member}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a member (a Participant or an organisation) or change its role, region and dates
         * @description Who may call: the group's chair (a member of the group acting for the Participant or organisation that chairs it); the Chair; administrators (name, chair, note, members and their dates) (action `groups.manage`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the group, e.g. WGM, PC */
                    id: string;
                    member: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        region?: string | null;
                        role?: "member" | "coordinator";
                        /** @description a day, yyyy-mm-dd */
                        since?: string | null;
                        /** @description a day, yyyy-mm-dd */
                        until?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chair: string;
                            established: string | null;
                            id: string;
                            members: {
                                member: string;
                                region: string | null;
                                role: "member" | "coordinator";
                                since: string | null;
                                until: string | null;
                            }[];
                            name: string;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a member entered by mistake (a member that leaves keeps its row with "until")
         * @description Who may call: the group's chair (a member of the group acting for the Participant or organisation that chairs it); the Chair; administrators (name, chair, note, members and their dates) (action `groups.manage`).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the group, e.g. WGM, PC */
                    id: string;
                    member: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chair: string;
                            established: string | null;
                            id: string;
                            members: {
                                member: string;
                                region: string | null;
                                role: "member" | "coordinator";
                                since: string | null;
                                until: string | null;
                            }[];
                            name: string;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hub/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The keys national systems registered at the hub, with the Chair's decision (a national system sees its own)
         * @description Who may call: the Chair; administrators (the secretariat); a national system (its own keys) (action `hub.keys.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                    status?: "pending" | "approved" | "refused";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                decidedAt: string | null;
                                decidedBy: string | null;
                                keyId: string;
                                note: string | null;
                                participant: string;
                                publicKey: string;
                                registeredAt: string;
                                registeredBy: string;
                                status: "pending" | "approved" | "refused";
                                validFrom: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * A national system registers its authority public keys (Ed25519, base64url of the 32 raw bytes); each waits for the Chair's approval before it enters the trust list. Registering a key again changes nothing
         * @description Who may call: that Participant's national system (its own authority public keys; the private keys never leave it) (action `hub.keys.register`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        keys: {
                            keyId: string;
                            publicKey: string;
                            validFrom: string;
                        }[];
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                decidedAt: string | null;
                                decidedBy: string | null;
                                keyId: string;
                                note: string | null;
                                participant: string;
                                publicKey: string;
                                registeredAt: string;
                                registeredBy: string;
                                status: "pending" | "approved" | "refused";
                                validFrom: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hub/keys/{participant}/{keyId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The Chair (or the secretariat) approves or refuses a national system's new key (audited); approved, it becomes the Participant's authority key in service at the hub and enters the trust list
         * @description Who may call: the Chair; administrators (the secretariat): approve or refuse a national system's new key before it enters the trust list (action `hub.keys.decide`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    keyId: string;
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decidedAt: string | null;
                            decidedBy: string | null;
                            keyId: string;
                            note: string | null;
                            participant: string;
                            publicKey: string;
                            registeredAt: string;
                            registeredBy: string;
                            status: "pending" | "approved" | "refused";
                            validFrom: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hub/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the hub holds for a national system after a log position: confirmations of its certificates by importing authorities, and the certificates entered at the hub that its Participant imports and their cancellations (forwarded: certificate.issued, certificate.cancelled), each signed by the hub's log key, in log order (at most 500); ask again from `next`
         * @description Who may call: that Participant's national system (the messages the hub holds for it) (action `hub.messages.read`).
         */
        get: {
            parameters: {
                query: {
                    after: number;
                    limit?: number;
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: ({
                                body: {
                                    carats: number;
                                    /**
                                     * Format: date-time
                                     * @description an instant, RFC 3339
                                     */
                                    confirmedAt: string;
                                    confirmedBy: string;
                                    /** @description the differences the confirming authority found (empty: the receipt matches) */
                                    mismatches: {
                                        message: string;
                                        path: string;
                                    }[];
                                    note: string | null;
                                    /** @description a certificate number, e.g. BW-2026-000123 */
                                    number: string;
                                    parcels: number;
                                    receivedOn: string;
                                    sealsIntact: boolean;
                                };
                                /** @description the message's id, unique per sender (a UUID, or the sender's own scheme): the same id twice is the same message, applied once */
                                id: string;
                                /** @description the signing key: Participant code (KP for the hub) and the first 16 hex digits of the SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                protocol: "kp-hub/1";
                                /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                                receiver: string;
                                /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                                sender: string;
                                /**
                                 * Format: date-time
                                 * @description an instant, RFC 3339
                                 */
                                sentAt: string;
                                signature: {
                                    /** @enum {string} */
                                    alg: "Ed25519";
                                    /** @description base64url of the 64-byte Ed25519 signature */
                                    value: string;
                                };
                                /** @enum {string} */
                                type: "certificate.confirmed";
                            } | {
                                body: {
                                    /** @description the signed certificate document exactly as issued, with its `transparency` position in the sender's log and its `logProof` (docs/formats.md) */
                                    certificate: {
                                        /** @description a certificate number, e.g. BW-2026-000123 */
                                        number: string;
                                        /** @enum {string} */
                                        type: "kp-certificate";
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    /** @description the origin of the sender's transparency log */
                                    log?: string;
                                    /** @description the hash of the certificate's verification code as the issuer keeps it (so that the holder's code also works at the hub); never the code */
                                    verificationCodeHash?: string;
                                };
                                /** @description the message's id, unique per sender (a UUID, or the sender's own scheme): the same id twice is the same message, applied once */
                                id: string;
                                /** @description the signing key: Participant code (KP for the hub) and the first 16 hex digits of the SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                protocol: "kp-hub/1";
                                /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                                receiver: string;
                                /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                                sender: string;
                                /**
                                 * Format: date-time
                                 * @description an instant, RFC 3339
                                 */
                                sentAt: string;
                                signature: {
                                    /** @enum {string} */
                                    alg: "Ed25519";
                                    /** @description base64url of the 64-byte Ed25519 signature */
                                    value: string;
                                };
                                /** @enum {string} */
                                type: "certificate.issued";
                            } | {
                                body: {
                                    /**
                                     * Format: date-time
                                     * @description an instant, RFC 3339
                                     */
                                    cancelledAt: string;
                                    note: string | null;
                                    /** @description a certificate number, e.g. BW-2026-000123 */
                                    number: string;
                                    reason: "lost" | "void" | "replaced" | "error";
                                    /** @description a certificate number, e.g. BW-2026-000123 */
                                    replacedBy: string | null;
                                };
                                /** @description the message's id, unique per sender (a UUID, or the sender's own scheme): the same id twice is the same message, applied once */
                                id: string;
                                /** @description the signing key: Participant code (KP for the hub) and the first 16 hex digits of the SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                protocol: "kp-hub/1";
                                /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                                receiver: string;
                                /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                                sender: string;
                                /**
                                 * Format: date-time
                                 * @description an instant, RFC 3339
                                 */
                                sentAt: string;
                                signature: {
                                    /** @enum {string} */
                                    alg: "Ed25519";
                                    /** @description base64url of the 64-byte Ed25519 signature */
                                    value: string;
                                };
                                /** @enum {string} */
                                type: "certificate.cancelled";
                            })[];
                            next: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * A national system sends a signed message (kp-hub/1: a certificate issued or cancelled, a receipt confirmed). The hub checks the signature against the sender's approved key, applies it once (by sender and id), enters it in its log, and answers a receipt: the log position, the inclusion proof and a tree head signed by the log key. 409 not_yet: send again later (the key awaits approval, or an earlier message of the certificate is missing)
         * @description Who may call: that Participant's national system (messages it signs as their sender) (action `hub.messages.send`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description a message of the hub exchange (kp-hub/1) */
            requestBody: {
                content: {
                    "application/json": {
                        body: {
                            /** @description the signed certificate document exactly as issued, with its `transparency` position in the sender's log and its `logProof` (docs/formats.md) */
                            certificate: {
                                /** @description a certificate number, e.g. BW-2026-000123 */
                                number: string;
                                /** @enum {string} */
                                type: "kp-certificate";
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the origin of the sender's transparency log */
                            log?: string;
                            /** @description the hash of the certificate's verification code as the issuer keeps it (so that the holder's code also works at the hub); never the code */
                            verificationCodeHash?: string;
                        };
                        /** @description the message's id, unique per sender (a UUID, or the sender's own scheme): the same id twice is the same message, applied once */
                        id: string;
                        /** @description the signing key: Participant code (KP for the hub) and the first 16 hex digits of the SHA-256 of the raw public key */
                        keyId: string;
                        /** @enum {string} */
                        protocol: "kp-hub/1";
                        /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                        receiver: string;
                        /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                        sender: string;
                        /**
                         * Format: date-time
                         * @description an instant, RFC 3339
                         */
                        sentAt: string;
                        signature: {
                            /** @enum {string} */
                            alg: "Ed25519";
                            /** @description base64url of the 64-byte Ed25519 signature */
                            value: string;
                        };
                        /** @enum {string} */
                        type: "certificate.issued";
                    } | {
                        body: {
                            /**
                             * Format: date-time
                             * @description an instant, RFC 3339
                             */
                            cancelledAt: string;
                            note: string | null;
                            /** @description a certificate number, e.g. BW-2026-000123 */
                            number: string;
                            reason: "lost" | "void" | "replaced" | "error";
                            /** @description a certificate number, e.g. BW-2026-000123 */
                            replacedBy: string | null;
                        };
                        /** @description the message's id, unique per sender (a UUID, or the sender's own scheme): the same id twice is the same message, applied once */
                        id: string;
                        /** @description the signing key: Participant code (KP for the hub) and the first 16 hex digits of the SHA-256 of the raw public key */
                        keyId: string;
                        /** @enum {string} */
                        protocol: "kp-hub/1";
                        /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                        receiver: string;
                        /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                        sender: string;
                        /**
                         * Format: date-time
                         * @description an instant, RFC 3339
                         */
                        sentAt: string;
                        signature: {
                            /** @enum {string} */
                            alg: "Ed25519";
                            /** @description base64url of the 64-byte Ed25519 signature */
                            value: string;
                        };
                        /** @enum {string} */
                        type: "certificate.cancelled";
                    } | {
                        body: {
                            carats: number;
                            /**
                             * Format: date-time
                             * @description an instant, RFC 3339
                             */
                            confirmedAt: string;
                            confirmedBy: string;
                            /** @description the differences the confirming authority found (empty: the receipt matches) */
                            mismatches: {
                                message: string;
                                path: string;
                            }[];
                            note: string | null;
                            /** @description a certificate number, e.g. BW-2026-000123 */
                            number: string;
                            parcels: number;
                            receivedOn: string;
                            sealsIntact: boolean;
                        };
                        /** @description the message's id, unique per sender (a UUID, or the sender's own scheme): the same id twice is the same message, applied once */
                        id: string;
                        /** @description the signing key: Participant code (KP for the hub) and the first 16 hex digits of the SHA-256 of the raw public key */
                        keyId: string;
                        /** @enum {string} */
                        protocol: "kp-hub/1";
                        /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                        receiver: string;
                        /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                        sender: string;
                        /**
                         * Format: date-time
                         * @description an instant, RFC 3339
                         */
                        sentAt: string;
                        signature: {
                            /** @enum {string} */
                            alg: "Ed25519";
                            /** @description base64url of the 64-byte Ed25519 signature */
                            value: string;
                        };
                        /** @enum {string} */
                        type: "certificate.confirmed";
                    } | {
                        /** @description an authority key revoked at the national system from `revokedAt` on: what it signed before stays valid, what it signed from then on does not */
                        body: {
                            /** @description the revoked authority key: one of the sender's own keys registered at the hub */
                            keyId: string;
                            /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                            participant: string;
                            reason: string;
                            /**
                             * Format: date-time
                             * @description an instant, RFC 3339
                             */
                            revokedAt: string;
                        };
                        /** @description the message's id, unique per sender (a UUID, or the sender's own scheme): the same id twice is the same message, applied once */
                        id: string;
                        /** @description the signing key: Participant code (KP for the hub) and the first 16 hex digits of the SHA-256 of the raw public key */
                        keyId: string;
                        /** @enum {string} */
                        protocol: "kp-hub/1";
                        /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                        receiver: string;
                        /** @description a Participant code (ISO 3166-1 alpha-2, EU for the European Community) */
                        sender: string;
                        /**
                         * Format: date-time
                         * @description an instant, RFC 3339
                         */
                        sentAt: string;
                        signature: {
                            /** @enum {string} */
                            alg: "Ed25519";
                            /** @description base64url of the 64-byte Ed25519 signature */
                            value: string;
                        };
                        /** @enum {string} */
                        type: "key.revoked";
                    };
                };
            };
            responses: {
                /** @description the hub's receipt: the event entered in its log, with a signed tree head that holds it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HubReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hub/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A national system: the Participant its token acts for, and the hub's keys (the log keys that sign the receipts and the messages it holds)
         * @description Who may call: a national system (its own Participant and the hub's log keys) (action `hub.session.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hubKeys: {
                                keyId: string;
                                publicKey: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            name: string;
                            participant: string;
                            protocol: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications, unread first then newest; filter unread only or by kind
         * @description Who may call: any signed-in user, for their own inbox only (list, count, mark read) (action `notifications.read`).
         */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    limit?: number;
                    unread?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notifications: {
                                body: string;
                                createdAt: string;
                                /** @description what the alert is about, structured (e.g. each difference a confirmation found), or null */
                                data: unknown;
                                id: string;
                                kind: string;
                                link: string | null;
                                participant: string | null;
                                readAt: string | null;
                                subject: string;
                            }[];
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark my notifications read: the ones named, or all of them
         * @description Who may call: any signed-in user, for their own inbox only (list, count, mark read) (action `notifications.read`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        all?: boolean;
                        ids?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the submission-due sweep: alert the officers of each Participant whose statistics are due within 14 days or overdue (once per Participant and period)
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (the submission-due sweep, which the server also runs daily) (action `notifications.remind`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a day, yyyy-mm-dd */
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            due: {
                                alerted: number;
                                dueDate: string;
                                kind: string;
                                overdue: boolean;
                                participant: string;
                                period: string;
                            }[];
                            on: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of my notifications are unread (the badge in the header)
         * @description Who may call: any signed-in user, for their own inbox only (list, count, mark read) (action `notifications.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{keyId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an authority key from a moment on (default now): certificates it signed before stay valid, those dated after do not
         * @description Who may call: that Participant's authority officers (its own keys); administrators (action `certificates.keys.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The log's checkpoint signed by the log key (C2SP tlog-checkpoint + signed-note), committing to the tree and to the audit chain's head, with the witnesses' cosignatures; the current one, or the latest of treeSize entries. As text/plain (the note) when asked for
         * @description Who may call: anyone (the log holds hashes only) (action `certificates.log.read`).
         */
        get: {
            parameters: {
                query?: {
                    treeSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            audit: {
                                /** @description sha256 of the audit chain's entries and head, salted (the salt stays with the store, for kpcs audit verify --checkpoint) */
                                commitment?: string;
                                /** @description checkpoints signed before the commitment only */
                                entries?: number;
                                /** @description checkpoints signed before the commitment only */
                                head?: string;
                            };
                            /** @description the witnesses whose cosignature lines the note carries */
                            cosignatures: string[];
                            keyId: string;
                            /** @description C2SP signed note: origin, tree size, base64 root hash, kpcs-time, kpcs-audit (a salted commitment to the audit chain's head) and kpcs-trust (the trust list's generation) lines, blank line, signature lines */
                            note: string;
                            rootHash: string;
                            time: string;
                            treeSize: number;
                            /** @description the generation of the trust list the checkpoint commits to */
                            trust?: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/checkpoint/cosignatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand in cosignatures of a checkpoint this log signed (C2SP tlog-cosignature), from registered witnesses; served with the checkpoint from then on
         * @description Who may call: anyone (a registered witness's cosignature is the credential, checked by the service) (action `certificates.log.cosign`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the checkpoint note with the witness's cosignature line(s) */
                        checkpoint: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: string[];
                            added: string[];
                            checkpointTime: string;
                            treeSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/consistency-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The consistency proof between two sizes of the log: the larger tree extends the smaller one, nothing rewritten
         * @description Who may call: anyone (the log holds hashes only) (action `certificates.log.read`).
         */
        get: {
            parameters: {
                query: {
                    first: number;
                    second?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            first: number;
                            firstRoot: string;
                            proof: string[];
                            second: number;
                            secondRoot: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Log entries from an index: position and leaf hash only (no number, event, time or Participant: a leaf reveals nothing without its record)
         * @description Who may call: anyone (the log holds hashes only) (action `certificates.log.read`).
         */
        get: {
            parameters: {
                query?: {
                    from?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                index: number;
                                leafHash: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/inclusion-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inclusion proof of a log entry (by index, or the issue entry of a number) in the tree of treeSize entries (default: the current size). By number: with the certificate's verification code (?code=), or signed in as an authority concerned (403 otherwise): a number alone does not tell where in the log its certificate is
         * @description Who may call: anyone (the log holds hashes only) (action `certificates.log.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description the verification code printed beside the QR code of the certificate, e.g. 7K3QD-M9XWE */
                    code?: string;
                    index?: number;
                    /** @description a certificate number, e.g. ZA-2006-000123 or EU-BE-2006-000045 */
                    number?: string;
                    treeSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            leafHash: string;
                            leafIndex: number;
                            proof: string[];
                            rootHash: string;
                            treeSize: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The log's tree-head keys, each with its period of service and revocation: a head is checked with the key in service, and not revoked, at its time (also on the trust list)
         * @description Who may call: anyone (the log holds hashes only) (action `certificates.log.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keyId: string;
                            publicKey: string;
                            revocationReason: string | null;
                            /** @description from then on, heads and checkpoints it signs do not count */
                            revokedAt: string | null;
                            validFrom: string;
                            validTo: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/tree-head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed tree head of the transparency log (RFC 9162): size, root hash, time, signature by the log key
         * @description Who may call: anyone (the log holds hashes only) (action `certificates.log.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keyId: string;
                            rootHash: string;
                            signature: string;
                            timestamp: string;
                            treeSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/log/witnesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The witnesses registered to cosign the log, with their keys and periods (also on the trust list)
         * @description Who may call: anyone (the log holds hashes only) (action `certificates.log.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a witness (administrators): its cosignatures of checkpoints are accepted and its key is listed on the trust list
         * @description Who may call: administrators (the secretariat registers the witnesses that cosign the log) (action `certificates.witness.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        publicKey: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring/regions/{region}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A region's dashboard (west-africa, south-america): production and exports per country and year, open findings, suspicious shipments, UN measures
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (action `findings.read`).
         */
        get: {
            parameters: {
                query?: {
                    from?: number;
                    to?: number;
                };
                header?: never;
                path: {
                    region: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            countries: string[];
                            findings: {
                                id: string;
                                /** @description the kind of finding, named in the reader's language */
                                name: string;
                                participant: string;
                                period: string;
                                severity: "low" | "medium" | "high";
                                status: "open" | "acknowledged" | "closed";
                                summary: string;
                                type: "balance" | "unit_value" | "neighbour_surge" | "capacity" | "certificate_pattern" | "discrepancy_persistence";
                            }[];
                            from: number;
                            measures: {
                                basis: string;
                                kind: string;
                                target: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            name: string;
                            region: "west-africa" | "south-america";
                            series: {
                                exportsCarats: number;
                                exportsUsd: number;
                                participant: string;
                                productionCarats: number;
                                productionUsd: number;
                                year: number;
                            }[];
                            shipments: {
                                carats: number;
                                certificateNumber: string | null;
                                certificateVerdict: string | null;
                                createdAt: string;
                                declaredOrigin: string | null;
                                description: string;
                                exporter: string;
                                exporterCountry: string | null;
                                id: string;
                                participant: string;
                                reportedBy: string;
                                reportedOn: string;
                                status: "open" | "closed";
                                suspectedOrigin: string;
                                valueUsd: number | null;
                            }[];
                            to: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registry as it stood on a day (default today): every Participant, applicant and other entry with a status in force then
         * @description Who may call: anyone (action `participants.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description a day, yyyy-mm-dd */
                    at?: string;
                    status?: ("applicant" | "participant" | "trading_entity" | "suspended" | "removed" | "withdrawn" | "non_participant")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            participants: {
                                code: string;
                                kind: "country" | "regional_organisation" | "trading_entity";
                                measures: {
                                    basis: string;
                                    id: string;
                                    kind: "embargo" | "sanctions";
                                    note: string | null;
                                    target: string;
                                    validFrom: string;
                                    validTo: string | null;
                                }[];
                                members: string[];
                                name: string;
                                status: "applicant" | "participant" | "trading_entity" | "suspended" | "removed" | "withdrawn" | "non_participant";
                                statusSince: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One registry entry with its status history, measures and authority
         * @description Who may call: anyone (action `participants.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description a day, yyyy-mm-dd */
                    at?: string;
                };
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allMeasures: {
                                basis: string;
                                id: string;
                                kind: "embargo" | "sanctions";
                                note: string | null;
                                target: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            authority: {
                                address: string | null;
                                email: string | null;
                                name: string | null;
                            };
                            certificateValidityDays: number;
                            code: string;
                            history: {
                                basis: string | null;
                                fromPrecision: "day" | "year";
                                note: string | null;
                                status: "applicant" | "participant" | "trading_entity" | "suspended" | "removed" | "withdrawn" | "non_participant";
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            kind: "country" | "regional_organisation" | "trading_entity";
                            language: "en" | "fr" | "pt" | "es" | "ru";
                            measures: {
                                basis: string;
                                id: string;
                                kind: "embargo" | "sanctions";
                                note: string | null;
                                target: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            memberHistory: {
                                basis: string | null;
                                country: string;
                                participant: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            memberOf: {
                                basis: string | null;
                                country: string;
                                participant: string;
                                validFrom: string;
                                validTo: string | null;
                            } | null;
                            members: string[];
                            name: string;
                            status: "applicant" | "participant" | "trading_entity" | "suspended" | "removed" | "withdrawn" | "non_participant";
                            statusSince: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{code}/authority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the Participant's KP authority: contact and certificate validity period (its own officers, administrators)
         * @description Who may call: that Participant's authority officers; administrators (action `participants.authority.update`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        certificateValidityDays?: number;
                        /** Format: email */
                        email?: string | null;
                        name?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allMeasures: {
                                basis: string;
                                id: string;
                                kind: "embargo" | "sanctions";
                                note: string | null;
                                target: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            authority: {
                                address: string | null;
                                email: string | null;
                                name: string | null;
                            };
                            certificateValidityDays: number;
                            code: string;
                            history: {
                                basis: string | null;
                                fromPrecision: "day" | "year";
                                note: string | null;
                                status: "applicant" | "participant" | "trading_entity" | "suspended" | "removed" | "withdrawn" | "non_participant";
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            kind: "country" | "regional_organisation" | "trading_entity";
                            language: "en" | "fr" | "pt" | "es" | "ru";
                            measures: {
                                basis: string;
                                id: string;
                                kind: "embargo" | "sanctions";
                                note: string | null;
                                target: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            memberHistory: {
                                basis: string | null;
                                country: string;
                                participant: string;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            memberOf: {
                                basis: string | null;
                                country: string;
                                participant: string;
                                validFrom: string;
                                validTo: string | null;
                            } | null;
                            members: string[];
                            name: string;
                            status: "applicant" | "participant" | "trading_entity" | "suspended" | "removed" | "withdrawn" | "non_participant";
                            statusSince: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participants/{code}/keys/rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the Participant's authority key: the key in service is retired (what it signed stays valid) and a new one takes over
         * @description Who may call: that Participant's authority officers (its own keys); administrators (action `certificates.keys.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participation/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications for participation with how many minimum requirements are reviewed as met (an applicant sees its own)
         * @description Who may call: the Participation Committee (PC members); the Chair; administrators; an applicant's own users (its applications only: the service checks the applicant) (action `participation.applications.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    applicant?: string;
                    status?: "submitted" | "admitted" | "refused";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applications: {
                                applicant: string;
                                applicantName: string;
                                decidedBy: string | null;
                                decidedOn: string | null;
                                decisionReason: string | null;
                                id: string;
                                met: number;
                                note: string | null;
                                registryStatus: string | null;
                                status: "submitted" | "admitted" | "refused";
                                submittedOn: string;
                                total: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Apply for participation (the applicant's authority); the checklist of minimum requirements opens empty
         * @description Who may call: the applicant's authority officers (its own application and evidence); administrators (action `participation.applications.submit`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        applicant: string;
                        note?: string;
                        /** @description a day, yyyy-mm-dd */
                        submittedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicant: string;
                            applicantName: string;
                            checklist: {
                                comment: string | null;
                                evidence: string | null;
                                evidenceAt: string | null;
                                requirement: string;
                                review: "met" | "not_met" | (never | null);
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                                text: string;
                            }[];
                            decidedBy: string | null;
                            decidedOn: string | null;
                            decisionReason: string | null;
                            id: string;
                            met: number;
                            note: string | null;
                            registryStatus: string | null;
                            status: "submitted" | "admitted" | "refused";
                            submittedOn: string;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participation/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application with its checklist: evidence and review per minimum requirement
         * @description Who may call: the Participation Committee (PC members); the Chair; administrators; an applicant's own users (its applications only: the service checks the applicant) (action `participation.applications.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicant: string;
                            applicantName: string;
                            checklist: {
                                comment: string | null;
                                evidence: string | null;
                                evidenceAt: string | null;
                                requirement: string;
                                review: "met" | "not_met" | (never | null);
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                                text: string;
                            }[];
                            decidedBy: string | null;
                            decidedOn: string | null;
                            decisionReason: string | null;
                            id: string;
                            met: number;
                            note: string | null;
                            registryStatus: string | null;
                            status: "submitted" | "admitted" | "refused";
                            submittedOn: string;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participation/applications/{id}/checklist/{requirement}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The applicant's evidence for one minimum requirement (replaces the previous)
         * @description Who may call: the applicant's authority officers (its own application and evidence); administrators (action `participation.applications.submit`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    requirement: "certificate-content" | "export-certificate" | "import-certificate" | "import-confirmation" | "records" | "no-non-participants" | "transit" | "authorities" | "laws-controls" | "containers" | "statistics";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evidence: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicant: string;
                            applicantName: string;
                            checklist: {
                                comment: string | null;
                                evidence: string | null;
                                evidenceAt: string | null;
                                requirement: string;
                                review: "met" | "not_met" | (never | null);
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                                text: string;
                            }[];
                            decidedBy: string | null;
                            decidedOn: string | null;
                            decisionReason: string | null;
                            id: string;
                            met: number;
                            note: string | null;
                            registryStatus: string | null;
                            status: "submitted" | "admitted" | "refused";
                            submittedOn: string;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participation/applications/{id}/checklist/{requirement}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The Participation Committee's review of one minimum requirement: met or not met, with a comment (required when not met)
         * @description Who may call: the Participation Committee (PC members); administrators (met / not met / comment, per requirement) (action `participation.applications.review`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    requirement: "certificate-content" | "export-certificate" | "import-certificate" | "import-confirmation" | "records" | "no-non-participants" | "transit" | "authorities" | "laws-controls" | "containers" | "statistics";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        review: "met" | "not_met";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicant: string;
                            applicantName: string;
                            checklist: {
                                comment: string | null;
                                evidence: string | null;
                                evidenceAt: string | null;
                                requirement: string;
                                review: "met" | "not_met" | (never | null);
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                                text: string;
                            }[];
                            decidedBy: string | null;
                            decidedOn: string | null;
                            decisionReason: string | null;
                            id: string;
                            met: number;
                            note: string | null;
                            registryStatus: string | null;
                            status: "submitted" | "admitted" | "refused";
                            submittedOn: string;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participation/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The Participation Committee's decision: admit from a day (every requirement met; the registry's history changes) or refuse with a reason
         * @description Who may call: the Participation Committee (PC members); administrators (admit from a day, or refuse with a reason) (action `participation.applications.decide`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a day, yyyy-mm-dd */
                        admittedOn: string;
                        /** @enum {string} */
                        decision: "admit";
                    } | {
                        /** @enum {string} */
                        decision: "refuse";
                        /** @description a day, yyyy-mm-dd */
                        on?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicant: string;
                            applicantName: string;
                            checklist: {
                                comment: string | null;
                                evidence: string | null;
                                evidenceAt: string | null;
                                requirement: string;
                                review: "met" | "not_met" | (never | null);
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                                text: string;
                            }[];
                            decidedBy: string | null;
                            decidedOn: string | null;
                            decisionReason: string | null;
                            id: string;
                            met: number;
                            note: string | null;
                            registryStatus: string | null;
                            status: "submitted" | "admitted" | "refused";
                            submittedOn: string;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participation/chairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Chair and Vice-Chair of every year (the record of the rotation)
         * @description Who may call: anyone (action `registry.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chairs: {
                                chair: string;
                                viceChair: string | null;
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participation/chairs/{year}/rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The end of a year's term: its Vice-Chair becomes Chair of the next year
         * @description Who may call: the Chair or secretariat, recording the plenary's election of a Vice-Chair and the rotation; administrators (action `participation.chair.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chair: string;
                            viceChair: string | null;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participation/chairs/{year}/vice-chair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the plenary's election of the Vice-Chair of a year (a Participant; one per year)
         * @description Who may call: the Chair or secretariat, recording the plenary's election of a Vice-Chair and the rotation; administrators (action `participation.chair.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chair: string;
                            viceChair: string | null;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participation/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Chair's status decisions (interim measures, suspension, removal, readmission), newest first
         * @description Who may call: anyone: status decisions are public record (action `participation.decisions.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decisions: {
                                basis: string;
                                createdAt: string;
                                decidedBy: string;
                                effectiveOn: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "interim_measures" | "suspension" | "removal" | "readmission";
                                participant: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * A status decision of the Chair with its effective day, reason and basis; written into the registry's history (certificates judge trade by it)
         * @description Who may call: the Chair, on the Participation Committee's recommendation; administrators (interim measures, suspension, removal, readmission) (action `participation.status.decide`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis: string;
                        /** @description a day, yyyy-mm-dd */
                        effectiveOn: string;
                        kind: "interim_measures" | "suspension" | "removal" | "readmission";
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            createdAt: string;
                            decidedBy: string;
                            effectiveOn: string;
                            id: string;
                            /** @enum {unknown} */
                            kind: "interim_measures" | "suspension" | "removal" | "readmission";
                            participant: string;
                            reason: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plenaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plenary meetings with their number of decisions
         * @description Who may call: anyone (plenary decisions and their translations are the public record) (action `decisions.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plenaries: {
                                decisions?: number;
                                endsOn: string;
                                id: string;
                                name: string;
                                place: string;
                                startsOn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Record a plenary meeting (name, place, dates)
         * @description Who may call: the Chair (secretariat); administrators (plenaries, decisions, translations requested, provided and checked, formal adoption) (action `decisions.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a day, yyyy-mm-dd */
                        endsOn: string;
                        name: string;
                        place: string;
                        /** @description a day, yyyy-mm-dd */
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decisions?: number;
                            endsOn: string;
                            id: string;
                            name: string;
                            place: string;
                            startsOn: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations, chairs, working groups and plenary observers
         * @description Who may call: anyone (action `registry.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chairs: {
                                chair: string;
                                viceChair: string | null;
                                year: number;
                            }[];
                            organisations: {
                                id: string;
                                kind: "industry" | "civil_society" | "un_body" | "international" | "installation";
                                name: string;
                            }[];
                            plenaryObservers: {
                                member: string;
                                note: string | null;
                                year: number;
                            }[];
                            workingGroups: {
                                chair: string;
                                established: string | null;
                                id: string;
                                members: {
                                    member: string;
                                    region: string | null;
                                    role: "member" | "coordinator";
                                }[];
                                name: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Chair's annual report for a year (the structure of the 2006 report: participation, working groups, statistics, peer review, challenges), in one of the five languages, as JSON or PDF
         * @description Who may call: the Chair; administrators; members of any working group (read the Chair's annual and special reports, JSON or PDF) (action `reports.read`).
         */
        get: {
            parameters: {
                query: {
                    /** @description json (default) or pdf */
                    format?: "json" | "pdf";
                    /** @description en (default), fr, pt, es or ru */
                    lang?: "en" | "fr" | "pt" | "es" | "ru";
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the report as data; with format=pdf, the PDF (application/pdf) instead */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                [key: string]: unknown;
                            };
                            generatedAt: string;
                            kind: "annual" | "special";
                            lang: string;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    source: string;
                                    text: string;
                                    /** @enum {string} */
                                    type: "quote";
                                } | {
                                    items: {
                                        label: string;
                                        value: string;
                                    }[];
                                    /** @enum {string} */
                                    type: "figures";
                                } | {
                                    caption?: string;
                                    columns: {
                                        align?: "left" | "right";
                                        label: string;
                                    }[];
                                    rows: (string | {
                                        quote: string;
                                        /** @description the source, in the report's language (e.g. a symbol, a record) */
                                        source: string;
                                    })[][];
                                    /** @enum {string} */
                                    type: "table";
                                })[];
                                heading: string;
                                id: string;
                            }[];
                            subject?: string;
                            subtitle: string;
                            title: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/special/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A special report for a year (CI: Côte d'Ivoire — the UN measure, the neighbours' exports, findings, suspicious shipments), as JSON or PDF
         * @description Who may call: the Chair; administrators; members of any working group (read the Chair's annual and special reports, JSON or PDF) (action `reports.read`).
         */
        get: {
            parameters: {
                query: {
                    /** @description json (default) or pdf */
                    format?: "json" | "pdf";
                    /** @description en (default), fr, pt, es or ru */
                    lang?: "en" | "fr" | "pt" | "es" | "ru";
                    year: number;
                };
                header?: never;
                path: {
                    subject: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the report as data; with format=pdf, the PDF (application/pdf) instead */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                [key: string]: unknown;
                            };
                            generatedAt: string;
                            kind: "annual" | "special";
                            lang: string;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    source: string;
                                    text: string;
                                    /** @enum {string} */
                                    type: "quote";
                                } | {
                                    items: {
                                        label: string;
                                        value: string;
                                    }[];
                                    /** @enum {string} */
                                    type: "figures";
                                } | {
                                    caption?: string;
                                    columns: {
                                        align?: "left" | "right";
                                        label: string;
                                    }[];
                                    rows: (string | {
                                        quote: string;
                                        /** @description the source, in the report's language (e.g. a symbol, a record) */
                                        source: string;
                                    })[][];
                                    /** @enum {string} */
                                    type: "table";
                                })[];
                                heading: string;
                                id: string;
                            }[];
                            subject?: string;
                            subtitle: string;
                            title: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review visits and missions: the reviewed Participant, status, dates and team (the documents: see one review)
         * @description Who may call: any signed-in user (the schedule of review visits and missions and their teams; the documents: see reviews.documents.read) (action `reviews.read`).
         */
        get: {
            parameters: {
                query?: {
                    kind?: "visit" | "mission";
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                    status?: "invited" | "scheduled" | "done" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reviews: {
                                basis: string | null;
                                cancelledReason: string | null;
                                createdAt: string;
                                /** @description whether the caller may read the report, recommendations and action plans */
                                documentsVisible: boolean;
                                doneOn: string | null;
                                dueBy: string | null;
                                id: string;
                                invitedOn: string;
                                kind: "visit" | "mission";
                                participant: string;
                                purpose: string;
                                reportStatus: (never | null) | "submitted" | "adopted";
                                scheduledFrom: string | null;
                                scheduledTo: string | null;
                                sharedAt: string | null;
                                sharedBy: string | null;
                                sharedWithUn: boolean;
                                status: "invited" | "scheduled" | "done" | "cancelled";
                                team: {
                                    leader: boolean;
                                    member: string;
                                    person: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Record a review visit or mission invited (or decided), optionally with its team
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (record reviews, schedule, teams, close, action plans) (action `reviews.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis?: string;
                        /** @description a day, yyyy-mm-dd */
                        dueBy?: string;
                        /** @description a day, yyyy-mm-dd */
                        invitedOn: string;
                        kind: "visit" | "mission";
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        participant: string;
                        purpose: string;
                        team?: {
                            leader: boolean;
                            /** @description a Participant code or an observer organisation id (WDC, GW, PAC…) */
                            member: string;
                            person: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string | null;
                            cancelledReason: string | null;
                            createdAt: string;
                            /** @description whether the caller may read the report, recommendations and action plans */
                            documentsVisible: boolean;
                            doneOn: string | null;
                            dueBy: string | null;
                            id: string;
                            invitedOn: string;
                            kind: "visit" | "mission";
                            participant: string;
                            plans: {
                                basis: string | null;
                                createdAt: string;
                                id: string;
                                items: {
                                    deadline: string;
                                    description: string;
                                    doneBy: string | null;
                                    doneOn: string | null;
                                    evidence: string | null;
                                    id: string;
                                    owner: string;
                                    participant: string;
                                    planId: string;
                                    status: "open" | "done";
                                    urgency: "due" | "overdue" | (never | null);
                                }[];
                                participant: string;
                                reviewId: string | null;
                                title: string;
                            }[];
                            purpose: string;
                            recommendations: {
                                id: string;
                                position: number;
                                text: string;
                            }[];
                            report: {
                                adoptedAt: string | null;
                                adoptedBy: string | null;
                                status: "submitted" | "adopted";
                                submittedAt: string | null;
                                submittedBy: string | null;
                                text: string;
                            } | null;
                            reportStatus: (never | null) | "submitted" | "adopted";
                            scheduledFrom: string | null;
                            scheduledTo: string | null;
                            sharedAt: string | null;
                            sharedBy: string | null;
                            sharedWithUn: boolean;
                            status: "invited" | "scheduled" | "done" | "cancelled";
                            team: {
                                leader: boolean;
                                member: string;
                                person: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One review; its report, recommendations and action plans only for those who may read them
         * @description Who may call: any signed-in user (the schedule of review visits and missions and their teams; the documents: see reviews.documents.read) (action `reviews.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string | null;
                            cancelledReason: string | null;
                            createdAt: string;
                            /** @description whether the caller may read the report, recommendations and action plans */
                            documentsVisible: boolean;
                            doneOn: string | null;
                            dueBy: string | null;
                            id: string;
                            invitedOn: string;
                            kind: "visit" | "mission";
                            participant: string;
                            plans: {
                                basis: string | null;
                                createdAt: string;
                                id: string;
                                items: {
                                    deadline: string;
                                    description: string;
                                    doneBy: string | null;
                                    doneOn: string | null;
                                    evidence: string | null;
                                    id: string;
                                    owner: string;
                                    participant: string;
                                    planId: string;
                                    status: "open" | "done";
                                    urgency: "due" | "overdue" | (never | null);
                                }[];
                                participant: string;
                                reviewId: string | null;
                                title: string;
                            }[];
                            purpose: string;
                            recommendations: {
                                id: string;
                                position: number;
                                text: string;
                            }[];
                            report: {
                                adoptedAt: string | null;
                                adoptedBy: string | null;
                                status: "submitted" | "adopted";
                                submittedAt: string | null;
                                submittedBy: string | null;
                                text: string;
                            } | null;
                            reportStatus: (never | null) | "submitted" | "adopted";
                            scheduledFrom: string | null;
                            scheduledTo: string | null;
                            sharedAt: string | null;
                            sharedBy: string | null;
                            sharedWithUn: boolean;
                            status: "invited" | "scheduled" | "done" | "cancelled";
                            team: {
                                leader: boolean;
                                member: string;
                                person: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a follow-up action plan of the reviewed Participant with its items (owner, deadline)
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (record reviews, schedule, teams, close, action plans) (action `reviews.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis?: string;
                        items: {
                            /** @description a day, yyyy-mm-dd */
                            deadline: string;
                            description: string;
                            /** @description ISO 3166-1 alpha-2, EU for the European Community */
                            owner: string;
                        }[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string | null;
                            cancelledReason: string | null;
                            createdAt: string;
                            /** @description whether the caller may read the report, recommendations and action plans */
                            documentsVisible: boolean;
                            doneOn: string | null;
                            dueBy: string | null;
                            id: string;
                            invitedOn: string;
                            kind: "visit" | "mission";
                            participant: string;
                            plans: {
                                basis: string | null;
                                createdAt: string;
                                id: string;
                                items: {
                                    deadline: string;
                                    description: string;
                                    doneBy: string | null;
                                    doneOn: string | null;
                                    evidence: string | null;
                                    id: string;
                                    owner: string;
                                    participant: string;
                                    planId: string;
                                    status: "open" | "done";
                                    urgency: "due" | "overdue" | (never | null);
                                }[];
                                participant: string;
                                reviewId: string | null;
                                title: string;
                            }[];
                            purpose: string;
                            recommendations: {
                                id: string;
                                position: number;
                                text: string;
                            }[];
                            report: {
                                adoptedAt: string | null;
                                adoptedBy: string | null;
                                status: "submitted" | "adopted";
                                submittedAt: string | null;
                                submittedBy: string | null;
                                text: string;
                            } | null;
                            reportStatus: (never | null) | "submitted" | "adopted";
                            scheduledFrom: string | null;
                            scheduledTo: string | null;
                            sharedAt: string | null;
                            sharedBy: string | null;
                            sharedWithUn: boolean;
                            status: "invited" | "scheduled" | "done" | "cancelled";
                            team: {
                                leader: boolean;
                                member: string;
                                person: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit (or resubmit before adoption) the report of a review done, with its recommendations
         * @description Who may call: the members of the review team (officers, working-group members or observers of a team member); the working group on monitoring; the Chair; administrators (action `reviews.report.submit`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        recommendations: string[];
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string | null;
                            cancelledReason: string | null;
                            createdAt: string;
                            /** @description whether the caller may read the report, recommendations and action plans */
                            documentsVisible: boolean;
                            doneOn: string | null;
                            dueBy: string | null;
                            id: string;
                            invitedOn: string;
                            kind: "visit" | "mission";
                            participant: string;
                            plans: {
                                basis: string | null;
                                createdAt: string;
                                id: string;
                                items: {
                                    deadline: string;
                                    description: string;
                                    doneBy: string | null;
                                    doneOn: string | null;
                                    evidence: string | null;
                                    id: string;
                                    owner: string;
                                    participant: string;
                                    planId: string;
                                    status: "open" | "done";
                                    urgency: "due" | "overdue" | (never | null);
                                }[];
                                participant: string;
                                reviewId: string | null;
                                title: string;
                            }[];
                            purpose: string;
                            recommendations: {
                                id: string;
                                position: number;
                                text: string;
                            }[];
                            report: {
                                adoptedAt: string | null;
                                adoptedBy: string | null;
                                status: "submitted" | "adopted";
                                submittedAt: string | null;
                                submittedBy: string | null;
                                text: string;
                            } | null;
                            reportStatus: (never | null) | "submitted" | "adopted";
                            scheduledFrom: string | null;
                            scheduledTo: string | null;
                            sharedAt: string | null;
                            sharedBy: string | null;
                            sharedWithUn: boolean;
                            status: "invited" | "scheduled" | "done" | "cancelled";
                            team: {
                                leader: boolean;
                                member: string;
                                person: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/report/adoption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adopt the submitted report
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (action `reviews.report.adopt`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string | null;
                            cancelledReason: string | null;
                            createdAt: string;
                            /** @description whether the caller may read the report, recommendations and action plans */
                            documentsVisible: boolean;
                            doneOn: string | null;
                            dueBy: string | null;
                            id: string;
                            invitedOn: string;
                            kind: "visit" | "mission";
                            participant: string;
                            plans: {
                                basis: string | null;
                                createdAt: string;
                                id: string;
                                items: {
                                    deadline: string;
                                    description: string;
                                    doneBy: string | null;
                                    doneOn: string | null;
                                    evidence: string | null;
                                    id: string;
                                    owner: string;
                                    participant: string;
                                    planId: string;
                                    status: "open" | "done";
                                    urgency: "due" | "overdue" | (never | null);
                                }[];
                                participant: string;
                                reviewId: string | null;
                                title: string;
                            }[];
                            purpose: string;
                            recommendations: {
                                id: string;
                                position: number;
                                text: string;
                            }[];
                            report: {
                                adoptedAt: string | null;
                                adoptedBy: string | null;
                                status: "submitted" | "adopted";
                                submittedAt: string | null;
                                submittedBy: string | null;
                                text: string;
                            } | null;
                            reportStatus: (never | null) | "submitted" | "adopted";
                            scheduledFrom: string | null;
                            scheduledTo: string | null;
                            sharedAt: string | null;
                            sharedBy: string | null;
                            sharedWithUn: boolean;
                            status: "invited" | "scheduled" | "done" | "cancelled";
                            team: {
                                leader: boolean;
                                member: string;
                                person: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/report/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Share the report with UN bodies (or withdraw the share); who and when are kept
         * @description Who may call: the Chair (shares a review report with UN bodies, or withdraws the share) (action `reviews.report.share`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        shared: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string | null;
                            cancelledReason: string | null;
                            createdAt: string;
                            /** @description whether the caller may read the report, recommendations and action plans */
                            documentsVisible: boolean;
                            doneOn: string | null;
                            dueBy: string | null;
                            id: string;
                            invitedOn: string;
                            kind: "visit" | "mission";
                            participant: string;
                            plans: {
                                basis: string | null;
                                createdAt: string;
                                id: string;
                                items: {
                                    deadline: string;
                                    description: string;
                                    doneBy: string | null;
                                    doneOn: string | null;
                                    evidence: string | null;
                                    id: string;
                                    owner: string;
                                    participant: string;
                                    planId: string;
                                    status: "open" | "done";
                                    urgency: "due" | "overdue" | (never | null);
                                }[];
                                participant: string;
                                reviewId: string | null;
                                title: string;
                            }[];
                            purpose: string;
                            recommendations: {
                                id: string;
                                position: number;
                                text: string;
                            }[];
                            report: {
                                adoptedAt: string | null;
                                adoptedBy: string | null;
                                status: "submitted" | "adopted";
                                submittedAt: string | null;
                                submittedBy: string | null;
                                text: string;
                            } | null;
                            reportStatus: (never | null) | "submitted" | "adopted";
                            scheduledFrom: string | null;
                            scheduledTo: string | null;
                            sharedAt: string | null;
                            sharedBy: string | null;
                            sharedWithUn: boolean;
                            status: "invited" | "scheduled" | "done" | "cancelled";
                            team: {
                                leader: boolean;
                                member: string;
                                person: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a review: invited → scheduled (dates) → done (last day), or cancelled (reason)
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (record reviews, schedule, teams, close, action plans) (action `reviews.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a day, yyyy-mm-dd */
                        doneOn?: string;
                        reason?: string;
                        /** @description a day, yyyy-mm-dd */
                        scheduledFrom?: string;
                        /** @description a day, yyyy-mm-dd */
                        scheduledTo?: string;
                        status: "invited" | "scheduled" | "done" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string | null;
                            cancelledReason: string | null;
                            createdAt: string;
                            /** @description whether the caller may read the report, recommendations and action plans */
                            documentsVisible: boolean;
                            doneOn: string | null;
                            dueBy: string | null;
                            id: string;
                            invitedOn: string;
                            kind: "visit" | "mission";
                            participant: string;
                            plans: {
                                basis: string | null;
                                createdAt: string;
                                id: string;
                                items: {
                                    deadline: string;
                                    description: string;
                                    doneBy: string | null;
                                    doneOn: string | null;
                                    evidence: string | null;
                                    id: string;
                                    owner: string;
                                    participant: string;
                                    planId: string;
                                    status: "open" | "done";
                                    urgency: "due" | "overdue" | (never | null);
                                }[];
                                participant: string;
                                reviewId: string | null;
                                title: string;
                            }[];
                            purpose: string;
                            recommendations: {
                                id: string;
                                position: number;
                                text: string;
                            }[];
                            report: {
                                adoptedAt: string | null;
                                adoptedBy: string | null;
                                status: "submitted" | "adopted";
                                submittedAt: string | null;
                                submittedBy: string | null;
                                text: string;
                            } | null;
                            reportStatus: (never | null) | "submitted" | "adopted";
                            scheduledFrom: string | null;
                            scheduledTo: string | null;
                            sharedAt: string | null;
                            sharedBy: string | null;
                            sharedWithUn: boolean;
                            status: "invited" | "scheduled" | "done" | "cancelled";
                            team: {
                                leader: boolean;
                                member: string;
                                person: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the review team: members from Participants and observer organisations, one leader (never the reviewed Participant)
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (record reviews, schedule, teams, close, action plans) (action `reviews.manage`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        team: {
                            leader: boolean;
                            /** @description a Participant code or an observer organisation id (WDC, GW, PAC…) */
                            member: string;
                            person: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string | null;
                            cancelledReason: string | null;
                            createdAt: string;
                            /** @description whether the caller may read the report, recommendations and action plans */
                            documentsVisible: boolean;
                            doneOn: string | null;
                            dueBy: string | null;
                            id: string;
                            invitedOn: string;
                            kind: "visit" | "mission";
                            participant: string;
                            plans: {
                                basis: string | null;
                                createdAt: string;
                                id: string;
                                items: {
                                    deadline: string;
                                    description: string;
                                    doneBy: string | null;
                                    doneOn: string | null;
                                    evidence: string | null;
                                    id: string;
                                    owner: string;
                                    participant: string;
                                    planId: string;
                                    status: "open" | "done";
                                    urgency: "due" | "overdue" | (never | null);
                                }[];
                                participant: string;
                                reviewId: string | null;
                                title: string;
                            }[];
                            purpose: string;
                            recommendations: {
                                id: string;
                                position: number;
                                text: string;
                            }[];
                            report: {
                                adoptedAt: string | null;
                                adoptedBy: string | null;
                                status: "submitted" | "adopted";
                                submittedAt: string | null;
                                submittedBy: string | null;
                                text: string;
                            } | null;
                            reportStatus: (never | null) | "submitted" | "adopted";
                            scheduledFrom: string | null;
                            scheduledTo: string | null;
                            sharedAt: string | null;
                            sharedBy: string | null;
                            sharedWithUn: boolean;
                            status: "invited" | "scheduled" | "done" | "cancelled";
                            team: {
                                leader: boolean;
                                member: string;
                                person: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Action items of every Participant, and reviews not yet carried out, due within 14 days or overdue on a day (default today)
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (action items due within 14 days or overdue, and the alerts about them) (action `reviews.alerts`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description a day, yyyy-mm-dd */
                    on?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                daysLeft: number;
                                deadline: string;
                                description: string;
                                doneBy: string | null;
                                doneOn: string | null;
                                evidence: string | null;
                                id: string;
                                owner: string;
                                participant: string;
                                planId: string;
                                planTitle: string;
                                reviewId: string | null;
                                status: "open" | "done";
                                urgency: "due" | "overdue" | (never | null);
                            }[];
                            on: string;
                            reviews: {
                                daysLeft: number;
                                dueBy: string;
                                id: string;
                                kind: "visit" | "mission";
                                participant: string;
                                purpose: string;
                                status: "invited" | "scheduled" | "done" | "cancelled";
                                urgency: "due" | "overdue";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/alerts/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Alert the owners' officers, the working group on monitoring and the Chair about items due or overdue now (an alert already given is not repeated)
         * @description Who may call: the working group on monitoring (WGM members); the Chair; administrators (action items due within 14 days or overdue, and the alerts about them) (action `reviews.alerts`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivered: number;
                            items: {
                                daysLeft: number;
                                deadline: string;
                                description: string;
                                doneBy: string | null;
                                doneOn: string | null;
                                evidence: string | null;
                                id: string;
                                owner: string;
                                participant: string;
                                planId: string;
                                planTitle: string;
                                reviewId: string | null;
                                status: "open" | "done";
                                urgency: "due" | "overdue" | (never | null);
                            }[];
                            on: string;
                            reviews: {
                                daysLeft: number;
                                dueBy: string;
                                id: string;
                                kind: "visit" | "mission";
                                participant: string;
                                purpose: string;
                                status: "invited" | "scheduled" | "done" | "cancelled";
                                urgency: "due" | "overdue";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coverage of peer review per year (visits done, invited, not yet invited, second round), computed from the records, with the reported baseline
         * @description Who may call: anyone: the coverage of peer review is reported to the plenary and the UN General Assembly (action `reviews.coverage.read`).
         */
        get: {
            parameters: {
                query?: {
                    from?: number;
                    to?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baselines: {
                                participantsVisited: number;
                                participantsVisitedOrInvited: number;
                                source: string;
                                year: number;
                            }[];
                            years: {
                                missionsDone: number;
                                notYetInvited: string[];
                                participants: number;
                                participantsInvited: number;
                                participantsNotYetInvited: number;
                                participantsVisited: number;
                                secondRound: number;
                                visitsDone: number;
                                visitsInvited: number;
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scheme-reviews/{id}": {
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
        /**
         * Link a review of the scheme to the document that publishes its report
         * @description Who may call: the Chair (secretariat); administrators (recommendations, owners, priority issues and their links) (action `recommendations.manage`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        documentId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adoptedOn: string;
                            documentId: string | null;
                            id: string;
                            recommendationsAdopted: number;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        trace?: never;
    };
    "/api/scheme-reviews/priority-issues/{id}/recommendations/{recommendation}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Link a recommendation to a priority issue
         * @description Who may call: the Chair (secretariat); administrators (recommendations, owners, priority issues and their links) (action `recommendations.manage`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    recommendation: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            recommendations: string[];
                            reviewId: string;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        /**
         * Unlink a recommendation from a priority issue
         * @description Who may call: the Chair (secretariat); administrators (recommendations, owners, priority issues and their links) (action `recommendations.manage`).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    recommendation: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            recommendations: string[];
                            reviewId: string;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scheme-reviews/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The three-year review: its recommendations with owner and status, how many are recorded and implemented, and the priority issues
         * @description Who may call: anyone (the three-year review was reported to the UN General Assembly) (action `recommendations.read`).
         */
        get: {
            parameters: {
                query?: {
                    owner?: string;
                    status?: "not-started" | "in-progress" | "implemented" | "dropped";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            priorityIssues: {
                                id: string;
                                number: number;
                                recommendations: string[];
                                reviewId: string;
                                title: string;
                            }[];
                            recommendations: {
                                id: string;
                                number: number | null;
                                owner: string | null;
                                priorityIssues: string[];
                                reviewId: string;
                                source: string;
                                status: "not-started" | "in-progress" | "implemented" | "dropped";
                                text: string;
                                updatedAt: string;
                            }[];
                            reviews: {
                                adoptedOn: string;
                                byStatus: {
                                    dropped: number;
                                    implemented: number;
                                    "in-progress": number;
                                    "not-started": number;
                                };
                                documentId: string | null;
                                id: string;
                                recommendationsAdopted: number;
                                recorded: number;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Enter a recommendation of a review, quoted from its source, with its owner
         * @description Who may call: the Chair (secretariat); administrators (recommendations, owners, priority issues and their links) (action `recommendations.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        number?: number | null;
                        owner?: string | null;
                        review: string;
                        source: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number | null;
                            owner: string | null;
                            priorityIssues: string[];
                            reviewId: string;
                            source: string;
                            status: "not-started" | "in-progress" | "implemented" | "dropped";
                            text: string;
                            updatedAt: string;
                            updates: {
                                at: string;
                                author: string;
                                evidence: string;
                                from: string;
                                id: string;
                                to: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scheme-reviews/recommendations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One recommendation with the history of its status and the evidence
         * @description Who may call: anyone (the three-year review was reported to the UN General Assembly) (action `recommendations.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number | null;
                            owner: string | null;
                            priorityIssues: string[];
                            reviewId: string;
                            source: string;
                            status: "not-started" | "in-progress" | "implemented" | "dropped";
                            text: string;
                            updatedAt: string;
                            updates: {
                                at: string;
                                author: string;
                                evidence: string;
                                from: string;
                                id: string;
                                to: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move the status of a recommendation with the evidence of implementation, or change its owner (the Chair)
         * @description Who may call: the Chair (secretariat); administrators; members of the working group that owns the recommendation (status with evidence of implementation) (action `recommendations.update`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evidence?: string;
                        owner?: string | null;
                        status?: "not-started" | "in-progress" | "implemented" | "dropped";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number | null;
                            owner: string | null;
                            priorityIssues: string[];
                            reviewId: string;
                            source: string;
                            status: "not-started" | "in-progress" | "implemented" | "dropped";
                            text: string;
                            updatedAt: string;
                            updates: {
                                at: string;
                                author: string;
                                evidence: string;
                                from: string;
                                id: string;
                                to: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I (and the CSRF token of my session)
         * @description Who may call: any signed-in user (action `session.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                email: string | null;
                                groups: string[];
                                id: string;
                                /**
                                 * @description the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen
                                 * @enum {string|null}
                                 */
                                language: "en" | "fr" | "pt" | "es" | "ru" | null;
                                login: string;
                                /** @description signed in with a temporary password: only changing it is allowed until then */
                                mustChangePassword: boolean;
                                name: string;
                                organisation: string | null;
                                participant: string | null;
                                roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Sign in with login and password; sets the HttpOnly session cookie (Secure over HTTPS, also behind a trusted proxy saying X-Forwarded-Proto: https) and returns the CSRF token to send as X-CSRF-Token. After 5 failures in a row a login is locked (429 with Retry-After), 30 s and twice as long at each further failure, up to 15 minutes. The public demo password (`kpcs serve --demo`) signs in only from the machine itself, never through a proxy (403)
         * @description Who may call: anyone (signing in) (action `session.create`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                email: string | null;
                                groups: string[];
                                id: string;
                                /**
                                 * @description the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen
                                 * @enum {string|null}
                                 */
                                language: "en" | "fr" | "pt" | "es" | "ru" | null;
                                login: string;
                                /** @description signed in with a temporary password: only changing it is allowed until then */
                                mustChangePassword: boolean;
                                name: string;
                                organisation: string | null;
                                participant: string | null;
                                roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        /**
         * Sign out
         * @description Who may call: any signed-in user (action `session.delete`).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the language I read (en, fr, pt, es, ru): my e-mails, and what the server writes for me when a request says no Accept-Language
         * @description Who may call: any signed-in user (the language they read) (action `session.language`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        language: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                email: string | null;
                                groups: string[];
                                id: string;
                                /**
                                 * @description the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen
                                 * @enum {string|null}
                                 */
                                language: "en" | "fr" | "pt" | "es" | "ru" | null;
                                login: string;
                                /** @description signed in with a temporary password: only changing it is allowed until then */
                                mustChangePassword: boolean;
                                name: string;
                                organisation: string | null;
                                participant: string | null;
                                roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change my own password, giving the current one (at least 10 characters, not the login, not the current one). My other sessions end; this one stays. Clears the must-change flag of a temporary password
         * @description Who may call: any signed-in user (their own password, giving the current one) (action `session.password`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                email: string | null;
                                groups: string[];
                                id: string;
                                /**
                                 * @description the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen
                                 * @enum {string|null}
                                 */
                                language: "en" | "fr" | "pt" | "es" | "ru" | null;
                                login: string;
                                /** @description signed in with a temporary password: only changing it is allowed until then */
                                mustChangePassword: boolean;
                                name: string;
                                organisation: string | null;
                                participant: string | null;
                                roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suspicious shipment reports: all of them for the Chair and the monitoring group, a Participant's own for its officers
         * @description Who may call: the reporting Participant's authority officers (its own reports); the working group on monitoring (WGM); the Chair; administrators (action `shipments.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    suspectedOrigin?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            shipments: {
                                carats: number;
                                certificateNumber: string | null;
                                certificateVerdict: string | null;
                                createdAt: string;
                                declaredOrigin: string | null;
                                description: string;
                                exporter: string;
                                exporterCountry: string | null;
                                id: string;
                                participant: string;
                                reportedBy: string;
                                reportedOn: string;
                                status: "open" | "closed";
                                suspectedOrigin: string;
                                valueUsd: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Report an incoming shipment suspected of embargoed (e.g. Ivorian) origin; the Chair and the working group on monitoring are alerted
         * @description Who may call: that Participant's authority officers (a shipment met at its own border) (action `shipments.report`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        carats: number;
                        certificateNumber?: string | null;
                        declaredOrigin?: string | null;
                        description: string;
                        exporter: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        exporterCountry?: string | null;
                        /** @description a day, yyyy-mm-dd */
                        reportedOn?: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        suspectedOrigin: string;
                        valueUsd?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carats: number;
                            certificateNumber: string | null;
                            certificateVerdict: string | null;
                            createdAt: string;
                            declaredOrigin: string | null;
                            description: string;
                            enforcement: {
                                carats: number | null;
                                createdAt: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "seizure" | "prosecution" | "other";
                                note: string | null;
                                outcome: string;
                                penaltyUsd: number | null;
                                reportedBy: string;
                                takenOn: string;
                                valueUsd: number | null;
                            }[];
                            exporter: string;
                            exporterCountry: string | null;
                            findings: {
                                id: string;
                                participant: string;
                                period: string;
                                summary: string;
                                type: string;
                            }[];
                            id: string;
                            participant: string;
                            reportedBy: string;
                            reportedOn: string;
                            status: "open" | "closed";
                            suspectedOrigin: string;
                            valueUsd: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One report with its linked findings and enforcement actions
         * @description Who may call: the reporting Participant's authority officers (its own reports); the working group on monitoring (WGM); the Chair; administrators (action `shipments.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carats: number;
                            certificateNumber: string | null;
                            certificateVerdict: string | null;
                            createdAt: string;
                            declaredOrigin: string | null;
                            description: string;
                            enforcement: {
                                carats: number | null;
                                createdAt: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "seizure" | "prosecution" | "other";
                                note: string | null;
                                outcome: string;
                                penaltyUsd: number | null;
                                reportedBy: string;
                                takenOn: string;
                                valueUsd: number | null;
                            }[];
                            exporter: string;
                            exporterCountry: string | null;
                            findings: {
                                id: string;
                                participant: string;
                                period: string;
                                summary: string;
                                type: string;
                            }[];
                            id: string;
                            participant: string;
                            reportedBy: string;
                            reportedOn: string;
                            status: "open" | "closed";
                            suspectedOrigin: string;
                            valueUsd: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shipments/{id}/enforcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an enforcement action (seizure, prosecution, other) taken on a reported shipment; the Chair is alerted
         * @description Who may call: the reporting Participant's authority officers (actions against its own reports, reported to the Chair); the Chair; administrators (action `shipments.enforcement.report`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        carats?: number | null;
                        kind: "seizure" | "prosecution" | "other";
                        note?: string | null;
                        outcome: string;
                        penaltyUsd?: number | null;
                        /** @description a day, yyyy-mm-dd */
                        takenOn: string;
                        valueUsd?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carats: number;
                            certificateNumber: string | null;
                            certificateVerdict: string | null;
                            createdAt: string;
                            declaredOrigin: string | null;
                            description: string;
                            enforcement: {
                                carats: number | null;
                                createdAt: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "seizure" | "prosecution" | "other";
                                note: string | null;
                                outcome: string;
                                penaltyUsd: number | null;
                                reportedBy: string;
                                takenOn: string;
                                valueUsd: number | null;
                            }[];
                            exporter: string;
                            exporterCountry: string | null;
                            findings: {
                                id: string;
                                participant: string;
                                period: string;
                                summary: string;
                                type: string;
                            }[];
                            id: string;
                            participant: string;
                            reportedBy: string;
                            reportedOn: string;
                            status: "open" | "closed";
                            suspectedOrigin: string;
                            valueUsd: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shipments/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a report to a monitoring finding
         * @description Who may call: the working group on monitoring (WGM); the Chair; administrators (link a report to findings, close it) (action `shipments.link`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        findingId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carats: number;
                            certificateNumber: string | null;
                            certificateVerdict: string | null;
                            createdAt: string;
                            declaredOrigin: string | null;
                            description: string;
                            enforcement: {
                                carats: number | null;
                                createdAt: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "seizure" | "prosecution" | "other";
                                note: string | null;
                                outcome: string;
                                penaltyUsd: number | null;
                                reportedBy: string;
                                takenOn: string;
                                valueUsd: number | null;
                            }[];
                            exporter: string;
                            exporterCountry: string | null;
                            findings: {
                                id: string;
                                participant: string;
                                period: string;
                                summary: string;
                                type: string;
                            }[];
                            id: string;
                            participant: string;
                            reportedBy: string;
                            reportedOn: string;
                            status: "open" | "closed";
                            suspectedOrigin: string;
                            valueUsd: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Significant period-to-period jumps in each Participant's own series of a year (the working group on statistics, the Chair, administrators)
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (action `statistics.questionnaire.raise`).
         */
        get: {
            parameters: {
                query: {
                    /** @description a change beyond ±threshold of the previous period is significant (default 0.5 = 50 %) */
                    threshold?: number;
                    /** @description a year, yyyy */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anomalies: {
                                change: number;
                                current: number;
                                kind: "trade" | "production";
                                measure: string;
                                participant: string;
                                period: string;
                                previous: number;
                                previousPeriod: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deadlines of a year's periods and, per Participant, on time / late / missing / pending, and the certificates addressed to it left unconfirmed past expiry and grace (the working group on statistics, the Chair, administrators)
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (action `statistics.compliance.read`).
         */
        get: {
            parameters: {
                query: {
                    /** @description judge as on this day (default today) */
                    asOf?: string;
                    /** @description months after the end of a period its figures are due (default 2) */
                    dueMonths?: number;
                    kind?: "trade" | "production";
                    /** @description a year, yyyy */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            dueMonths: number;
                            graceDays: number;
                            kind: "trade" | "production";
                            participants: {
                                cells: {
                                    dueDate: string;
                                    period: string;
                                    status: "on_time" | "late" | "missing" | "pending";
                                    submittedOn: string | null;
                                    /** @description certificates addressed to the Participant in the period, unconfirmed past their expiry and the grace period */
                                    unconfirmed: number;
                                }[];
                                name: string;
                                participant: string;
                            }[];
                            periods: {
                                dueDate: string;
                                period: string;
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/compliance/habitual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Participants that habitually fail to submit: missing in at least `missing` of the last `of` periods that are due (default 2 of 4). Public, as the plenary decided in 2006
         * @description Who may call: anyone: the Gaborone plenary of 2006 decided to publish the names of Participants that habitually fail to submit (action `statistics.habitual.read`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description judge as on this day (default today) */
                    asOf?: string;
                    /** @description months after the end of a period its figures are due (default 2) */
                    dueMonths?: number;
                    kind?: "trade" | "production";
                    missing?: number;
                    of?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            dueMonths: number;
                            kind: "trade" | "production";
                            participants: {
                                missed: string[];
                                name: string;
                                participant: string;
                            }[];
                            periods: string[];
                            rule: {
                                missing: number;
                                of: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/discrepancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's discrepancies: all for the working group on statistics, a Participant's own for its officers
         * @description Who may call: the authority officers of either Participant of the discrepancy (a request naming no Participant is checked against both sides by the service); the working group on statistics; the Chair; administrators (action `statistics.discrepancy.explain`).
         */
        get: {
            parameters: {
                query: {
                    status?: "open" | "explained" | "resolved";
                    /** @description a year, yyyy */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            discrepancies: {
                                exporter: string;
                                exports: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                id: string;
                                importer: string;
                                imports: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                notes?: {
                                    actingFor: string | null;
                                    at: string;
                                    author: string;
                                    kind: string;
                                    seq: number;
                                    text: string;
                                }[];
                                openedAt: string;
                                openedBy: string;
                                outcome: string | null;
                                period: string;
                                resolvedAt: string | null;
                                resolvedBy: string | null;
                                status: "open" | "explained" | "resolved";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Open a discrepancy on one flow and quarter, or every discrepancy of a year not open yet (give year instead of exporter, importer and period)
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (open, resolve) (action `statistics.discrepancy.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        exporter: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        importer: string;
                        /** @description a quarter, 2006-Q3 */
                        period: string;
                    } | {
                        /** @description an index above it is a discrepancy (default 0.05) */
                        tolerance?: number;
                        /** @description a year, yyyy */
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            opened: {
                                exporter: string;
                                exports: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                id: string;
                                importer: string;
                                imports: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                notes?: {
                                    actingFor: string | null;
                                    at: string;
                                    author: string;
                                    kind: string;
                                    seq: number;
                                    text: string;
                                }[];
                                openedAt: string;
                                openedBy: string;
                                outcome: string | null;
                                period: string;
                                resolvedAt: string | null;
                                resolvedBy: string | null;
                                status: "open" | "explained" | "resolved";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/discrepancies/{exporter}/{importer}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One discrepancy with its notes
         * @description Who may call: the authority officers of either Participant of the discrepancy (a request naming no Participant is checked against both sides by the service); the working group on statistics; the Chair; administrators (action `statistics.discrepancy.explain`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    exporter: string;
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    importer: string;
                    /** @description a quarter, 2006-Q3 */
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exporter: string;
                            exports: {
                                carats: number;
                                valueUsd: number;
                            };
                            id: string;
                            importer: string;
                            imports: {
                                carats: number;
                                valueUsd: number;
                            };
                            notes?: {
                                actingFor: string | null;
                                at: string;
                                author: string;
                                kind: string;
                                seq: number;
                                text: string;
                            }[];
                            openedAt: string;
                            openedBy: string;
                            outcome: string | null;
                            period: string;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            status: "open" | "explained" | "resolved";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/discrepancies/{exporter}/{importer}/{period}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Explain a discrepancy (the exporter's or the importer's officers; the status becomes explained) or comment on it (they and the working group)
         * @description Who may call: the authority officers of either Participant of the discrepancy (a request naming no Participant is checked against both sides by the service); the working group on statistics; the Chair; administrators (action `statistics.discrepancy.explain`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    exporter: string;
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    importer: string;
                    /** @description a quarter, 2006-Q3 */
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "explanation" | "comment";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exporter: string;
                            exports: {
                                carats: number;
                                valueUsd: number;
                            };
                            id: string;
                            importer: string;
                            imports: {
                                carats: number;
                                valueUsd: number;
                            };
                            notes?: {
                                actingFor: string | null;
                                at: string;
                                author: string;
                                kind: string;
                                seq: number;
                                text: string;
                            }[];
                            openedAt: string;
                            openedBy: string;
                            outcome: string | null;
                            period: string;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            status: "open" | "explained" | "resolved";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/discrepancies/{exporter}/{importer}/{period}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a discrepancy with its outcome, which is kept (the working group on statistics, the Chair, administrators)
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (open, resolve) (action `statistics.discrepancy.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    exporter: string;
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    importer: string;
                    /** @description a quarter, 2006-Q3 */
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        outcome: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exporter: string;
                            exports: {
                                carats: number;
                                valueUsd: number;
                            };
                            id: string;
                            importer: string;
                            imports: {
                                carats: number;
                                valueUsd: number;
                            };
                            notes?: {
                                actingFor: string | null;
                                at: string;
                                author: string;
                                kind: string;
                                seq: number;
                                text: string;
                            }[];
                            openedAt: string;
                            openedBy: string;
                            outcome: string | null;
                            period: string;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            status: "open" | "explained" | "resolved";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/import/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a trade or production file as the body: text/csv (UTF-8) or XLSX bytes; all or nothing; the error lists every bad row, column and reason
         * @description Who may call: that Participant's authority officers (its own figures only: a request naming no Participant, such as a file, is checked row by row by the service); administrators (action `statistics.submit`).
         */
        post: {
            parameters: {
                query?: {
                    /** @description check and preview, write nothing */
                    dryRun?: boolean;
                    /** @description the file name, kept with the submission */
                    filename?: string;
                };
                header?: never;
                path: {
                    kind: "trade" | "production";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            kind: "trade" | "production";
                            rows: number;
                            submissions: {
                                period: string;
                                reporter: string;
                                rows: number;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's partner matrix of one flow as reported: reporter × partner, carats, US$, certificates (the working group on statistics, the Chair, administrators)
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (live, unreleased figures) (action `statistics.analysis.read`).
         */
        get: {
            parameters: {
                query: {
                    flow?: "export" | "import";
                    /** @description a year, yyyy */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cells: {
                                carats: number;
                                certificates: number;
                                partner: string;
                                reporter: string;
                                valueUsd: number;
                            }[];
                            flow: "export" | "import";
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/nil-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a nil return: the reporter had nothing to report for the period (no trade in the quarter, no production in the half year); a new version with no rows that counts as submitted (a Participant's officers, for their own Participant; administrators)
         * @description Who may call: that Participant's authority officers (its own figures only: a request naming no Participant, such as a file, is checked row by row by the service); administrators (action `statistics.submit`).
         */
        post: {
            parameters: {
                query?: {
                    /** @description check and preview, write nothing */
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "trade" | "production";
                        /** @description a quarter (2006-Q3) for trade, a half year (2006-H1) for production */
                        period: string;
                        /** @description ISO 3166-1 alpha-2, EU for the European Community */
                        reporter: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            kind: "trade" | "production";
                            rows: number;
                            submissions: {
                                period: string;
                                reporter: string;
                                rows: number;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/pair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One pair of a year's partner matrix over the quarters, both directions as each side reported them (the working group on statistics, the Chair, administrators)
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (live, unreleased figures) (action `statistics.analysis.read`).
         */
        get: {
            parameters: {
                query: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    a: string;
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    b: string;
                    /** @description a year, yyyy */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            a: string;
                            aToB: {
                                exports: {
                                    carats: number;
                                    certificates: number;
                                    period: string;
                                    reported: boolean;
                                    valueUsd: number;
                                }[];
                                imports: {
                                    carats: number;
                                    certificates: number;
                                    period: string;
                                    reported: boolean;
                                    valueUsd: number;
                                }[];
                            };
                            b: string;
                            bToA: {
                                exports: {
                                    carats: number;
                                    certificates: number;
                                    period: string;
                                    reported: boolean;
                                    valueUsd: number;
                                }[];
                                imports: {
                                    carats: number;
                                    certificates: number;
                                    period: string;
                                    reported: boolean;
                                    valueUsd: number;
                                }[];
                            };
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/production": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit production figures as JSON rows with the columns of production.csv; all or nothing, each (reporter, period) becomes a new version (a Participant's officers, for their own Participant; administrators)
         * @description Who may call: that Participant's authority officers (its own figures only: a request naming no Participant, such as a file, is checked row by row by the service); administrators (action `statistics.submit`).
         */
        post: {
            parameters: {
                query?: {
                    /** @description check and preview, write nothing */
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rows: {
                            [key: string]: (never | null) | string | number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            kind: "trade" | "production";
                            rows: number;
                            submissions: {
                                period: string;
                                reporter: string;
                                rows: number;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Raise a questionnaire to the Participant for every anomaly of the year that has none yet
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (action `statistics.questionnaire.raise`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a change beyond ±threshold of the previous period is significant (default 0.5 = 50 %) */
                        threshold?: number;
                        /** @description a year, yyyy */
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            raised: {
                                answer: string | null;
                                answeredAt: string | null;
                                answeredBy: string | null;
                                change: number;
                                current: number;
                                id: string;
                                kind: "trade" | "production";
                                measure: string;
                                participant: string;
                                period: string;
                                previous: number;
                                previousPeriod: string;
                                question: string;
                                raisedAt: string;
                                raisedBy: string;
                                status: "open" | "answered" | "closed";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/questionnaires/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A Participant's questionnaires (its officers, the working group on statistics, the Chair, administrators)
         * @description Who may call: that Participant's authority officers; the working group on statistics (WGS members); the Chair; administrators (action `statistics.submissions.read`).
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "answered" | "closed";
                };
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            questionnaires: {
                                answer: string | null;
                                answeredAt: string | null;
                                answeredBy: string | null;
                                change: number;
                                current: number;
                                id: string;
                                kind: "trade" | "production";
                                measure: string;
                                participant: string;
                                period: string;
                                previous: number;
                                previousPeriod: string;
                                question: string;
                                raisedAt: string;
                                raisedBy: string;
                                status: "open" | "answered" | "closed";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/questionnaires/{code}/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a questionnaire (that Participant's authority officers)
         * @description Who may call: that Participant's authority officers; administrators (action `statistics.questionnaire.answer`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    code: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: string | null;
                            answeredAt: string | null;
                            answeredBy: string | null;
                            change: number;
                            current: number;
                            id: string;
                            kind: "trade" | "production";
                            measure: string;
                            participant: string;
                            period: string;
                            previous: number;
                            previousPeriod: string;
                            question: string;
                            raisedAt: string;
                            raisedBy: string;
                            status: "open" | "answered" | "closed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mirror reconciliation of a year: every pair's exports against the partner's imports per quarter, with the discrepancy index |X−M|/(X+M), flagged beyond the tolerance, timing differences offset by the adjacent quarter (the working group on statistics, the Chair, administrators)
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (action `statistics.reconcile`).
         */
        get: {
            parameters: {
                query: {
                    /** @description include the lines that agree */
                    all?: boolean;
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    participant?: string;
                    /** @description allow for timing between adjacent quarters (default true) */
                    timing?: boolean;
                    /** @description an index above it is a discrepancy (default 0.05) */
                    tolerance?: number;
                    /** @description give each discrepancy the certificates behind it */
                    trail?: boolean;
                    /** @description a year, yyyy */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                agreed: number;
                                discrepancy: number;
                                timing: number;
                                unreported: number;
                            };
                            lines: {
                                /** @description the certificate trail of a discrepancy (with trail=true) */
                                certificates?: {
                                    carats: number;
                                    confirmedCarats: number | null;
                                    confirmedOn: string | null;
                                    issuedOn: string;
                                    number: string;
                                    /** @description a re-export: drawn against import certificates */
                                    reExport?: boolean;
                                    valueUsd: number;
                                }[];
                                discrepancy?: {
                                    id: string;
                                    status: string;
                                };
                                exporter: string;
                                exports: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                importer: string;
                                imports: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                index: {
                                    carats: number;
                                    valueUsd: number;
                                };
                                missing?: string[];
                                offsetBy?: string;
                                period: string;
                                status: "agreed" | "discrepancy" | "timing" | "unreported";
                            }[];
                            tolerance: number;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The years the working group has released
         * @description Who may call: anyone, once the working group has released the year (drafts: see statistics.draft.read) (action `statistics.summary.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            releases: {
                                releasedAt: string;
                                version: number;
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Release a year's summary to the public as it stands (the working group on statistics, the Chair, administrators); a re-release replaces the public figures
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (action `statistics.release`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description a year, yyyy */
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changedSinceRelease?: boolean;
                            participants: {
                                exports: {
                                    carats: number;
                                    certificates: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                                imports: {
                                    carats: number;
                                    certificates: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                                name: string;
                                participant: string;
                                production: {
                                    carats: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                            }[];
                            release: {
                                note: string | null;
                                releasedAt: string;
                                releasedBy: string;
                                version: number;
                            } | null;
                            status: "draft" | "released";
                            world: {
                                exports: {
                                    carats: number;
                                    certificates: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                                imports: {
                                    carats: number;
                                    certificates: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                                production: {
                                    carats: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                            };
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One or more Participants' series over the years: trade per quarter, production per half year or year, current versions (the working group on statistics, the Chair, administrators)
         * @description Who may call: the working group on statistics (WGS members); the Chair; administrators (live, unreleased figures) (action `statistics.analysis.read`).
         */
        get: {
            parameters: {
                query: {
                    /** @description a year, yyyy */
                    from: number;
                    participants: string[];
                    /** @description a year, yyyy */
                    to: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            series: {
                                participant: string;
                                points: {
                                    exports?: {
                                        carats: number;
                                        certificates: number;
                                        valueUsd: number;
                                    };
                                    imports?: {
                                        carats: number;
                                        certificates: number;
                                        valueUsd: number;
                                    };
                                    kind: "trade" | "production";
                                    period: string;
                                    production?: {
                                        carats: number;
                                        usdPerCarat: number | null;
                                        valueUsd: number;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/submissions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A Participant's submissions, every version (its officers, the working group on statistics, the Chair, administrators)
         * @description Who may call: that Participant's authority officers; the working group on statistics (WGS members); the Chair; administrators (action `statistics.submissions.read`).
         */
        get: {
            parameters: {
                query?: {
                    kind?: "trade" | "production";
                    /** @description 2006-Q3 (trade), 2006-H1 or 2006 (production) */
                    period?: string;
                };
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            submissions: {
                                current: boolean;
                                kind: "trade" | "production";
                                period: string;
                                reporter: string;
                                rows: number;
                                source: string;
                                submittedAt: string;
                                submittedBy: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/submissions/{code}/{kind}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One submission with its rows: the current version, or the version asked for
         * @description Who may call: that Participant's authority officers; the working group on statistics (WGS members); the Chair; administrators (action `statistics.submissions.read`).
         */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    code: string;
                    kind: "trade" | "production";
                    /** @description 2006-Q3 (trade), 2006-H1 or 2006 (production) */
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: boolean;
                            kind: "trade" | "production";
                            period: string;
                            production?: {
                                carats: number;
                                mining: string;
                                valueUsd: number;
                            }[];
                            reporter: string;
                            rows: number;
                            source: string;
                            submittedAt: string;
                            submittedBy: string;
                            trade?: {
                                carats: number;
                                certificates: number;
                                flow: string;
                                hsCode: string;
                                partner: string;
                                valueUsd: number;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/submissions/{code}/trade/{period}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A Participant's reported trade of a quarter beside what its certificates say (exports issued and not cancelled; imports confirmed as received), per flow, partner and HS code
         * @description Who may call: that Participant's authority officers; the working group on statistics (WGS members); the Chair; administrators (action `statistics.submissions.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ISO 3166-1 alpha-2, EU for the European Community */
                    code: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual summary per Participant and for the world: production, exports and imports (carats, US$, US$/ct) and certificates. Public once the working group has released the year; before, only the working group on statistics, the Chair and administrators see the draft (everyone else: 404)
         * @description Who may call: anyone, once the working group has released the year (drafts: see statistics.draft.read) (action `statistics.summary.read`).
         */
        get: {
            parameters: {
                query: {
                    /** @description a year, yyyy */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changedSinceRelease?: boolean;
                            participants: {
                                exports: {
                                    carats: number;
                                    certificates: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                                imports: {
                                    carats: number;
                                    certificates: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                                name: string;
                                participant: string;
                                production: {
                                    carats: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                            }[];
                            release: {
                                note: string | null;
                                releasedAt: string;
                                releasedBy: string;
                                version: number;
                            } | null;
                            status: "draft" | "released";
                            world: {
                                exports: {
                                    carats: number;
                                    certificates: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                                imports: {
                                    carats: number;
                                    certificates: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                                production: {
                                    carats: number;
                                    usdPerCarat: number | null;
                                    valueUsd: number;
                                };
                            };
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/summary.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual summary as CSV (participant, name, production, exports and imports with certificates; a last WORLD line); same access as the JSON
         * @description Who may call: anyone, once the working group has released the year (drafts: see statistics.draft.read) (action `statistics.summary.read`).
         */
        get: {
            parameters: {
                query: {
                    /** @description a year, yyyy */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/trade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit trade figures as JSON rows with the columns of trade.csv (certificates: a certificate counts once, on the row of the HS code of its first line; its other lines add carats and value but no certificate); all or nothing, each (reporter, period) becomes a new version (a Participant's officers, for their own Participant; administrators)
         * @description Who may call: that Participant's authority officers (its own figures only: a request naming no Participant, such as a file, is checked row by row by the service); administrators (action `statistics.submit`).
         */
        post: {
            parameters: {
                query?: {
                    /** @description check and preview, write nothing */
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rows: {
                            [key: string]: (never | null) | string | number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            kind: "trade" | "production";
                            rows: number;
                            submissions: {
                                period: string;
                                reporter: string;
                                rows: number;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The years the store holds statistics for (a current submission with rows), oldest first, and the latest: the year the working groups' pages open on (members of any working group, the Chair, administrators)
         * @description Who may call: members of any working group; the Chair; administrators (the years the store holds statistics for, which their pages open on) (action `statistics.years.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            latest: number | null;
                            years: number[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trust-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed list of authority keys (and the log's keys and witnesses, and cancelled numbers), for offline verification. Limited per client like verification; the same signed list (the same bytes and strong ETag from every server) is served until a key, a revocation, a witness, the Chair or a cancellation changes. If-None-Match with the current ETag: 304, no body
         * @description Who may call: anyone (action `certificates.trust-list.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "if-none-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description cancelled certificates with the one issued in place (numbers only; lists signed before also carry at and reason) */
                            cancelled: {
                                at?: string;
                                number: string;
                                reason?: string;
                                replacedBy: string | null;
                            }[];
                            /** @description version 2: the endorsements of every Chair key by the previous one, oldest first, ending at the signer */
                            chain?: {
                                at: string;
                                next: {
                                    chair: string;
                                    keyId: string;
                                    publicKey: string;
                                    year: number;
                                };
                                previous: {
                                    chair: string;
                                    keyId: string;
                                    publicKey: string;
                                    year: number;
                                };
                                signature: {
                                    /** @enum {string} */
                                    alg: "Ed25519";
                                    value: string;
                                };
                                /** @enum {string} */
                                type: "kp-chair-key-endorsement";
                            }[];
                            chair: string | null;
                            chairYear?: number;
                            /** @description the number of the listed state, one more at every change (lists signed before generations carry none: 0) */
                            generation?: number;
                            issuedAt: string;
                            keys: {
                                keyId: string;
                                /** @description the Participant for an authority key; "KP" for the scheme's own keys; a witness's name for a witness key */
                                owner: string;
                                publicKey: string;
                                purpose: "certificate" | "trust-list" | "log" | "witness";
                                revocationReason?: string | null;
                                revokedAt: string | null;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                            /** @description the time by which a newer list will have been signed: after it, the list is stale */
                            nextUpdate?: string;
                            signature: {
                                /** @enum {string} */
                                alg: "Ed25519";
                                value: string;
                            };
                            signer: {
                                chair?: string;
                                keyId: string;
                                publicKey: string;
                                year?: number;
                            };
                            /** @enum {string} */
                            type: "kp-trust-list";
                            /** @description 1: signed by an installation scheme key (KP-…, older lists); 2: signed by the Chair's key */
                            version: 1 | 2;
                        };
                    };
                };
                /** @description unchanged since the ETag named in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All users (administrators)
         * @description Who may call: administrators (action `users.read`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                createdAt: string;
                                disabled: boolean;
                                email: string | null;
                                groups: string[];
                                id: string;
                                /**
                                 * @description the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen
                                 * @enum {string|null}
                                 */
                                language: "en" | "fr" | "pt" | "es" | "ru" | null;
                                login: string;
                                /** @description signed in with a temporary password: only changing it is allowed until then */
                                mustChangePassword: boolean;
                                name: string;
                                organisation: string | null;
                                participant: string | null;
                                roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                                tokens: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        /**
         * Create a user acting for a Participant or an organisation (administrators)
         * @description Who may call: administrators (action `users.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description role company: the licence of the user's company in its Participant's register; the user is tied to it as it is created */
                        company?: string | null;
                        /** @description where e-mail alerts go */
                        email?: string | null;
                        groups?: string[];
                        login?: string;
                        name: string;
                        /** @description a Participant code or an organisation id */
                        participant?: string | null;
                        password?: string;
                        roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            email: string | null;
                            groups: string[];
                            id: string;
                            /**
                             * @description the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen
                             * @enum {string|null}
                             */
                            language: "en" | "fr" | "pt" | "es" | "ru" | null;
                            login: string;
                            /** @description signed in with a temporary password: only changing it is allowed until then */
                            mustChangePassword: boolean;
                            name: string;
                            organisation: string | null;
                            participant: string | null;
                            roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
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
        /**
         * Change a user: name, roles, groups, disable, reset password, revoke tokens (administrators)
         * @description Who may call: administrators (action `users.manage`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        /** @description where e-mail alerts go; '' or null clears it */
                        email?: string | null;
                        groups?: string[];
                        name?: string;
                        password?: string;
                        revokeTokens?: boolean;
                        roles?: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            email: string | null;
                            groups: string[];
                            id: string;
                            /**
                             * @description the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen
                             * @enum {string|null}
                             */
                            language: "en" | "fr" | "pt" | "es" | "ru" | null;
                            login: string;
                            /** @description signed in with a temporary password: only changing it is allowed until then */
                            mustChangePassword: boolean;
                            name: string;
                            organisation: string | null;
                            participant: string | null;
                            roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        trace?: never;
    };
    "/api/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user's password to a temporary one, shown once (generated unless given); the user must change it at the next sign-in, and its sessions end (administrators)
         * @description Who may call: administrators (a temporary password the user must change at next sign-in) (action `users.password.reset`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            temporaryPassword: string;
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                email: string | null;
                                groups: string[];
                                id: string;
                                /**
                                 * @description the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen
                                 * @enum {string|null}
                                 */
                                language: "en" | "fr" | "pt" | "es" | "ru" | null;
                                login: string;
                                /** @description signed in with a temporary password: only changing it is allowed until then */
                                mustChangePassword: boolean;
                                name: string;
                                organisation: string | null;
                                participant: string | null;
                                roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an API token for a user; shown once, only its hash is kept (administrators)
         * @description Who may call: administrators (action `users.manage`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                email: string | null;
                                groups: string[];
                                id: string;
                                /**
                                 * @description the language the user chose to read: e-mails, and texts the server makes when a request names no language (Accept-Language); null until chosen
                                 * @enum {string|null}
                                 */
                                language: "en" | "fr" | "pt" | "es" | "ru" | null;
                                login: string;
                                /** @description signed in with a temporary password: only changing it is allowed until then */
                                mustChangePassword: boolean;
                                name: string;
                                organisation: string | null;
                                participant: string | null;
                                roles: ("company" | "officer" | "customs" | "wg-member" | "observer" | "un" | "chair" | "admin" | "national-system")[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a certificate document (public): its signature, key, log position, cancellation and expiry against this register
         * @description Who may call: anyone (a number alone shows the verdict and the issuing Participant; with the verification code, more; see certificates.verify.all) (action `certificates.verify`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkedAt: string;
                            confirmed?: boolean;
                            expiresAt?: string;
                            issuedAt?: string;
                            issuer?: string;
                            keyId?: string;
                            number?: string;
                            /** @description the technical detail of the verdict (keys, log positions), in English */
                            reason: string;
                            /** @description a cancelled certificate: the one issued in its place */
                            replacedBy?: string;
                            /** @description the cancelled certificate this one was issued in place of */
                            replaces?: string;
                            /** @description what the verdict means, in the reader's language (Accept-Language; Content-Language says which) */
                            summary?: string;
                            valid: boolean;
                            verdict: "genuine" | "altered" | "unknown-key" | "revoked-key" | "expired" | "cancelled" | "not-in-log" | "invalid-dates";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verify/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a certificate by its number (public): the verdict (genuine, altered, unknown key, revoked key, expired, cancelled or not in log) and the issuing Participant; with ?code= (the verification code printed beside the QR code) its dates, countries, parcels, carats and receipt; the authorities concerned, signed in, see all. A wrong code is refused (403)
         * @description Who may call: anyone (a number alone shows the verdict and the issuing Participant; with the verification code, more; see certificates.verify.all) (action `certificates.verify`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description the verification code printed beside the QR code of the certificate, e.g. 7K3QD-M9XWE */
                    code?: string;
                };
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancellation?: {
                                at: string;
                                logSalt?: string | null;
                                note: string | null;
                                reason: "lost" | "void" | "replaced" | "error";
                                replacedBy: string | null;
                            } | null;
                            carats?: number;
                            checkedAt: string;
                            confirmation?: {
                                carats: number;
                                flagged: boolean;
                                /** @description the record's position in the log */
                                logIndex?: number;
                                /** @description the secret salt of its leaf (null: logged before salts) */
                                logSalt?: string | null;
                                mismatches: {
                                    message: string;
                                    path?: string;
                                }[];
                                parcels: number;
                                participant: string;
                                receivedOn: string;
                                sealsIntact: boolean;
                            } | null;
                            confirmed?: boolean;
                            countryOfExport?: string;
                            /** @description public: the number alone (verdict and issuing Participant); holder: with the right verification code; authority: an authority concerned, signed in */
                            disclosure: "public" | "holder" | "authority";
                            /** @description authority, a re-export: the import certificates it draws on, recursively */
                            drawsOn?: components["schemas"]["ChainLink"][];
                            expiresAt?: string;
                            exporter?: {
                                address: string;
                                country: string;
                                name: string;
                            };
                            goods?: {
                                carats: number;
                                hsCode: "7102.10" | "7102.21" | "7102.31";
                                valueUsd: number;
                            }[];
                            importer?: {
                                address: string;
                                country: string;
                                name: string;
                            };
                            importerCountry?: string;
                            issuedAt?: string;
                            issuer?: string;
                            keyId?: string;
                            number: string;
                            origin?: string;
                            /** @description authority: the countries of origin (the origin, or the list of a mixed origin) */
                            origins?: string[];
                            parcels?: number;
                            provenance?: string;
                            /** @description the technical detail of the verdict (keys, log positions), in English */
                            reason: string;
                            /** @description a cancelled certificate: the one issued in its place */
                            replacedBy?: string;
                            /** @description the cancelled certificate this one was issued in place of */
                            replaces?: string;
                            /** @description what the verdict means, in the reader's language (Accept-Language; Content-Language says which) */
                            summary?: string;
                            valid: boolean;
                            valueUsd?: number;
                            verdict: "genuine" | "altered" | "unknown-key" | "revoked-key" | "expired" | "cancelled" | "not-in-log" | "invalid-dates";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verify/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a certificate's credential (public): its proof, its key against the trust list, its dates, its status in this register's status list, its expiry
         * @description Who may call: anyone (a number alone shows the verdict and the issuing Participant; with the verification code, more; see certificates.verify.all) (action `certificates.verify`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkedAt: string;
                            issuer?: string;
                            keyId?: string;
                            number?: string;
                            reason: string;
                            status?: "active" | "revoked" | "unchecked";
                            valid: boolean;
                            verdict: "genuine" | "altered" | "unknown-key" | "revoked-key" | "expired" | "cancelled" | "not-in-log" | "invalid-dates";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
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
        ChainLink: {
            cancelled?: boolean;
            /** @description the carats the certificate above drew on this one */
            carats: number;
            countryOfExport?: string;
            /** @description a re-export itself: the certificates it draws on */
            drawsOn?: components["schemas"]["ChainLink"][];
            issuedOn?: string;
            /** @description the issuing Participant (from the number) */
            issuer: string;
            /** @description false: the certificate is not in this store; nothing more is known of it */
            known: boolean;
            number: string;
            origin?: string;
            origins?: string[];
        };
        Error: {
            /** @description stable error code: invalid_input, unauthenticated, forbidden, not_found, conflict, … */
            code: string;
            details?: {
                column?: string;
                message: string;
                path?: string;
                row?: number;
            }[];
            message: string;
        };
        /** @description the hub's receipt: the event entered in its log, with a signed tree head that holds it */
        HubReceipt: {
            /** @description what the message became at the hub: the log event issued, cancelled, confirmed; or key-revoked (not a log event: the trust list changes) */
            event: string;
            /** @description RFC 9162 inclusion proof of the event in the tree of treeSize entries (absent for key-revoked) */
            inclusion?: {
                proof: string[];
                rootHash: string;
                treeSize: number;
            };
            /** @description key.revoked: the key marked revoked in the trust list */
            keyId?: string;
            /** @description the event's position in the hub's transparency log (absent for key-revoked) */
            logIndex?: number;
            /** @description SHA-256 (hex) of the message's RFC 8785 canonical JSON, signature included */
            messageDigest: string;
            messageId: string;
            /** @description the certificate the message is about (absent for key.revoked) */
            number?: string;
            receivedAt: string;
            /** @description key.revoked: the instant from which the hub holds the key revoked (the earliest it was told) */
            revokedAt?: string;
            sender: string;
            /** @description the hub's log key's signature (Ed25519, base64url) over the RFC 8785 JSON of {treeSize, rootHash, timestamp} */
            treeHead: {
                keyId: string;
                rootHash: string;
                signature: string;
                timestamp: string;
                treeSize: number;
            };
            /** @enum {string} */
            type: "kp-hub-receipt";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
