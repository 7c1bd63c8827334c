--
-- PostgreSQL database dump
--

\restrict VDtRcIKAoKd3Y8xlISj7tDxN3fXTaJ58N2DPwkwbK3HQzfwujsn9zHzvhD2nQfv

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(100) NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    roles json
);


--
-- Name: api_tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.api_tokens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: api_tokens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.api_tokens_id_seq OWNED BY public.api_tokens.id;


--
-- Name: catalog_bundle_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_bundle_members (
    bundle_id integer NOT NULL,
    member_id integer NOT NULL
);


--
-- Name: catalog_categories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_categories (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    description text NOT NULL,
    lifecycle_status character varying(20) NOT NULL,
    parent_id integer,
    last_update timestamp with time zone NOT NULL
);


--
-- Name: catalog_categories_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.catalog_categories_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: catalog_categories_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.catalog_categories_id_seq OWNED BY public.catalog_categories.id;


--
-- Name: catalog_characteristics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_characteristics (
    id integer NOT NULL,
    specification_id integer NOT NULL,
    "position" integer NOT NULL,
    name character varying(100) NOT NULL,
    description text NOT NULL,
    value_type character varying(20) NOT NULL,
    allowed_values json NOT NULL,
    min_value json,
    max_value json,
    mandatory boolean NOT NULL,
    default_value json,
    unit character varying(20) NOT NULL,
    label character varying(100) DEFAULT ''::character varying NOT NULL
);


--
-- Name: catalog_characteristics_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.catalog_characteristics_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: catalog_characteristics_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.catalog_characteristics_id_seq OWNED BY public.catalog_characteristics.id;


--
-- Name: catalog_offering_categories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_offering_categories (
    offering_id integer NOT NULL,
    category_id integer NOT NULL
);


--
-- Name: catalog_offerings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_offerings (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    description text NOT NULL,
    lifecycle_status character varying(20) NOT NULL,
    valid_from timestamp with time zone NOT NULL,
    valid_to timestamp with time zone,
    product_spec_id integer,
    is_bundle boolean NOT NULL,
    last_update timestamp with time zone NOT NULL
);


--
-- Name: catalog_offerings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.catalog_offerings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: catalog_offerings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.catalog_offerings_id_seq OWNED BY public.catalog_offerings.id;


--
-- Name: catalog_prices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_prices (
    id integer NOT NULL,
    offering_id integer,
    name character varying(100) NOT NULL,
    price_type character varying(20) NOT NULL,
    recurring_period character varying(20),
    amount numeric(12,2),
    currency character varying(3) NOT NULL,
    decision_id character varying(255),
    decision_output character varying(100),
    description text DEFAULT ''::text NOT NULL,
    lifecycle_status character varying(20) DEFAULT 'Active'::character varying NOT NULL,
    last_update timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ck_catalog_prices_fixed_or_decision CHECK (((offering_id IS NULL) OR ((amount IS NULL) <> (decision_id IS NULL))))
);


--
-- Name: catalog_prices_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.catalog_prices_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: catalog_prices_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.catalog_prices_id_seq OWNED BY public.catalog_prices.id;


--
-- Name: catalog_spec_relationships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_spec_relationships (
    id integer NOT NULL,
    source_id integer NOT NULL,
    target_id integer NOT NULL,
    relationship_type character varying(20) NOT NULL
);


--
-- Name: catalog_spec_relationships_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.catalog_spec_relationships_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: catalog_spec_relationships_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.catalog_spec_relationships_id_seq OWNED BY public.catalog_spec_relationships.id;


--
-- Name: catalog_specifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_specifications (
    id integer NOT NULL,
    kind character varying(20) NOT NULL,
    name character varying(200) NOT NULL,
    description text NOT NULL,
    lifecycle_status character varying(20) DEFAULT 'Active'::character varying NOT NULL,
    last_update timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: catalog_specifications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.catalog_specifications_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: catalog_specifications_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.catalog_specifications_id_seq OWNED BY public.catalog_specifications.id;


--
-- Name: contracts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contracts (
    id integer NOT NULL,
    account_id integer NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    term_months integer NOT NULL,
    recurring_charge numeric(12,2) NOT NULL,
    one_time_charge numeric(12,2) NOT NULL,
    currency character varying(3) NOT NULL,
    start_date timestamp with time zone NOT NULL,
    end_date timestamp with time zone,
    insert_sentinel integer
);


--
-- Name: contracts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.contracts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contracts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.contracts_id_seq OWNED BY public.contracts.id;


--
-- Name: customer_account_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_account_users (
    account_id integer NOT NULL,
    user_id integer NOT NULL
);


--
-- Name: customer_accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_accounts (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    segment character varying(40) NOT NULL,
    external_ref character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: customer_accounts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.customer_accounts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customer_accounts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.customer_accounts_id_seq OWNED BY public.customer_accounts.id;


--
-- Name: customer_contacts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_contacts (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name character varying(200) NOT NULL,
    email character varying(200) NOT NULL,
    phone character varying(50) NOT NULL,
    role character varying(50) NOT NULL
);


--
-- Name: customer_contacts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.customer_contacts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customer_contacts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.customer_contacts_id_seq OWNED BY public.customer_contacts.id;


--
-- Name: decision_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.decision_versions (
    id integer NOT NULL,
    decision_id character varying(255) NOT NULL,
    version integer NOT NULL,
    name character varying(255) NOT NULL,
    deployment_id integer NOT NULL,
    file_id integer NOT NULL,
    summary json NOT NULL
);


--
-- Name: decision_versions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.decision_versions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: decision_versions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.decision_versions_id_seq OWNED BY public.decision_versions.id;


--
-- Name: demo_connector_ledger; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.demo_connector_ledger (
    id integer NOT NULL,
    idempotency_key character varying(100) NOT NULL,
    connector character varying(100) NOT NULL,
    request json NOT NULL,
    response json NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: demo_connector_ledger_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.demo_connector_ledger_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: demo_connector_ledger_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.demo_connector_ledger_id_seq OWNED BY public.demo_connector_ledger.id;


--
-- Name: deployments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deployments (
    id integer NOT NULL,
    deployed_by_id integer,
    deployed_at timestamp with time zone NOT NULL,
    note character varying(500) NOT NULL,
    warnings json NOT NULL,
    forced_test_failures json DEFAULT '[]'::json NOT NULL
);


--
-- Name: deployments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.deployments_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: deployments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.deployments_id_seq OWNED BY public.deployments.id;


--
-- Name: domain_orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.domain_orders (
    id integer NOT NULL,
    order_id integer NOT NULL,
    type character varying(20) NOT NULL,
    name character varying(200) NOT NULL,
    spec_name character varying(200) NOT NULL,
    action character varying(20) NOT NULL,
    item_seqs json NOT NULL,
    state character varying(20) NOT NULL,
    plan character varying(100) NOT NULL,
    instance_id integer,
    depends_on json NOT NULL,
    requires json NOT NULL,
    data json NOT NULL,
    result json NOT NULL,
    created_at timestamp with time zone NOT NULL,
    started_at timestamp with time zone,
    completed_at timestamp with time zone,
    rule json,
    insert_sentinel integer
);


--
-- Name: domain_orders_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.domain_orders_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: domain_orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.domain_orders_id_seq OWNED BY public.domain_orders.id;


--
-- Name: entitlements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entitlements (
    id integer NOT NULL,
    account_id integer NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    service character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    insert_sentinel integer
);


--
-- Name: entitlements_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entitlements_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entitlements_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.entitlements_id_seq OWNED BY public.entitlements.id;


--
-- Name: fallout_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fallout_events (
    id integer NOT NULL,
    fallout_id integer NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id integer,
    kind character varying(40) NOT NULL,
    detail json NOT NULL
);


--
-- Name: fallout_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.fallout_events_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: fallout_events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.fallout_events_id_seq OWNED BY public.fallout_events.id;


--
-- Name: fallouts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fallouts (
    id integer NOT NULL,
    instance_id integer NOT NULL,
    order_id integer,
    task_name character varying(255) NOT NULL,
    connector character varying(255) NOT NULL,
    error_code character varying(100) NOT NULL,
    message text NOT NULL,
    payload json NOT NULL,
    response json,
    attempt integer NOT NULL,
    category character varying(100) NOT NULL,
    action character varying(20) NOT NULL,
    assign_to character varying(40) NOT NULL,
    assignee_id integer,
    status character varying(20) NOT NULL,
    next_retry_at timestamp with time zone,
    policy json NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    resolved_at timestamp with time zone
);


--
-- Name: fallouts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.fallouts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: fallouts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.fallouts_id_seq OWNED BY public.fallouts.id;


--
-- Name: form_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.form_versions (
    id integer NOT NULL,
    filename character varying(255) NOT NULL,
    version integer NOT NULL,
    deployment_id integer NOT NULL,
    file_id integer NOT NULL,
    schema json NOT NULL
);


--
-- Name: form_versions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.form_versions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: form_versions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.form_versions_id_seq OWNED BY public.form_versions.id;


--
-- Name: import_batches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.import_batches (
    id integer NOT NULL,
    filename character varying(255) NOT NULL,
    user_id integer,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    next_check_at timestamp with time zone,
    requeues integer DEFAULT 0 NOT NULL
);


--
-- Name: import_batches_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.import_batches_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: import_batches_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.import_batches_id_seq OWNED BY public.import_batches.id;


--
-- Name: import_rows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.import_rows (
    id integer NOT NULL,
    batch_id integer NOT NULL,
    line integer NOT NULL,
    payload json NOT NULL,
    status character varying(20) NOT NULL,
    order_id integer,
    error text NOT NULL
);


--
-- Name: import_rows_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.import_rows_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: import_rows_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.import_rows_id_seq OWNED BY public.import_rows.id;


--
-- Name: instance_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.instance_events (
    id integer NOT NULL,
    instance_id integer NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id integer,
    kind character varying(40) NOT NULL,
    task_name character varying(255) NOT NULL,
    message text NOT NULL,
    detail json NOT NULL
);


--
-- Name: instance_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.instance_events_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: instance_events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.instance_events_id_seq OWNED BY public.instance_events.id;


--
-- Name: instance_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.instance_migrations (
    id integer NOT NULL,
    process_id character varying(255) NOT NULL,
    from_version integer NOT NULL,
    to_version integer NOT NULL,
    status character varying(20) NOT NULL,
    report json NOT NULL,
    requested_by_id integer,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    lock_version integer NOT NULL
);


--
-- Name: instance_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.instance_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: instance_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.instance_migrations_id_seq OWNED BY public.instance_migrations.id;


--
-- Name: inventory_products; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.inventory_products (
    id integer NOT NULL,
    account_id integer NOT NULL,
    order_id integer NOT NULL,
    item_seq integer NOT NULL,
    offering_id integer NOT NULL,
    name character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    characteristics json NOT NULL,
    services json NOT NULL,
    resources json NOT NULL,
    start_date timestamp with time zone NOT NULL,
    terminated_at timestamp with time zone,
    updated_at timestamp with time zone NOT NULL,
    insert_sentinel integer
);


--
-- Name: inventory_products_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.inventory_products_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: inventory_products_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.inventory_products_id_seq OWNED BY public.inventory_products.id;


--
-- Name: jeopardy_alerts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jeopardy_alerts (
    id integer NOT NULL,
    watch_id integer NOT NULL,
    state character varying(20) NOT NULL,
    role character varying(40) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    acknowledged_at timestamp with time zone,
    acknowledged_by_id integer
);


--
-- Name: jeopardy_alerts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.jeopardy_alerts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jeopardy_alerts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.jeopardy_alerts_id_seq OWNED BY public.jeopardy_alerts.id;


--
-- Name: jeopardy_watches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jeopardy_watches (
    id integer NOT NULL,
    subject_kind character varying(20) NOT NULL,
    subject_id integer NOT NULL,
    title character varying(255) NOT NULL,
    order_id integer,
    role character varying(40) NOT NULL,
    task_type character varying(40) NOT NULL,
    priority character varying(20) NOT NULL,
    sla_class character varying(20) NOT NULL,
    started_at timestamp with time zone NOT NULL,
    warn_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    state character varying(20) NOT NULL,
    closed boolean NOT NULL,
    closed_at timestamp with time zone,
    decision json NOT NULL
);


--
-- Name: jeopardy_watches_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.jeopardy_watches_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jeopardy_watches_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.jeopardy_watches_id_seq OWNED BY public.jeopardy_watches.id;


--
-- Name: login_throttles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_throttles (
    key character varying(200) NOT NULL,
    failures integer NOT NULL,
    window_started_at timestamp with time zone NOT NULL
);


--
-- Name: model_drafts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model_drafts (
    id integer NOT NULL,
    user_id integer NOT NULL,
    kind character varying(10) NOT NULL,
    model_id character varying(255) NOT NULL,
    content text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: model_drafts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.model_drafts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: model_drafts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.model_drafts_id_seq OWNED BY public.model_drafts.id;


--
-- Name: model_files; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model_files (
    id integer NOT NULL,
    deployment_id integer NOT NULL,
    filename character varying(255) NOT NULL,
    kind character varying(10) NOT NULL,
    content bytea NOT NULL,
    sha256 character varying(64) NOT NULL
);


--
-- Name: model_files_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.model_files_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: model_files_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.model_files_id_seq OWNED BY public.model_files.id;


--
-- Name: model_generation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model_generation (
    id integer NOT NULL,
    generation bigint NOT NULL
);


--
-- Name: model_test_cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model_test_cases (
    id integer NOT NULL,
    kind character varying(10) NOT NULL,
    model_id character varying(255) NOT NULL,
    name character varying(200) NOT NULL,
    "case" json NOT NULL,
    source character varying(200) NOT NULL,
    created_by_id integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: model_test_cases_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.model_test_cases_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: model_test_cases_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.model_test_cases_id_seq OWNED BY public.model_test_cases.id;


--
-- Name: order_cancellations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_cancellations (
    id integer NOT NULL,
    order_id integer NOT NULL,
    reason character varying(500) NOT NULL,
    requested_by_id integer,
    requested_at timestamp with time zone NOT NULL,
    effective_at timestamp with time zone,
    requested_cancellation_date timestamp with time zone,
    service_order_id integer,
    resource_order_id integer
);


--
-- Name: order_cancellations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.order_cancellations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: order_cancellations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.order_cancellations_id_seq OWNED BY public.order_cancellations.id;


--
-- Name: order_revisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_revisions (
    id integer NOT NULL,
    order_id integer NOT NULL,
    number integer NOT NULL,
    actor_id integer,
    created_at timestamp with time zone NOT NULL,
    idempotency_key character varying(100),
    changes json NOT NULL,
    impact json NOT NULL,
    status character varying(20) NOT NULL,
    note text NOT NULL,
    decided_at timestamp with time zone
);


--
-- Name: order_revisions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.order_revisions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: order_revisions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.order_revisions_id_seq OWNED BY public.order_revisions.id;


--
-- Name: process_instances; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.process_instances (
    id integer NOT NULL,
    process_version_id integer NOT NULL,
    process_id character varying(255) NOT NULL,
    order_id integer,
    status character varying(20) NOT NULL,
    state text NOT NULL,
    data json NOT NULL,
    error_message text NOT NULL,
    error_task character varying(255) NOT NULL,
    next_timer_at timestamp with time zone,
    started_by_id integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    completed_at timestamp with time zone,
    lock_version integer NOT NULL,
    progress json,
    insert_sentinel integer
);


--
-- Name: process_instances_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.process_instances_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: process_instances_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.process_instances_id_seq OWNED BY public.process_instances.id;


--
-- Name: process_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.process_versions (
    id integer NOT NULL,
    process_id character varying(255) NOT NULL,
    version integer NOT NULL,
    name character varying(255) NOT NULL,
    deployment_id integer NOT NULL,
    file_id integer NOT NULL,
    executable boolean NOT NULL,
    not_executable_reason text NOT NULL,
    flavour character varying(20) NOT NULL,
    spec_json text,
    summary json NOT NULL
);


--
-- Name: process_versions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.process_versions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: process_versions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.process_versions_id_seq OWNED BY public.process_versions.id;


--
-- Name: product_order_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_order_events (
    id integer NOT NULL,
    order_id integer NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id integer,
    kind character varying(40) NOT NULL,
    message text NOT NULL,
    detail json NOT NULL
);


--
-- Name: product_order_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.product_order_events_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: product_order_events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.product_order_events_id_seq OWNED BY public.product_order_events.id;


--
-- Name: product_order_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_order_items (
    id integer NOT NULL,
    order_id integer NOT NULL,
    seq integer NOT NULL,
    action character varying(20) NOT NULL,
    offering_id integer NOT NULL,
    offering_name character varying(200) NOT NULL,
    quantity integer NOT NULL,
    characteristics json NOT NULL,
    adjustments json NOT NULL,
    unit_recurring numeric(12,2) NOT NULL,
    unit_one_time numeric(12,2) NOT NULL,
    recurring_total numeric(12,2) NOT NULL,
    one_time_total numeric(12,2) NOT NULL,
    product_ref character varying(100) NOT NULL,
    state character varying(30) NOT NULL,
    client_id character varying(100) DEFAULT ''::character varying NOT NULL,
    relationships json DEFAULT '[]'::json NOT NULL,
    insert_sentinel integer
);


--
-- Name: product_order_items_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.product_order_items_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: product_order_items_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.product_order_items_id_seq OWNED BY public.product_order_items.id;


--
-- Name: product_orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_orders (
    id integer NOT NULL,
    account_id integer NOT NULL,
    state character varying(30) NOT NULL,
    channel character varying(20) NOT NULL,
    external_id character varying(100),
    description text NOT NULL,
    requested_completion_date timestamp with time zone,
    priority character varying(10) NOT NULL,
    recurring_total numeric(12,2) NOT NULL,
    one_time_total numeric(12,2) NOT NULL,
    currency character varying(3) NOT NULL,
    adjustments json NOT NULL,
    requires_approval boolean NOT NULL,
    approval_reasons json NOT NULL,
    enrichment json NOT NULL,
    instance_id integer,
    created_by_id integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    submitted_at timestamp with time zone,
    completed_at timestamp with time zone,
    lock_version integer NOT NULL,
    channels json DEFAULT '[]'::json NOT NULL,
    notes json DEFAULT '[]'::json NOT NULL,
    related_parties json DEFAULT '[]'::json NOT NULL,
    requested_start_date timestamp with time zone
);


--
-- Name: product_orders_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.product_orders_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: product_orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.product_orders_id_seq OWNED BY public.product_orders.id;


--
-- Name: service_calls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_calls (
    id integer NOT NULL,
    instance_id integer NOT NULL,
    task_id character varying(36) NOT NULL,
    task_name character varying(255) NOT NULL,
    connector character varying(255) NOT NULL,
    params json NOT NULL,
    idempotency_key character varying(100) NOT NULL,
    attempt integer NOT NULL,
    status character varying(20) NOT NULL,
    result json,
    error_code character varying(100) NOT NULL,
    error_message text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    next_check_at timestamp with time zone,
    requeues integer DEFAULT 0 NOT NULL,
    claimed_at timestamp with time zone,
    insert_sentinel integer
);


--
-- Name: service_calls_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.service_calls_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: service_calls_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.service_calls_id_seq OWNED BY public.service_calls.id;


--
-- Name: simulator_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.simulator_rules (
    id integer NOT NULL,
    connector character varying(255) NOT NULL,
    error_code character varying(100) NOT NULL,
    message character varying(500) NOT NULL,
    rate double precision NOT NULL,
    match_field character varying(100) NOT NULL,
    match_prefix character varying(100) NOT NULL,
    enabled boolean NOT NULL
);


--
-- Name: simulator_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.simulator_rules_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: simulator_rules_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.simulator_rules_id_seq OWNED BY public.simulator_rules.id;


--
-- Name: tmf_catalog_jobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tmf_catalog_jobs (
    id integer NOT NULL,
    kind character varying(10) NOT NULL,
    status character varying(20) NOT NULL,
    query character varying(500) NOT NULL,
    source character varying(500) NOT NULL,
    document json,
    error_log json NOT NULL,
    created_by_id integer,
    created_at timestamp with time zone NOT NULL,
    completed_at timestamp with time zone
);


--
-- Name: tmf_catalog_jobs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tmf_catalog_jobs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tmf_catalog_jobs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tmf_catalog_jobs_id_seq OWNED BY public.tmf_catalog_jobs.id;


--
-- Name: tmf_deliveries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tmf_deliveries (
    id integer NOT NULL,
    event_id integer NOT NULL,
    hub_id integer NOT NULL,
    resource character varying(80) NOT NULL,
    status character varying(20) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    last_status integer,
    last_error text NOT NULL,
    delivered_at timestamp with time zone
);


--
-- Name: tmf_deliveries_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tmf_deliveries_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tmf_deliveries_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tmf_deliveries_id_seq OWNED BY public.tmf_deliveries.id;


--
-- Name: tmf_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tmf_events (
    id integer NOT NULL,
    api character varying(40) NOT NULL,
    event_type character varying(80) NOT NULL,
    resource character varying(80) NOT NULL,
    order_id integer,
    payload json NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: tmf_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tmf_events_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tmf_events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tmf_events_id_seq OWNED BY public.tmf_events.id;


--
-- Name: tmf_hubs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tmf_hubs (
    id integer NOT NULL,
    api character varying(40) NOT NULL,
    callback character varying(500) NOT NULL,
    query character varying(500) NOT NULL,
    secret character varying(200) NOT NULL,
    created_by_id integer,
    created_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone
);


--
-- Name: tmf_hubs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tmf_hubs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tmf_hubs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tmf_hubs_id_seq OWNED BY public.tmf_hubs.id;


--
-- Name: user_roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_roles (
    user_id integer NOT NULL,
    role character varying(40) NOT NULL
);


--
-- Name: user_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_sessions (
    id integer NOT NULL,
    user_id integer NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone
);


--
-- Name: user_sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_sessions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.user_sessions_id_seq OWNED BY public.user_sessions.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id integer NOT NULL,
    username character varying(80) NOT NULL,
    display_name character varying(200) NOT NULL,
    password_hash character varying(255) NOT NULL,
    active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: work_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.work_items (
    id integer NOT NULL,
    instance_id integer NOT NULL,
    task_id character varying(36) NOT NULL,
    bpmn_id character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    role character varying(40) NOT NULL,
    status character varying(20) NOT NULL,
    form json NOT NULL,
    instructions text NOT NULL,
    task_data json NOT NULL,
    assignee_id integer,
    created_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone,
    jeopardy character varying(20),
    completed_at timestamp with time zone,
    completed_by_id integer,
    lock_version integer NOT NULL,
    insert_sentinel integer
);


--
-- Name: work_items_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.work_items_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: work_items_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.work_items_id_seq OWNED BY public.work_items.id;


--
-- Name: api_tokens id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens ALTER COLUMN id SET DEFAULT nextval('public.api_tokens_id_seq'::regclass);


--
-- Name: catalog_categories id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_categories ALTER COLUMN id SET DEFAULT nextval('public.catalog_categories_id_seq'::regclass);


--
-- Name: catalog_characteristics id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_characteristics ALTER COLUMN id SET DEFAULT nextval('public.catalog_characteristics_id_seq'::regclass);


--
-- Name: catalog_offerings id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_offerings ALTER COLUMN id SET DEFAULT nextval('public.catalog_offerings_id_seq'::regclass);


--
-- Name: catalog_prices id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_prices ALTER COLUMN id SET DEFAULT nextval('public.catalog_prices_id_seq'::regclass);


--
-- Name: catalog_spec_relationships id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_spec_relationships ALTER COLUMN id SET DEFAULT nextval('public.catalog_spec_relationships_id_seq'::regclass);


--
-- Name: catalog_specifications id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_specifications ALTER COLUMN id SET DEFAULT nextval('public.catalog_specifications_id_seq'::regclass);


--
-- Name: contracts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contracts ALTER COLUMN id SET DEFAULT nextval('public.contracts_id_seq'::regclass);


--
-- Name: customer_accounts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_accounts ALTER COLUMN id SET DEFAULT nextval('public.customer_accounts_id_seq'::regclass);


--
-- Name: customer_contacts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_contacts ALTER COLUMN id SET DEFAULT nextval('public.customer_contacts_id_seq'::regclass);


--
-- Name: decision_versions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision_versions ALTER COLUMN id SET DEFAULT nextval('public.decision_versions_id_seq'::regclass);


--
-- Name: demo_connector_ledger id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.demo_connector_ledger ALTER COLUMN id SET DEFAULT nextval('public.demo_connector_ledger_id_seq'::regclass);


--
-- Name: deployments id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deployments ALTER COLUMN id SET DEFAULT nextval('public.deployments_id_seq'::regclass);


--
-- Name: domain_orders id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_orders ALTER COLUMN id SET DEFAULT nextval('public.domain_orders_id_seq'::regclass);


--
-- Name: entitlements id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entitlements ALTER COLUMN id SET DEFAULT nextval('public.entitlements_id_seq'::regclass);


--
-- Name: fallout_events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fallout_events ALTER COLUMN id SET DEFAULT nextval('public.fallout_events_id_seq'::regclass);


--
-- Name: fallouts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fallouts ALTER COLUMN id SET DEFAULT nextval('public.fallouts_id_seq'::regclass);


--
-- Name: form_versions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.form_versions ALTER COLUMN id SET DEFAULT nextval('public.form_versions_id_seq'::regclass);


--
-- Name: import_batches id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_batches ALTER COLUMN id SET DEFAULT nextval('public.import_batches_id_seq'::regclass);


--
-- Name: import_rows id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_rows ALTER COLUMN id SET DEFAULT nextval('public.import_rows_id_seq'::regclass);


--
-- Name: instance_events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_events ALTER COLUMN id SET DEFAULT nextval('public.instance_events_id_seq'::regclass);


--
-- Name: instance_migrations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_migrations ALTER COLUMN id SET DEFAULT nextval('public.instance_migrations_id_seq'::regclass);


--
-- Name: inventory_products id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_products ALTER COLUMN id SET DEFAULT nextval('public.inventory_products_id_seq'::regclass);


--
-- Name: jeopardy_alerts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jeopardy_alerts ALTER COLUMN id SET DEFAULT nextval('public.jeopardy_alerts_id_seq'::regclass);


--
-- Name: jeopardy_watches id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jeopardy_watches ALTER COLUMN id SET DEFAULT nextval('public.jeopardy_watches_id_seq'::regclass);


--
-- Name: model_drafts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_drafts ALTER COLUMN id SET DEFAULT nextval('public.model_drafts_id_seq'::regclass);


--
-- Name: model_files id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_files ALTER COLUMN id SET DEFAULT nextval('public.model_files_id_seq'::regclass);


--
-- Name: model_test_cases id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_test_cases ALTER COLUMN id SET DEFAULT nextval('public.model_test_cases_id_seq'::regclass);


--
-- Name: order_cancellations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_cancellations ALTER COLUMN id SET DEFAULT nextval('public.order_cancellations_id_seq'::regclass);


--
-- Name: order_revisions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_revisions ALTER COLUMN id SET DEFAULT nextval('public.order_revisions_id_seq'::regclass);


--
-- Name: process_instances id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_instances ALTER COLUMN id SET DEFAULT nextval('public.process_instances_id_seq'::regclass);


--
-- Name: process_versions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_versions ALTER COLUMN id SET DEFAULT nextval('public.process_versions_id_seq'::regclass);


--
-- Name: product_order_events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_order_events ALTER COLUMN id SET DEFAULT nextval('public.product_order_events_id_seq'::regclass);


--
-- Name: product_order_items id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_order_items ALTER COLUMN id SET DEFAULT nextval('public.product_order_items_id_seq'::regclass);


--
-- Name: product_orders id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_orders ALTER COLUMN id SET DEFAULT nextval('public.product_orders_id_seq'::regclass);


--
-- Name: service_calls id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_calls ALTER COLUMN id SET DEFAULT nextval('public.service_calls_id_seq'::regclass);


--
-- Name: simulator_rules id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.simulator_rules ALTER COLUMN id SET DEFAULT nextval('public.simulator_rules_id_seq'::regclass);


--
-- Name: tmf_catalog_jobs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_catalog_jobs ALTER COLUMN id SET DEFAULT nextval('public.tmf_catalog_jobs_id_seq'::regclass);


--
-- Name: tmf_deliveries id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_deliveries ALTER COLUMN id SET DEFAULT nextval('public.tmf_deliveries_id_seq'::regclass);


--
-- Name: tmf_events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_events ALTER COLUMN id SET DEFAULT nextval('public.tmf_events_id_seq'::regclass);


--
-- Name: tmf_hubs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_hubs ALTER COLUMN id SET DEFAULT nextval('public.tmf_hubs_id_seq'::regclass);


--
-- Name: user_sessions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_sessions ALTER COLUMN id SET DEFAULT nextval('public.user_sessions_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: work_items id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_items ALTER COLUMN id SET DEFAULT nextval('public.work_items_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alembic_version (version_num) FROM stdin;
e41b7d9c2a58
\.


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_tokens (id, user_id, name, token_hash, created_at, expires_at, revoked_at, roles) FROM stdin;
\.


--
-- Data for Name: catalog_bundle_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_bundle_members (bundle_id, member_id) FROM stdin;
\.


--
-- Data for Name: catalog_categories; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_categories (id, name, description, lifecycle_status, parent_id, last_update) FROM stdin;
1	Connectivity	Internet access for business sites and the addresses routed to it.	Active	\N	2026-12-06 23:31:23.327746+00
2	Voice	Business telephony over SIP.	Active	\N	2026-12-06 23:31:23.33099+00
3	Equipment	Customer premises equipment, rented and managed.	Active	\N	2026-12-06 23:31:23.33331+00
4	Professional services	Work done on site by Ordra's engineers.	Active	\N	2026-12-06 23:31:23.335427+00
\.


--
-- Data for Name: catalog_characteristics; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_characteristics (id, specification_id, "position", name, description, value_type, allowed_values, min_value, max_value, mandatory, default_value, unit, label) FROM stdin;
1	1	0	bandwidth	Symmetric bandwidth of the line.	integer	[100, 500, 1000]	\N	\N	t	\N	Mbps	Bandwidth
2	1	1	static_ip	Route a static IPv4 address instead of a dynamic one.	boolean	[]	\N	\N	f	false		Static IP address
3	1	2	site_postcode	Postcode of the site.	string	[]	\N	\N	t	\N		Site postcode
4	1	3	contract_term	Minimum term; longer terms lower the monthly price and the connection fee.	integer	[12, 24, 36]	\N	\N	f	24	months	Contract term
5	2	0	wifi	Enable the built-in Wi-Fi.	boolean	[]	\N	\N	f	true		Wi-Fi
6	4	0	channels	Concurrent calls the trunk carries.	integer	[]	2	30	t	\N		Voice channels
7	4	1	numbers	Geographic numbers on the trunk.	integer	[]	1	100	f	1		Phone numbers
8	5	0	access_notes	Parking, access hours, site contact.	string	[]	\N	\N	f	\N		Access notes
\.


--
-- Data for Name: catalog_offering_categories; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_offering_categories (offering_id, category_id) FROM stdin;
3	1
1	1
4	2
2	3
5	4
\.


--
-- Data for Name: catalog_offerings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_offerings (id, name, description, lifecycle_status, valid_from, valid_to, product_spec_id, is_bundle, last_update) FROM stdin;
1	Business Fibre Internet	Dedicated, uncontended fibre internet at 100 Mbps, 500 Mbps or 1 Gbps, symmetric, with a 99.95% availability SLA and 4-hour fix. Price by bandwidth and contract term.	Active	2024-01-01 00:00:00+00	\N	1	f	2026-12-06 23:31:23.308837+00
2	Managed Router	A business-grade router configured before delivery, monitored around the clock and replaced next business day if it fails.	Active	2024-01-01 00:00:00+00	\N	2	f	2026-12-06 23:31:23.313953+00
3	Static IP Block	A /29 block of public IPv4 addresses (five usable) routed to your fibre line, with reverse DNS. Needs Business Fibre Internet.	Active	2024-01-01 00:00:00+00	\N	3	f	2026-12-06 23:31:23.317383+00
4	Business Voice	SIP trunk telephony with 2 to 30 concurrent channels and up to 100 geographic numbers, including number porting. Priced by channel tier.	Active	2024-01-01 00:00:00+00	\N	4	f	2026-12-06 23:31:23.320255+00
5	Installation	A field engineer installs and tests the equipment on site within a booked half-day slot. Charged once.	Active	2024-01-01 00:00:00+00	\N	5	f	2026-12-06 23:31:23.323332+00
\.


--
-- Data for Name: catalog_prices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_prices (id, offering_id, name, price_type, recurring_period, amount, currency, decision_id, decision_output, description, lifecycle_status, last_update) FROM stdin;
1	1	Monthly charge	recurring	month	\N	GBP	pricing_fibre	monthly_price		Active	2026-12-06 23:31:23.310669+00
2	1	Connection fee	oneTime	\N	\N	GBP	pricing_fibre	setup_fee		Active	2026-12-06 23:31:23.310672+00
3	2	Router rental	recurring	month	15.00	GBP	\N	\N		Active	2026-12-06 23:31:23.314515+00
4	2	Delivery and configuration	oneTime	\N	45.00	GBP	\N	\N		Active	2026-12-06 23:31:23.314518+00
5	3	Address block	recurring	month	10.00	GBP	\N	\N		Active	2026-12-06 23:31:23.317899+00
6	3	Block setup	oneTime	\N	25.00	GBP	\N	\N		Active	2026-12-06 23:31:23.317901+00
7	4	Monthly charge	recurring	month	\N	GBP	pricing_voice	monthly_price		Active	2026-12-06 23:31:23.320744+00
8	4	Connection fee	oneTime	\N	\N	GBP	pricing_voice	setup_fee		Active	2026-12-06 23:31:23.320746+00
9	5	Site installation	oneTime	\N	195.00	GBP	\N	\N		Active	2026-12-06 23:31:23.324051+00
\.


--
-- Data for Name: catalog_spec_relationships; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_spec_relationships (id, source_id, target_id, relationship_type) FROM stdin;
1	1	6	realizedBy
2	6	11	realizedBy
3	6	12	realizedBy
4	11	16	realizedBy
5	11	17	realizedBy
6	12	18	realizedBy
7	12	19	realizedBy
8	2	7	realizedBy
9	7	13	realizedBy
10	13	20	realizedBy
11	3	8	realizedBy
12	8	12	realizedBy
13	8	6	requires
14	4	9	realizedBy
15	9	14	realizedBy
16	14	21	realizedBy
17	14	22	realizedBy
18	5	10	realizedBy
19	10	15	realizedBy
20	15	23	realizedBy
\.


--
-- Data for Name: catalog_specifications; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_specifications (id, kind, name, description, lifecycle_status, last_update) FROM stdin;
1	product	Fibre Internet Product	Symmetric business internet over a dedicated fibre line.	Active	2026-12-06 23:31:23.237255+00
2	product	Managed Router Product	A business router supplied, configured and monitored by us.	Active	2026-12-06 23:31:23.239181+00
3	product	Static IP Product	A routed block of public IPv4 addresses.	Active	2026-12-06 23:31:23.240787+00
4	product	Voice Product	SIP trunk voice with concurrent channels and geographic numbers.	Active	2026-12-06 23:31:23.242281+00
5	product	Installation Product	An engineer visit to install and test equipment on site.	Active	2026-12-06 23:31:23.243677+00
6	cfs	Internet Access	Internet connectivity as the customer sees it: bandwidth, availability.	Active	2026-12-06 23:31:23.245083+00
7	cfs	Managed CPE	Customer premises equipment, managed and monitored.	Active	2026-12-06 23:31:23.246677+00
8	cfs	Static Addressing	Public addresses routed to the customer's internet access.	Active	2026-12-06 23:31:23.248065+00
9	cfs	Voice Service	Inbound and outbound calls on the customer's numbers.	Active	2026-12-06 23:31:23.249385+00
10	cfs	Site Installation	Equipment installed and tested at the customer's site.	Active	2026-12-06 23:31:23.250777+00
11	rfs	Access Line	The physical fibre access from the exchange to the site.	Active	2026-12-06 23:31:23.252065+00
12	rfs	IP Connectivity	Routing, addressing and the BGP/RADIUS profile of a connection.	Active	2026-12-06 23:31:23.253372+00
13	rfs	CPE Provisioning	Zero-touch configuration of the router from the management platform.	Active	2026-12-06 23:31:23.254831+00
14	rfs	SIP Trunk	A SIP trunk on the voice platform with its channel limit and number range.	Active	2026-12-06 23:31:23.256241+00
15	rfs	Field Visit	A scheduled visit by a field engineer.	Active	2026-12-06 23:31:23.257632+00
16	resource	ONT	Optical network terminal installed at the site.	Active	2026-12-06 23:31:23.259024+00
17	resource	Access Port	A port on the aggregation switch in the exchange.	Active	2026-12-06 23:31:23.260276+00
18	resource	IPv4 Address	One public IPv4 address from the dynamic pool.	Active	2026-12-06 23:31:23.261635+00
19	resource	IPv4 Block	A /29 block of public IPv4 addresses (five usable).	Active	2026-12-06 23:31:23.262975+00
20	resource	Router	A router unit from stock, with serial number.	Active	2026-12-06 23:31:23.264221+00
21	resource	Voice Channel	Concurrent call capacity on the session border controller.	Active	2026-12-06 23:31:23.265721+00
22	resource	Telephone Number	A geographic telephone number from the number range.	Active	2026-12-06 23:31:23.266988+00
23	resource	Technician Slot	A bookable half-day slot in a field engineer's diary.	Active	2026-12-06 23:31:23.2683+00
\.


--
-- Data for Name: contracts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.contracts (id, account_id, order_id, product_id, term_months, recurring_charge, one_time_charge, currency, start_date, end_date, insert_sentinel) FROM stdin;
1	2	6	1	24	159.00	250.00	GBP	2026-12-06 23:31:24.539864+00	2028-12-06 23:31:24.539864+00	0
2	2	6	2	12	10.00	25.00	GBP	2026-12-06 23:31:24.539991+00	2027-12-06 23:31:24.539991+00	1
3	2	6	3	12	15.00	45.00	GBP	2026-12-06 23:31:24.540034+00	2027-12-06 23:31:24.540034+00	2
4	2	6	4	0	0.00	195.00	GBP	2026-12-06 23:31:24.540076+00	\N	3
\.


--
-- Data for Name: customer_account_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.customer_account_users (account_id, user_id) FROM stdin;
1	9
2	10
\.


--
-- Data for Name: customer_accounts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.customer_accounts (id, name, segment, external_ref, created_at) FROM stdin;
1	Acme Ltd	enterprise		2026-12-06 23:31:23.364004+00
2	Bravo plc	smb		2026-12-06 23:31:23.369829+00
3	Cobalt Council	public_sector		2026-12-06 23:31:23.373035+00
\.


--
-- Data for Name: customer_contacts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.customer_contacts (id, account_id, name, email, phone, role) FROM stdin;
1	1	Alice Archer	alice@acme.example	+44 20 7946 0001	primary
2	2	Bob Baker	bob@bravo.example	+44 161 496 0002	primary
3	3	Chris Cole	chris@cobalt.example	+44 113 496 0003	primary
\.


--
-- Data for Name: decision_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.decision_versions (id, decision_id, version, name, deployment_id, file_id, summary) FROM stdin;
1	approval_level	1	Approval level	1	11	{"hit_policy": "UNIQUE"}
2	decomposition	1	Decomposition	1	12	{"hit_policy": "FIRST"}
3	fallout_policy	1	Fallout policy	1	13	{"hit_policy": "FIRST"}
4	jeopardy_sla	1	Jeopardy SLA	1	14	{"hit_policy": "FIRST"}
5	order_approval	1	Order approval	1	15	{"hit_policy": "FIRST"}
6	enrichment_site	1	Site enrichment	1	16	{"hit_policy": "FIRST"}
7	enrichment_customer	1	Customer enrichment	1	16	{"hit_policy": "FIRST"}
8	pricing_fibre	1	Business Fibre Internet price matrix	1	17	{"hit_policy": "UNIQUE"}
9	pricing_voice	1	Business Voice channel tiers	1	18	{"hit_policy": "UNIQUE"}
10	revision_approval	1	Revision approval	1	19	{"hit_policy": "FIRST"}
\.


--
-- Data for Name: demo_connector_ledger; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.demo_connector_ledger (id, idempotency_key, connector, request, response, created_at) FROM stdin;
1	3:f713ea28-9fb2-4ef7-abc2-b61b64628407:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-647551", "resource_type": "ONT", "serial_number": "SN7465763910", "status": "reserved"}	2026-12-06 23:31:23.704874+00
2	4:294d9051-16dd-4e14-88f7-8e577db54a62:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-632365", "resource_type": "Access Port", "serial_number": "SN7887507541", "status": "reserved"}	2026-12-06 23:31:23.70991+00
3	5:32ea972a-89b8-4f96-a2b0-3ca6a4d96103:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-895376", "resource_type": "IPv4 Address", "serial_number": "SN8366101209", "status": "reserved"}	2026-12-06 23:31:23.711415+00
4	6:36adade4-df0a-4e02-917e-8ca7090f10ab:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-262494", "resource_type": "IPv4 Block", "serial_number": "SN3166894626", "status": "reserved"}	2026-12-06 23:31:23.712653+00
5	7:99a010c1-26fe-4669-86b2-8e261cee4644:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-384484", "resource_type": "Router", "serial_number": "SN4964998138", "status": "reserved"}	2026-12-06 23:31:23.714039+00
6	8:eed4c97f-a6ef-40b5-8991-f158a8cb5d1d:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-580368", "resource_type": "Technician Slot", "serial_number": "SN4477743939", "status": "reserved"}	2026-12-06 23:31:23.715391+00
7	11:b6c1d341-5cda-45db-8575-a3e9731293f2:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-337174", "resource_type": "ONT", "serial_number": "SN2104463853", "status": "reserved"}	2026-12-06 23:31:23.834856+00
8	12:db66227c-593c-4bd8-ba84-06d22c9f17cc:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-425111", "resource_type": "Access Port", "serial_number": "SN6764068409", "status": "reserved"}	2026-12-06 23:31:23.836092+00
9	13:71bf27c1-e8dd-4f94-a37a-bcc7cdf90ba8:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-043243", "resource_type": "IPv4 Address", "serial_number": "SN0789466567", "status": "reserved"}	2026-12-06 23:31:23.837071+00
10	14:47a8a90e-f59c-4233-ab06-ac300b2c940f:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-225568", "resource_type": "IPv4 Block", "serial_number": "SN8949122160", "status": "reserved"}	2026-12-06 23:31:23.838+00
11	15:ea748d5c-0117-4bb9-95d4-c40d5655eeba:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-993359", "resource_type": "Router", "serial_number": "SN9038449111", "status": "reserved"}	2026-12-06 23:31:23.838863+00
12	16:84700377-1dfa-4f9a-b9c6-6155c76f80b4:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-440843", "resource_type": "Technician Slot", "serial_number": "SN8051433221", "status": "reserved"}	2026-12-06 23:31:23.839675+00
13	18:eb68ad3e-c00c-4d89-a4e3-ecda838624fa:1	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-724872", "access_port": "ge-0/0/24", "ip_address": "10.122.149.74", "status": "active"}	2026-12-06 23:31:23.895342+00
14	19:fa5330b3-e38e-424c-ac68-eb58aa5297c9:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-844708", "access_port": "ge-0/0/4", "ip_address": "10.208.128.110", "status": "active"}	2026-12-06 23:31:23.897223+00
15	20:b249494c-22aa-45f5-9bcd-bb5702a18d45:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	{"service_id": "SVC-259411", "access_port": "ge-0/3/19", "ip_address": "10.161.37.13", "status": "active"}	2026-12-06 23:31:23.898269+00
16	21:35db572f-0c23-4bba-9c25-be312d465d35:1	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	{"service_id": "SVC-128808", "access_port": "ge-0/0/24", "ip_address": "10.58.15.10", "status": "active"}	2026-12-06 23:31:23.89916+00
17	17:3772b908-275c-44f7-9c69-15976f1c16fa:1	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 3}	{"visit_id": "FSV-985004", "engineer": "Sam Patel", "date": "2026-12-13", "slot": "08:00-12:00", "status": "scheduled"}	2026-12-06 23:31:23.9+00
18	22:9d991422-fc5f-4772-895f-0ccd0588a88f:1	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	{"billing_item_id": "BIL-4072133", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}	2026-12-06 23:31:23.932445+00
19	23:8d505798-f14d-4be7-b12b-5f9957e40d99:1	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	{"billing_item_id": "BIL-2682592", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}	2026-12-06 23:31:23.934211+00
20	24:f88294e9-0650-4678-9ae2-3e876619e72f:1	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	{"billing_item_id": "BIL-5947041", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}	2026-12-06 23:31:23.9353+00
21	26:0fba6431-3151-440f-9404-c4098b2c4c3b:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-509417", "resource_type": "ONT", "serial_number": "SN9315547778", "status": "reserved"}	2026-12-06 23:31:24.042057+00
22	27:de190f8a-b373-49fd-bc7b-29a3ce59ab08:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-563345", "resource_type": "Access Port", "serial_number": "SN3969587369", "status": "reserved"}	2026-12-06 23:31:24.043205+00
23	28:76a10787-df07-4438-ac93-19eeed527991:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-540508", "resource_type": "IPv4 Address", "serial_number": "SN7633435953", "status": "reserved"}	2026-12-06 23:31:24.044087+00
24	29:3deb997f-a206-4df3-8525-3279164e492e:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-437356", "resource_type": "IPv4 Block", "serial_number": "SN7004257358", "status": "reserved"}	2026-12-06 23:31:24.04498+00
25	30:369c73c4-d3dd-46b6-bb6b-532e83dbf92b:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-967438", "resource_type": "Router", "serial_number": "SN4699987048", "status": "reserved"}	2026-12-06 23:31:24.045944+00
26	31:07ef44bd-f8ea-4f0e-8ca7-e0217e68815f:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-124614", "resource_type": "Technician Slot", "serial_number": "SN5619115254", "status": "reserved"}	2026-12-06 23:31:24.046948+00
31	32:41417a11-e1df-4d96-b5fd-5019525c989f:1	field_service/schedule	{"site_postcode": "ZZ1 1ZZ", "work": "Install ONT", "order_id": 4}	{"visit_id": "FSV-349572", "engineer": "Sam Patel", "date": "2026-12-13", "slot": "08:00-12:00", "status": "scheduled"}	2026-12-06 23:31:24.102877+00
32	38:ddbf24d8-2335-4dad-a425-f8bfd1da4d5a:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-566953", "resource_type": "ONT", "serial_number": "SN7548113280", "status": "reserved"}	2026-12-06 23:31:24.245896+00
33	39:91b57bc0-328b-4ea9-a428-01f0601eaf4d:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-693579", "resource_type": "Access Port", "serial_number": "SN5957923371", "status": "reserved"}	2026-12-06 23:31:24.247042+00
34	40:5ad7deab-470f-4bc7-94f0-f895341dfedb:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-258554", "resource_type": "IPv4 Address", "serial_number": "SN7587917670", "status": "reserved"}	2026-12-06 23:31:24.247907+00
35	41:8c401eb1-bffc-47d2-bb71-e23a25a6f18f:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-282237", "resource_type": "IPv4 Block", "serial_number": "SN6117284587", "status": "reserved"}	2026-12-06 23:31:24.24873+00
36	42:d3a6b72d-74af-4623-9777-1915abf891b3:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-347704", "resource_type": "Router", "serial_number": "SN4173160660", "status": "reserved"}	2026-12-06 23:31:24.24965+00
37	43:4ff80cbe-45b1-4418-916e-7d62cd8d7f74:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-675826", "resource_type": "Technician Slot", "serial_number": "SN2240267283", "status": "reserved"}	2026-12-06 23:31:24.250427+00
42	44:5f4408b4-bc3b-4661-a1c9-95b4180bfedf:1	field_service/schedule	{"site_postcode": "TT1 1TT", "work": "Install ONT", "order_id": 5}	{"visit_id": "FSV-164447", "engineer": "Lee Wong", "date": "2026-12-10", "slot": "13:00-17:00", "status": "scheduled"}	2026-12-06 23:31:24.303535+00
43	50:d0e704e9-9953-482c-bb41-c08e71892dc3:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-290779", "resource_type": "ONT", "serial_number": "SN1632547172", "status": "reserved"}	2026-12-06 23:31:24.410685+00
44	51:2eb3668c-1673-48d7-a371-c6b985af789a:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-374473", "resource_type": "Access Port", "serial_number": "SN1988388281", "status": "reserved"}	2026-12-06 23:31:24.411812+00
45	52:63b74c07-d099-4aec-858a-feceaa35be2b:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-642737", "resource_type": "IPv4 Address", "serial_number": "SN1603253526", "status": "reserved"}	2026-12-06 23:31:24.412678+00
46	53:5b72a13f-88fb-4553-8a5f-fa0184c03212:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-864313", "resource_type": "IPv4 Block", "serial_number": "SN1258873268", "status": "reserved"}	2026-12-06 23:31:24.413658+00
47	54:87c4f63f-7b9f-43d1-83d6-0f2a62748bcf:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-312022", "resource_type": "Router", "serial_number": "SN3138591338", "status": "reserved"}	2026-12-06 23:31:24.414483+00
48	55:e75f3c79-78e7-4edf-8ce1-0b77c9c7688e:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-915803", "resource_type": "Technician Slot", "serial_number": "SN9310930634", "status": "reserved"}	2026-12-06 23:31:24.415327+00
49	57:3578f4aa-a43d-4bab-b39a-8d15862396b7:1	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-290122", "access_port": "ge-0/2/10", "ip_address": "10.122.160.124", "status": "active"}	2026-12-06 23:31:24.460605+00
50	58:febeb154-0f7d-4538-aaa1-b680b66ab5ee:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-424400", "access_port": "ge-0/0/32", "ip_address": "10.150.197.2", "status": "active"}	2026-12-06 23:31:24.461983+00
51	59:5d577826-9883-498b-bc4d-7e8bca39d23a:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	{"service_id": "SVC-241910", "access_port": "ge-0/2/38", "ip_address": "10.160.217.112", "status": "active"}	2026-12-06 23:31:24.462865+00
52	60:395fcfbd-66a1-428c-a670-71c1c17aab7e:1	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	{"service_id": "SVC-640644", "access_port": "ge-0/0/36", "ip_address": "10.144.62.46", "status": "active"}	2026-12-06 23:31:24.463689+00
53	56:ad938461-1c87-438b-ad93-da282b91f3ac:1	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 6}	{"visit_id": "FSV-500715", "engineer": "Lee Wong", "date": "2026-12-12", "slot": "13:00-17:00", "status": "scheduled"}	2026-12-06 23:31:24.464497+00
54	61:2239f936-c107-4d7f-9680-8dd7db5a8582:1	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	{"billing_item_id": "BIL-1499932", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}	2026-12-06 23:31:24.489316+00
55	62:6471d087-715a-4a38-b1f3-42d8a5c4afd8:1	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	{"billing_item_id": "BIL-8098465", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}	2026-12-06 23:31:24.490371+00
56	63:f5b9e112-85fc-4b9d-8fe7-ef0b5af9fad0:1	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	{"billing_item_id": "BIL-0982245", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}	2026-12-06 23:31:24.491227+00
57	64:3b3c4e0f-91c7-4be7-be8d-53d382d25710:1	billing/activate	{"account_id": 2, "product": "Installation", "action": "add", "recurring": "0.00", "one_time": "195.00"}	{"billing_item_id": "BIL-8776844", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}	2026-12-06 23:31:24.521543+00
\.


--
-- Data for Name: deployments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deployments (id, deployed_by_id, deployed_at, note, warnings, forced_test_failures) FROM stdin;
1	\N	2026-12-06 23:31:23.176378+00	ordra seed	[]	[]
\.


--
-- Data for Name: domain_orders; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.domain_orders (id, order_id, type, name, spec_name, action, item_seqs, state, plan, instance_id, depends_on, requires, data, result, created_at, started_at, completed_at, rule, insert_sentinel) FROM stdin;
3	2	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	pending	plan_service_order	\N	[1, 2]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 3}	{}	2026-12-06 23:31:23.661063+00	\N	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
5	2	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	pending	plan_service_order	\N	[4]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 5}	{}	2026-12-06 23:31:23.661065+00	\N	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
6	2	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[3, 5]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 6}	{}	2026-12-06 23:31:23.661067+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
8	2	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	pending	plan_service_order	\N	[7]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 8}	{}	2026-12-06 23:31:23.661068+00	\N	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
9	2	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[8]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 9}	{}	2026-12-06 23:31:23.66107+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
11	2	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	pending	plan_service_order	\N	[10]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 11}	{}	2026-12-06 23:31:23.661072+00	\N	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
12	2	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[11]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 12}	{}	2026-12-06 23:31:23.661073+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
15	2	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[14]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 15}	{}	2026-12-06 23:31:23.661076+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
1	2	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	3	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 1}	{"resource": {"resource_id": "RES-647551", "resource_type": "ONT", "serial_number": "SN7465763910", "status": "reserved"}}	2026-12-06 23:31:23.661056+00	2026-12-06 23:31:23.682403+00	2026-12-06 23:31:23.739072+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
10	2	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	7	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 10}	{"resource": {"resource_id": "RES-384484", "resource_type": "Router", "serial_number": "SN4964998138", "status": "reserved"}}	2026-12-06 23:31:23.661071+00	2026-12-06 23:31:23.682403+00	2026-12-06 23:31:23.739215+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
2	2	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	4	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 2}	{"resource": {"resource_id": "RES-632365", "resource_type": "Access Port", "serial_number": "SN7887507541", "status": "reserved"}}	2026-12-06 23:31:23.661061+00	2026-12-06 23:31:23.682403+00	2026-12-06 23:31:23.739135+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
4	2	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	5	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 4}	{"resource": {"resource_id": "RES-895376", "resource_type": "IPv4 Address", "serial_number": "SN8366101209", "status": "reserved"}}	2026-12-06 23:31:23.661063+00	2026-12-06 23:31:23.682403+00	2026-12-06 23:31:23.739163+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
7	2	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	6	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 7}	{"resource": {"resource_id": "RES-262494", "resource_type": "IPv4 Block", "serial_number": "SN3166894626", "status": "reserved"}}	2026-12-06 23:31:23.661067+00	2026-12-06 23:31:23.682403+00	2026-12-06 23:31:23.739188+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
13	2	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	8	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 13}	{"resource": {"resource_id": "RES-580368", "resource_type": "Technician Slot", "serial_number": "SN4477743939", "status": "reserved"}}	2026-12-06 23:31:23.661074+00	2026-12-06 23:31:23.682403+00	2026-12-06 23:31:23.739242+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
14	2	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	9	[13]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14}	{}	2026-12-06 23:31:23.661075+00	2026-12-06 23:31:23.751934+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
34	4	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	28	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 34}	{"resource": {"resource_id": "RES-540508", "resource_type": "IPv4 Address", "serial_number": "SN7633435953", "status": "reserved"}}	2026-12-06 23:31:24.019742+00	2026-12-06 23:31:24.031278+00	2026-12-06 23:31:24.059629+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
44	4	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	32	[43]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44}	{}	2026-12-06 23:31:24.019749+00	2026-12-06 23:31:24.064499+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
47	5	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	39	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 47}	{"resource": {"resource_id": "RES-693579", "resource_type": "Access Port", "serial_number": "SN5957923371", "status": "reserved"}}	2026-12-06 23:31:24.225359+00	2026-12-06 23:31:24.236016+00	2026-12-06 23:31:24.262653+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
49	5	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	40	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 49}	{"resource": {"resource_id": "RES-258554", "resource_type": "IPv4 Address", "serial_number": "SN7587917670", "status": "reserved"}}	2026-12-06 23:31:24.22536+00	2026-12-06 23:31:24.236016+00	2026-12-06 23:31:24.262668+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
18	3	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	completed	plan_service_order	18	[16, 17]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 18, "survey_result": "ready"}	{"service": {"service_id": "SVC-724872", "access_port": "ge-0/0/24", "ip_address": "10.122.149.74", "status": "active"}}	2026-12-06 23:31:23.81276+00	2026-12-06 23:31:23.887367+00	2026-12-06 23:31:23.920109+00	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
30	3	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[29]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 30}	{}	2026-12-06 23:31:23.812768+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
16	3	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	11	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 16}	{"resource": {"resource_id": "RES-337174", "resource_type": "ONT", "serial_number": "SN2104463853", "status": "reserved"}}	2026-12-06 23:31:23.812756+00	2026-12-06 23:31:23.824294+00	2026-12-06 23:31:23.85153+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
29	3	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	17	[28]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29}	{}	2026-12-06 23:31:23.812767+00	2026-12-06 23:31:23.856731+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
21	3	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	completed	plan_product_order	22	[18, 20]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 21}	{"billing": {"billing_item_id": "BIL-4072133", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}	2026-12-06 23:31:23.812762+00	2026-12-06 23:31:23.927426+00	2026-12-06 23:31:23.943802+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
24	3	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	completed	plan_product_order	23	[23]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 24}	{"billing": {"billing_item_id": "BIL-2682592", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}	2026-12-06 23:31:23.812764+00	2026-12-06 23:31:23.927426+00	2026-12-06 23:31:23.943841+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
27	3	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	completed	plan_product_order	24	[26]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 27}	{"billing": {"billing_item_id": "BIL-5947041", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}	2026-12-06 23:31:23.812766+00	2026-12-06 23:31:23.927426+00	2026-12-06 23:31:23.943861+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
17	3	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	12	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 17}	{"resource": {"resource_id": "RES-425111", "resource_type": "Access Port", "serial_number": "SN6764068409", "status": "reserved"}}	2026-12-06 23:31:23.812759+00	2026-12-06 23:31:23.824294+00	2026-12-06 23:31:23.85157+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
19	3	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	13	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 19}	{"resource": {"resource_id": "RES-043243", "resource_type": "IPv4 Address", "serial_number": "SN0789466567", "status": "reserved"}}	2026-12-06 23:31:23.812761+00	2026-12-06 23:31:23.824294+00	2026-12-06 23:31:23.851588+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
22	3	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	14	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 22}	{"resource": {"resource_id": "RES-225568", "resource_type": "IPv4 Block", "serial_number": "SN8949122160", "status": "reserved"}}	2026-12-06 23:31:23.812763+00	2026-12-06 23:31:23.824294+00	2026-12-06 23:31:23.851604+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
25	3	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	15	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 25}	{"resource": {"resource_id": "RES-993359", "resource_type": "Router", "serial_number": "SN9038449111", "status": "reserved"}}	2026-12-06 23:31:23.812765+00	2026-12-06 23:31:23.824294+00	2026-12-06 23:31:23.85162+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
28	3	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	16	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 28}	{"resource": {"resource_id": "RES-440843", "resource_type": "Technician Slot", "serial_number": "SN8051433221", "status": "reserved"}}	2026-12-06 23:31:23.812767+00	2026-12-06 23:31:23.824294+00	2026-12-06 23:31:23.851637+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
26	3	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	completed	plan_service_order	21	[25]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 26, "survey_result": "ready"}	{"service": {"service_id": "SVC-128808", "access_port": "ge-0/0/24", "ip_address": "10.58.15.10", "status": "active"}}	2026-12-06 23:31:23.812765+00	2026-12-06 23:31:23.887367+00	2026-12-06 23:31:23.920186+00	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
20	3	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	completed	plan_service_order	19	[19]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 20, "survey_result": "ready"}	{"service": {"service_id": "SVC-844708", "access_port": "ge-0/0/4", "ip_address": "10.208.128.110", "status": "active"}}	2026-12-06 23:31:23.812762+00	2026-12-06 23:31:23.887367+00	2026-12-06 23:31:23.920151+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
23	3	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	completed	plan_service_order	20	[22]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 23, "survey_result": "ready"}	{"service": {"service_id": "SVC-259411", "access_port": "ge-0/3/19", "ip_address": "10.161.37.13", "status": "active"}}	2026-12-06 23:31:23.812763+00	2026-12-06 23:31:23.887367+00	2026-12-06 23:31:23.920169+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
36	4	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[33, 35]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 36}	{}	2026-12-06 23:31:24.019744+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
33	4	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	failed	plan_service_order	33	[31, 32]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 33, "survey_result": "ready"}	{}	2026-12-06 23:31:24.019742+00	2026-12-06 23:31:24.088996+00	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
35	4	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	failed	plan_service_order	34	[34]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 35, "survey_result": "ready"}	{}	2026-12-06 23:31:24.019743+00	2026-12-06 23:31:24.088996+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
39	4	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[38]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 39}	{}	2026-12-06 23:31:24.019745+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
42	4	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[41]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 42}	{}	2026-12-06 23:31:24.019747+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
45	4	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[44]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 45}	{}	2026-12-06 23:31:24.01975+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
31	4	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	26	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 31}	{"resource": {"resource_id": "RES-509417", "resource_type": "ONT", "serial_number": "SN9315547778", "status": "reserved"}}	2026-12-06 23:31:24.019737+00	2026-12-06 23:31:24.031278+00	2026-12-06 23:31:24.059573+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
32	4	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	27	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 32}	{"resource": {"resource_id": "RES-563345", "resource_type": "Access Port", "serial_number": "SN3969587369", "status": "reserved"}}	2026-12-06 23:31:24.019741+00	2026-12-06 23:31:24.031278+00	2026-12-06 23:31:24.059613+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
38	4	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	failed	plan_service_order	35	[37]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 38, "survey_result": "ready"}	{}	2026-12-06 23:31:24.019745+00	2026-12-06 23:31:24.088996+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
41	4	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	failed	plan_service_order	36	[40]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 41, "survey_result": "ready"}	{}	2026-12-06 23:31:24.019747+00	2026-12-06 23:31:24.088996+00	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
37	4	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	29	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 37}	{"resource": {"resource_id": "RES-437356", "resource_type": "IPv4 Block", "serial_number": "SN7004257358", "status": "reserved"}}	2026-12-06 23:31:24.019744+00	2026-12-06 23:31:24.031278+00	2026-12-06 23:31:24.059645+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
40	4	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	30	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 40}	{"resource": {"resource_id": "RES-967438", "resource_type": "Router", "serial_number": "SN4699987048", "status": "reserved"}}	2026-12-06 23:31:24.019746+00	2026-12-06 23:31:24.031278+00	2026-12-06 23:31:24.059662+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
43	4	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	31	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 43}	{"resource": {"resource_id": "RES-124614", "resource_type": "Technician Slot", "serial_number": "SN5619115254", "status": "reserved"}}	2026-12-06 23:31:24.019748+00	2026-12-06 23:31:24.031278+00	2026-12-06 23:31:24.05968+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
48	5	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	failed	plan_service_order	45	[46, 47]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 48, "survey_result": "ready"}	{}	2026-12-06 23:31:24.225359+00	2026-12-06 23:31:24.290417+00	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
50	5	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	failed	plan_service_order	46	[49]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 50, "survey_result": "ready"}	{}	2026-12-06 23:31:24.225361+00	2026-12-06 23:31:24.290417+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
51	5	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[48, 50]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 51}	{}	2026-12-06 23:31:24.225361+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
54	5	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[53]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 54}	{}	2026-12-06 23:31:24.225363+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
57	5	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[56]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 57}	{}	2026-12-06 23:31:24.225364+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
60	5	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[59]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 60}	{}	2026-12-06 23:31:24.225366+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
46	5	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	38	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 46}	{"resource": {"resource_id": "RES-566953", "resource_type": "ONT", "serial_number": "SN7548113280", "status": "reserved"}}	2026-12-06 23:31:24.225356+00	2026-12-06 23:31:24.236016+00	2026-12-06 23:31:24.262618+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
59	5	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	44	[58]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59}	{}	2026-12-06 23:31:24.225365+00	2026-12-06 23:31:24.267491+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
53	5	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	failed	plan_service_order	47	[52]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 53, "survey_result": "ready"}	{}	2026-12-06 23:31:24.225362+00	2026-12-06 23:31:24.290417+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
56	5	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	failed	plan_service_order	48	[55]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 56, "survey_result": "ready"}	{}	2026-12-06 23:31:24.225364+00	2026-12-06 23:31:24.290417+00	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
52	5	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	41	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 52}	{"resource": {"resource_id": "RES-282237", "resource_type": "IPv4 Block", "serial_number": "SN6117284587", "status": "reserved"}}	2026-12-06 23:31:24.225362+00	2026-12-06 23:31:24.236016+00	2026-12-06 23:31:24.262682+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
55	5	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	42	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 55}	{"resource": {"resource_id": "RES-347704", "resource_type": "Router", "serial_number": "SN4173160660", "status": "reserved"}}	2026-12-06 23:31:24.225363+00	2026-12-06 23:31:24.236016+00	2026-12-06 23:31:24.262698+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
58	5	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	43	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 58}	{"resource": {"resource_id": "RES-675826", "resource_type": "Technician Slot", "serial_number": "SN2240267283", "status": "reserved"}}	2026-12-06 23:31:24.225365+00	2026-12-06 23:31:24.236016+00	2026-12-06 23:31:24.262714+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
63	6	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	completed	plan_service_order	57	[61, 62]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 63, "survey_result": "ready"}	{"service": {"service_id": "SVC-290122", "access_port": "ge-0/2/10", "ip_address": "10.122.160.124", "status": "active"}}	2026-12-06 23:31:24.390223+00	2026-12-06 23:31:24.453585+00	2026-12-06 23:31:24.479297+00	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
65	6	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	completed	plan_service_order	58	[64]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 65, "survey_result": "ready"}	{"service": {"service_id": "SVC-424400", "access_port": "ge-0/0/32", "ip_address": "10.150.197.2", "status": "active"}}	2026-12-06 23:31:24.390225+00	2026-12-06 23:31:24.453585+00	2026-12-06 23:31:24.479334+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
61	6	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	50	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 61}	{"resource": {"resource_id": "RES-290779", "resource_type": "ONT", "serial_number": "SN1632547172", "status": "reserved"}}	2026-12-06 23:31:24.390219+00	2026-12-06 23:31:24.400804+00	2026-12-06 23:31:24.426656+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
62	6	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	51	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 62}	{"resource": {"resource_id": "RES-374473", "resource_type": "Access Port", "serial_number": "SN1988388281", "status": "reserved"}}	2026-12-06 23:31:24.390223+00	2026-12-06 23:31:24.400804+00	2026-12-06 23:31:24.426692+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
68	6	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	completed	plan_service_order	59	[67]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 68, "survey_result": "ready"}	{"service": {"service_id": "SVC-241910", "access_port": "ge-0/2/38", "ip_address": "10.160.217.112", "status": "active"}}	2026-12-06 23:31:24.390226+00	2026-12-06 23:31:24.453585+00	2026-12-06 23:31:24.479351+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
66	6	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	completed	plan_product_order	61	[63, 65]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 66}	{"billing": {"billing_item_id": "BIL-1499932", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}	2026-12-06 23:31:24.390225+00	2026-12-06 23:31:24.484805+00	2026-12-06 23:31:24.499321+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
69	6	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	completed	plan_product_order	62	[68]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 69}	{"billing": {"billing_item_id": "BIL-8098465", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}	2026-12-06 23:31:24.390227+00	2026-12-06 23:31:24.484805+00	2026-12-06 23:31:24.499358+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
72	6	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	completed	plan_product_order	63	[71]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 72}	{"billing": {"billing_item_id": "BIL-0982245", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}	2026-12-06 23:31:24.390229+00	2026-12-06 23:31:24.484805+00	2026-12-06 23:31:24.499376+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
75	6	product	Installation Product (Installation)	Installation Product	add	[4]	completed	plan_product_order	64	[74]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 75}	{"billing": {"billing_item_id": "BIL-8776844", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}}	2026-12-06 23:31:24.39023+00	2026-12-06 23:31:24.517106+00	2026-12-06 23:31:24.529092+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
64	6	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	52	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 64}	{"resource": {"resource_id": "RES-642737", "resource_type": "IPv4 Address", "serial_number": "SN1603253526", "status": "reserved"}}	2026-12-06 23:31:24.390224+00	2026-12-06 23:31:24.400804+00	2026-12-06 23:31:24.426708+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
67	6	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	53	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 67}	{"resource": {"resource_id": "RES-864313", "resource_type": "IPv4 Block", "serial_number": "SN1258873268", "status": "reserved"}}	2026-12-06 23:31:24.390226+00	2026-12-06 23:31:24.400804+00	2026-12-06 23:31:24.426723+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
70	6	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	54	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 70}	{"resource": {"resource_id": "RES-312022", "resource_type": "Router", "serial_number": "SN3138591338", "status": "reserved"}}	2026-12-06 23:31:24.390227+00	2026-12-06 23:31:24.400804+00	2026-12-06 23:31:24.426738+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
73	6	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	55	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 73}	{"resource": {"resource_id": "RES-915803", "resource_type": "Technician Slot", "serial_number": "SN9310930634", "status": "reserved"}}	2026-12-06 23:31:24.390229+00	2026-12-06 23:31:24.400804+00	2026-12-06 23:31:24.426754+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
71	6	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	completed	plan_service_order	60	[70]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 71, "survey_result": "ready"}	{"service": {"service_id": "SVC-640644", "access_port": "ge-0/0/36", "ip_address": "10.144.62.46", "status": "active"}}	2026-12-06 23:31:24.390228+00	2026-12-06 23:31:24.453585+00	2026-12-06 23:31:24.479366+00	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
74	6	service	Field Visit (Installation)	Field Visit	add	[4]	completed	plan_field_visit	56	[73]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74}	{"visit": {"visit_id": "FSV-500715", "engineer": "Lee Wong", "date": "2026-12-12", "slot": "13:00-17:00", "status": "scheduled"}, "survey_result": "ready", "ont_serial": "ONT1234567"}	2026-12-06 23:31:24.39023+00	2026-12-06 23:31:24.431309+00	2026-12-06 23:31:24.513719+00	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
\.


--
-- Data for Name: entitlements; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.entitlements (id, account_id, order_id, product_id, service, status, created_at, insert_sentinel) FROM stdin;
1	2	6	1	Access Line	active	2026-12-06 23:31:24.545726+00	0
2	2	6	1	IP Connectivity	active	2026-12-06 23:31:24.545729+00	1
3	2	6	2	IP Connectivity	active	2026-12-06 23:31:24.545729+00	2
4	2	6	3	CPE Provisioning	active	2026-12-06 23:31:24.54573+00	3
\.


--
-- Data for Name: fallout_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fallout_events (id, fallout_id, at, actor_id, kind, detail) FROM stdin;
1	1	2026-12-06 23:31:24.123691+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
2	2	2026-12-06 23:31:24.131729+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
3	3	2026-12-06 23:31:24.138561+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
4	4	2026-12-06 23:31:24.145722+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
5	5	2026-12-06 23:31:24.311271+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
6	6	2026-12-06 23:31:24.317279+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
7	7	2026-12-06 23:31:24.322706+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
8	8	2026-12-06 23:31:24.328377+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
\.


--
-- Data for Name: fallouts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fallouts (id, instance_id, order_id, task_name, connector, error_code, message, payload, response, attempt, category, action, assign_to, assignee_id, status, next_retry_at, policy, created_at, updated_at, resolved_at) FROM stdin;
1	33	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "Access Line", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 23:31:24.112876+00	2026-12-06 23:31:24.119164+00	\N
2	34	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 23:31:24.12934+00	2026-12-06 23:31:24.129343+00	\N
3	35	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 23:31:24.136259+00	2026-12-06 23:31:24.136261+00	\N
4	36	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "CPE Provisioning", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"wifi": true}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 23:31:24.143141+00	2026-12-06 23:31:24.143143+00	\N
5	45	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "Access Line", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 23:31:54.309978+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 23:31:24.310183+00	2026-12-06 23:31:24.310185+00	\N
6	46	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 23:31:54.315952+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 23:31:24.316149+00	2026-12-06 23:31:24.316151+00	\N
7	47	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 23:31:54.321516+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 23:31:24.321703+00	2026-12-06 23:31:24.321704+00	\N
8	48	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "CPE Provisioning", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"wifi": true}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 23:31:54.327025+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 23:31:24.327213+00	2026-12-06 23:31:24.327214+00	\N
\.


--
-- Data for Name: form_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.form_versions (id, filename, version, deployment_id, file_id, schema) FROM stdin;
1	approval.json	1	1	1	{"title": "Approval", "type": "object", "required": ["decision"], "properties": {"decision": {"type": "string", "title": "Decision", "enum": ["approve", "reject"]}, "reason": {"type": "string", "title": "Reason", "maxLength": 300}}}
2	approve_adjustments.json	1	1	2	{"title": "Approve price adjustments", "type": "object", "required": ["adjustments_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total", "readOnly": true}, "currency": {"type": "string", "title": "Currency", "readOnly": true}, "adjustments_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve the discounts"}, {"const": "reject", "title": "Reject the order"}]}, "adjustments_note": {"type": "string", "title": "Note to the order agent", "maxLength": 500}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}
3	customer_request_handling-uischema.json	1	1	3	{"ui:order": ["customer", "order_id", "order_state", "request_kind", "requested_by", "request_text", "resolution", "resolution_note"], "request_text": {"ui:widget": "textarea"}, "resolution": {"ui:widget": "radio"}, "resolution_note": {"ui:widget": "textarea", "ui:help": "Written for the customer: what was done, or why not."}}
4	customer_request_handling.json	1	1	4	{"title": "Handle customer request", "description": "The customer's request is shown as they wrote it. Open the order (linked above) and choose what happens: 'Cancel the order' cancels it now, if its plans still allow it; a change is made with Revise on the order page first. The customer sees what actually happened, and your note.", "type": "object", "required": ["resolution", "resolution_note"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "order_id": {"type": "integer", "title": "Order", "readOnly": true}, "order_state": {"type": "string", "title": "Order state when asked", "readOnly": true}, "request_kind": {"type": "string", "title": "Request", "readOnly": true, "oneOf": [{"const": "issue", "title": "Issue"}, {"const": "change", "title": "Change"}, {"const": "cancellation", "title": "Cancellation"}]}, "request_text": {"type": "string", "title": "What the customer wrote", "readOnly": true}, "requested_by": {"type": "string", "title": "Asked by", "readOnly": true}, "resolution": {"type": "string", "title": "What happens", "oneOf": [{"const": "cancel_order", "title": "Cancel the order (refused and reported if it is past its point of no return)"}, {"const": "answered", "title": "Answered (an issue explained, or a change already made with Revise)"}, {"const": "declined", "title": "Declined: the note says why"}, {"const": "escalated", "title": "Passed to a specialist team"}]}, "resolution_note": {"type": "string", "title": "Note to the customer", "minLength": 1, "maxLength": 2000}}}
5	install_ont.json	1	1	5	{"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}
6	order_approval.json	1	1	6	{"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total", "readOnly": true}, "currency": {"type": "string", "title": "Currency", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}
7	order_technical_details.json	1	1	7	{"title": "Technical details", "type": "object", "required": ["serving_exchange"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "serving_exchange": {"type": "string", "title": "Serving exchange", "minLength": 3, "maxLength": 40}, "site_notes": {"type": "string", "title": "Site notes for the engineers", "maxLength": 500}}}
8	revision_approval.json	1	1	8	{"title": "Approve revision", "description": "A change to an order in flight needs your approval before it is carried out. What it would do is computed again on the order as it is when you decide.", "type": "object", "required": ["revision_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "order_id": {"type": "integer", "title": "Order", "readOnly": true}, "revision": {"type": "integer", "title": "Revision", "readOnly": true}, "approval_reason": {"type": "string", "title": "Why it needs approval", "readOnly": true}, "impact_summary": {"type": "string", "title": "What it does", "readOnly": true}, "revision_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: carry out the revision"}, {"const": "reject", "title": "Reject: the order stays as it is"}]}, "revision_note": {"type": "string", "title": "Note (shown on the order)", "maxLength": 500}}}
9	survey_site.json	1	1	9	{"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}
10	technical_details.json	1	1	10	{"title": "Technical details", "type": "object", "required": ["bandwidth", "site_postcode", "install_date"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "bandwidth": {"type": "integer", "title": "Bandwidth (Mbps)", "enum": [100, 500, 1000]}, "site_postcode": {"type": "string", "title": "Site postcode", "pattern": "^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$", "maxLength": 8, "errorMessage": "A UK postcode in capitals, e.g. SW1A 1AA."}, "install_date": {"type": "string", "format": "date", "title": "Installation date"}, "cabling_needed": {"type": "boolean", "title": "New cabling needed", "default": false}, "floor": {"type": "integer", "title": "Floor", "minimum": -2, "maximum": 60}, "notes": {"type": "string", "title": "Notes", "maxLength": 500}}}
\.


--
-- Data for Name: import_batches; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.import_batches (id, filename, user_id, created_at, finished_at, next_check_at, requeues) FROM stdin;
\.


--
-- Data for Name: import_rows; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.import_rows (id, batch_id, line, payload, status, order_id, error) FROM stdin;
\.


--
-- Data for Name: instance_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.instance_events (id, instance_id, at, actor_id, kind, task_name, message, detail) FROM stdin;
1	1	2026-12-06 23:31:23.44095+00	2	started		customer_order version 1	{}
2	1	2026-12-06 23:31:23.44099+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
3	1	2026-12-06 23:31:23.440992+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
4	1	2026-12-06 23:31:23.443025+00	\N	service_call	Record enrichment on the order		{"call": 1, "connector": "ordra/record_enrichment", "attempt": 1}
5	1	2026-12-06 23:31:23.448094+00	\N	service_result	Record enrichment on the order		{"call": 1}
6	1	2026-12-06 23:31:23.473419+00	\N	task_ready	Approve order		{"work_item": 1, "role": "order_approver"}
7	1	2026-12-06 23:31:23.473433+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
8	2	2026-12-06 23:31:23.537045+00	2	started		customer_order version 1	{}
9	2	2026-12-06 23:31:23.537097+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
10	2	2026-12-06 23:31:23.537103+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
11	2	2026-12-06 23:31:23.53814+00	\N	service_call	Record enrichment on the order		{"call": 2, "connector": "ordra/record_enrichment", "attempt": 1}
12	2	2026-12-06 23:31:23.54195+00	\N	service_result	Record enrichment on the order		{"call": 2}
13	2	2026-12-06 23:31:23.550152+00	\N	task_ready	Approve order		{"work_item": 2, "role": "order_approver"}
14	2	2026-12-06 23:31:23.550168+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
15	2	2026-12-06 23:31:23.58137+00	5	task_completed	Approve order		{"work_item": 2, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "currency": "GBP", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
16	2	2026-12-06 23:31:23.589321+00	\N	service_call	Decompose into domain orders		{"call": 3, "connector": "ordra/decompose", "attempt": 1}
17	3	2026-12-06 23:31:23.679367+00	\N	started		plan_resource_order version 1	{}
18	4	2026-12-06 23:31:23.679478+00	\N	started		plan_resource_order version 1	{}
19	5	2026-12-06 23:31:23.679524+00	\N	started		plan_resource_order version 1	{}
20	6	2026-12-06 23:31:23.679564+00	\N	started		plan_resource_order version 1	{}
21	7	2026-12-06 23:31:23.679599+00	\N	started		plan_resource_order version 1	{}
22	8	2026-12-06 23:31:23.679643+00	\N	started		plan_resource_order version 1	{}
23	3	2026-12-06 23:31:23.682123+00	\N	service_call	Reserve resource		{"call": 4, "connector": "inventory/reserve", "attempt": 1}
24	4	2026-12-06 23:31:23.68214+00	\N	service_call	Reserve resource		{"call": 5, "connector": "inventory/reserve", "attempt": 1}
25	5	2026-12-06 23:31:23.682145+00	\N	service_call	Reserve resource		{"call": 6, "connector": "inventory/reserve", "attempt": 1}
26	6	2026-12-06 23:31:23.68215+00	\N	service_call	Reserve resource		{"call": 7, "connector": "inventory/reserve", "attempt": 1}
27	7	2026-12-06 23:31:23.682154+00	\N	service_call	Reserve resource		{"call": 8, "connector": "inventory/reserve", "attempt": 1}
28	8	2026-12-06 23:31:23.682158+00	\N	service_call	Reserve resource		{"call": 9, "connector": "inventory/reserve", "attempt": 1}
29	2	2026-12-06 23:31:23.682754+00	\N	service_result	Decompose into domain orders		{"call": 3}
30	2	2026-12-06 23:31:23.692292+00	\N	service_call	Wait for the domain orders		{"call": 10, "connector": "ordra/await_fulfilment", "attempt": 1}
31	2	2026-12-06 23:31:23.692618+00	\N	service_waiting	Wait for the domain orders		{"call": 10}
32	3	2026-12-06 23:31:23.722057+00	\N	service_result	Reserve resource		{"call": 4}
33	3	2026-12-06 23:31:23.723518+00	\N	completed			{}
34	4	2026-12-06 23:31:23.723668+00	\N	service_result	Reserve resource		{"call": 5}
35	4	2026-12-06 23:31:23.724768+00	\N	completed			{}
36	5	2026-12-06 23:31:23.725013+00	\N	service_result	Reserve resource		{"call": 6}
37	5	2026-12-06 23:31:23.726179+00	\N	completed			{}
38	6	2026-12-06 23:31:23.726314+00	\N	service_result	Reserve resource		{"call": 7}
39	6	2026-12-06 23:31:23.728526+00	\N	completed			{}
40	7	2026-12-06 23:31:23.728666+00	\N	service_result	Reserve resource		{"call": 8}
41	7	2026-12-06 23:31:23.729758+00	\N	completed			{}
42	8	2026-12-06 23:31:23.729896+00	\N	service_result	Reserve resource		{"call": 9}
43	8	2026-12-06 23:31:23.730875+00	\N	completed			{}
44	9	2026-12-06 23:31:23.747437+00	\N	started		plan_field_visit version 1	{}
45	9	2026-12-06 23:31:23.751736+00	\N	task_ready	Survey site		{"work_item": 3, "role": "fulfillment_agent"}
46	10	2026-12-06 23:31:23.78251+00	2	started		customer_order version 1	{}
47	10	2026-12-06 23:31:23.782543+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
48	10	2026-12-06 23:31:23.782545+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
49	10	2026-12-06 23:31:23.78326+00	\N	service_call	Record enrichment on the order		{"call": 11, "connector": "ordra/record_enrichment", "attempt": 1}
50	10	2026-12-06 23:31:23.786106+00	\N	service_result	Record enrichment on the order		{"call": 11}
51	10	2026-12-06 23:31:23.791744+00	\N	task_ready	Approve order		{"work_item": 4, "role": "order_approver"}
52	10	2026-12-06 23:31:23.791757+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
53	10	2026-12-06 23:31:23.802071+00	5	task_completed	Approve order		{"work_item": 4, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "currency": "GBP", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
54	10	2026-12-06 23:31:23.806451+00	\N	service_call	Decompose into domain orders		{"call": 12, "connector": "ordra/decompose", "attempt": 1}
55	11	2026-12-06 23:31:23.822456+00	\N	started		plan_resource_order version 1	{}
56	12	2026-12-06 23:31:23.822525+00	\N	started		plan_resource_order version 1	{}
57	13	2026-12-06 23:31:23.822557+00	\N	started		plan_resource_order version 1	{}
58	14	2026-12-06 23:31:23.822584+00	\N	started		plan_resource_order version 1	{}
59	15	2026-12-06 23:31:23.822609+00	\N	started		plan_resource_order version 1	{}
60	16	2026-12-06 23:31:23.822633+00	\N	started		plan_resource_order version 1	{}
61	11	2026-12-06 23:31:23.824112+00	\N	service_call	Reserve resource		{"call": 13, "connector": "inventory/reserve", "attempt": 1}
62	12	2026-12-06 23:31:23.824122+00	\N	service_call	Reserve resource		{"call": 14, "connector": "inventory/reserve", "attempt": 1}
63	13	2026-12-06 23:31:23.824125+00	\N	service_call	Reserve resource		{"call": 15, "connector": "inventory/reserve", "attempt": 1}
64	14	2026-12-06 23:31:23.824128+00	\N	service_call	Reserve resource		{"call": 16, "connector": "inventory/reserve", "attempt": 1}
65	15	2026-12-06 23:31:23.824131+00	\N	service_call	Reserve resource		{"call": 17, "connector": "inventory/reserve", "attempt": 1}
66	16	2026-12-06 23:31:23.824134+00	\N	service_call	Reserve resource		{"call": 18, "connector": "inventory/reserve", "attempt": 1}
67	10	2026-12-06 23:31:23.824525+00	\N	service_result	Decompose into domain orders		{"call": 12}
68	10	2026-12-06 23:31:23.830169+00	\N	service_call	Wait for the domain orders		{"call": 19, "connector": "ordra/await_fulfilment", "attempt": 1}
69	10	2026-12-06 23:31:23.830389+00	\N	service_waiting	Wait for the domain orders		{"call": 19}
84	17	2026-12-06 23:31:23.870434+00	3	task_completed	Survey site		{"work_item": 5, "data": {"site_postcode": "SW1A 1AA", "survey_result": "ready", "survey_notes": null}}
85	17	2026-12-06 23:31:23.874384+00	\N	service_call	Hand the survey result to the order		{"call": 20, "connector": "ordra/provide_data", "attempt": 1}
86	18	2026-12-06 23:31:23.885965+00	\N	started		plan_service_order version 1	{}
87	19	2026-12-06 23:31:23.886031+00	\N	started		plan_service_order version 1	{}
88	20	2026-12-06 23:31:23.886061+00	\N	started		plan_service_order version 1	{}
89	21	2026-12-06 23:31:23.886088+00	\N	started		plan_service_order version 1	{}
90	18	2026-12-06 23:31:23.887226+00	\N	service_call	Activate service		{"call": 21, "connector": "provisioning/activate", "attempt": 1}
91	19	2026-12-06 23:31:23.887236+00	\N	service_call	Activate service		{"call": 22, "connector": "provisioning/activate", "attempt": 1}
92	20	2026-12-06 23:31:23.887239+00	\N	service_call	Activate service		{"call": 23, "connector": "provisioning/activate", "attempt": 1}
93	21	2026-12-06 23:31:23.887242+00	\N	service_call	Activate service		{"call": 24, "connector": "provisioning/activate", "attempt": 1}
94	17	2026-12-06 23:31:23.887529+00	\N	service_result	Hand the survey result to the order		{"call": 20}
95	17	2026-12-06 23:31:23.890975+00	\N	service_call	Book the engineer visit		{"call": 25, "connector": "field_service/schedule", "attempt": 1}
118	25	2026-12-06 23:31:23.970277+00	2	started		customer_order version 1	{}
119	25	2026-12-06 23:31:23.970304+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "ZZ1 1ZZ"}], "matched_rules": [{"index": 5, "rule_id": "site_other", "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}], "defaulted": false, "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}, "warnings": [], "required_decisions": {}}
120	25	2026-12-06 23:31:23.970306+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
121	25	2026-12-06 23:31:23.97094+00	\N	service_call	Record enrichment on the order		{"call": 29, "connector": "ordra/record_enrichment", "attempt": 1}
122	25	2026-12-06 23:31:23.973583+00	\N	service_result	Record enrichment on the order		{"call": 29}
123	25	2026-12-06 23:31:23.980115+00	\N	task_ready	Enter technical details		{"work_item": 7, "role": "fulfillment_agent"}
124	25	2026-12-06 23:31:23.99153+00	3	task_completed	Enter technical details		{"work_item": 7, "data": {"customer": "Bravo plc", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "LAB-1", "site_notes": null}}
125	25	2026-12-06 23:31:23.997748+00	\N	task_ready	Approve order		{"work_item": 8, "role": "order_approver"}
240	44	2026-12-06 23:31:24.32951+00	\N	service_result	Book the engineer visit		{"call": 58}
70	11	2026-12-06 23:31:23.842654+00	\N	service_result	Reserve resource		{"call": 13}
71	11	2026-12-06 23:31:23.843604+00	\N	completed			{}
72	12	2026-12-06 23:31:23.843684+00	\N	service_result	Reserve resource		{"call": 14}
73	12	2026-12-06 23:31:23.84432+00	\N	completed			{}
74	13	2026-12-06 23:31:23.844384+00	\N	service_result	Reserve resource		{"call": 15}
75	13	2026-12-06 23:31:23.845115+00	\N	completed			{}
76	14	2026-12-06 23:31:23.845255+00	\N	service_result	Reserve resource		{"call": 16}
77	14	2026-12-06 23:31:23.845871+00	\N	completed			{}
78	15	2026-12-06 23:31:23.845933+00	\N	service_result	Reserve resource		{"call": 17}
79	15	2026-12-06 23:31:23.846721+00	\N	completed			{}
80	16	2026-12-06 23:31:23.846787+00	\N	service_result	Reserve resource		{"call": 18}
81	16	2026-12-06 23:31:23.847387+00	\N	completed			{}
82	17	2026-12-06 23:31:23.855041+00	\N	started		plan_field_visit version 1	{}
83	17	2026-12-06 23:31:23.856558+00	\N	task_ready	Survey site		{"work_item": 5, "role": "fulfillment_agent"}
96	18	2026-12-06 23:31:23.903377+00	\N	service_result	Activate service		{"call": 21}
97	18	2026-12-06 23:31:23.904271+00	\N	completed			{}
98	19	2026-12-06 23:31:23.904343+00	\N	service_result	Activate service		{"call": 22}
99	19	2026-12-06 23:31:23.905126+00	\N	completed			{}
100	20	2026-12-06 23:31:23.905266+00	\N	service_result	Activate service		{"call": 23}
101	20	2026-12-06 23:31:23.905922+00	\N	completed			{}
102	21	2026-12-06 23:31:23.905988+00	\N	service_result	Activate service		{"call": 24}
103	21	2026-12-06 23:31:23.906824+00	\N	completed			{}
104	17	2026-12-06 23:31:23.906902+00	\N	service_result	Book the engineer visit		{"call": 25}
105	17	2026-12-06 23:31:23.917143+00	\N	task_ready	Install ONT on site		{"work_item": 6, "role": "fulfillment_agent"}
106	22	2026-12-06 23:31:23.926057+00	\N	started		plan_product_order version 1	{}
107	23	2026-12-06 23:31:23.926123+00	\N	started		plan_product_order version 1	{}
108	24	2026-12-06 23:31:23.926154+00	\N	started		plan_product_order version 1	{}
109	22	2026-12-06 23:31:23.927307+00	\N	service_call	Activate billing		{"call": 26, "connector": "billing/activate", "attempt": 1}
110	23	2026-12-06 23:31:23.927318+00	\N	service_call	Activate billing		{"call": 27, "connector": "billing/activate", "attempt": 1}
111	24	2026-12-06 23:31:23.927321+00	\N	service_call	Activate billing		{"call": 28, "connector": "billing/activate", "attempt": 1}
112	22	2026-12-06 23:31:23.938007+00	\N	service_result	Activate billing		{"call": 26}
113	22	2026-12-06 23:31:23.938881+00	\N	completed			{}
114	23	2026-12-06 23:31:23.938954+00	\N	service_result	Activate billing		{"call": 27}
115	23	2026-12-06 23:31:23.939563+00	\N	completed			{}
116	24	2026-12-06 23:31:23.939625+00	\N	service_result	Activate billing		{"call": 28}
117	24	2026-12-06 23:31:23.940243+00	\N	completed			{}
144	26	2026-12-06 23:31:24.049994+00	\N	service_result	Reserve resource		{"call": 31}
145	26	2026-12-06 23:31:24.050937+00	\N	completed			{}
146	27	2026-12-06 23:31:24.051014+00	\N	service_result	Reserve resource		{"call": 32}
147	27	2026-12-06 23:31:24.051682+00	\N	completed			{}
148	28	2026-12-06 23:31:24.051749+00	\N	service_result	Reserve resource		{"call": 33}
149	28	2026-12-06 23:31:24.05237+00	\N	completed			{}
150	29	2026-12-06 23:31:24.052428+00	\N	service_result	Reserve resource		{"call": 34}
151	29	2026-12-06 23:31:24.053137+00	\N	completed			{}
152	30	2026-12-06 23:31:24.053208+00	\N	service_result	Reserve resource		{"call": 35}
153	30	2026-12-06 23:31:24.054503+00	\N	completed			{}
154	31	2026-12-06 23:31:24.054587+00	\N	service_result	Reserve resource		{"call": 36}
155	31	2026-12-06 23:31:24.055335+00	\N	completed			{}
156	32	2026-12-06 23:31:24.063026+00	\N	started		plan_field_visit version 1	{}
157	32	2026-12-06 23:31:24.06434+00	\N	task_ready	Survey site		{"work_item": 9, "role": "fulfillment_agent"}
170	33	2026-12-06 23:31:24.106441+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
171	33	2026-12-06 23:31:24.122024+00	\N	fallout_failed	Activate service		{"fallout": 1, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
172	34	2026-12-06 23:31:24.125873+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
173	34	2026-12-06 23:31:24.13073+00	\N	fallout_failed	Activate service		{"fallout": 2, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
174	35	2026-12-06 23:31:24.133403+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
175	35	2026-12-06 23:31:24.13756+00	\N	fallout_failed	Activate service		{"fallout": 3, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
176	36	2026-12-06 23:31:24.140282+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
177	36	2026-12-06 23:31:24.144436+00	\N	fallout_failed	Activate service		{"fallout": 4, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
178	32	2026-12-06 23:31:24.146768+00	\N	service_result	Book the engineer visit		{"call": 43}
179	32	2026-12-06 23:31:24.1507+00	\N	task_ready	Install ONT on site		{"work_item": 10, "role": "fulfillment_agent"}
206	38	2026-12-06 23:31:24.253331+00	\N	service_result	Reserve resource		{"call": 46}
207	38	2026-12-06 23:31:24.254235+00	\N	completed			{}
208	39	2026-12-06 23:31:24.254313+00	\N	service_result	Reserve resource		{"call": 47}
209	39	2026-12-06 23:31:24.254928+00	\N	completed			{}
210	40	2026-12-06 23:31:24.254988+00	\N	service_result	Reserve resource		{"call": 48}
211	40	2026-12-06 23:31:24.255686+00	\N	completed			{}
212	41	2026-12-06 23:31:24.255752+00	\N	service_result	Reserve resource		{"call": 49}
213	41	2026-12-06 23:31:24.25633+00	\N	completed			{}
214	42	2026-12-06 23:31:24.25639+00	\N	service_result	Reserve resource		{"call": 50}
215	42	2026-12-06 23:31:24.25721+00	\N	completed			{}
216	43	2026-12-06 23:31:24.257292+00	\N	service_result	Reserve resource		{"call": 51}
217	43	2026-12-06 23:31:24.257895+00	\N	completed			{}
218	44	2026-12-06 23:31:24.26603+00	\N	started		plan_field_visit version 1	{}
219	44	2026-12-06 23:31:24.26733+00	\N	task_ready	Survey site		{"work_item": 13, "role": "fulfillment_agent"}
232	45	2026-12-06 23:31:24.306845+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
233	45	2026-12-06 23:31:24.31082+00	\N	fallout_failed	Activate service		{"fallout": 5, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
234	46	2026-12-06 23:31:24.312858+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
235	46	2026-12-06 23:31:24.316757+00	\N	fallout_failed	Activate service		{"fallout": 6, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
236	47	2026-12-06 23:31:24.318894+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
237	47	2026-12-06 23:31:24.32227+00	\N	fallout_failed	Activate service		{"fallout": 7, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
238	48	2026-12-06 23:31:24.324329+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
239	48	2026-12-06 23:31:24.327941+00	\N	fallout_failed	Activate service		{"fallout": 8, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
126	25	2026-12-06 23:31:23.997758+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
127	25	2026-12-06 23:31:24.008689+00	5	task_completed	Approve order		{"work_item": 8, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "currency": "GBP", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
128	25	2026-12-06 23:31:24.01321+00	\N	service_call	Decompose into domain orders		{"call": 30, "connector": "ordra/decompose", "attempt": 1}
129	26	2026-12-06 23:31:24.029546+00	\N	started		plan_resource_order version 1	{}
130	27	2026-12-06 23:31:24.029614+00	\N	started		plan_resource_order version 1	{}
131	28	2026-12-06 23:31:24.029645+00	\N	started		plan_resource_order version 1	{}
132	29	2026-12-06 23:31:24.029676+00	\N	started		plan_resource_order version 1	{}
133	30	2026-12-06 23:31:24.029703+00	\N	started		plan_resource_order version 1	{}
134	31	2026-12-06 23:31:24.029727+00	\N	started		plan_resource_order version 1	{}
135	26	2026-12-06 23:31:24.031095+00	\N	service_call	Reserve resource		{"call": 31, "connector": "inventory/reserve", "attempt": 1}
136	27	2026-12-06 23:31:24.031105+00	\N	service_call	Reserve resource		{"call": 32, "connector": "inventory/reserve", "attempt": 1}
137	28	2026-12-06 23:31:24.031108+00	\N	service_call	Reserve resource		{"call": 33, "connector": "inventory/reserve", "attempt": 1}
138	29	2026-12-06 23:31:24.031111+00	\N	service_call	Reserve resource		{"call": 34, "connector": "inventory/reserve", "attempt": 1}
139	30	2026-12-06 23:31:24.031114+00	\N	service_call	Reserve resource		{"call": 35, "connector": "inventory/reserve", "attempt": 1}
140	31	2026-12-06 23:31:24.031117+00	\N	service_call	Reserve resource		{"call": 36, "connector": "inventory/reserve", "attempt": 1}
141	25	2026-12-06 23:31:24.03152+00	\N	service_result	Decompose into domain orders		{"call": 30}
142	25	2026-12-06 23:31:24.037189+00	\N	service_call	Wait for the domain orders		{"call": 37, "connector": "ordra/await_fulfilment", "attempt": 1}
143	25	2026-12-06 23:31:24.037395+00	\N	service_waiting	Wait for the domain orders		{"call": 37}
158	32	2026-12-06 23:31:24.07455+00	3	task_completed	Survey site		{"work_item": 9, "data": {"site_postcode": "ZZ1 1ZZ", "survey_result": "ready", "survey_notes": null}}
159	32	2026-12-06 23:31:24.078498+00	\N	service_call	Hand the survey result to the order		{"call": 38, "connector": "ordra/provide_data", "attempt": 1}
160	33	2026-12-06 23:31:24.087357+00	\N	started		plan_service_order version 1	{}
161	34	2026-12-06 23:31:24.087429+00	\N	started		plan_service_order version 1	{}
162	35	2026-12-06 23:31:24.08746+00	\N	started		plan_service_order version 1	{}
163	36	2026-12-06 23:31:24.087491+00	\N	started		plan_service_order version 1	{}
164	33	2026-12-06 23:31:24.088785+00	\N	service_call	Activate service		{"call": 39, "connector": "provisioning/activate", "attempt": 1}
165	34	2026-12-06 23:31:24.088795+00	\N	service_call	Activate service		{"call": 40, "connector": "provisioning/activate", "attempt": 1}
166	35	2026-12-06 23:31:24.088798+00	\N	service_call	Activate service		{"call": 41, "connector": "provisioning/activate", "attempt": 1}
167	36	2026-12-06 23:31:24.088801+00	\N	service_call	Activate service		{"call": 42, "connector": "provisioning/activate", "attempt": 1}
168	32	2026-12-06 23:31:24.08916+00	\N	service_result	Hand the survey result to the order		{"call": 38}
169	32	2026-12-06 23:31:24.092654+00	\N	service_call	Book the engineer visit		{"call": 43, "connector": "field_service/schedule", "attempt": 1}
180	37	2026-12-06 23:31:24.182328+00	2	started		customer_order version 1	{}
181	37	2026-12-06 23:31:24.182355+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "TT1 1TT"}], "matched_rules": [{"index": 5, "rule_id": "site_other", "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}], "defaulted": false, "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}, "warnings": [], "required_decisions": {}}
182	37	2026-12-06 23:31:24.182357+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
183	37	2026-12-06 23:31:24.182993+00	\N	service_call	Record enrichment on the order		{"call": 44, "connector": "ordra/record_enrichment", "attempt": 1}
184	37	2026-12-06 23:31:24.185645+00	\N	service_result	Record enrichment on the order		{"call": 44}
185	37	2026-12-06 23:31:24.18986+00	\N	task_ready	Enter technical details		{"work_item": 11, "role": "fulfillment_agent"}
186	37	2026-12-06 23:31:24.199296+00	3	task_completed	Enter technical details		{"work_item": 11, "data": {"customer": "Bravo plc", "site_postcode": "TT1 1TT", "serving_exchange": "LAB-1", "site_notes": null}}
187	37	2026-12-06 23:31:24.20502+00	\N	task_ready	Approve order		{"work_item": 12, "role": "order_approver"}
188	37	2026-12-06 23:31:24.20503+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
189	37	2026-12-06 23:31:24.214564+00	5	task_completed	Approve order		{"work_item": 12, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "currency": "GBP", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
190	37	2026-12-06 23:31:24.218549+00	\N	service_call	Decompose into domain orders		{"call": 45, "connector": "ordra/decompose", "attempt": 1}
191	38	2026-12-06 23:31:24.234288+00	\N	started		plan_resource_order version 1	{}
192	39	2026-12-06 23:31:24.23437+00	\N	started		plan_resource_order version 1	{}
193	40	2026-12-06 23:31:24.2344+00	\N	started		plan_resource_order version 1	{}
194	41	2026-12-06 23:31:24.234427+00	\N	started		plan_resource_order version 1	{}
195	42	2026-12-06 23:31:24.23445+00	\N	started		plan_resource_order version 1	{}
196	43	2026-12-06 23:31:24.234473+00	\N	started		plan_resource_order version 1	{}
197	38	2026-12-06 23:31:24.235845+00	\N	service_call	Reserve resource		{"call": 46, "connector": "inventory/reserve", "attempt": 1}
198	39	2026-12-06 23:31:24.235854+00	\N	service_call	Reserve resource		{"call": 47, "connector": "inventory/reserve", "attempt": 1}
199	40	2026-12-06 23:31:24.235857+00	\N	service_call	Reserve resource		{"call": 48, "connector": "inventory/reserve", "attempt": 1}
200	41	2026-12-06 23:31:24.23586+00	\N	service_call	Reserve resource		{"call": 49, "connector": "inventory/reserve", "attempt": 1}
201	42	2026-12-06 23:31:24.235863+00	\N	service_call	Reserve resource		{"call": 50, "connector": "inventory/reserve", "attempt": 1}
202	43	2026-12-06 23:31:24.235866+00	\N	service_call	Reserve resource		{"call": 51, "connector": "inventory/reserve", "attempt": 1}
203	37	2026-12-06 23:31:24.236238+00	\N	service_result	Decompose into domain orders		{"call": 45}
204	37	2026-12-06 23:31:24.241354+00	\N	service_call	Wait for the domain orders		{"call": 52, "connector": "ordra/await_fulfilment", "attempt": 1}
205	37	2026-12-06 23:31:24.241556+00	\N	service_waiting	Wait for the domain orders		{"call": 52}
220	44	2026-12-06 23:31:24.277142+00	3	task_completed	Survey site		{"work_item": 13, "data": {"site_postcode": "TT1 1TT", "survey_result": "ready", "survey_notes": null}}
221	44	2026-12-06 23:31:24.280533+00	\N	service_call	Hand the survey result to the order		{"call": 53, "connector": "ordra/provide_data", "attempt": 1}
222	45	2026-12-06 23:31:24.288847+00	\N	started		plan_service_order version 1	{}
223	46	2026-12-06 23:31:24.288973+00	\N	started		plan_service_order version 1	{}
224	47	2026-12-06 23:31:24.289007+00	\N	started		plan_service_order version 1	{}
225	48	2026-12-06 23:31:24.289033+00	\N	started		plan_service_order version 1	{}
226	45	2026-12-06 23:31:24.290282+00	\N	service_call	Activate service		{"call": 54, "connector": "provisioning/activate", "attempt": 1}
227	46	2026-12-06 23:31:24.290292+00	\N	service_call	Activate service		{"call": 55, "connector": "provisioning/activate", "attempt": 1}
228	47	2026-12-06 23:31:24.290294+00	\N	service_call	Activate service		{"call": 56, "connector": "provisioning/activate", "attempt": 1}
229	48	2026-12-06 23:31:24.290297+00	\N	service_call	Activate service		{"call": 57, "connector": "provisioning/activate", "attempt": 1}
230	44	2026-12-06 23:31:24.290566+00	\N	service_result	Hand the survey result to the order		{"call": 53}
231	44	2026-12-06 23:31:24.293818+00	\N	service_call	Book the engineer visit		{"call": 58, "connector": "field_service/schedule", "attempt": 1}
242	49	2026-12-06 23:31:24.363207+00	2	started		customer_order version 1	{}
243	49	2026-12-06 23:31:24.363233+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
244	49	2026-12-06 23:31:24.363235+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
245	49	2026-12-06 23:31:24.363859+00	\N	service_call	Record enrichment on the order		{"call": 59, "connector": "ordra/record_enrichment", "attempt": 1}
246	49	2026-12-06 23:31:24.366427+00	\N	service_result	Record enrichment on the order		{"call": 59}
247	49	2026-12-06 23:31:24.371921+00	\N	task_ready	Approve order		{"work_item": 15, "role": "order_approver"}
248	49	2026-12-06 23:31:24.371932+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
249	49	2026-12-06 23:31:24.380579+00	5	task_completed	Approve order		{"work_item": 15, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "currency": "GBP", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
250	49	2026-12-06 23:31:24.384344+00	\N	service_call	Decompose into domain orders		{"call": 60, "connector": "ordra/decompose", "attempt": 1}
251	50	2026-12-06 23:31:24.399183+00	\N	started		plan_resource_order version 1	{}
252	51	2026-12-06 23:31:24.399252+00	\N	started		plan_resource_order version 1	{}
253	52	2026-12-06 23:31:24.39928+00	\N	started		plan_resource_order version 1	{}
254	53	2026-12-06 23:31:24.399303+00	\N	started		plan_resource_order version 1	{}
255	54	2026-12-06 23:31:24.399324+00	\N	started		plan_resource_order version 1	{}
256	55	2026-12-06 23:31:24.399347+00	\N	started		plan_resource_order version 1	{}
257	50	2026-12-06 23:31:24.400637+00	\N	service_call	Reserve resource		{"call": 61, "connector": "inventory/reserve", "attempt": 1}
258	51	2026-12-06 23:31:24.400647+00	\N	service_call	Reserve resource		{"call": 62, "connector": "inventory/reserve", "attempt": 1}
259	52	2026-12-06 23:31:24.40065+00	\N	service_call	Reserve resource		{"call": 63, "connector": "inventory/reserve", "attempt": 1}
260	53	2026-12-06 23:31:24.400652+00	\N	service_call	Reserve resource		{"call": 64, "connector": "inventory/reserve", "attempt": 1}
261	54	2026-12-06 23:31:24.400655+00	\N	service_call	Reserve resource		{"call": 65, "connector": "inventory/reserve", "attempt": 1}
262	55	2026-12-06 23:31:24.400657+00	\N	service_call	Reserve resource		{"call": 66, "connector": "inventory/reserve", "attempt": 1}
263	49	2026-12-06 23:31:24.401086+00	\N	service_result	Decompose into domain orders		{"call": 60}
264	49	2026-12-06 23:31:24.406055+00	\N	service_call	Wait for the domain orders		{"call": 67, "connector": "ordra/await_fulfilment", "attempt": 1}
265	49	2026-12-06 23:31:24.406247+00	\N	service_waiting	Wait for the domain orders		{"call": 67}
280	56	2026-12-06 23:31:24.440562+00	3	task_completed	Survey site		{"work_item": 16, "data": {"site_postcode": "SW1A 1AA", "survey_result": "ready", "survey_notes": null}}
281	56	2026-12-06 23:31:24.443888+00	\N	service_call	Hand the survey result to the order		{"call": 68, "connector": "ordra/provide_data", "attempt": 1}
282	57	2026-12-06 23:31:24.451976+00	\N	started		plan_service_order version 1	{}
283	58	2026-12-06 23:31:24.452039+00	\N	started		plan_service_order version 1	{}
284	59	2026-12-06 23:31:24.452067+00	\N	started		plan_service_order version 1	{}
285	60	2026-12-06 23:31:24.452093+00	\N	started		plan_service_order version 1	{}
286	57	2026-12-06 23:31:24.453456+00	\N	service_call	Activate service		{"call": 69, "connector": "provisioning/activate", "attempt": 1}
287	58	2026-12-06 23:31:24.453465+00	\N	service_call	Activate service		{"call": 70, "connector": "provisioning/activate", "attempt": 1}
241	44	2026-12-06 23:31:24.333933+00	\N	task_ready	Install ONT on site		{"work_item": 14, "role": "fulfillment_agent"}
266	50	2026-12-06 23:31:24.418255+00	\N	service_result	Reserve resource		{"call": 61}
267	50	2026-12-06 23:31:24.419105+00	\N	completed			{}
268	51	2026-12-06 23:31:24.419178+00	\N	service_result	Reserve resource		{"call": 62}
269	51	2026-12-06 23:31:24.419782+00	\N	completed			{}
270	52	2026-12-06 23:31:24.419842+00	\N	service_result	Reserve resource		{"call": 63}
271	52	2026-12-06 23:31:24.420417+00	\N	completed			{}
272	53	2026-12-06 23:31:24.420473+00	\N	service_result	Reserve resource		{"call": 64}
273	53	2026-12-06 23:31:24.421149+00	\N	completed			{}
274	54	2026-12-06 23:31:24.421214+00	\N	service_result	Reserve resource		{"call": 65}
275	54	2026-12-06 23:31:24.421985+00	\N	completed			{}
276	55	2026-12-06 23:31:24.422053+00	\N	service_result	Reserve resource		{"call": 66}
277	55	2026-12-06 23:31:24.422643+00	\N	completed			{}
278	56	2026-12-06 23:31:24.429946+00	\N	started		plan_field_visit version 1	{}
279	56	2026-12-06 23:31:24.431159+00	\N	task_ready	Survey site		{"work_item": 16, "role": "fulfillment_agent"}
292	57	2026-12-06 23:31:24.467232+00	\N	service_result	Activate service		{"call": 69}
293	57	2026-12-06 23:31:24.468104+00	\N	completed			{}
294	58	2026-12-06 23:31:24.468176+00	\N	service_result	Activate service		{"call": 70}
295	58	2026-12-06 23:31:24.468818+00	\N	completed			{}
296	59	2026-12-06 23:31:24.468879+00	\N	service_result	Activate service		{"call": 71}
297	59	2026-12-06 23:31:24.469613+00	\N	completed			{}
298	60	2026-12-06 23:31:24.469679+00	\N	service_result	Activate service		{"call": 72}
299	60	2026-12-06 23:31:24.470436+00	\N	completed			{}
300	56	2026-12-06 23:31:24.470501+00	\N	service_result	Book the engineer visit		{"call": 73}
301	56	2026-12-06 23:31:24.476709+00	\N	task_ready	Install ONT on site		{"work_item": 17, "role": "fulfillment_agent"}
302	61	2026-12-06 23:31:24.483705+00	\N	started		plan_product_order version 1	{}
303	62	2026-12-06 23:31:24.48377+00	\N	started		plan_product_order version 1	{}
304	63	2026-12-06 23:31:24.483799+00	\N	started		plan_product_order version 1	{}
305	61	2026-12-06 23:31:24.484696+00	\N	service_call	Activate billing		{"call": 74, "connector": "billing/activate", "attempt": 1}
306	62	2026-12-06 23:31:24.484705+00	\N	service_call	Activate billing		{"call": 75, "connector": "billing/activate", "attempt": 1}
307	63	2026-12-06 23:31:24.484708+00	\N	service_call	Activate billing		{"call": 76, "connector": "billing/activate", "attempt": 1}
308	61	2026-12-06 23:31:24.493769+00	\N	service_result	Activate billing		{"call": 74}
309	61	2026-12-06 23:31:24.494565+00	\N	completed			{}
310	62	2026-12-06 23:31:24.494636+00	\N	service_result	Activate billing		{"call": 75}
311	62	2026-12-06 23:31:24.495308+00	\N	completed			{}
312	63	2026-12-06 23:31:24.495372+00	\N	service_result	Activate billing		{"call": 76}
313	63	2026-12-06 23:31:24.49595+00	\N	completed			{}
318	64	2026-12-06 23:31:24.524571+00	\N	service_result	Activate billing		{"call": 77}
319	64	2026-12-06 23:31:24.526166+00	\N	completed			{}
320	49	2026-12-06 23:31:24.531714+00	\N	service_result	Wait for the domain orders		{"call": 67}
321	49	2026-12-06 23:31:24.53629+00	\N	service_call	Close order: inventory, contracts, entitlements		{"call": 78, "connector": "ordra/close_order", "attempt": 1}
322	49	2026-12-06 23:31:24.540222+00	\N	service_result	Close order: inventory, contracts, entitlements		{"call": 78}
323	49	2026-12-06 23:31:24.542138+00	\N	completed			{}
288	59	2026-12-06 23:31:24.453468+00	\N	service_call	Activate service		{"call": 71, "connector": "provisioning/activate", "attempt": 1}
289	60	2026-12-06 23:31:24.453471+00	\N	service_call	Activate service		{"call": 72, "connector": "provisioning/activate", "attempt": 1}
290	56	2026-12-06 23:31:24.453728+00	\N	service_result	Hand the survey result to the order		{"call": 68}
291	56	2026-12-06 23:31:24.457043+00	\N	service_call	Book the engineer visit		{"call": 73, "connector": "field_service/schedule", "attempt": 1}
314	56	2026-12-06 23:31:24.508646+00	3	task_completed	Install ONT on site		{"work_item": 17, "data": {"site_postcode": "SW1A 1AA", "ont_serial": "ONT1234567", "install_notes": null}}
315	56	2026-12-06 23:31:24.51204+00	\N	completed			{}
316	64	2026-12-06 23:31:24.516309+00	\N	started		plan_product_order version 1	{}
317	64	2026-12-06 23:31:24.517037+00	\N	service_call	Activate billing		{"call": 77, "connector": "billing/activate", "attempt": 1}
\.


--
-- Data for Name: instance_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.instance_migrations (id, process_id, from_version, to_version, status, report, requested_by_id, created_at, finished_at, lock_version) FROM stdin;
\.


--
-- Data for Name: inventory_products; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.inventory_products (id, account_id, order_id, item_seq, offering_id, name, status, characteristics, services, resources, start_date, terminated_at, updated_at, insert_sentinel) FROM stdin;
1	2	6	1	1	Business Fibre Internet	active	{"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}	[{"service_id": "SVC-290122", "access_port": "ge-0/2/10", "ip_address": "10.122.160.124", "status": "active", "name": "Access Line", "id": "SVC-290122", "domain_order": 63}, {"service_id": "SVC-424400", "access_port": "ge-0/0/32", "ip_address": "10.150.197.2", "status": "active", "name": "IP Connectivity", "id": "SVC-424400", "domain_order": 65}]	[{"resource_id": "RES-290779", "resource_type": "ONT", "serial_number": "SN1632547172", "status": "reserved", "name": "ONT", "id": "RES-290779", "domain_order": 61}, {"resource_id": "RES-374473", "resource_type": "Access Port", "serial_number": "SN1988388281", "status": "reserved", "name": "Access Port", "id": "RES-374473", "domain_order": 62}, {"resource_id": "RES-642737", "resource_type": "IPv4 Address", "serial_number": "SN1603253526", "status": "reserved", "name": "IPv4 Address", "id": "RES-642737", "domain_order": 64}]	2026-12-06 23:31:24.538155+00	\N	2026-12-06 23:31:24.538158+00	0
2	2	6	2	3	Static IP Block	active	{}	[{"service_id": "SVC-241910", "access_port": "ge-0/2/38", "ip_address": "10.160.217.112", "status": "active", "name": "IP Connectivity", "id": "SVC-241910", "domain_order": 68}]	[{"resource_id": "RES-864313", "resource_type": "IPv4 Block", "serial_number": "SN1258873268", "status": "reserved", "name": "IPv4 Block", "id": "RES-864313", "domain_order": 67}]	2026-12-06 23:31:24.538159+00	\N	2026-12-06 23:31:24.538159+00	1
3	2	6	3	2	Managed Router	active	{"wifi": true}	[{"service_id": "SVC-640644", "access_port": "ge-0/0/36", "ip_address": "10.144.62.46", "status": "active", "name": "CPE Provisioning", "id": "SVC-640644", "domain_order": 71}]	[{"resource_id": "RES-312022", "resource_type": "Router", "serial_number": "SN3138591338", "status": "reserved", "name": "Router", "id": "RES-312022", "domain_order": 70}]	2026-12-06 23:31:24.53816+00	\N	2026-12-06 23:31:24.53816+00	2
4	2	6	4	5	Installation	active	{}	[{"visit_id": "FSV-500715", "engineer": "Lee Wong", "date": "2026-12-12", "slot": "13:00-17:00", "status": "scheduled", "survey_result": "ready", "ont_serial": "ONT1234567", "name": "Field Visit", "id": null, "domain_order": 74}]	[{"resource_id": "RES-915803", "resource_type": "Technician Slot", "serial_number": "SN9310930634", "status": "reserved", "name": "Technician Slot", "id": "RES-915803", "domain_order": 73}]	2026-12-06 23:31:24.53816+00	\N	2026-12-06 23:31:24.538161+00	3
\.


--
-- Data for Name: jeopardy_alerts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.jeopardy_alerts (id, watch_id, state, role, created_at, acknowledged_at, acknowledged_by_id) FROM stdin;
\.


--
-- Data for Name: jeopardy_watches; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.jeopardy_watches (id, subject_kind, subject_id, title, order_id, role, task_type, priority, sla_class, started_at, warn_at, due_at, state, closed, closed_at, decision) FROM stdin;
1	work_item	1	Approve order	1	order_approver	order_task	normal	bronze	2026-12-06 23:31:23.466666+00	2026-12-07 03:31:23.466666+00	2026-12-07 23:31:23.466666+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
2	work_item	2	Approve order	2	order_approver	order_task	normal	bronze	2026-12-06 23:31:23.5458+00	2026-12-07 03:31:23.5458+00	2026-12-07 23:31:23.5458+00	on_track	t	2026-12-06 23:31:23.589628+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
3	work_item	3	Survey site	2	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:23.749845+00	2026-12-07 23:31:23.749845+00	2026-12-08 23:31:23.749845+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
4	work_item	4	Approve order	3	order_approver	order_task	normal	bronze	2026-12-06 23:31:23.788617+00	2026-12-07 03:31:23.788617+00	2026-12-07 23:31:23.788617+00	on_track	t	2026-12-06 23:31:23.806677+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
5	work_item	5	Survey site	3	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:23.855473+00	2026-12-07 23:31:23.855473+00	2026-12-08 23:31:23.855473+00	on_track	t	2026-12-06 23:31:23.8746+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
6	work_item	6	Install ONT on site	3	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:23.916091+00	2026-12-07 23:31:23.916091+00	2026-12-08 23:31:23.916091+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
7	work_item	7	Enter technical details	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:23.979023+00	2026-12-07 23:31:23.979023+00	2026-12-08 23:31:23.979023+00	on_track	t	2026-12-06 23:31:23.997973+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
8	work_item	8	Approve order	4	order_approver	order_task	normal	bronze	2026-12-06 23:31:23.996643+00	2026-12-07 03:31:23.996643+00	2026-12-07 23:31:23.996643+00	on_track	t	2026-12-06 23:31:24.013438+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
15	work_item	11	Enter technical details	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:24.187207+00	2026-12-07 23:31:24.187207+00	2026-12-08 23:31:24.187207+00	on_track	t	2026-12-06 23:31:24.20528+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
9	work_item	9	Survey site	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:24.063364+00	2026-12-07 23:31:24.063364+00	2026-12-08 23:31:24.063364+00	on_track	t	2026-12-06 23:31:24.078704+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
10	fallout	1	Fallout 1: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 23:31:24.119766+00	2026-12-07 03:31:24.119766+00	2026-12-07 07:31:24.119766+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
11	fallout	2	Fallout 2: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 23:31:24.129941+00	2026-12-07 03:31:24.129941+00	2026-12-07 07:31:24.129941+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
12	fallout	3	Fallout 3: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 23:31:24.136773+00	2026-12-07 03:31:24.136773+00	2026-12-07 07:31:24.136773+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
13	fallout	4	Fallout 4: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 23:31:24.14369+00	2026-12-07 03:31:24.14369+00	2026-12-07 07:31:24.14369+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
14	work_item	10	Install ONT on site	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:24.149742+00	2026-12-07 23:31:24.149742+00	2026-12-08 23:31:24.149742+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
17	work_item	13	Survey site	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:24.266347+00	2026-12-07 23:31:24.266347+00	2026-12-08 23:31:24.266347+00	on_track	t	2026-12-06 23:31:24.280744+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
18	work_item	14	Install ONT on site	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:24.333032+00	2026-12-07 23:31:24.333032+00	2026-12-08 23:31:24.333032+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
20	work_item	16	Survey site	6	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:24.430252+00	2026-12-07 23:31:24.430252+00	2026-12-08 23:31:24.430252+00	on_track	t	2026-12-06 23:31:24.444084+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
16	work_item	12	Approve order	5	order_approver	order_task	normal	bronze	2026-12-06 23:31:24.203968+00	2026-12-07 03:31:24.203968+00	2026-12-07 23:31:24.203968+00	on_track	t	2026-12-06 23:31:24.218741+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
19	work_item	15	Approve order	6	order_approver	order_task	normal	bronze	2026-12-06 23:31:24.369179+00	2026-12-07 03:31:24.369179+00	2026-12-07 23:31:24.369179+00	on_track	t	2026-12-06 23:31:24.384538+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
21	work_item	17	Install ONT on site	6	fulfillment_agent	work_order	normal	bronze	2026-12-06 23:31:24.475769+00	2026-12-07 23:31:24.475769+00	2026-12-08 23:31:24.475769+00	on_track	t	2026-12-06 23:31:24.517354+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
\.


--
-- Data for Name: login_throttles; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_throttles (key, failures, window_started_at) FROM stdin;
\.


--
-- Data for Name: model_drafts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_drafts (id, user_id, kind, model_id, content, updated_at) FROM stdin;
\.


--
-- Data for Name: model_files; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_files (id, deployment_id, filename, kind, content, sha256) FROM stdin;
1	1	approval.json	form	\\x7b0a2020227469746c65223a2022417070726f76616c222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b226465636973696f6e225d2c0a20202270726f70657274696573223a207b0a20202020226465636973696f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a20224465636973696f6e222c2022656e756d223a205b22617070726f7665222c202272656a656374225d7d2c0a2020202022726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022526561736f6e222c20226d61784c656e677468223a203330307d0a20207d0a7d0a	3b760b14b7876084abc31bbf483530821d94389c029d216e57324412da947c6c
2	1	approve_adjustments.json	form	\\x7b0a2020227469746c65223a2022417070726f76652070726963652061646a7573746d656e7473222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b2261646a7573746d656e74735f6465636973696f6e225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a2020202022726563757272696e675f746f74616c223a207b2274797065223a2022737472696e67222c20227469746c65223a20224d6f6e74686c7920746f74616c222c2022726561644f6e6c79223a20747275657d2c0a202020202263757272656e6379223a207b2274797065223a2022737472696e67222c20227469746c65223a202243757272656e6379222c2022726561644f6e6c79223a20747275657d2c0a202020202261646a7573746d656e74735f6465636973696f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a20224465636973696f6e222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a2022617070726f7665222c20227469746c65223a2022417070726f76652074686520646973636f756e7473227d2c0a2020202020207b22636f6e7374223a202272656a656374222c20227469746c65223a202252656a65637420746865206f72646572227d5d7d2c0a202020202261646a7573746d656e74735f6e6f7465223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746520746f20746865206f72646572206167656e74222c20226d61784c656e677468223a203530307d2c0a2020202022637573746f6d65725f726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022526561736f6e20666f722074686520637573746f6d6572202873686f776e20696e2074686520706f7274616c2069662072656a656374656429222c0a202020202020202020202020202020202020202020202020226d61784c656e677468223a203330307d0a20207d0a7d0a	7d84a0a7d52c889351920b4b5bed93af9025d4c8eeeced2a7fdade50b2a57619
3	1	customer_request_handling-uischema.json	form	\\x7b0a20202275693a6f72646572223a205b22637573746f6d6572222c20226f726465725f6964222c20226f726465725f7374617465222c2022726571756573745f6b696e64222c20227265717565737465645f6279222c2022726571756573745f74657874222c20227265736f6c7574696f6e222c20227265736f6c7574696f6e5f6e6f7465225d2c0a202022726571756573745f74657874223a207b2275693a776964676574223a20227465787461726561227d2c0a2020227265736f6c7574696f6e223a207b2275693a776964676574223a2022726164696f227d2c0a2020227265736f6c7574696f6e5f6e6f7465223a207b2275693a776964676574223a20227465787461726561222c202275693a68656c70223a20225772697474656e20666f722074686520637573746f6d65723a20776861742077617320646f6e652c206f7220776879206e6f742e227d0a7d0a	30eea3afcee9ace5cd710722330c8761a4bb19c2d106a762213f6ab47e77c198
4	1	customer_request_handling.json	form	\\x7b0a2020227469746c65223a202248616e646c6520637573746f6d65722072657175657374222c0a2020226465736372697074696f6e223a202254686520637573746f6d6572277320726571756573742069732073686f776e20617320746865792077726f74652069742e204f70656e20746865206f7264657220286c696e6b65642061626f76652920616e642063686f6f736520776861742068617070656e733a202743616e63656c20746865206f72646572272063616e63656c73206974206e6f772c2069662069747320706c616e73207374696c6c20616c6c6f772069743b2061206368616e6765206973206d616465207769746820526576697365206f6e20746865206f7264657220706167652066697273742e2054686520637573746f6d6572207365657320776861742061637475616c6c792068617070656e65642c20616e6420796f7572206e6f74652e222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b0a20202020227265736f6c7574696f6e222c0a20202020227265736f6c7574696f6e5f6e6f7465220a20205d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a2022437573746f6d6572222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020226f726465725f6964223a207b0a2020202020202274797065223a2022696e7465676572222c0a202020202020227469746c65223a20224f72646572222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020226f726465725f7374617465223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a20224f72646572207374617465207768656e2061736b6564222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a2020202022726571756573745f6b696e64223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a202252657175657374222c0a20202020202022726561644f6e6c79223a20747275652c0a202020202020226f6e654f66223a205b0a20202020202020207b0a2020202020202020202022636f6e7374223a20226973737565222c0a20202020202020202020227469746c65223a20224973737565220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a20226368616e6765222c0a20202020202020202020227469746c65223a20224368616e6765220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a202263616e63656c6c6174696f6e222c0a20202020202020202020227469746c65223a202243616e63656c6c6174696f6e220a20202020202020207d0a2020202020205d0a202020207d2c0a2020202022726571756573745f74657874223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a2022576861742074686520637573746f6d65722077726f7465222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020227265717565737465645f6279223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a202241736b6564206279222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020227265736f6c7574696f6e223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a2022576861742068617070656e73222c0a202020202020226f6e654f66223a205b0a20202020202020207b0a2020202020202020202022636f6e7374223a202263616e63656c5f6f72646572222c0a20202020202020202020227469746c65223a202243616e63656c20746865206f7264657220287265667573656420616e64207265706f7274656420696620697420697320706173742069747320706f696e74206f66206e6f2072657475726e29220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a2022616e737765726564222c0a20202020202020202020227469746c65223a2022416e7377657265642028616e206973737565206578706c61696e65642c206f722061206368616e676520616c7265616479206d61646520776974682052657669736529220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a20226465636c696e6564222c0a20202020202020202020227469746c65223a20224465636c696e65643a20746865206e6f7465207361797320776879220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a2022657363616c61746564222c0a20202020202020202020227469746c65223a202250617373656420746f2061207370656369616c697374207465616d220a20202020202020207d0a2020202020205d0a202020207d2c0a20202020227265736f6c7574696f6e5f6e6f7465223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a20224e6f746520746f2074686520637573746f6d6572222c0a202020202020226d696e4c656e677468223a20312c0a202020202020226d61784c656e677468223a20323030300a202020207d0a20207d0a7d0a	b4cf4013a73e2e4d0d7af15559d02ff772ab12e2399799f94d835cb86d8ddd2a
5	1	install_ont.json	form	\\x7b0a2020227469746c65223a2022496e7374616c6c204f4e54206f6e2073697465222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b226f6e745f73657269616c225d2c0a20202270726f70657274696573223a207b0a2020202022736974655f706f7374636f6465223a207b2274797065223a2022737472696e67222c20227469746c65223a20225369746520706f7374636f6465222c2022726561644f6e6c79223a20747275657d2c0a20202020226f6e745f73657269616c223a207b2274797065223a2022737472696e67222c20227469746c65223a20224f4e542073657269616c206e756d626572222c20227061747465726e223a20225e5b412d5a302d395d7b362c32307d24222c20226578616d706c6573223a205b224f4e5431323334353637225d7d2c0a2020202022696e7374616c6c5f6e6f746573223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746573222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	61e3bb90c8bd4ed2ebf345f72666512e3982a7f329ad915bcfb56244833a4d33
6	1	order_approval.json	form	\\x7b0a2020227469746c65223a2022417070726f7665206f72646572222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b22617070726f76616c5f6465636973696f6e225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a2020202022726563757272696e675f746f74616c223a207b2274797065223a2022737472696e67222c20227469746c65223a20224d6f6e74686c7920746f74616c222c2022726561644f6e6c79223a20747275657d2c0a202020202263757272656e6379223a207b2274797065223a2022737472696e67222c20227469746c65223a202243757272656e6379222c2022726561644f6e6c79223a20747275657d2c0a2020202022617070726f76616c5f6465636973696f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a20224465636973696f6e222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a2022617070726f7665222c20227469746c65223a2022417070726f76653a2066756c66696c20746865206f72646572227d2c0a2020202020207b22636f6e7374223a202272656a656374222c20227469746c65223a202252656a65637420746865206f72646572227d5d7d2c0a2020202022617070726f76616c5f726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022496e7465726e616c206e6f746520287374616666206f6e6c792c2073686f776e206f6e20746865206f7264657220696e2074686520776f726b737061636529222c0a202020202020202020202020202020202020202020202020226d61784c656e677468223a203330307d2c0a2020202022637573746f6d65725f726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022526561736f6e20666f722074686520637573746f6d6572202873686f776e20696e2074686520706f7274616c2069662072656a656374656429222c0a202020202020202020202020202020202020202020202020226d61784c656e677468223a203330307d0a20207d0a7d0a	be6b937e8475cc91a61ea90677e0e22b044667034862f8e34e71d11e2ff3a5d9
7	1	order_technical_details.json	form	\\x7b0a2020227469746c65223a2022546563686e6963616c2064657461696c73222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b2273657276696e675f65786368616e6765225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a2020202022736974655f706f7374636f6465223a207b2274797065223a2022737472696e67222c20227469746c65223a20225369746520706f7374636f6465222c2022726561644f6e6c79223a20747275657d2c0a202020202273657276696e675f65786368616e6765223a207b2274797065223a2022737472696e67222c20227469746c65223a202253657276696e672065786368616e6765222c20226d696e4c656e677468223a20332c20226d61784c656e677468223a2034307d2c0a2020202022736974655f6e6f746573223a207b2274797065223a2022737472696e67222c20227469746c65223a202253697465206e6f74657320666f722074686520656e67696e65657273222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	cee0adb02c0bc4f8e4c747c4e9195d9f89a583c5e408cee0d619e39abddd144b
8	1	revision_approval.json	form	\\x7b0a2020227469746c65223a2022417070726f7665207265766973696f6e222c0a2020226465736372697074696f6e223a202241206368616e676520746f20616e206f7264657220696e20666c69676874206e6565647320796f757220617070726f76616c206265666f72652069742069732063617272696564206f75742e205768617420697420776f756c6420646f20697320636f6d707574656420616761696e206f6e20746865206f72646572206173206974206973207768656e20796f75206465636964652e222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b227265766973696f6e5f6465636973696f6e225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a20202020226f726465725f6964223a207b2274797065223a2022696e7465676572222c20227469746c65223a20224f72646572222c2022726561644f6e6c79223a20747275657d2c0a20202020227265766973696f6e223a207b2274797065223a2022696e7465676572222c20227469746c65223a20225265766973696f6e222c2022726561644f6e6c79223a20747275657d2c0a2020202022617070726f76616c5f726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022576879206974206e6565647320617070726f76616c222c2022726561644f6e6c79223a20747275657d2c0a2020202022696d706163745f73756d6d617279223a207b2274797065223a2022737472696e67222c20227469746c65223a20225768617420697420646f6573222c2022726561644f6e6c79223a20747275657d2c0a20202020227265766973696f6e5f6465636973696f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a20224465636973696f6e222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a2022617070726f7665222c20227469746c65223a2022417070726f76653a206361727279206f757420746865207265766973696f6e227d2c0a2020202020207b22636f6e7374223a202272656a656374222c20227469746c65223a202252656a6563743a20746865206f72646572207374617973206173206974206973227d5d7d2c0a20202020227265766973696f6e5f6e6f7465223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f7465202873686f776e206f6e20746865206f7264657229222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	42e30c28dd4154e28419cec76fdedbd9c1664fe36ca88c6b468a3c86b2dfe94c
9	1	survey_site.json	form	\\x7b0a2020227469746c65223a20225375727665792073697465222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b227375727665795f726573756c74225d2c0a20202270726f70657274696573223a207b0a2020202022736974655f706f7374636f6465223a207b2274797065223a2022737472696e67222c20227469746c65223a20225369746520706f7374636f6465222c2022726561644f6e6c79223a20747275657d2c0a20202020227375727665795f726573756c74223a207b2274797065223a2022737472696e67222c20227469746c65223a2022526573756c74222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a20227265616479222c20227469746c65223a202252656164793a207468652066696272652063616e20626520647261776e20746f20746865206578697374696e672064756374227d2c0a2020202020207b22636f6e7374223a2022636976696c735f6e6565646564222c20227469746c65223a2022436976696c20776f726b73206e6565646564206265666f726520746865206c696e65206973206275696c74227d5d7d2c0a20202020227375727665795f6e6f746573223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746573222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	d55e8c88735e8d5f9c9965688aaad635abbaa7d696a8e053874444d152ff4993
10	1	technical_details.json	form	\\x7b0a2020227469746c65223a2022546563686e6963616c2064657461696c73222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b2262616e647769647468222c2022736974655f706f7374636f6465222c2022696e7374616c6c5f64617465225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a202020202262616e647769647468223a207b2274797065223a2022696e7465676572222c20227469746c65223a202242616e64776964746820284d62707329222c2022656e756d223a205b3130302c203530302c20313030305d7d2c0a2020202022736974655f706f7374636f6465223a207b2274797065223a2022737472696e67222c20227469746c65223a20225369746520706f7374636f6465222c20227061747465726e223a20225e5b412d5a5d7b312c327d5b302d395d5b302d39412d5a5d3f203f5b302d395d5b412d5a5d7b327d24222c20226d61784c656e677468223a20382c20226572726f724d657373616765223a20224120554b20706f7374636f646520696e206361706974616c732c20652e672e2053573141203141412e227d2c0a2020202022696e7374616c6c5f64617465223a207b2274797065223a2022737472696e67222c2022666f726d6174223a202264617465222c20227469746c65223a2022496e7374616c6c6174696f6e2064617465227d2c0a20202020226361626c696e675f6e6565646564223a207b2274797065223a2022626f6f6c65616e222c20227469746c65223a20224e6577206361626c696e67206e6565646564222c202264656661756c74223a2066616c73657d2c0a2020202022666c6f6f72223a207b2274797065223a2022696e7465676572222c20227469746c65223a2022466c6f6f72222c20226d696e696d756d223a202d322c20226d6178696d756d223a2036307d2c0a20202020226e6f746573223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746573222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	721133c2e2338913e9746939953e560b884e62a57cd4b1ab60fd88f97737e4d5
11	1	approval_level.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d22617070726f76616c5f6c6576656c5f6465667322206e616d653d22417070726f76616c206c6576656c22206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d22617070726f76616c5f6c6576656c22206e616d653d22417070726f76616c206c6576656c223e0a202020203c6465636973696f6e5461626c652069643d22617070726f76616c5f6c6576656c5f7461626c652220686974506f6c6963793d22554e49515545223e0a2020202020203c696e7075742069643d22696e5f62616e64776964746822206c6162656c3d2242616e647769647468223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f62616e6477696474682220747970655265663d226e756d626572223e3c746578743e62616e6477696474683c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f73757263686172676522206c6162656c3d22537572636861726765223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f7375726368617267652220747970655265663d226e756d626572223e3c746578743e7375726368617267653c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f6e656564656422206e616d653d22617070726f76616c5f6e65656465642220747970655265663d22626f6f6c65616e22202f3e0a2020202020203c6f75747075742069643d226f75745f6c6576656c22206e616d653d226c6576656c2220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d22725f736d616c6c223e0a20202020202020203c696e707574456e7472792069643d2272315f6277223e3c746578743e266c743b203530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f7363223e3c746578743e303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f6e6565646564223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f6c6576656c223e3c746578743e227374616e64617264223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22725f736d616c6c5f6361626c696e67223e0a20202020202020203c696e707574456e7472792069643d2272325f6277223e3c746578743e266c743b203530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f7363223e3c746578743e2667743b20303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f6c6576656c223e3c746578743e22776f726b73223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22725f6c61726765223e0a20202020202020203c696e707574456e7472792069643d2272335f6277223e3c746578743e5b3530302e2e31303030305d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f7363223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f6c6576656c223e3c746578743e22686967682062616e647769647468223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	d5a3459c778b24419b1ce71ab755ecca1d9db8fef9b6e96c3e7dd242c023aa34
12	1	decomposition.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d226465636f6d706f736974696f6e5f6465667322206e616d653d224465636f6d706f736974696f6e22206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d226465636f6d706f736974696f6e22206e616d653d224465636f6d706f736974696f6e223e0a202020203c212d2d204f6e6520726f77207065722073706563696669636174696f6e206e6f6465206f6620616e206f72646572206c696e653a20776869636820646f6d61696e206f72646572206974206265636f6d657320286e6f6e653a207265616c69736564206279206974730a2020202020202020206368696c6472656e292c2074686520706c616e20746861742072756e732069742c207468652064617461206974206e65656473206265666f7265206974206d6179207374617274202872657175697265732c20636f6d6d612d736570617261746564292c0a20202020202020202074686520646174612069747320706c616e2070726f6475636573202870726f7669646573292c20746865206368617261637465726973746963732077686f7365206368616e6765206d616b65732061206d6f6469667920746f7563682069740a20202020202020202028776174636865733b202a203d20616e792920616e64206974732072616e6b20286c6f7765722072616e6b732066696e697368206265666f72652074686520686967686572206f6e6573207468617420757365207468656d292e0a2020202020202020204e6574776f726b207365727669636573207761697420666f7220746865207369746520737572766579207768656e20746865206f7264657220686173206f6e653a206e6f7468696e6720697320616374697661746564202874686520706c616e73270a202020202020202020706f696e74206f66206e6f2072657475726e29206265666f7265207468652073697465206973206b6e6f776e20746f206265207365727669636561626c652c20736f20616e206f726465722063616e207374696c6c2062652063616e63656c6c65640a2020202020202020206f7220726576697365642c207769746820697473207265736572766174696f6e732072656c65617365642c20756e74696c207468656e2e202d2d3e0a202020203c6465636973696f6e5461626c652069643d226465636f6d706f736974696f6e5f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f6b696e6422206c6162656c3d2253706563206b696e64223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f6b696e642220747970655265663d22737472696e67223e3c746578743e6b696e643c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f7370656322206c6162656c3d2253706563206e616d65223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f737065632220747970655265663d22737472696e67223e3c746578743e737065633c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f616374696f6e22206c6162656c3d224974656d20616374696f6e223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f616374696f6e2220747970655265663d22737472696e67223e3c746578743e616374696f6e3c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f7374617469635f697022206c6162656c3d225374617469632049502077616e746564223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f7374617469635f69702220747970655265663d22626f6f6c65616e223e3c746578743e7374617469635f69703c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f70726f647563745f7370656322206c6162656c3d2250726f647563742073706563206f6620746865206c696e65223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f70726f647563745f737065632220747970655265663d22737472696e67223e3c746578743e70726f647563745f737065633c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f646f6d61696e5f7479706522206e616d653d22646f6d61696e5f747970652220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f706c616e22206e616d653d22706c616e2220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f726571756972657322206e616d653d2272657175697265732220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f70726f766964657322206e616d653d2270726f76696465732220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f7761746368657322206e616d653d22776174636865732220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f72616e6b22206e616d653d2272616e6b2220747970655265663d226e756d62657222202f3e0a2020202020203c72756c652069643d227230223e0a20202020202020203c6465736372697074696f6e3e412073757370656e64206f7220726573756d65206368616e676573206e6f207265736f757263653a20736572766963657320616e642062696c6c696e67206172652073757370656e646564206f7220726573756d65642e3c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272305f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272305f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272305f616374696f6e223e3c746578743e2273757370656e64222c22726573756d65223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272305f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272305f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227231223e0a20202020202020203c696e707574456e7472792069643d2272315f6b696e64223e3c746578743e22636673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227232223e0a20202020202020203c696e707574456e7472792069643d2272325f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f73706563223e3c746578743e22495076342041646472657373223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f7374617469635f6970223e3c746578743e747275653c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227233223e0a20202020202020203c696e707574456e7472792069643d2272335f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f73706563223e3c746578743e22495076342041646472657373223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f70726f647563745f73706563223e3c746578743e225374617469632049502050726f64756374223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227234223e0a20202020202020203c696e707574456e7472792069643d2272345f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f73706563223e3c746578743e224950763420426c6f636b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f7374617469635f6970223e3c746578743e747275653c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f77617463686573223e3c746578743e227374617469635f6970223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227235223e0a20202020202020203c696e707574456e7472792069643d2272355f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f73706563223e3c746578743e224950763420426c6f636b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f70726f647563745f73706563223e3c746578743e225374617469632049502050726f64756374223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227236223e0a20202020202020203c696e707574456e7472792069643d2272365f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f73706563223e3c746578743e224950763420426c6f636b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227237223e0a20202020202020203c696e707574456e7472792069643d2272375f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f73706563223e3c746578743e22495076342041646472657373223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f77617463686573223e3c746578743e227374617469635f6970223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227238223e0a20202020202020203c696e707574456e7472792069643d2272385f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f73706563223e3c746578743e22566f696365204368616e6e656c223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f77617463686573223e3c746578743e226368616e6e656c73223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227239223e0a20202020202020203c696e707574456e7472792069643d2272395f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272395f73706563223e3c746578743e2254656c6570686f6e65204e756d626572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272395f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272395f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272395f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f77617463686573223e3c746578743e226e756d62657273223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723130223e0a20202020202020203c696e707574456e7472792069643d227231305f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231305f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231305f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231305f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231305f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723131223e0a20202020202020203c696e707574456e7472792069643d227231315f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231315f73706563223e3c746578743e22416363657373204c696e65223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231315f616374696f6e223e3c746578743e22616464223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231315f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231315f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f77617463686573223e3c746578743e2262616e647769647468223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723132223e0a20202020202020203c696e707574456e7472792069643d227231325f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231325f73706563223e3c746578743e22416363657373204c696e65223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231325f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231325f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231325f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f77617463686573223e3c746578743e2262616e647769647468223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723133223e0a20202020202020203c696e707574456e7472792069643d227231335f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231335f73706563223e3c746578743e22495020436f6e6e6563746976697479223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231335f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231335f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231335f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f77617463686573223e3c746578743e227374617469635f6970223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723134223e0a20202020202020203c696e707574456e7472792069643d227231345f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231345f73706563223e3c746578743e224350452050726f766973696f6e696e67223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231345f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231345f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231345f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f77617463686573223e3c746578743e2277696669223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723135223e0a20202020202020203c696e707574456e7472792069643d227231355f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231355f73706563223e3c746578743e22534950205472756e6b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231355f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231355f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231355f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f77617463686573223e3c746578743e226368616e6e656c732c6e756d62657273223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723136223e0a20202020202020203c696e707574456e7472792069643d227231365f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231365f73706563223e3c746578743e224669656c64205669736974223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231365f616374696f6e223e3c746578743e22616464223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231365f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231365f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f706c616e223e3c746578743e22706c616e5f6669656c645f7669736974223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f70726f7669646573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723137223e0a20202020202020203c696e707574456e7472792069643d227231375f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231375f73706563223e3c746578743e224669656c64205669736974223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231375f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231375f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231375f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723138223e0a20202020202020203c696e707574456e7472792069643d227231385f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231385f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231385f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231385f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231385f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f77617463686573223e3c746578743e222a223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723139223e0a20202020202020203c696e707574456e7472792069643d227231395f6b696e64223e3c746578743e2270726f64756374223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231395f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231395f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231395f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231395f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f646f6d61696e5f74797065223e3c746578743e2270726f64756374223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f706c616e223e3c746578743e22706c616e5f70726f647563745f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f77617463686573223e3c746578743e222a223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f72616e6b223e3c746578743e333c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	a515ba94e26f13801086b3a7c26c1914bbd8b6fc959dbc168c97fd41d5a67728
13	1	fallout_policy.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d2266616c6c6f75745f706f6c6963795f6465667322206e616d653d2246616c6c6f757420706f6c696379220a202020202020202020202020206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d2266616c6c6f75745f706f6c69637922206e616d653d2246616c6c6f757420706f6c696379223e0a202020203c6465636973696f6e5461626c652069643d2266616c6c6f75745f706f6c6963795f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f636f646522206c6162656c3d224572726f7220636f6465223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f636f64652220747970655265663d22737472696e67223e3c746578743e6572726f725f636f64653c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f636f6e6e6563746f7222206c6162656c3d22436f6e6e6563746f72223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f636f6e6e6563746f722220747970655265663d22737472696e67223e3c746578743e636f6e6e6563746f723c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f617474656d707422206c6162656c3d22417474656d7074223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f617474656d70742220747970655265663d226e756d626572223e3c746578743e617474656d70743c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f63617465676f727922206e616d653d2263617465676f72792220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f616374696f6e22206e616d653d22616374696f6e2220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f72657472795f616674657222206e616d653d2272657472795f61667465722220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f61737369676e5f746f22206e616d653d2261737369676e5f746f2220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d227472616e7369656e745f7265747279223e0a20202020202020203c6465736372697074696f6e3e5472616e7369656e74206661756c7473206f662065787465726e616c2073797374656d733a20726574727920627920697473656c662c2077697468206261636b6f66663c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272315f636f6465223e3c746578743e2254494d454f5554222c22554e415641494c41424c45222c2242555359223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f617474223e3c746578743e266c743b3d20333c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f636174223e3c746578743e227472616e7369656e74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f616374223e3c746578743e227265747279223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f6166746572223e3c746578743e225054333053223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227472616e7369656e745f6d616e75616c223e0a20202020202020203c6465736372697074696f6e3e5374696c6c206661696c696e67206166746572207468726565206175746f6d6174696320726574726965733a206120706572736f6e206c6f6f6b733c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272325f636f6465223e3c746578743e2254494d454f5554222c22554e415641494c41424c45222c2242555359223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f617474223e3c746578743e2667743b20333c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f636174223e3c746578743e227472616e7369656e74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d226e6574776f726b5f6361706163697479223e0a20202020202020203c696e707574456e7472792069643d2272335f636f6465223e3c746578743e22504f52545f554e415641494c41424c45223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f617474223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f636174223e3c746578743e226e6574776f726b206361706163697479223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22646174615f6572726f72223e0a20202020202020203c696e707574456e7472792069643d2272345f636f6465223e3c746578743e224d495353494e475f44415441222c22494e56414c49445f44415441223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f617474223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f636174223e3c746578743e2264617461206572726f72223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d226d6f64656c5f6572726f72223e0a20202020202020203c6465736372697074696f6e3e5363726970747320616e642072756c65732074686174206661696c2061726520746865206d6f64656c73272070726f626c656d3c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272355f636f6465223e3c746578743e225343524950545f4552524f52222c224e4f5f52554c45223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f617474223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f636174223e3c746578743e226d6f64656c206572726f72223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f746f223e3c746578743e2266616c6c6f75745f6d616e61676572223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22616e797468696e675f656c7365223e0a20202020202020203c696e707574456e7472792069643d2272365f636f6465223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f617474223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f636174223e3c746578743e22756e636c6173736966696564223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	f8bc3f18099b51e8087f64952623601514644d20dbdff108fb841807537e92bd
14	1	jeopardy_sla.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d226a656f70617264795f736c615f6465667322206e616d653d224a656f706172647920534c4173220a202020202020202020202020206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d226a656f70617264795f736c6122206e616d653d224a656f706172647920534c41223e0a202020203c6465636973696f6e5461626c652069643d226a656f70617264795f736c615f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f7479706522206c6162656c3d225461736b2074797065223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f747970652220747970655265663d22737472696e67223e3c746578743e7461736b5f747970653c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f7072696f7269747922206c6162656c3d225072696f72697479223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f7072696f726974792220747970655265663d22737472696e67223e3c746578743e7072696f726974793c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f636c61737322206c6162656c3d22534c4120636c617373223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f636c6173732220747970655265663d22737472696e67223e3c746578743e736c615f636c6173733c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f7761726e22206e616d653d227761726e5f61667465722220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f64756522206e616d653d226475655f61667465722220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d2266616c6c6f75745f757267656e74223e0a20202020202020203c696e707574456e7472792069643d2272315f74223e3c746578743e2266616c6c6f7574223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f70223e3c746578743e2268696768223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f77223e3c746578743e2250543148223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f64223e3c746578743e2250543248223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266616c6c6f7574223e0a20202020202020203c696e707574456e7472792069643d2272325f74223e3c746578743e2266616c6c6f7574223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f77223e3c746578743e2250543448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f64223e3c746578743e2250543848223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22776f726b5f6f726465725f7072656d69756d223e0a20202020202020203c696e707574456e7472792069643d2272335f74223e3c746578743e22776f726b5f6f72646572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f63223e3c746578743e227072656d69756d223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f77223e3c746578743e2250543448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f64223e3c746578743e2250543848223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22776f726b5f6f72646572223e0a20202020202020203c696e707574456e7472792069643d2272345f74223e3c746578743e22776f726b5f6f72646572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f77223e3c746578743e22503144223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f64223e3c746578743e22503244223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d226f726465725f7461736b223e0a20202020202020203c696e707574456e7472792069643d2272355f74223e3c746578743e226f726465725f7461736b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f77223e3c746578743e2250543448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f64223e3c746578743e22503144223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22637573746f6d65725f6f72646572223e0a20202020202020203c6465736372697074696f6e3e466f722070726f6d697365642064617465733a207761726e207768656e206c657373207468616e2074686973206d617267696e2028647565206d696e7573207761726e29206973206c6566743c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272365f74223e3c746578743e22637573746f6d65725f6f72646572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f77223e3c746578743e22503044223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f64223e3c746578743e22503244223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22646f6d61696e5f6f72646572223e0a20202020202020203c6465736372697074696f6e3e506c616e7320666f7220746865206f726465722074696d656c696e653a20686f77206c6f6e6720616e206175746f6d6174656420646f6d61696e206f72646572206d61792074616b65202869747320776f726b206f72646572732061646420746865697273293c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272375f74223e3c746578743e22646f6d61696e5f6f72646572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f77223e3c746578743e2250543148223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f64223e3c746578743e2250543248223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22736572766963655f63616c6c223e0a20202020202020203c6465736372697074696f6e3e412063616c6c20746f20616e6f746865722073797374656d207374696c6c20756e616e73776572656420287175657565642c206f72207468652073797374656d207361696420697420616e7377657273206c61746572293b204f726472612773206f776e20737465707320617265206e6f7420776174636865643c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272385f74223e3c746578743e22736572766963655f63616c6c223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f77223e3c746578743e22505433304d223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f64223e3c746578743e2250543248223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	a3012f867707dabac4e15ffae2df4c5fb193b86bd003ba703c93beca5a61caea
15	1	order_approval.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d226f726465725f617070726f76616c5f6465667322206e616d653d224f7264657220617070726f76616c22206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d226f726465725f617070726f76616c22206e616d653d224f7264657220617070726f76616c223e0a202020203c212d2d205768657468657220616e206f7264657220776169747320666f7220616e206f7264657220617070726f766572206265666f72652069742069732066756c66696c6c65642e2041206e65772073616c65206f722061206368616e6765206f66207768617420610a202020202020202020637573746f6d65722062757973206973206120636f6d6d65726369616c20636f6d6d69746d656e7420616e6420697320617070726f7665643b20616e206f726465722074686174206f6e6c792073757370656e64732c20726573756d6573206f720a202020202020202020646973636f6e6e656374732070726f64756374732074686520637573746f6d657220616c726561647920686173206368616e676573206e6f207072696365206f72207465726d2c20736f20697420676f657320737472616967687420746f0a20202020202020202066756c66696c6d656e742028612072756c652061646465642061626f766520746865206c61737420726f772063616e207374696c6c2061736b20666f72206f6e652c20652e672e20666f72206120676976656e207365676d656e74292e0a2020202020202020206974656d733a20746865206f726465722773206c696e65732c206561636820776974682069747320616374696f6e2e202d2d3e0a202020203c6465636973696f6e5461626c652069643d226f726465725f617070726f76616c5f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f636f6d6d65726369616c22206c6162656c3d224c696e657320746861742073656c6c206f72206368616e676520612070726f64756374223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f636f6d6d65726369616c2220747970655265663d226e756d626572223e3c746578743e636f756e74286974656d735b6e6f74286c69737420636f6e7461696e73285b2273757370656e64222c2022726573756d65222c202264656c657465225d2c206974656d2e616374696f6e29295d293c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f6c696e657322206c6162656c3d224c696e6573223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f6c696e65732220747970655265663d226e756d626572223e3c746578743e636f756e74286974656d73293c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f6e656564656422206e616d653d226f726465725f617070726f76616c5f6e65656465642220747970655265663d22626f6f6c65616e22202f3e0a2020202020203c72756c652069643d226f615f7374617475735f6368616e67655f6f6e6c79223e0a20202020202020203c696e707574456e7472792069643d226f615f7374617475735f63223e3c746578743e303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226f615f7374617475735f6c223e3c746578743e2667743b20303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d226f615f7374617475735f6e6565646564223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d226f615f636f6d6d65726369616c223e0a20202020202020203c696e707574456e7472792069643d226f615f636f6d6d65726369616c5f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226f615f636f6d6d65726369616c5f6c223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d226f615f636f6d6d65726369616c5f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	286355a35ab0e3e7048e6ac1e6a7adb70b9c8bdb85bf25d66cffb8b7fac53503
16	1	order_enrichment.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d226f726465725f656e726963686d656e745f6465667322206e616d653d224f7264657220656e726963686d656e7422206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d22656e726963686d656e745f7369746522206e616d653d225369746520656e726963686d656e74223e0a202020203c6465636973696f6e5461626c652069643d22656e726963686d656e745f736974655f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f706f7374636f646522206c6162656c3d225369746520706f7374636f6465223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f706f7374636f64652220747970655265663d22737472696e67223e3c746578743e7570706572206361736528736974655f706f7374636f6465293c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f726567696f6e22206e616d653d22726567696f6e2220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f65786368616e676522206e616d653d2273657276696e675f65786368616e67652220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f73757276657922206e616d653d227375727665795f6e65656465642220747970655265663d22626f6f6c65616e22202f3e0a2020202020203c6f75747075742069643d226f75745f64657461696c7322206e616d653d22746563686e6963616c5f64657461696c735f6e65656465642220747970655265663d22626f6f6c65616e22202f3e0a2020202020203c72756c652069643d22736974655f6563223e0a20202020202020203c696e707574456e7472792069643d22736974655f65635f696e223e3c746578743e7374617274732077697468283f2c202245432229206f72207374617274732077697468283f2c2022574322293c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65635f726567696f6e223e3c746578743e224c6f6e646f6e223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65635f65786368616e6765223e3c746578743e224c444e2d43495459223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65635f737572766579223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65635f64657461696c73223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22736974655f7377223e0a20202020202020203c696e707574456e7472792069643d22736974655f73775f696e223e3c746578743e7374617274732077697468283f2c202253572229206f72207374617274732077697468283f2c2022534522293c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f73775f726567696f6e223e3c746578743e224c6f6e646f6e223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f73775f65786368616e6765223e3c746578743e224c444e2d534f555448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f73775f737572766579223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f73775f64657461696c73223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22736974655f6d223e0a20202020202020203c696e707574456e7472792069643d22736974655f6d5f696e223e3c746578743e7374617274732077697468283f2c20224d22293c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6d5f726567696f6e223e3c746578743e224e6f7274682057657374223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6d5f65786368616e6765223e3c746578743e224d414e2d43454e5452414c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6d5f737572766579223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6d5f64657461696c73223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22736974655f6568223e0a20202020202020203c696e707574456e7472792069643d22736974655f65685f696e223e3c746578743e7374617274732077697468283f2c2022454822293c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65685f726567696f6e223e3c746578743e2253636f746c616e64223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65685f65786368616e6765223e3c746578743e224544492d4c45495448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65685f737572766579223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65685f64657461696c73223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22736974655f6f74686572223e0a20202020202020203c696e707574456e7472792069643d22736974655f6f746865725f696e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6f746865725f726567696f6e223e3c746578743e22556e6b6e6f776e223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6f746865725f65786368616e6765223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6f746865725f737572766579223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6f746865725f64657461696c73223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a20203c6465636973696f6e2069643d22656e726963686d656e745f637573746f6d657222206e616d653d22437573746f6d657220656e726963686d656e74223e0a202020203c6465636973696f6e5461626c652069643d22656e726963686d656e745f637573746f6d65725f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f7365676d656e7422206c6162656c3d22437573746f6d6572207365676d656e74223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f7365676d656e742220747970655265663d22737472696e67223e3c746578743e7365676d656e743c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f7072696f7269747922206e616d653d227072696f726974792220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f736c6122206e616d653d22736c615f636c6173732220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d227365675f656e7465727072697365223e0a20202020202020203c696e707574456e7472792069643d227365675f656e74657270726973655f696e223e3c746578743e22656e7465727072697365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f656e74657270726973655f7072696f72697479223e3c746578743e2268696768223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f656e74657270726973655f736c61223e3c746578743e22676f6c64223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227365675f7075626c6963223e0a20202020202020203c696e707574456e7472792069643d227365675f7075626c69635f696e223e3c746578743e227075626c69635f736563746f72223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f7075626c69635f7072696f72697479223e3c746578743e2268696768223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f7075626c69635f736c61223e3c746578743e2273696c766572223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227365675f6f74686572223e0a20202020202020203c696e707574456e7472792069643d227365675f6f746865725f696e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f6f746865725f7072696f72697479223e3c746578743e226e6f726d616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f6f746865725f736c61223e3c746578743e2262726f6e7a65223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	d33223873ab6548ab9b3d1979b761490ba107df2d6c5b95dcb836844ca49f969
17	1	pricing_fibre.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d2270726963696e675f66696272655f6465667322206e616d653d22427573696e65737320466962726520496e7465726e65742070726963696e6722206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d2270726963696e675f666962726522206e616d653d22427573696e65737320466962726520496e7465726e6574207072696365206d6174726978223e0a202020203c6465736372697074696f6e3e4d6f6e74686c7920707269636520284742502c206578636c2e20564154292062792062616e64776964746820616e6420636f6e7472616374207465726d3b206c6f6e676572207465726d7320636f7374206c65737320706572206d6f6e746820616e64207761697665206d6f7265206f662074686520636f6e6e656374696f6e206665652e3c2f6465736372697074696f6e3e0a202020203c6465636973696f6e5461626c652069643d2270726963696e675f66696272655f7461626c652220686974506f6c6963793d22554e49515545223e0a2020202020203c696e7075742069643d22696e5f62616e64776964746822206c6162656c3d2242616e64776964746820284d62707329223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f62616e6477696474682220747970655265663d226e756d626572223e3c746578743e62616e6477696474683c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f636f6e74726163745f7465726d22206c6162656c3d22436f6e7472616374207465726d20286d6f6e74687329223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f636f6e74726163745f7465726d2220747970655265663d226e756d626572223e3c746578743e636f6e74726163745f7465726d3c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f6d6f6e74686c795f707269636522206e616d653d226d6f6e74686c795f70726963652220747970655265663d226e756d62657222202f3e0a2020202020203c6f75747075742069643d226f75745f73657475705f66656522206e616d653d2273657475705f6665652220747970655265663d226e756d62657222202f3e0a2020202020203c72756c652069643d2266696272655f7231223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72315f696e31223e3c746578743e3130303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72315f696e32223e3c746578743e31323c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72315f6f757431223e3c746578743e38392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72315f6f757432223e3c746578743e3435302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7232223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72325f696e31223e3c746578743e3130303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72325f696e32223e3c746578743e32343c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72325f6f757431223e3c746578743e37392e35303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72325f6f757432223e3c746578743e3235302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7233223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72335f696e31223e3c746578743e3130303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72335f696e32223e3c746578743e33363c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72335f6f757431223e3c746578743e36392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72335f6f757432223e3c746578743e302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7234223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72345f696e31223e3c746578743e3530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72345f696e32223e3c746578743e31323c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72345f6f757431223e3c746578743e3137392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72345f6f757432223e3c746578743e3435302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7235223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72355f696e31223e3c746578743e3530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72355f696e32223e3c746578743e32343c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72355f6f757431223e3c746578743e3135392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72355f6f757432223e3c746578743e3235302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7236223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72365f696e31223e3c746578743e3530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72365f696e32223e3c746578743e33363c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72365f6f757431223e3c746578743e3133392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72365f6f757432223e3c746578743e302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7237223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72375f696e31223e3c746578743e313030303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72375f696e32223e3c746578743e31323c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72375f6f757431223e3c746578743e3332392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72375f6f757432223e3c746578743e3435302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7238223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72385f696e31223e3c746578743e313030303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72385f696e32223e3c746578743e32343c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72385f6f757431223e3c746578743e3239352e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72385f6f757432223e3c746578743e3235302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7239223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72395f696e31223e3c746578743e313030303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72395f696e32223e3c746578743e33363c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72395f6f757431223e3c746578743e3236352e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72395f6f757432223e3c746578743e302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	6fe66ef3329dc5ac60adf1f68a2d335eade22d6486cfe842701e638cf22d5451
18	1	pricing_voice.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d2270726963696e675f766f6963655f6465667322206e616d653d22427573696e65737320566f6963652070726963696e6722206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d2270726963696e675f766f69636522206e616d653d22427573696e65737320566f696365206368616e6e656c207469657273223e0a202020203c6465736372697074696f6e3e534950207472756e6b20707269636520284742502c206578636c2e2056415429206279207468652074696572206f6620636f6e63757272656e74206368616e6e656c733b207468652073657475702066656520636f76657273206e756d62657220706f7274696e6720616e64207472756e6b20636f6e66696775726174696f6e2e3c2f6465736372697074696f6e3e0a202020203c6465636973696f6e5461626c652069643d2270726963696e675f766f6963655f7461626c652220686974506f6c6963793d22554e49515545223e0a2020202020203c696e7075742069643d22696e5f6368616e6e656c7322206c6162656c3d224368616e6e656c73223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f6368616e6e656c732220747970655265663d226e756d626572223e3c746578743e6368616e6e656c733c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f6d6f6e74686c795f707269636522206e616d653d226d6f6e74686c795f70726963652220747970655265663d226e756d62657222202f3e0a2020202020203c6f75747075742069643d226f75745f73657475705f66656522206e616d653d2273657475705f6665652220747970655265663d226e756d62657222202f3e0a2020202020203c72756c652069643d22766f6963655f7231223e0a20202020202020203c696e707574456e7472792069643d22766f6963655f72315f696e31223e3c746578743e5b322e2e345d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72315f6f757431223e3c746578743e33362e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72315f6f757432223e3c746578743e39352e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22766f6963655f7232223e0a20202020202020203c696e707574456e7472792069643d22766f6963655f72325f696e31223e3c746578743e5b352e2e31305d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72325f6f757431223e3c746578743e38322e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72325f6f757432223e3c746578743e3134352e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22766f6963655f7233223e0a20202020202020203c696e707574456e7472792069643d22766f6963655f72335f696e31223e3c746578743e5b31312e2e32305d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72335f6f757431223e3c746578743e3134392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72335f6f757432223e3c746578743e3139352e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22766f6963655f7234223e0a20202020202020203c696e707574456e7472792069643d22766f6963655f72345f696e31223e3c746578743e5b32312e2e33305d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72345f6f757431223e3c746578743e3231302e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72345f6f757432223e3c746578743e3234352e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	57b8c1ac17b2f6a8dcf8fca389c949237a7b941dc315df7cec62439a076e14b5
19	1	revision_approval.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d227265766973696f6e5f617070726f76616c5f6465667322206e616d653d225265766973696f6e20617070726f76616c22206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d227265766973696f6e5f617070726f76616c22206e616d653d225265766973696f6e20617070726f76616c223e0a202020203c212d2d20576865746865722061207265766973696f6e206f6620616e206f7264657220696e20666c69676874206d75737420626520617070726f76656420627920616e206f7264657220617070726f766572206265666f72652069742069732063617272696564206f75742e0a202020202020202020726563757272696e675f64656c7461202f206f6e655f74696d655f64656c74613a20746865207072696365206368616e6765206f6620746865207265766973696f6e3b20646973636f756e74735f6f7665725f6c696d69743a2074686520726576697365640a2020202020202020206f72646572206361727269657320646973636f756e74732061626f76652074686520617070726f76616c206c696d69743b2072656d6f7665735f6c696e65733a20746865207265766973696f6e2064656c65746573206c696e65732e202d2d3e0a202020203c6465636973696f6e5461626c652069643d227265766973696f6e5f617070726f76616c5f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f646973636f756e747322206c6162656c3d22446973636f756e7473206f76657220746865206c696d6974223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f646973636f756e74732220747970655265663d22626f6f6c65616e223e3c746578743e646973636f756e74735f6f7665725f6c696d69743c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f726563757272696e6722206c6162656c3d224d6f6e74686c79207072696365206368616e6765223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f726563757272696e672220747970655265663d226e756d626572223e3c746578743e726563757272696e675f64656c74613c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f6f6e655f74696d6522206c6162656c3d224f6e652d74696d65207072696365206368616e6765223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f6f6e655f74696d652220747970655265663d226e756d626572223e3c746578743e6f6e655f74696d655f64656c74613c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f6e656564656422206e616d653d22617070726f76616c5f6e65656465642220747970655265663d22626f6f6c65616e22202f3e0a2020202020203c6f75747075742069643d226f75745f726561736f6e22206e616d653d22726561736f6e2220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d227265765f646973636f756e7473223e0a20202020202020203c696e707574456e7472792069643d227265765f646973636f756e74735f64223e3c746578743e747275653c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f646973636f756e74735f72223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f646973636f756e74735f6f223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f646973636f756e74735f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f646973636f756e74735f726561736f6e223e3c746578743e227468652072657669736564206f72646572206361727269657320646973636f756e74732061626f766520746865206c696d6974223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227265765f6d6f6e74686c79223e0a20202020202020203c696e707574456e7472792069643d227265765f6d6f6e74686c795f64223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6d6f6e74686c795f72223e3c746578743e2667743b203235303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6d6f6e74686c795f6f223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6d6f6e74686c795f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6d6f6e74686c795f726561736f6e223e3c746578743e22746865206d6f6e74686c7920707269636520676f6573207570206279206d6f7265207468616e203235302e3030223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227265765f6f6e655f74696d65223e0a20202020202020203c696e707574456e7472792069643d227265765f6f6e655f74696d655f64223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6f6e655f74696d655f72223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6f6e655f74696d655f6f223e3c746578743e2667743b203530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6f6e655f74696d655f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6f6e655f74696d655f726561736f6e223e3c746578743e226f6e652d74696d65206368617267657320676f207570206279206d6f7265207468616e203530302e3030223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227265765f6e6f6e65223e0a20202020202020203c696e707574456e7472792069643d227265765f6e6f6e655f64223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6e6f6e655f72223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6e6f6e655f6f223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6e6f6e655f6e6565646564223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6e6f6e655f726561736f6e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	7e8cec62d5cb7d23e5f7a682d3e4fb4a61c622d011b8d69c69bb3bca832b23ce
20	1	change_request.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c220a202020202020202020202020202020202020786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265220a20202020202020202020202020202020202069643d22446566696e6974696f6e735f6368616e67655f7265717565737422207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a636f6c6c61626f726174696f6e2069643d22436f6c6c61626f726174696f6e5f6368616e67655f72657175657374223e0a202020203c62706d6e3a7061727469636970616e742069643d225061727469636970616e745f637222206e616d653d224368616e67652072657175657374222070726f636573735265663d226368616e67655f7265717565737422202f3e0a20203c2f62706d6e3a636f6c6c61626f726174696f6e3e0a20203c62706d6e3a70726f636573732069643d226368616e67655f7265717565737422206e616d653d224368616e676520726571756573742220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f6372223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f66756c66696c6c6d656e7422206e616d653d2246756c66696c6c6d656e74206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e73746172743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e7465725f64657461696c733c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e636f6d707574655f7375726368617267653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e636c6173736966793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6e656564735f617070726f76616c3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e645f6175746f3c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f617070726f76657222206e616d653d224f7264657220617070726f766572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e645f617070726f7665643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d224368616e676520726571756573746564223e0a2020202020203c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a757365725461736b2069643d22656e7465725f64657461696c7322206e616d653d22456e74657220746563686e6963616c2064657461696c73223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22746563686e6963616c5f64657461696c732e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e5369746520666f7220637573746f6d6572207b7b20637573746f6d6572207d7d3a20656e7465722074686520746563686e6963616c2064657461696c732e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a7363726970745461736b2069643d22636f6d707574655f73757263686172676522206e616d653d22436f6d7075746520737572636861726765223e0a2020202020203c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66333c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a7363726970743e737572636861726765203d203530206966206361626c696e675f6e656564656420656c736520300a73756d6d617279203d2066227b62616e6477696474687d204d627073206174207b736974655f706f7374636f64657d223c2f62706d6e3a7363726970743e0a202020203c2f62706d6e3a7363726970745461736b3e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22636c61737369667922206e616d653d22436c617373696679206368616e6765223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e617070726f76616c5f6c6576656c3c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66333c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66343c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226e656564735f617070726f76616c22206e616d653d22417070726f76616c206e65656465643f222064656661756c743d22665f6e6f223e0a2020202020203c62706d6e3a696e636f6d696e673e66343c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f7965733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f6e6f3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22617070726f766522206e616d653d22417070726f7665206368616e6765223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22617070726f76616c2e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e665f7965733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66353c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a656e644576656e742069643d22656e645f617070726f76656422206e616d653d2244656369646564223e0a2020202020203c62706d6e3a696e636f6d696e673e66353c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d22656e645f6175746f22206e616d653d224175746f2d617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e665f6e6f3c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d22656e7465725f64657461696c7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d22656e7465725f64657461696c7322207461726765745265663d22636f6d707574655f73757263686172676522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266332220736f757263655265663d22636f6d707574655f73757263686172676522207461726765745265663d22636c61737369667922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266342220736f757263655265663d22636c61737369667922207461726765745265663d226e656564735f617070726f76616c22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f7965732220736f757263655265663d226e656564735f617070726f76616c22207461726765745265663d22617070726f7665223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e617070726f76616c5f6e6565646564203d3d20547275653c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f6e6f2220736f757263655265663d226e656564735f617070726f76616c22207461726765745265663d22656e645f6175746f22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266352220736f757263655265663d22617070726f766522207461726765745265663d22656e645f617070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22436f6c6c61626f726174696f6e5f6368616e67655f726571756573745f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22436f6c6c61626f726174696f6e5f6368616e67655f726571756573745f706c616e65222062706d6e456c656d656e743d22436f6c6c61626f726174696f6e5f6368616e67655f72657175657374223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d225061727469636970616e745f63725f6469222062706d6e456c656d656e743d225061727469636970616e745f637222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d223132323022206865696768743d22323430222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f66756c66696c6c6d656e745f6469222062706d6e456c656d656e743d224c616e655f66756c66696c6c6d656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d2230222077696474683d223131393022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f617070726f7665725f6469222062706d6e456c656d656e743d224c616e655f617070726f76657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22313230222077696474683d223131393022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d223134322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e7465725f64657461696c735f6469222062706d6e456c656d656e743d22656e7465725f64657461696c73223e0a20202020202020203c64633a426f756e647320783d223237302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6d707574655f7375726368617267655f6469222062706d6e456c656d656e743d22636f6d707574655f737572636861726765223e0a20202020202020203c64633a426f756e647320783d223433302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6173736966795f6469222062706d6e456c656d656e743d22636c617373696679223e0a20202020202020203c64633a426f756e647320783d223539302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e656564735f617070726f76616c5f6469222062706d6e456c656d656e743d226e656564735f617070726f76616c223e0a20202020202020203c64633a426f756e647320783d223737352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f6469222062706d6e456c656d656e743d22617070726f7665223e0a20202020202020203c64633a426f756e647320783d223931302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f617070726f7665645f6469222062706d6e456c656d656e743d22656e645f617070726f766564223e0a20202020202020203c64633a426f756e647320783d22313130322220793d22313632222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6175746f5f6469222062706d6e456c656d656e743d22656e645f6175746f223e0a20202020202020203c64633a426f756e647320783d223934322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223137382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223237302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223337302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223433302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266335f6469222062706d6e456c656d656e743d226633223e0a20202020202020203c64693a776179706f696e7420783d223533302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223539302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266345f6469222062706d6e456c656d656e743d226634223e0a20202020202020203c64693a776179706f696e7420783d223639302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223737352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f7965735f6469222062706d6e456c656d656e743d22665f796573223e0a20202020202020203c64693a776179706f696e7420783d223830302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d223830302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223931302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f6e6f5f6469222062706d6e456c656d656e743d22665f6e6f223e0a20202020202020203c64693a776179706f696e7420783d223832352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223934322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266355f6469222062706d6e456c656d656e743d226635223e0a20202020202020203c64693a776179706f696e7420783d22313031302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22313130322220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a	540a89051dd5c1905709fdf4a27d5bc3bb0f349a96e4af31a8446e5ac3c40e8e
21	1	customer_order.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c220a202020202020202020202020202020202020786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265220a20202020202020202020202020202020202069643d22446566696e6974696f6e735f637573746f6d65725f6f7264657222207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a636f6c6c61626f726174696f6e2069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f72646572223e0a202020203c62706d6e3a7061727469636970616e742069643d225061727469636970616e745f637573746f6d65725f6f7264657222206e616d653d22437573746f6d6572206f72646572222070726f636573735265663d22637573746f6d65725f6f7264657222202f3e0a20203c2f62706d6e3a636f6c6c61626f726174696f6e3e0a20203c62706d6e3a70726f636573732069643d22637573746f6d65725f6f7264657222206e616d653d22437573746f6d6572206f726465722220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f637573746f6d65725f6f72646572223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f6167656e7422206e616d653d224f72646572206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6f726465725f63617074757265643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e726963685f736974653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e726963685f637573746f6d65723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7265636f72645f656e726963686d656e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e64657461696c735f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e64657461696c735f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61646a7573746d656e74735f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61646a7573746d656e74735f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e636c6173736966795f617070726f76616c3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76616c5f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76616c5f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6465636f6d706f73653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61776169745f66756c66696c6d656e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e636c6f73655f6f726465723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6f726465725f636c6f7365643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e72656a6563745f6f726465723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6f726465725f72656a65637465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f66756c66696c6c6d656e745f6167656e7422206e616d653d2246756c66696c6c6d656e74206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e746563686e6963616c5f64657461696c733c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f6d616e6167657222206e616d653d224f72646572206d616e61676572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76655f61646a7573746d656e74733c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61646a7573746d656e74735f646563696465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f617070726f76657222206e616d653d224f7264657220617070726f766572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76655f6f726465723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76616c5f646563696465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d226f726465725f636170747572656422206e616d653d224f72646572206361707475726564223e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f656e726963685f736974653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22656e726963685f7369746522206e616d653d22456e726963682073697465223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e656e726963686d656e745f736974653c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f656e726963685f736974653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f656e726963685f637573746f6d65723c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22656e726963685f637573746f6d657222206e616d653d22456e7269636820637573746f6d6572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e656e726963686d656e745f637573746f6d65723c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f656e726963685f637573746f6d65723c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f7265636f72645f656e726963686d656e743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d227265636f72645f656e726963686d656e7422206e616d653d225265636f726420656e726963686d656e74206f6e20746865206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f7265636f72645f656e726963686d656e742220726573756c745661726961626c653d22656e726963686d656e74223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2276616c7565732220747970653d22616e79222076616c75653d227b27726567696f6e273a20726567696f6e2c202773657276696e675f65786368616e6765273a2073657276696e675f65786368616e67652c20277375727665795f6e6565646564273a207375727665795f6e65656465642c2027746563686e6963616c5f64657461696c735f6e6565646564273a20746563686e6963616c5f64657461696c735f6e65656465642c20277072696f72697479273a207072696f726974792c2027736c615f636c617373273a20736c615f636c6173737d22202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f7265636f72645f656e726963686d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f64657461696c735f676174657761793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2264657461696c735f6761746577617922206e616d653d22546563686e6963616c2064657461696c73206e65656465643f222064656661756c743d22666c6f775f6e6f5f64657461696c73223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f64657461696c735f676174657761793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e656564735f64657461696c733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e6f5f64657461696c733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22746563686e6963616c5f64657461696c7322206e616d653d22456e74657220746563686e6963616c2064657461696c73223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d226f726465725f746563686e6963616c5f64657461696c732e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e5468652073697465207b7b20736974655f706f7374636f6465207d7d206f66206f72646572207b7b206f726465725f6964207d7d20287b7b20637573746f6d6572207d7d29206973206e6f7420696e2061206b6e6f776e2073657276696e6720617265613a20656e746572206974732073657276696e672065786368616e67652e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e656564735f64657461696c733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f64657461696c735f656e74657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2264657461696c735f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f64657461696c735f656e74657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e6f5f64657461696c733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f61646a7573746d656e74735f676174657761793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2261646a7573746d656e74735f6761746577617922206e616d653d22446973636f756e742061626f766520746865206c696d69743f222064656661756c743d22666c6f775f6e6f5f61646a7573746d656e7473223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f61646a7573746d656e74735f676174657761793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e656564735f61646a7573746d656e74733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e6f5f61646a7573746d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22617070726f76655f61646a7573746d656e747322206e616d653d22417070726f76652070726963652061646a7573746d656e7473223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22617070726f76655f61646a7573746d656e74732e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e4f72646572207b7b206f726465725f6964207d7d20666f72207b7b20637573746f6d6572207d7d206361727269657320646973636f756e74732061626f766520746865206c696d69743a207b7b20617070726f76616c5f726561736f6e73207c206a6f696e28223b202229207d7d2e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e656564735f61646a7573746d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f61646a7573746d656e74735f616e7377657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2261646a7573746d656e74735f6465636964656422206e616d653d22446973636f756e747320617070726f7665643f222064656661756c743d22666c6f775f61646a7573746d656e74735f617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f61646a7573746d656e74735f616e7377657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f61646a7573746d656e74735f617070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f61646a7573746d656e74735f72656a65637465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2261646a7573746d656e74735f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f61646a7573746d656e74735f617070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e6f5f61646a7573746d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f636c6173736966795f617070726f76616c3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22636c6173736966795f617070726f76616c22206e616d653d22446f657320746865206f72646572206e65656420617070726f76616c3f223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e6f726465725f617070726f76616c3c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f636c6173736966795f617070726f76616c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f617070726f76616c5f676174657761793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22617070726f76616c5f6761746577617922206e616d653d22417070726f76616c206e65656465643f222064656661756c743d22666c6f775f6e6f5f617070726f76616c223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f617070726f76616c5f676174657761793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f617070726f76616c3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e6f5f617070726f76616c3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22617070726f76655f6f7264657222206e616d653d22417070726f7665206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d226f726465725f617070726f76616c2e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e4f72646572207b7b206f726465725f6964207d7d20666f72207b7b20637573746f6d6572207d7d3a207b2520666f72206974656d20696e206974656d7320257d7b7b206974656d2e73756d6d617279207d7d7b7b20223b2022206966206e6f74206c6f6f702e6c617374207d7d7b2520656e64666f7220257d2e207b7b20726563757272696e675f746f74616c207d7d207b7b2063757272656e6379207d7d2061206d6f6e74682c207369746520696e207b7b20726567696f6e207d7d202865786368616e6765207b7b2073657276696e675f65786368616e6765207d7d292c207072696f72697479207b7b207072696f72697479207d7d2e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f617070726f76616c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f617070726f76616c5f616e7377657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22617070726f76616c5f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f617070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e6f5f617070726f76616c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f6465636f6d706f73653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22617070726f76616c5f6465636964656422206e616d653d22417070726f7665643f222064656661756c743d22666c6f775f617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f617070726f76616c5f616e7377657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f617070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f72656a65637465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a736572766963655461736b2069643d2272656a6563745f6f7264657222206e616d653d2252656a656374206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f72656a6563745f6f726465722220726573756c745661726961626c653d2272656a656374696f6e223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22726561736f6e2220747970653d22737472222076616c75653d22617070726f76616c5f726561736f6e20696620617070726f76616c5f6465636973696f6e203d3d202772656a6563742720656c73652061646a7573746d656e74735f6e6f746522202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22637573746f6d65725f726561736f6e2220747970653d22737472222076616c75653d22637573746f6d65725f726561736f6e22202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f72656a65637465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f61646a7573746d656e74735f72656a65637465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f72656a65637465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d226f726465725f72656a656374656422206e616d653d224f726465722072656a6563746564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f72656a65637465643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d226465636f6d706f736522206e616d653d224465636f6d706f736520696e746f20646f6d61696e206f7264657273223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f6465636f6d706f73652220726573756c745661726961626c653d226465636f6d706f736974696f6e223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2266616374732220747970653d22616e79222076616c75653d227b2773657276696e675f65786368616e6765273a2073657276696e675f65786368616e67652c2027726567696f6e273a20726567696f6e2c20277072696f72697479273a207072696f726974792c2027736c615f636c617373273a20736c615f636c6173732c20277375727665795f6e6565646564273a207375727665795f6e65656465647d22202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f6465636f6d706f73653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f61776169743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d2261776169745f66756c66696c6d656e7422206e616d653d225761697420666f722074686520646f6d61696e206f7264657273223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f61776169745f66756c66696c6d656e742220726573756c745661726961626c653d2266756c66696c6d656e74223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f61776169743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f636c6f73653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73655f6f7264657222206e616d653d22436c6f7365206f726465723a20696e76656e746f72792c20636f6e7472616374732c20656e7469746c656d656e7473223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f636c6f73655f6f726465722220726573756c745661726961626c653d22636c6f73757265223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f636c6f73653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f636c6f7365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d226f726465725f636c6f73656422206e616d653d224f7264657220636f6d706c65746564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f636c6f7365643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f656e726963685f736974652220736f757263655265663d226f726465725f636170747572656422207461726765745265663d22656e726963685f7369746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f656e726963685f637573746f6d65722220736f757263655265663d22656e726963685f7369746522207461726765745265663d22656e726963685f637573746f6d657222202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f7265636f72645f656e726963686d656e742220736f757263655265663d22656e726963685f637573746f6d657222207461726765745265663d227265636f72645f656e726963686d656e7422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f64657461696c735f676174657761792220736f757263655265663d227265636f72645f656e726963686d656e7422207461726765745265663d2264657461696c735f6761746577617922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e656564735f64657461696c732220736f757263655265663d2264657461696c735f6761746577617922207461726765745265663d22746563686e6963616c5f64657461696c73223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e746563686e6963616c5f64657461696c735f6e65656465643c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e6f5f64657461696c732220736f757263655265663d2264657461696c735f6761746577617922207461726765745265663d2264657461696c735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f64657461696c735f656e74657265642220736f757263655265663d22746563686e6963616c5f64657461696c7322207461726765745265663d2264657461696c735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f61646a7573746d656e74735f676174657761792220736f757263655265663d2264657461696c735f646f6e6522207461726765745265663d2261646a7573746d656e74735f6761746577617922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e656564735f61646a7573746d656e74732220736f757263655265663d2261646a7573746d656e74735f6761746577617922207461726765745265663d22617070726f76655f61646a7573746d656e7473223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e72657175697265735f617070726f76616c3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e6f5f61646a7573746d656e74732220736f757263655265663d2261646a7573746d656e74735f6761746577617922207461726765745265663d2261646a7573746d656e74735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f61646a7573746d656e74735f616e7377657265642220736f757263655265663d22617070726f76655f61646a7573746d656e747322207461726765745265663d2261646a7573746d656e74735f6465636964656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f61646a7573746d656e74735f617070726f7665642220736f757263655265663d2261646a7573746d656e74735f6465636964656422207461726765745265663d2261646a7573746d656e74735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f61646a7573746d656e74735f72656a65637465642220736f757263655265663d2261646a7573746d656e74735f6465636964656422207461726765745265663d2272656a6563745f6f72646572223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e61646a7573746d656e74735f6465636973696f6e203d3d202772656a656374273c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f636c6173736966795f617070726f76616c2220736f757263655265663d2261646a7573746d656e74735f646f6e6522207461726765745265663d22636c6173736966795f617070726f76616c22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f617070726f76616c5f676174657761792220736f757263655265663d22636c6173736966795f617070726f76616c22207461726765745265663d22617070726f76616c5f6761746577617922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f617070726f76616c2220736f757263655265663d22617070726f76616c5f6761746577617922207461726765745265663d22617070726f76655f6f72646572223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e6f726465725f617070726f76616c5f6e65656465643c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e6f5f617070726f76616c2220736f757263655265663d22617070726f76616c5f6761746577617922207461726765745265663d22617070726f76616c5f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f617070726f76616c5f616e7377657265642220736f757263655265663d22617070726f76655f6f7264657222207461726765745265663d22617070726f76616c5f6465636964656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f617070726f7665642220736f757263655265663d22617070726f76616c5f6465636964656422207461726765745265663d22617070726f76616c5f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f6465636f6d706f73652220736f757263655265663d22617070726f76616c5f646f6e6522207461726765745265663d226465636f6d706f736522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f72656a65637465642220736f757263655265663d22617070726f76616c5f6465636964656422207461726765745265663d2272656a6563745f6f72646572223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e617070726f76616c5f6465636973696f6e203d3d202772656a656374273c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f72656a65637465642220736f757263655265663d2272656a6563745f6f7264657222207461726765745265663d226f726465725f72656a656374656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f61776169742220736f757263655265663d226465636f6d706f736522207461726765745265663d2261776169745f66756c66696c6d656e7422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f636c6f73652220736f757263655265663d2261776169745f66756c66696c6d656e7422207461726765745265663d22636c6f73655f6f7264657222202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f636c6f7365642220736f757263655265663d22636c6f73655f6f7264657222207461726765745265663d226f726465725f636c6f73656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f726465725f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f726465725f706c616e65222062706d6e456c656d656e743d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f72646572223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d225061727469636970616e745f637573746f6d65725f6f726465725f6469222062706d6e456c656d656e743d225061727469636970616e745f637573746f6d65725f6f7264657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d223333303022206865696768743d22363030222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f6167656e745f6469222062706d6e456c656d656e743d224c616e655f6f726465725f6167656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d2230222077696474683d223332373022206865696768743d22323430222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f66756c66696c6c6d656e745f6167656e745f6469222062706d6e456c656d656e743d224c616e655f66756c66696c6c6d656e745f6167656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22323430222077696474683d223332373022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f6d616e616765725f6469222062706d6e456c656d656e743d224c616e655f6f726465725f6d616e6167657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22333630222077696474683d223332373022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f617070726f7665725f6469222062706d6e456c656d656e743d224c616e655f6f726465725f617070726f76657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22343830222077696474683d223332373022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f726465725f63617074757265645f6469222062706d6e456c656d656e743d226f726465725f6361707475726564223e0a20202020202020203c64633a426f756e647320783d223134322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e726963685f736974655f6469222062706d6e456c656d656e743d22656e726963685f73697465223e0a20202020202020203c64633a426f756e647320783d223237302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e726963685f637573746f6d65725f6469222062706d6e456c656d656e743d22656e726963685f637573746f6d6572223e0a20202020202020203c64633a426f756e647320783d223433302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265636f72645f656e726963686d656e745f6469222062706d6e456c656d656e743d227265636f72645f656e726963686d656e74223e0a20202020202020203c64633a426f756e647320783d223539302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264657461696c735f676174657761795f6469222062706d6e456c656d656e743d2264657461696c735f67617465776179223e0a20202020202020203c64633a426f756e647320783d223737352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746563686e6963616c5f64657461696c735f6469222062706d6e456c656d656e743d22746563686e6963616c5f64657461696c73223e0a20202020202020203c64633a426f756e647320783d223931302220793d22323630222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264657461696c735f646f6e655f6469222062706d6e456c656d656e743d2264657461696c735f646f6e65223e0a20202020202020203c64633a426f756e647320783d22313039352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261646a7573746d656e74735f676174657761795f6469222062706d6e456c656d656e743d2261646a7573746d656e74735f67617465776179223e0a20202020202020203c64633a426f756e647320783d22313235352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f61646a7573746d656e74735f6469222062706d6e456c656d656e743d22617070726f76655f61646a7573746d656e7473223e0a20202020202020203c64633a426f756e647320783d22313339302220793d22333830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261646a7573746d656e74735f646563696465645f6469222062706d6e456c656d656e743d2261646a7573746d656e74735f64656369646564223e0a20202020202020203c64633a426f756e647320783d22313537352220793d22333935222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261646a7573746d656e74735f646f6e655f6469222062706d6e456c656d656e743d2261646a7573746d656e74735f646f6e65223e0a20202020202020203c64633a426f756e647320783d22313733352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6173736966795f617070726f76616c5f6469222062706d6e456c656d656e743d22636c6173736966795f617070726f76616c223e0a20202020202020203c64633a426f756e647320783d22313837302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5f676174657761795f6469222062706d6e456c656d656e743d22617070726f76616c5f67617465776179223e0a20202020202020203c64633a426f756e647320783d22323035352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f6f726465725f6469222062706d6e456c656d656e743d22617070726f76655f6f72646572223e0a20202020202020203c64633a426f756e647320783d22323139302220793d22353030222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5f646f6e655f6469222062706d6e456c656d656e743d22617070726f76616c5f646f6e65223e0a20202020202020203c64633a426f756e647320783d22323533352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5f646563696465645f6469222062706d6e456c656d656e743d22617070726f76616c5f64656369646564223e0a20202020202020203c64633a426f756e647320783d22323337352220793d22353135222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272656a6563745f6f726465725f6469222062706d6e456c656d656e743d2272656a6563745f6f72646572223e0a20202020202020203c64633a426f756e647320783d22323531302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f726465725f72656a65637465645f6469222062706d6e456c656d656e743d226f726465725f72656a6563746564223e0a20202020202020203c64633a426f756e647320783d22323730322220793d22313632222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226465636f6d706f73655f6469222062706d6e456c656d656e743d226465636f6d706f7365223e0a20202020202020203c64633a426f756e647320783d22323637302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261776169745f66756c66696c6d656e745f6469222062706d6e456c656d656e743d2261776169745f66756c66696c6d656e74223e0a20202020202020203c64633a426f756e647320783d22323833302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73655f6f726465725f6469222062706d6e456c656d656e743d22636c6f73655f6f72646572223e0a20202020202020203c64633a426f756e647320783d22323939302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f726465725f636c6f7365645f6469222062706d6e456c656d656e743d226f726465725f636c6f736564223e0a20202020202020203c64633a426f756e647320783d22333138322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f656e726963685f736974655f6469222062706d6e456c656d656e743d22666c6f775f656e726963685f73697465223e0a20202020202020203c64693a776179706f696e7420783d223137382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223237302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f656e726963685f637573746f6d65725f6469222062706d6e456c656d656e743d22666c6f775f656e726963685f637573746f6d6572223e0a20202020202020203c64693a776179706f696e7420783d223337302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223433302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f7265636f72645f656e726963686d656e745f6469222062706d6e456c656d656e743d22666c6f775f7265636f72645f656e726963686d656e74223e0a20202020202020203c64693a776179706f696e7420783d223533302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223539302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f64657461696c735f676174657761795f6469222062706d6e456c656d656e743d22666c6f775f746f5f64657461696c735f67617465776179223e0a20202020202020203c64693a776179706f696e7420783d223639302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223737352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e656564735f64657461696c735f6469222062706d6e456c656d656e743d22666c6f775f6e656564735f64657461696c73223e0a20202020202020203c64693a776179706f696e7420783d223830302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d223830302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d223931302220793d22333030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e6f5f64657461696c735f6469222062706d6e456c656d656e743d22666c6f775f6e6f5f64657461696c73223e0a20202020202020203c64693a776179706f696e7420783d223832352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313039352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f64657461696c735f656e74657265645f6469222062706d6e456c656d656e743d22666c6f775f64657461696c735f656e7465726564223e0a20202020202020203c64693a776179706f696e7420783d22313031302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313037352220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313037352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313039352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f61646a7573746d656e74735f676174657761795f6469222062706d6e456c656d656e743d22666c6f775f746f5f61646a7573746d656e74735f67617465776179223e0a20202020202020203c64693a776179706f696e7420783d22313134352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313235352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e656564735f61646a7573746d656e74735f6469222062706d6e456c656d656e743d22666c6f775f6e656564735f61646a7573746d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22313238302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d22313238302220793d22343230222f3e0a20202020202020203c64693a776179706f696e7420783d22313339302220793d22343230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e6f5f61646a7573746d656e74735f6469222062706d6e456c656d656e743d22666c6f775f6e6f5f61646a7573746d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22313330352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f61646a7573746d656e74735f616e7377657265645f6469222062706d6e456c656d656e743d22666c6f775f61646a7573746d656e74735f616e737765726564223e0a20202020202020203c64693a776179706f696e7420783d22313439302220793d22343230222f3e0a20202020202020203c64693a776179706f696e7420783d22313537352220793d22343230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f61646a7573746d656e74735f617070726f7665645f6469222062706d6e456c656d656e743d22666c6f775f61646a7573746d656e74735f617070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d22333935222f3e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f61646a7573746d656e74735f72656a65637465645f6469222062706d6e456c656d656e743d22666c6f775f61646a7573746d656e74735f72656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d22333935222f3e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323531302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f636c6173736966795f617070726f76616c5f6469222062706d6e456c656d656e743d22666c6f775f746f5f636c6173736966795f617070726f76616c223e0a20202020202020203c64693a776179706f696e7420783d22313738352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313837302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f617070726f76616c5f676174657761795f6469222062706d6e456c656d656e743d22666c6f775f746f5f617070726f76616c5f67617465776179223e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323035352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f617070726f76616c5f6469222062706d6e456c656d656e743d22666c6f775f746f5f617070726f76616c223e0a20202020202020203c64693a776179706f696e7420783d22323038302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d22323038302220793d22353430222f3e0a20202020202020203c64693a776179706f696e7420783d22323139302220793d22353430222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e6f5f617070726f76616c5f6469222062706d6e456c656d656e743d22666c6f775f6e6f5f617070726f76616c223e0a20202020202020203c64693a776179706f696e7420783d22323130352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323533352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f617070726f76616c5f616e7377657265645f6469222062706d6e456c656d656e743d22666c6f775f617070726f76616c5f616e737765726564223e0a20202020202020203c64693a776179706f696e7420783d22323239302220793d22353430222f3e0a20202020202020203c64693a776179706f696e7420783d22323337352220793d22353430222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f617070726f7665645f6469222062706d6e456c656d656e743d22666c6f775f617070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22323430302220793d22353135222f3e0a20202020202020203c64693a776179706f696e7420783d22323430302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323533352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f6465636f6d706f73655f6469222062706d6e456c656d656e743d22666c6f775f746f5f6465636f6d706f7365223e0a20202020202020203c64693a776179706f696e7420783d22323538352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323637302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f72656a65637465645f6469222062706d6e456c656d656e743d22666c6f775f72656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d22323430302220793d22353135222f3e0a20202020202020203c64693a776179706f696e7420783d22323430302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323531302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f72656a65637465645f6469222062706d6e456c656d656e743d22666c6f775f746f5f72656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d22323631302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323730322220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f61776169745f6469222062706d6e456c656d656e743d22666c6f775f746f5f6177616974223e0a20202020202020203c64693a776179706f696e7420783d22323737302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323833302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f636c6f73655f6469222062706d6e456c656d656e743d22666c6f775f746f5f636c6f7365223e0a20202020202020203c64693a776179706f696e7420783d22323933302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323939302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f636c6f7365645f6469222062706d6e456c656d656e743d22666c6f775f746f5f636c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22333039302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22333138322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a	3886b9151c3dd2e6beec4e20bc60285744e0387da487732fb466de89c40f830c
22	1	customer_request.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f637573746f6d65725f7265717565737422207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a636f6c6c61626f726174696f6e2069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f72657175657374223e0a202020203c62706d6e3a7061727469636970616e742069643d225061727469636970616e745f637573746f6d65725f7265717565737422206e616d653d22437573746f6d65722072657175657374222070726f636573735265663d22637573746f6d65725f72657175657374222f3e0a20203c2f62706d6e3a636f6c6c61626f726174696f6e3e0a20203c62706d6e3a70726f636573732069643d22637573746f6d65725f7265717565737422206e616d653d22437573746f6d657220726571756573742220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e4120637573746f6d65722072616973656420616e2069737375652c206f722061736b656420666f722061206368616e6765206f7220612063616e63656c6c6174696f6e2c206f6e206f6e65206f66207468656972206f72646572730a696e2074686520706f7274616c2e205374617274656420776974683a206f726465725f69642c20637573746f6d65722c206f726465725f73746174652c20726571756573745f6b696e6420286973737565207c206368616e6765207c2063616e63656c6c6174696f6e292c0a726571756573745f746578742c207265717565737465645f62792e20416e206f72646572206167656e742063686f6f73657320776861742068617070656e7320616e64207772697465732061206e6f74653b2022536574746c6520746865207265717565737422207468656e0a63617272696573206974206f7574206f6e20746865206f726465722028612063616e63656c6c6174696f6e20697320617474656d707465642c20616e64207265667573656420776974682069747320726561736f6e2070617374206120706f696e74206f66206e6f2072657475726e290a616e64207265636f72647320746865206f7574636f6d652074686520637573746f6d657220726561647320696e2074686520706f7274616c2e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f637573746f6d65725f72657175657374223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f6167656e7422206e616d653d224f72646572206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e726571756573745f72656365697665643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e68616e646c655f726571756573743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e736574746c655f726571756573743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e726571756573745f616e7377657265643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d22726571756573745f726563656976656422206e616d653d22437573746f6d65722072657175657374207265636569766564223e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f68616e646c653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a757365725461736b2069643d2268616e646c655f7265717565737422206e616d653d2248616e646c6520637573746f6d65722072657175657374223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22637573746f6d65725f726571756573745f68616e646c696e672e6a736f6e222f3e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d5569536368656d6146696c656e616d65222076616c75653d22637573746f6d65725f726571756573745f68616e646c696e672d7569736368656d612e6a736f6e222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e437573746f6d6572207265717565737420287b7b20726571756573745f6b696e64207d7d292066726f6d207b7b20637573746f6d6572207d7d206f6e206f72646572207b7b206f726465725f6964207d7d2c20776869636820776173207b7b206f726465725f7374617465207d7d207768656e20746865792061736b65642e204f70656e20746865206f726465722c207468656e2063686f6f736520776861742068617070656e733a2074686520637573746f6d657220697320746f6c6420746865206f7574636f6d6520746861742061637475616c6c792068617070656e65642c207769746820796f7572206e6f74652e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f68616e646c653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f736574746c653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d22736574746c655f7265717565737422206e616d653d22536574746c65207468652072657175657374223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f736574746c655f637573746f6d65725f726571756573742220726573756c745661726961626c653d22736574746c656d656e74223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f6964222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d227265736f6c7574696f6e2220747970653d22616e79222076616c75653d227265736f6c7574696f6e222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226e6f74652220747970653d22616e79222076616c75653d227265736f6c7574696f6e5f6e6f7465222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f736574746c653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f656e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d22726571756573745f616e73776572656422206e616d653d225265717565737420616e737765726564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f656e643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f68616e646c652220736f757263655265663d22726571756573745f726563656976656422207461726765745265663d2268616e646c655f72657175657374222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f736574746c652220736f757263655265663d2268616e646c655f7265717565737422207461726765745265663d22736574746c655f72657175657374222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f656e642220736f757263655265663d22736574746c655f7265717565737422207461726765745265663d22726571756573745f616e737765726564222f3e0a20203c2f62706d6e3a70726f636573733e0a202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f726571756573745f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f726571756573745f706c616e65222062706d6e456c656d656e743d22436f6c6c61626f726174696f6e5f637573746f6d65725f72657175657374223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d225061727469636970616e745f637573746f6d65725f726571756573745f6469222062706d6e456c656d656e743d225061727469636970616e745f637573746f6d65725f7265717565737422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d2237343022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f6167656e745f6469222062706d6e456c656d656e743d224c616e655f6f726465725f6167656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d2230222077696474683d2237313022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726571756573745f72656365697665645f6469222062706d6e456c656d656e743d22726571756573745f7265636569766564223e0a20202020202020203c64633a426f756e647320783d223134322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2268616e646c655f726571756573745f6469222062706d6e456c656d656e743d2268616e646c655f72657175657374223e0a20202020202020203c64633a426f756e647320783d223237302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22736574746c655f726571756573745f6469222062706d6e456c656d656e743d22736574746c655f72657175657374223e0a20202020202020203c64633a426f756e647320783d223433302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726571756573745f616e7377657265645f6469222062706d6e456c656d656e743d22726571756573745f616e737765726564223e0a20202020202020203c64633a426f756e647320783d223632322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f68616e646c655f6469222062706d6e456c656d656e743d22666c6f775f746f5f68616e646c65223e0a20202020202020203c64693a776179706f696e7420783d223137382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223237302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f736574746c655f6469222062706d6e456c656d656e743d22666c6f775f746f5f736574746c65223e0a20202020202020203c64693a776179706f696e7420783d223337302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223433302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f656e645f6469222062706d6e456c656d656e743d22666c6f775f746f5f656e64223e0a20202020202020203c64693a776179706f696e7420783d223533302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223632322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	64163df040d1905f1156bd46b91cd01f5103caaf8f2838fbd4d60e2e5c11cc21
23	1	plan_field_visit.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f706c616e5f6669656c645f766973697422207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a6d6573736167652069643d226f726465725f616d656e6465645f6d65737361676522206e616d653d226f726465725f616d656e646564222f3e0a20203c62706d6e3a70726f636573732069643d22706c616e5f6669656c645f766973697422206e616d653d224669656c6420766973697420706c616e2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e576f726b206f72646572732061742074686520637573746f6d6572277320736974653a2073757276657920287768656e20656e726963686d656e742061736b7320666f72206974292c20626f6f6b207468652076697369742c20696e7374616c6c20746865204f4e542e0a4120626f6f6b65642076697369742069732063616e63656c6c656420696620746865206f726465722069732028636f6d70656e736174696f6e293b206f6e636520746865204f4e5420697320696e7374616c6c6564207468657265206973206e6f20676f696e67206261636b2e0a416e206f726465722072657669736564207768696c6520746865207369746520737572766579206973206f70656e2028652e672e207468652073697465206d6f7665642920726561636865732074686520706c616e20617320746865206d6573736167650a6f726465725f616d656e6465643a20746865207375727665792073746f70732c2074686520706c616e2074616b65732074686520616d656e646564206461746120616e64206465636964657320616761696e2077686574686572206120737572766579206973206e65656465642e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c212d2d2054686520706c616e277320726573756c743a20776861742069747320646f6d61696e206f72646572206b656570732c2068616e647320746f2074686520706c616e732061667465722069742028757073747265616d290a202020202020202020616e64206769766573207468652070726f6475637420696e76656e746f727920286170702f6f726368657374726174696f6e2f696e76656e746f72792e7079292e202d2d3e0a202020203c62706d6e3a696f53706563696669636174696f6e2069643d22706c616e5f6669656c645f76697369745f696f223e0a2020202020203c62706d6e3a646174614f75747075742069643d22766973697422206e616d653d227669736974222f3e0a2020202020203c62706d6e3a646174614f75747075742069643d227375727665795f726573756c7422206e616d653d227375727665795f726573756c74222f3e0a2020202020203c62706d6e3a646174614f75747075742069643d226f6e745f73657269616c22206e616d653d226f6e745f73657269616c222f3e0a2020202020203c62706d6e3a696e7075745365742069643d22706c616e5f6669656c645f76697369745f696e70757473222f3e0a2020202020203c62706d6e3a6f75747075745365742069643d22706c616e5f6669656c645f76697369745f6f757470757473223e3c62706d6e3a646174614f7574707574526566733e76697369743c2f62706d6e3a646174614f7574707574526566733e3c62706d6e3a646174614f7574707574526566733e7375727665795f726573756c743c2f62706d6e3a646174614f7574707574526566733e3c62706d6e3a646174614f7574707574526566733e6f6e745f73657269616c3c2f62706d6e3a646174614f7574707574526566733e3c2f62706d6e3a6f75747075745365743e0a202020203c2f62706d6e3a696f53706563696669636174696f6e3e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f6669656c64223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f73797374656d22206e616d653d224f72646572206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e73746172743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7375727665795f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e74616b655f616d656e646d656e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6e6f5f7375727665793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7375727665795f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e70726f766964655f7375727665793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7363686564756c655f76697369743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7363686564756c655f76697369745f756e646f3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e63616e63656c5f76697369743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f66756c66696c6c6d656e7422206e616d653d2246756c66696c6c6d656e74206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7375727665795f736974653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e696e7374616c6c5f6f6e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7375727665795f616d656e6465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d224669656c64207669736974206f726465726564223e3c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e3c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227375727665795f6761746577617922206e616d653d22537572766579206e65656465643f222064656661756c743d22665f6e6f5f737572766579223e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e665f616d656e6465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f7375727665793c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f6e6f5f7375727665793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d227375727665795f7369746522206e616d653d225375727665792073697465223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d227375727665795f736974652e6a736f6e222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e537572766579207468652073697465207b7b20736974655f706f7374636f6465207d7d20286f72646572207b7b206f726465725f6964207d7d2c2065786368616e6765207b7b2073657276696e675f65786368616e6765207d7d293a2063616e2074686520666962726520626520647261776e20696e3f3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e665f7375727665793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f73757276657965643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a626f756e646172794576656e742069643d227375727665795f616d656e64656422206e616d653d224f7264657220616d656e64656422206174746163686564546f5265663d227375727665795f73697465222063616e63656c41637469766974793d2274727565223e0a2020202020203c62706d6e3a6f7574676f696e673e665f74616b655f616d656e646d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227375727665795f616d656e6465645f646566696e6974696f6e22206d6573736167655265663d226f726465725f616d656e6465645f6d657373616765223e0a20202020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a202020202020202020203c7370696666776f726b666c6f773a6d6573736167655661726961626c653e616d656e646d656e743c2f7370696666776f726b666c6f773a6d6573736167655661726961626c653e0a20202020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c2f62706d6e3a6d6573736167654576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a626f756e646172794576656e743e0a202020203c62706d6e3a7363726970745461736b2069643d2274616b655f616d656e646d656e7422206e616d653d2254616b652074686520616d656e646564206f72646572223e0a2020202020203c62706d6e3a696e636f6d696e673e665f74616b655f616d656e646d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f616d656e6465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a7363726970743e736974655f706f7374636f6465203d20616d656e646d656e742e6765742827736974655f706f7374636f6465272c20736974655f706f7374636f6465290a73657276696e675f65786368616e6765203d20616d656e646d656e742e676574282773657276696e675f65786368616e6765272c2073657276696e675f65786368616e6765290a7375727665795f6e6565646564203d20616d656e646d656e742e67657428277375727665795f6e6565646564272c207375727665795f6e6565646564290a636861726163746572697374696373203d20616d656e646d656e742e6765742827636861726163746572697374696373272c20636861726163746572697374696373293c2f62706d6e3a7363726970743e0a202020203c2f62706d6e3a7363726970745461736b3e0a202020203c62706d6e3a7363726970745461736b2069643d226e6f5f73757276657922206e616d653d224e6f20737572766579206e6565646564223e0a2020202020203c62706d6e3a696e636f6d696e673e665f6e6f5f7375727665793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f736b69707065643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a7363726970743e7375727665795f726573756c74203d20226e6f745f7265717569726564223c2f62706d6e3a7363726970743e0a202020203c2f62706d6e3a7363726970745461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227375727665795f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e665f73757276657965643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e665f736b69707065643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a736572766963655461736b2069643d2270726f766964655f73757276657922206e616d653d2248616e64207468652073757276657920726573756c7420746f20746865206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f70726f766964655f646174612220726573756c745661726961626c653d227375727665795f68616e6465645f6f766572223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226b65792220747970653d22616e79222076616c75653d22277375727665795f726573756c7427222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2276616c75652220747970653d22616e79222076616c75653d227375727665795f726573756c74222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66333c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d227363686564756c655f766973697422206e616d653d22426f6f6b2074686520656e67696e656572207669736974223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226669656c645f736572766963652f7363686564756c652220726573756c745661726961626c653d227669736974223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22736974655f706f7374636f64652220747970653d22616e79222076616c75653d22736974655f706f7374636f6465222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22776f726b2220747970653d22616e79222076616c75653d2227496e7374616c6c204f4e5427222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66333c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66343c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a626f756e646172794576656e742069643d227363686564756c655f76697369745f756e646f22206e616d653d22556e646f20626f6f6b696e6722206174746163686564546f5265663d227363686564756c655f7669736974223e0a2020202020203c62706d6e3a636f6d70656e736174654576656e74446566696e6974696f6e2069643d227363686564756c655f76697369745f756e646f5f646566696e6974696f6e222f3e0a202020203c2f62706d6e3a626f756e646172794576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d2263616e63656c5f766973697422206e616d653d2243616e63656c2074686520656e67696e65657220766973697422206973466f72436f6d70656e736174696f6e3d2274727565223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226669656c645f736572766963652f63616e63656c2220726573756c745661726961626c653d2276697369745f63616e63656c6c6564223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2276697369745f69642220747970653d22616e79222076616c75653d2276697369745b2776697369745f6964275d222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6173736f63696174696f6e2069643d227363686564756c655f76697369745f756e646f5f68616e646c657222206173736f63696174696f6e446972656374696f6e3d224f6e652220736f757263655265663d227363686564756c655f76697369745f756e646f22207461726765745265663d2263616e63656c5f7669736974222f3e0a202020203c62706d6e3a757365725461736b2069643d22696e7374616c6c5f6f6e7422206e616d653d22496e7374616c6c204f4e54206f6e2073697465223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22706f696e744f664e6f52657475726e222076616c75653d2274727565222f3e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22696e7374616c6c5f6f6e742e6a736f6e222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e5669736974207b7b2076697369742e76697369745f6964207d7d206f6e207b7b2076697369742e64617465207d7d207b7b2076697369742e736c6f74207d7d20287b7b2076697369742e656e67696e656572207d7d293a20696e7374616c6c20616e64207465737420746865204f4e54206174207b7b20736974655f706f7374636f6465207d7d2c207468656e20656e746572206974732073657269616c206e756d6265722e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66343c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66353c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a656e644576656e742069643d22656e6422206e616d653d22496e7374616c6c6564223e3c62706d6e3a696e636f6d696e673e66353c2f62706d6e3a696e636f6d696e673e3c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d227375727665795f67617465776179222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f7375727665792220736f757263655265663d227375727665795f6761746577617922207461726765745265663d227375727665795f73697465223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e7375727665795f6e65656465643c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f6e6f5f7375727665792220736f757263655265663d227375727665795f6761746577617922207461726765745265663d226e6f5f737572766579222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f74616b655f616d656e646d656e742220736f757263655265663d227375727665795f616d656e64656422207461726765745265663d2274616b655f616d656e646d656e74222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f616d656e6465642220736f757263655265663d2274616b655f616d656e646d656e7422207461726765745265663d227375727665795f67617465776179222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f73757276657965642220736f757263655265663d227375727665795f7369746522207461726765745265663d227375727665795f646f6e65222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f736b69707065642220736f757263655265663d226e6f5f73757276657922207461726765745265663d227375727665795f646f6e65222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d227375727665795f646f6e6522207461726765745265663d2270726f766964655f737572766579222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266332220736f757263655265663d2270726f766964655f73757276657922207461726765745265663d227363686564756c655f7669736974222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266342220736f757263655265663d227363686564756c655f766973697422207461726765745265663d22696e7374616c6c5f6f6e74222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266352220736f757263655265663d22696e7374616c6c5f6f6e7422207461726765745265663d22656e64222f3e0a20203c2f62706d6e3a70726f636573733e0a2020202020202020202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22706c616e5f6669656c645f76697369745f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22706c616e5f6669656c645f76697369745f706c616e65222062706d6e456c656d656e743d22706c616e5f6669656c645f7669736974223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f73797374656d5f6469222062706d6e456c656d656e743d224c616e655f73797374656d22206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d223133353022206865696768743d22323430222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f66756c66696c6c6d656e745f6469222062706d6e456c656d656e743d224c616e655f66756c66696c6c6d656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d22323430222077696474683d223133353022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d223131322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227375727665795f676174657761795f6469222062706d6e456c656d656e743d227375727665795f67617465776179223e0a20202020202020203c64633a426f756e647320783d223236352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227375727665795f736974655f6469222062706d6e456c656d656e743d227375727665795f73697465223e0a20202020202020203c64633a426f756e647320783d223430302220793d22323630222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2274616b655f616d656e646d656e745f6469222062706d6e456c656d656e743d2274616b655f616d656e646d656e74223e0a20202020202020203c64633a426f756e647320783d223536302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f5f7375727665795f6469222062706d6e456c656d656e743d226e6f5f737572766579223e0a20202020202020203c64633a426f756e647320783d223430302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227375727665795f646f6e655f6469222062706d6e456c656d656e743d227375727665795f646f6e65223e0a20202020202020203c64633a426f756e647320783d223538352220793d22313535222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2270726f766964655f7375727665795f6469222062706d6e456c656d656e743d2270726f766964655f737572766579223e0a20202020202020203c64633a426f756e647320783d223732302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227363686564756c655f76697369745f6469222062706d6e456c656d656e743d227363686564756c655f7669736974223e0a20202020202020203c64633a426f756e647320783d223838302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2263616e63656c5f76697369745f6469222062706d6e456c656d656e743d2263616e63656c5f7669736974223e0a20202020202020203c64633a426f756e647320783d22313034302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22696e7374616c6c5f6f6e745f6469222062706d6e456c656d656e743d22696e7374616c6c5f6f6e74223e0a20202020202020203c64633a426f756e647320783d22313034302220793d22323630222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6469222062706d6e456c656d656e743d22656e64223e0a20202020202020203c64633a426f756e647320783d22313233322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227375727665795f616d656e6465645f6469222062706d6e456c656d656e743d227375727665795f616d656e646564223e0a20202020202020203c64633a426f756e647320783d223430342220793d22333232222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227363686564756c655f76697369745f756e646f5f6469222062706d6e456c656d656e743d227363686564756c655f76697369745f756e646f223e0a20202020202020203c64633a426f756e647320783d223838342220793d22323032222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223134382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223236352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f7375727665795f6469222062706d6e456c656d656e743d22665f737572766579223e0a20202020202020203c64693a776179706f696e7420783d223239302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d223239302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d223430302220793d22333030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f6e6f5f7375727665795f6469222062706d6e456c656d656e743d22665f6e6f5f737572766579223e0a20202020202020203c64693a776179706f696e7420783d223331352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223430302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f74616b655f616d656e646d656e745f6469222062706d6e456c656d656e743d22665f74616b655f616d656e646d656e74223e0a20202020202020203c64693a776179706f696e7420783d223434302220793d22333430222f3e0a20202020202020203c64693a776179706f696e7420783d223534302220793d22333430222f3e0a20202020202020203c64693a776179706f696e7420783d223534302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223536302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f616d656e6465645f6469222062706d6e456c656d656e743d22665f616d656e646564223e0a20202020202020203c64693a776179706f696e7420783d223631302220793d22313030222f3e0a20202020202020203c64693a776179706f696e7420783d223631302220793d22313230222f3e0a20202020202020203c64693a776179706f696e7420783d223239302220793d22313230222f3e0a20202020202020203c64693a776179706f696e7420783d223239302220793d223835222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f73757276657965645f6469222062706d6e456c656d656e743d22665f7375727665796564223e0a20202020202020203c64693a776179706f696e7420783d223530302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223538352220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f736b69707065645f6469222062706d6e456c656d656e743d22665f736b6970706564223e0a20202020202020203c64693a776179706f696e7420783d223530302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223538352220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223633352220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223732302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266335f6469222062706d6e456c656d656e743d226633223e0a20202020202020203c64693a776179706f696e7420783d223832302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223838302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266345f6469222062706d6e456c656d656e743d226634223e0a20202020202020203c64693a776179706f696e7420783d223938302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22313032302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22313032302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313034302220793d22333030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266355f6469222062706d6e456c656d656e743d226635223e0a20202020202020203c64693a776179706f696e7420783d22313134302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313231322220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313231322220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313233322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227363686564756c655f76697369745f756e646f5f68616e646c65725f6469222062706d6e456c656d656e743d227363686564756c655f76697369745f756e646f5f68616e646c6572223e0a20202020202020203c64693a776179706f696e7420783d223930322220793d22323032222f3e0a20202020202020203c64693a776179706f696e7420783d223930322220793d22323131222f3e0a20202020202020203c64693a776179706f696e7420783d22313039302220793d22323131222f3e0a20202020202020203c64693a776179706f696e7420783d22313039302220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	4bce8170076cb488eac14f05373066cb4802b235460a49175334f81752f3408a
24	1	plan_product_order.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f706c616e5f70726f647563745f6f7264657222207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a70726f636573732069643d22706c616e5f70726f647563745f6f7264657222206e616d653d2250726f64756374206f7264657220706c616e2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e5374617274202872652d726174652c2073757370656e642c20726573756d65206f722073746f70292062696c6c696e6720666f72207468652070726f64756374206f6e6365206974732073657276696365732072756e2e2042696c6c696e670a737461727465642069732074686520706c616e277320706f696e74206f66206e6f2072657475726e2e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c212d2d2054686520706c616e277320726573756c743a20776861742069747320646f6d61696e206f72646572206b656570732c2068616e647320746f2074686520706c616e732061667465722069742028757073747265616d290a202020202020202020616e64206769766573207468652070726f6475637420696e76656e746f727920286170702f6f726368657374726174696f6e2f696e76656e746f72792e7079292e202d2d3e0a202020203c62706d6e3a696f53706563696669636174696f6e2069643d22706c616e5f70726f647563745f6f726465725f696f223e0a2020202020203c62706d6e3a646174614f75747075742069643d2262696c6c696e6722206e616d653d2262696c6c696e67222f3e0a2020202020203c62706d6e3a696e7075745365742069643d22706c616e5f70726f647563745f6f726465725f696e70757473222f3e0a2020202020203c62706d6e3a6f75747075745365742069643d22706c616e5f70726f647563745f6f726465725f6f757470757473223e3c62706d6e3a646174614f7574707574526566733e62696c6c696e673c2f62706d6e3a646174614f7574707574526566733e3c2f62706d6e3a6f75747075745365743e0a202020203c2f62706d6e3a696f53706563696669636174696f6e3e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d22446f6d61696e206f726465722073746172746564223e3c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e3c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d2261637469766174655f62696c6c696e6722206e616d653d2241637469766174652062696c6c696e67223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22706f696e744f664e6f52657475726e222076616c75653d2274727565222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d2262696c6c696e672f61637469766174652220726573756c745661726961626c653d2262696c6c696e67223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226163636f756e745f69642220747970653d22616e79222076616c75653d226163636f756e745f6964222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2270726f647563742220747970653d22616e79222076616c75653d226e616d65222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22616374696f6e2220747970653d22616e79222076616c75653d22616374696f6e222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22726563757272696e672220747970653d22616e79222076616c75653d22726563757272696e67222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f6e655f74696d652220747970653d22616e79222076616c75653d226f6e655f74696d65222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d22656e6422206e616d653d22446f6d61696e206f7264657220646f6e65223e3c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e3c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d2261637469766174655f62696c6c696e67222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d2261637469766174655f62696c6c696e6722207461726765745265663d22656e64222f3e0a20203c2f62706d6e3a70726f636573733e0a202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22706c616e5f70726f647563745f6f726465725f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22706c616e5f70726f647563745f6f726465725f706c616e65222062706d6e456c656d656e743d22706c616e5f70726f647563745f6f72646572223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d2238322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261637469766174655f62696c6c696e675f6469222062706d6e456c656d656e743d2261637469766174655f62696c6c696e67223e0a20202020202020203c64633a426f756e647320783d223231302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6469222062706d6e456c656d656e743d22656e64223e0a20202020202020203c64633a426f756e647320783d223430322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223131382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223231302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223331302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223430322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	c49a7d32761645b2857e90c90539383653b0c2fd1fcb53132ba5cb05aa0d48f6
25	1	plan_resource_order.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f706c616e5f7265736f757263655f6f7264657222207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a70726f636573732069643d22706c616e5f7265736f757263655f6f7264657222206e616d653d225265736f75726365206f7264657220706c616e2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e5265736572766520286f722072656c6561736529206f6e65207265736f7572636520696e207265736f7572636520696e76656e746f72792028544d46363532292e2041207265736572766174696f6e20697320756e646f6e650a62792072656c656173696e6720746865207265736f75726365202869747320636f6d70656e736174696f6e2068616e646c657229207768656e20746865206f726465722069732063616e63656c6c6564206f7220726576697365642e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c212d2d2054686520706c616e277320726573756c743a20776861742069747320646f6d61696e206f72646572206b656570732c2068616e647320746f2074686520706c616e732061667465722069742028757073747265616d290a202020202020202020616e64206769766573207468652070726f6475637420696e76656e746f727920286170702f6f726368657374726174696f6e2f696e76656e746f72792e7079292e202d2d3e0a202020203c62706d6e3a696f53706563696669636174696f6e2069643d22706c616e5f7265736f757263655f6f726465725f696f223e0a2020202020203c62706d6e3a646174614f75747075742069643d227265736f7572636522206e616d653d227265736f75726365222f3e0a2020202020203c62706d6e3a696e7075745365742069643d22706c616e5f7265736f757263655f6f726465725f696e70757473222f3e0a2020202020203c62706d6e3a6f75747075745365742069643d22706c616e5f7265736f757263655f6f726465725f6f757470757473223e3c62706d6e3a646174614f7574707574526566733e7265736f757263653c2f62706d6e3a646174614f7574707574526566733e3c2f62706d6e3a6f75747075745365743e0a202020203c2f62706d6e3a696f53706563696669636174696f6e3e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d22446f6d61696e206f726465722073746172746564223e3c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e3c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22726573657276655f7265736f7572636522206e616d653d2252657365727665207265736f75726365223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d22696e76656e746f72792f726573657276652220726573756c745661726961626c653d227265736f75726365223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d227265736f757263655f747970652220747970653d22616e79222076616c75653d2273706563222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22616374696f6e2220747970653d22616e79222076616c75653d22616374696f6e222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22736974655f706f7374636f64652220747970653d22616e79222076616c75653d22736974655f706f7374636f6465222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a626f756e646172794576656e742069643d22726573657276655f7265736f757263655f756e646f22206e616d653d22556e646f207265736572766174696f6e22206174746163686564546f5265663d22726573657276655f7265736f75726365223e0a2020202020203c62706d6e3a636f6d70656e736174654576656e74446566696e6974696f6e2069643d22726573657276655f7265736f757263655f756e646f5f646566696e6974696f6e222f3e0a202020203c2f62706d6e3a626f756e646172794576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d2272656c656173655f7265736f7572636522206e616d653d2252656c65617365207265736f7572636522206973466f72436f6d70656e736174696f6e3d2274727565223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d22696e76656e746f72792f72656c656173652220726573756c745661726961626c653d2272656c6561736564223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d227265736f757263655f69642220747970653d22616e79222076616c75653d227265736f757263655b277265736f757263655f6964275d222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6173736f63696174696f6e2069643d22726573657276655f7265736f757263655f756e646f5f68616e646c657222206173736f63696174696f6e446972656374696f6e3d224f6e652220736f757263655265663d22726573657276655f7265736f757263655f756e646f22207461726765745265663d2272656c656173655f7265736f75726365222f3e0a202020203c62706d6e3a656e644576656e742069643d22656e6422206e616d653d22446f6d61696e206f7264657220646f6e65223e3c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e3c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d22726573657276655f7265736f75726365222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d22726573657276655f7265736f7572636522207461726765745265663d22656e64222f3e0a20203c2f62706d6e3a70726f636573733e0a2020202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22706c616e5f7265736f757263655f6f726465725f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22706c616e5f7265736f757263655f6f726465725f706c616e65222062706d6e456c656d656e743d22706c616e5f7265736f757263655f6f72646572223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d2238322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726573657276655f7265736f757263655f6469222062706d6e456c656d656e743d22726573657276655f7265736f75726365223e0a20202020202020203c64633a426f756e647320783d223231302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272656c656173655f7265736f757263655f6469222062706d6e456c656d656e743d2272656c656173655f7265736f75726365223e0a20202020202020203c64633a426f756e647320783d223337302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6469222062706d6e456c656d656e743d22656e64223e0a20202020202020203c64633a426f756e647320783d223430322220793d22313632222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726573657276655f7265736f757263655f756e646f5f6469222062706d6e456c656d656e743d22726573657276655f7265736f757263655f756e646f223e0a20202020202020203c64633a426f756e647320783d223231342220793d223832222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223131382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223231302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223331302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223338322220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223338322220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223430322220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22726573657276655f7265736f757263655f756e646f5f68616e646c65725f6469222062706d6e456c656d656e743d22726573657276655f7265736f757263655f756e646f5f68616e646c6572223e0a20202020202020203c64693a776179706f696e7420783d223233322220793d223832222f3e0a20202020202020203c64693a776179706f696e7420783d223233322220793d223931222f3e0a20202020202020203c64693a776179706f696e7420783d223432302220793d223931222f3e0a20202020202020203c64693a776179706f696e7420783d223432302220793d22313030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	83c6fbca39e5f16ef08debfbf673eae20273dd81f1c406b42aa73db5612c5898
26	1	plan_service_order.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f706c616e5f736572766963655f6f7264657222207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a70726f636573732069643d22706c616e5f736572766963655f6f7264657222206e616d653d2253657276696365206f7264657220706c616e2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e416374697661746520286f72206368616e67652c2073757370656e642c20726573756d65206f7220636561736529206f6e652073657276696365206f6e20746865206e6574776f726b2028544d46363431292e204f6e6365207468650a73657276696365206973206163746976617465642074686520637573746f6d65722063616e207573652069743a207468617420737465702069732074686520706c616e277320706f696e74206f66206e6f2072657475726e2e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c212d2d2054686520706c616e277320726573756c743a20776861742069747320646f6d61696e206f72646572206b656570732c2068616e647320746f2074686520706c616e732061667465722069742028757073747265616d290a202020202020202020616e64206769766573207468652070726f6475637420696e76656e746f727920286170702f6f726368657374726174696f6e2f696e76656e746f72792e7079292e202d2d3e0a202020203c62706d6e3a696f53706563696669636174696f6e2069643d22706c616e5f736572766963655f6f726465725f696f223e0a2020202020203c62706d6e3a646174614f75747075742069643d227365727669636522206e616d653d2273657276696365222f3e0a2020202020203c62706d6e3a696e7075745365742069643d22706c616e5f736572766963655f6f726465725f696e70757473222f3e0a2020202020203c62706d6e3a6f75747075745365742069643d22706c616e5f736572766963655f6f726465725f6f757470757473223e3c62706d6e3a646174614f7574707574526566733e736572766963653c2f62706d6e3a646174614f7574707574526566733e3c2f62706d6e3a6f75747075745365743e0a202020203c2f62706d6e3a696f53706563696669636174696f6e3e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d22446f6d61696e206f726465722073746172746564223e3c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e3c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d2261637469766174655f7365727669636522206e616d653d2241637469766174652073657276696365223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22706f696e744f664e6f52657475726e222076616c75653d2274727565222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d2270726f766973696f6e696e672f61637469766174652220726573756c745661726961626c653d2273657276696365223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22736572766963652220747970653d22616e79222076616c75653d2273706563222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22616374696f6e2220747970653d22616e79222076616c75653d22616374696f6e222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22736974655f706f7374636f64652220747970653d22616e79222076616c75653d22736974655f706f7374636f6465222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2273657276696e675f65786368616e67652220747970653d22616e79222076616c75653d2273657276696e675f65786368616e6765222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226368617261637465726973746963732220747970653d22616e79222076616c75653d22636861726163746572697374696373222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d22656e6422206e616d653d22446f6d61696e206f7264657220646f6e65223e3c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e3c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d2261637469766174655f73657276696365222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d2261637469766174655f7365727669636522207461726765745265663d22656e64222f3e0a20203c2f62706d6e3a70726f636573733e0a202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22706c616e5f736572766963655f6f726465725f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22706c616e5f736572766963655f6f726465725f706c616e65222062706d6e456c656d656e743d22706c616e5f736572766963655f6f72646572223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d2238322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261637469766174655f736572766963655f6469222062706d6e456c656d656e743d2261637469766174655f73657276696365223e0a20202020202020203c64633a426f756e647320783d223231302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6469222062706d6e456c656d656e743d22656e64223e0a20202020202020203c64633a426f756e647320783d223430322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223131382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223231302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223331302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223430322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	4b01d954ac8139309030885dc53fdaf83fcabdd91e8289d7e2d60689e2c889df
27	1	revision_approval.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c220a202020202020202020202020202020202020786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265220a20202020202020202020202020202020202069643d22446566696e6974696f6e735f7265766973696f6e5f617070726f76616c22207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a70726f636573732069643d227265766973696f6e5f617070726f76616c22206e616d653d225265766973696f6e20617070726f76616c2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e41207265766973696f6e206f6620616e206f7264657220696e20666c69676874207468617420746865207265766973696f6e5f617070726f76616c206465636973696f6e2073617973206d75737420626520617070726f7665642e0a5374617274656420776974683a206f726465725f69642c20637573746f6d65722c207265766973696f6e2c20617070726f76616c5f726561736f6e2c20696d706163745f73756d6d6172792e2054686520617070726f7665722773206465636973696f6e20697320636172726965640a6f7574206279202244656369646520746865207265766973696f6e223a20617070726f7665642c20746865207265766973696f6e20697320636f6d707574656420616761696e206f6e20746865206f72646572206173206974206973207468656e20616e64206170706c6965640a286f7220726566757365642c206966206120646f6d61696e206f72646572207061737365642069747320706f696e74206f66206e6f2072657475726e206d65616e7768696c65293b2072656a65637465642c20746865206f726465722073746179732061732069742069732e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f7265766973696f6e5f617070726f76616c223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f617070726f76657222206e616d653d224f7264657220617070726f766572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7265766973696f6e5f7265717565737465643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76655f7265766973696f6e3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6465636964655f7265766973696f6e3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7265766973696f6e5f646563696465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d227265766973696f6e5f72657175657374656422206e616d653d225265766973696f6e20726571756573746564223e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f617070726f76653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a757365725461736b2069643d22617070726f76655f7265766973696f6e22206e616d653d22417070726f7665207265766973696f6e223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d227265766973696f6e5f617070726f76616c2e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e5265766973696f6e207b7b207265766973696f6e207d7d206f66206f72646572207b7b206f726465725f6964207d7d20666f72207b7b20637573746f6d6572207d7d206e6565647320617070726f76616c3a207b7b20617070726f76616c5f726561736f6e207d7d2e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f617070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f6465636964653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d226465636964655f7265766973696f6e22206e616d653d2244656369646520746865207265766973696f6e223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f6465636964655f7265766973696f6e2220726573756c745661726961626c653d227265766973696f6e5f6f7574636f6d65223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d227265766973696f6e2220747970653d22696e74222076616c75653d227265766973696f6e22202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226465636973696f6e2220747970653d22616e79222076616c75653d227265766973696f6e5f6465636973696f6e22202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226e6f74652220747970653d22616e79222076616c75653d227265766973696f6e5f6e6f746522202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f6465636964653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f656e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d227265766973696f6e5f6465636964656422206e616d653d225265766973696f6e2064656369646564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f656e643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f617070726f76652220736f757263655265663d227265766973696f6e5f72657175657374656422207461726765745265663d22617070726f76655f7265766973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f6465636964652220736f757263655265663d22617070726f76655f7265766973696f6e22207461726765745265663d226465636964655f7265766973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f656e642220736f757263655265663d226465636964655f7265766973696f6e22207461726765745265663d227265766973696f6e5f6465636964656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d227265766973696f6e5f617070726f76616c5f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227265766973696f6e5f617070726f76616c5f706c616e65222062706d6e456c656d656e743d227265766973696f6e5f617070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f617070726f7665725f6469222062706d6e456c656d656e743d224c616e655f617070726f76657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d2237313022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265766973696f6e5f7265717565737465645f6469222062706d6e456c656d656e743d227265766973696f6e5f726571756573746564223e0a20202020202020203c64633a426f756e647320783d223131322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f7265766973696f6e5f6469222062706d6e456c656d656e743d22617070726f76655f7265766973696f6e223e0a20202020202020203c64633a426f756e647320783d223234302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226465636964655f7265766973696f6e5f6469222062706d6e456c656d656e743d226465636964655f7265766973696f6e223e0a20202020202020203c64633a426f756e647320783d223430302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265766973696f6e5f646563696465645f6469222062706d6e456c656d656e743d227265766973696f6e5f64656369646564223e0a20202020202020203c64633a426f756e647320783d223539322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f617070726f76655f6469222062706d6e456c656d656e743d22666c6f775f746f5f617070726f7665223e0a20202020202020203c64693a776179706f696e7420783d223134382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223234302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f6465636964655f6469222062706d6e456c656d656e743d22666c6f775f746f5f646563696465223e0a20202020202020203c64693a776179706f696e7420783d223334302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223430302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f656e645f6469222062706d6e456c656d656e743d22666c6f775f746f5f656e64223e0a20202020202020203c64693a776179706f696e7420783d223530302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223539322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a	794fc404c51652a85fb0653557c5af12805d72babdfc1bb40f0629c7e21bae50
\.


--
-- Data for Name: model_generation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_generation (id, generation) FROM stdin;
1	495035758037277313
\.


--
-- Data for Name: model_test_cases; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_test_cases (id, kind, model_id, name, "case", source, created_by_id, created_at, updated_at) FROM stdin;
1	decision	approval_level	row 1 (r_small)	{"inputs": {"bandwidth": 499, "surcharge": 0}, "expected": {"approval_needed": false, "level": "standard"}}	shipped	\N	2026-12-06 23:31:22.919303+00	2026-12-06 23:31:22.91931+00
2	decision	approval_level	row 2 (r_small_cabling)	{"inputs": {"bandwidth": 499, "surcharge": 1}, "expected": {"approval_needed": true, "level": "works"}}	shipped	\N	2026-12-06 23:31:22.921612+00	2026-12-06 23:31:22.921616+00
3	decision	approval_level	row 3 (r_large)	{"inputs": {"bandwidth": 500, "surcharge": 0}, "expected": {"approval_needed": true, "level": "high bandwidth"}}	shipped	\N	2026-12-06 23:31:22.922735+00	2026-12-06 23:31:22.922739+00
4	decision	decomposition	row 1 (r0): A suspend or resume changes no resource: services and billing are suspended or resumed.	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 23:31:22.924213+00	2026-12-06 23:31:22.924216+00
5	decision	decomposition	row 2 (r1)	{"inputs": {"kind": "cfs", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 23:31:22.925465+00	2026-12-06 23:31:22.925468+00
6	decision	decomposition	row 3 (r2)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 23:31:22.926697+00	2026-12-06 23:31:22.9267+00
7	decision	decomposition	row 4 (r3)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": false, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 23:31:22.927872+00	2026-12-06 23:31:22.927875+00
8	decision	decomposition	row 5 (r4)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "static_ip", "rank": 1}}	shipped	\N	2026-12-06 23:31:22.928992+00	2026-12-06 23:31:22.928995+00
9	decision	decomposition	row 6 (r5)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": false, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "", "rank": 1}}	shipped	\N	2026-12-06 23:31:22.929969+00	2026-12-06 23:31:22.929972+00
10	decision	decomposition	row 7 (r6)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": false, "product_spec": "zzz-other"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 23:31:22.930908+00	2026-12-06 23:31:22.930911+00
11	decision	decomposition	row 8 (r7)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": false, "product_spec": "zzz-other"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "static_ip", "rank": 1}}	shipped	\N	2026-12-06 23:31:22.931842+00	2026-12-06 23:31:22.931845+00
12	decision	decomposition	row 9 (r8)	{"inputs": {"kind": "resource", "spec": "Voice Channel", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "channels", "rank": 1}}	shipped	\N	2026-12-06 23:31:22.932745+00	2026-12-06 23:31:22.932747+00
13	decision	decomposition	row 10 (r9)	{"inputs": {"kind": "resource", "spec": "Telephone Number", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "numbers", "rank": 1}}	shipped	\N	2026-12-06 23:31:22.93363+00	2026-12-06 23:31:22.933633+00
14	decision	decomposition	row 11 (r10)	{"inputs": {"kind": "resource", "spec": "Access Line", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "", "rank": 1}}	shipped	\N	2026-12-06 23:31:22.934499+00	2026-12-06 23:31:22.934502+00
15	decision	decomposition	row 12 (r11)	{"inputs": {"kind": "rfs", "spec": "Access Line", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "bandwidth", "rank": 2}}	shipped	\N	2026-12-06 23:31:22.935462+00	2026-12-06 23:31:22.935465+00
16	decision	decomposition	row 13 (r12)	{"inputs": {"kind": "rfs", "spec": "Access Line", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "", "provides": "", "watches": "bandwidth", "rank": 2}}	shipped	\N	2026-12-06 23:31:22.936378+00	2026-12-06 23:31:22.936381+00
17	decision	decomposition	row 14 (r13)	{"inputs": {"kind": "rfs", "spec": "IP Connectivity", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "static_ip", "rank": 2}}	shipped	\N	2026-12-06 23:31:22.937331+00	2026-12-06 23:31:22.937334+00
18	decision	decomposition	row 15 (r14)	{"inputs": {"kind": "rfs", "spec": "CPE Provisioning", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "wifi", "rank": 2}}	shipped	\N	2026-12-06 23:31:22.938221+00	2026-12-06 23:31:22.938224+00
19	decision	decomposition	row 16 (r15)	{"inputs": {"kind": "rfs", "spec": "SIP Trunk", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "channels,numbers", "rank": 2}}	shipped	\N	2026-12-06 23:31:22.939085+00	2026-12-06 23:31:22.939088+00
20	decision	decomposition	row 17 (r16)	{"inputs": {"kind": "rfs", "spec": "Field Visit", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_field_visit", "requires": "", "provides": "survey_result", "watches": "", "rank": 2}}	shipped	\N	2026-12-06 23:31:22.940053+00	2026-12-06 23:31:22.940056+00
21	decision	decomposition	row 18 (r17)	{"inputs": {"kind": "rfs", "spec": "Field Visit", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 23:31:22.941305+00	2026-12-06 23:31:22.941308+00
22	decision	decomposition	row 19 (r18)	{"inputs": {"kind": "rfs", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "*", "rank": 2}}	shipped	\N	2026-12-06 23:31:22.942243+00	2026-12-06 23:31:22.942246+00
23	decision	decomposition	row 20 (r19)	{"inputs": {"kind": "product", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "product", "plan": "plan_product_order", "requires": "", "provides": "", "watches": "*", "rank": 3}}	shipped	\N	2026-12-06 23:31:22.943041+00	2026-12-06 23:31:22.943044+00
24	decision	enrichment_customer	row 1 (seg_enterprise)	{"inputs": {"segment": "enterprise"}, "expected": {"priority": "high", "sla_class": "gold"}}	shipped	\N	2026-12-06 23:31:22.94422+00	2026-12-06 23:31:22.944223+00
25	decision	enrichment_customer	row 2 (seg_public)	{"inputs": {"segment": "public_sector"}, "expected": {"priority": "high", "sla_class": "silver"}}	shipped	\N	2026-12-06 23:31:22.945334+00	2026-12-06 23:31:22.945337+00
26	decision	enrichment_customer	row 3 (seg_other)	{"inputs": {"segment": "zzz-other"}, "expected": {"priority": "normal", "sla_class": "bronze"}}	shipped	\N	2026-12-06 23:31:22.946107+00	2026-12-06 23:31:22.946109+00
27	decision	enrichment_site	row 1 (site_ec)	{"inputs": {"site_postcode": "EC1A 1AA"}, "expected": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false}}	shipped	\N	2026-12-06 23:31:22.947218+00	2026-12-06 23:31:22.947221+00
28	decision	enrichment_site	row 2 (site_sw)	{"inputs": {"site_postcode": "SW1A 1AA"}, "expected": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 23:31:22.948088+00	2026-12-06 23:31:22.948091+00
29	decision	enrichment_site	row 3 (site_m)	{"inputs": {"site_postcode": "M1A 1AA"}, "expected": {"region": "North West", "serving_exchange": "MAN-CENTRAL", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 23:31:22.948984+00	2026-12-06 23:31:22.948987+00
30	decision	enrichment_site	row 4 (site_eh)	{"inputs": {"site_postcode": "EH1A 1AA"}, "expected": {"region": "Scotland", "serving_exchange": "EDI-LEITH", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 23:31:22.949868+00	2026-12-06 23:31:22.94987+00
31	decision	enrichment_site	row 5 (site_other)	{"inputs": {"site_postcode": "zzz-other"}, "expected": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}	shipped	\N	2026-12-06 23:31:22.950613+00	2026-12-06 23:31:22.950615+00
32	decision	fallout_policy	row 1 (transient_retry): Transient faults of external systems: retry by itself, with backoff	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": 3}, "expected": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 23:31:22.951692+00	2026-12-06 23:31:22.951695+00
33	decision	fallout_policy	row 2 (transient_manual): Still failing after three automatic retries: a person looks	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": 4}, "expected": {"category": "transient", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 23:31:22.952563+00	2026-12-06 23:31:22.952566+00
34	decision	fallout_policy	row 3 (network_capacity)	{"inputs": {"error_code": "PORT_UNAVAILABLE", "connector": null, "attempt": 3}, "expected": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 23:31:22.953496+00	2026-12-06 23:31:22.953499+00
35	decision	fallout_policy	row 4 (data_error)	{"inputs": {"error_code": "MISSING_DATA", "connector": null, "attempt": 3}, "expected": {"category": "data error", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 23:31:22.954368+00	2026-12-06 23:31:22.954371+00
36	decision	fallout_policy	row 5 (model_error): Scripts and rules that fail are the models' problem	{"inputs": {"error_code": "SCRIPT_ERROR", "connector": null, "attempt": 3}, "expected": {"category": "model error", "action": "manual", "retry_after": null, "assign_to": "fallout_manager"}}	shipped	\N	2026-12-06 23:31:22.955276+00	2026-12-06 23:31:22.955279+00
37	decision	fallout_policy	row 6 (anything_else)	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": null}, "expected": {"category": "unclassified", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 23:31:22.956041+00	2026-12-06 23:31:22.956044+00
38	decision	jeopardy_sla	row 1 (fallout_urgent)	{"inputs": {"task_type": "fallout", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT1H", "due_after": "PT2H"}}	shipped	\N	2026-12-06 23:31:22.957174+00	2026-12-06 23:31:22.957177+00
39	decision	jeopardy_sla	row 2 (fallout)	{"inputs": {"task_type": "fallout", "priority": "zzz-other", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "PT8H"}}	shipped	\N	2026-12-06 23:31:22.958051+00	2026-12-06 23:31:22.958054+00
40	decision	jeopardy_sla	row 3 (work_order_premium)	{"inputs": {"task_type": "work_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "PT8H"}}	shipped	\N	2026-12-06 23:31:22.958907+00	2026-12-06 23:31:22.95891+00
41	decision	jeopardy_sla	row 4 (work_order)	{"inputs": {"task_type": "work_order", "priority": "high", "sla_class": "zzz-other"}, "expected": {"warn_after": "P1D", "due_after": "P2D"}}	shipped	\N	2026-12-06 23:31:22.959757+00	2026-12-06 23:31:22.959759+00
42	decision	jeopardy_sla	row 5 (order_task)	{"inputs": {"task_type": "order_task", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "P1D"}}	shipped	\N	2026-12-06 23:31:22.960604+00	2026-12-06 23:31:22.960607+00
43	decision	jeopardy_sla	row 6 (customer_order): For promised dates: warn when less than this margin (due minus warn) is left	{"inputs": {"task_type": "customer_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "P0D", "due_after": "P2D"}}	shipped	\N	2026-12-06 23:31:22.961511+00	2026-12-06 23:31:22.961514+00
44	decision	jeopardy_sla	row 7 (domain_order): Plans for the order timeline: how long an automated domain order may take (its work orders	{"inputs": {"task_type": "domain_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT1H", "due_after": "PT2H"}}	shipped	\N	2026-12-06 23:31:22.962345+00	2026-12-06 23:31:22.962348+00
45	decision	jeopardy_sla	row 8 (service_call): A call to another system still unanswered	{"inputs": {"task_type": "service_call", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT30M", "due_after": "PT2H"}}	shipped	\N	2026-12-06 23:31:22.963069+00	2026-12-06 23:31:22.963072+00
46	decision	order_approval	row 1 (oa_status_change_only)	{"inputs": {"items": [{"action": "suspend"}, {"action": "delete"}]}, "expected": {"order_approval_needed": false}}	shipped	\N	2026-12-06 23:31:22.964112+00	2026-12-06 23:31:22.964115+00
47	decision	order_approval	row 2 (oa_commercial)	{"inputs": {"items": [{"action": "add"}, {"action": "delete"}]}, "expected": {"order_approval_needed": true}}	shipped	\N	2026-12-06 23:31:22.964886+00	2026-12-06 23:31:22.964889+00
48	decision	pricing_fibre	row 1 (fibre_r1)	{"inputs": {"bandwidth": 100, "contract_term": 12}, "expected": {"monthly_price": 89, "setup_fee": 450}}	shipped	\N	2026-12-06 23:31:22.966136+00	2026-12-06 23:31:22.966139+00
49	decision	pricing_fibre	row 2 (fibre_r2)	{"inputs": {"bandwidth": 100, "contract_term": 24}, "expected": {"monthly_price": 79.5, "setup_fee": 250}}	shipped	\N	2026-12-06 23:31:22.967073+00	2026-12-06 23:31:22.967076+00
50	decision	pricing_fibre	row 3 (fibre_r3)	{"inputs": {"bandwidth": 100, "contract_term": 36}, "expected": {"monthly_price": 69, "setup_fee": 0}}	shipped	\N	2026-12-06 23:31:22.967943+00	2026-12-06 23:31:22.967946+00
51	decision	pricing_fibre	row 4 (fibre_r4)	{"inputs": {"bandwidth": 500, "contract_term": 12}, "expected": {"monthly_price": 179, "setup_fee": 450}}	shipped	\N	2026-12-06 23:31:22.96881+00	2026-12-06 23:31:22.968813+00
52	decision	pricing_fibre	row 5 (fibre_r5)	{"inputs": {"bandwidth": 500, "contract_term": 24}, "expected": {"monthly_price": 159, "setup_fee": 250}}	shipped	\N	2026-12-06 23:31:22.96963+00	2026-12-06 23:31:22.969633+00
53	decision	pricing_fibre	row 6 (fibre_r6)	{"inputs": {"bandwidth": 500, "contract_term": 36}, "expected": {"monthly_price": 139, "setup_fee": 0}}	shipped	\N	2026-12-06 23:31:22.970518+00	2026-12-06 23:31:22.970521+00
54	decision	pricing_fibre	row 7 (fibre_r7)	{"inputs": {"bandwidth": 1000, "contract_term": 12}, "expected": {"monthly_price": 329, "setup_fee": 450}}	shipped	\N	2026-12-06 23:31:22.971451+00	2026-12-06 23:31:22.971454+00
55	decision	pricing_fibre	row 8 (fibre_r8)	{"inputs": {"bandwidth": 1000, "contract_term": 24}, "expected": {"monthly_price": 295, "setup_fee": 250}}	shipped	\N	2026-12-06 23:31:22.972357+00	2026-12-06 23:31:22.97236+00
56	decision	pricing_fibre	row 9 (fibre_r9)	{"inputs": {"bandwidth": 1000, "contract_term": 36}, "expected": {"monthly_price": 265, "setup_fee": 0}}	shipped	\N	2026-12-06 23:31:22.973155+00	2026-12-06 23:31:22.973158+00
57	decision	pricing_voice	row 1 (voice_r1)	{"inputs": {"channels": 2}, "expected": {"monthly_price": 36, "setup_fee": 95}}	shipped	\N	2026-12-06 23:31:22.974253+00	2026-12-06 23:31:22.974255+00
58	decision	pricing_voice	row 2 (voice_r2)	{"inputs": {"channels": 5}, "expected": {"monthly_price": 82, "setup_fee": 145}}	shipped	\N	2026-12-06 23:31:22.975125+00	2026-12-06 23:31:22.975127+00
59	decision	pricing_voice	row 3 (voice_r3)	{"inputs": {"channels": 11}, "expected": {"monthly_price": 149, "setup_fee": 195}}	shipped	\N	2026-12-06 23:31:22.976038+00	2026-12-06 23:31:22.976041+00
60	decision	pricing_voice	row 4 (voice_r4)	{"inputs": {"channels": 21}, "expected": {"monthly_price": 210, "setup_fee": 245}}	shipped	\N	2026-12-06 23:31:22.976803+00	2026-12-06 23:31:22.976806+00
61	decision	revision_approval	row 1 (rev_discounts)	{"inputs": {"discounts_over_limit": true, "recurring_delta": 251, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "the revised order carries discounts above the limit"}}	shipped	\N	2026-12-06 23:31:22.977881+00	2026-12-06 23:31:22.977883+00
62	decision	revision_approval	row 2 (rev_monthly)	{"inputs": {"discounts_over_limit": false, "recurring_delta": 251, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "the monthly price goes up by more than 250.00"}}	shipped	\N	2026-12-06 23:31:22.978768+00	2026-12-06 23:31:22.97877+00
63	decision	revision_approval	row 3 (rev_one_time)	{"inputs": {"discounts_over_limit": false, "recurring_delta": -999999, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "one-time charges go up by more than 500.00"}}	shipped	\N	2026-12-06 23:31:22.97962+00	2026-12-06 23:31:22.979623+00
64	decision	revision_approval	row 4 (rev_none)	{"inputs": {"discounts_over_limit": false, "recurring_delta": -999999, "one_time_delta": -999999}, "expected": {"approval_needed": false, "reason": ""}}	shipped	\N	2026-12-06 23:31:22.980368+00	2026-12-06 23:31:22.980371+00
65	process	change_request	small change goes through	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": false}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "end_auto"], "expected_data": {"surcharge": 0, "summary": "100 Mbps at SW1A 1AA", "approval_needed": false, "level": "standard"}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.981817+00	2026-12-06 23:31:22.98182+00
66	process	change_request	small change with cabling needs approval	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": true}, "approve": {"approved": true}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "approve", "end_approved"], "expected_data": {"surcharge": 50, "summary": "100 Mbps at SW1A 1AA", "approval_needed": true, "level": "works"}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.982737+00	2026-12-06 23:31:22.982739+00
67	process	change_request	high bandwidth needs approval	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": false}, "approve": {"approved": true}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "approve", "end_approved"], "expected_data": {"surcharge": 0, "summary": "1000 Mbps at SW1A 1AA", "approval_needed": true, "level": "high bandwidth"}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.983495+00	2026-12-06 23:31:22.983497+00
68	process	customer_order	known site, no discount: approved and closed	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "classify_approval", "approval_gateway", "approve_order", "approval_decided", "approval_done", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold", "order_approval_needed": true}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.984713+00	2026-12-06 23:31:22.984716+00
69	process	customer_order	unknown site: technical details first	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "ZZ9 9ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"technical_details": {"site_postcode": "SW1A 1AA"}, "approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "technical_details", "details_done", "adjustments_gateway", "adjustments_done", "classify_approval", "approval_gateway", "approve_order", "approval_decided", "approval_done", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "high", "sla_class": "gold", "order_approval_needed": true}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.985765+00	2026-12-06 23:31:22.985767+00
70	process	customer_order	discount above the limit approved, order approved	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": true, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"approve_adjustments": {"adjustments_decision": "approve"}, "approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "approve_adjustments", "adjustments_decided", "adjustments_done", "classify_approval", "approval_gateway", "approve_order", "approval_decided", "approval_done", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold", "order_approval_needed": true}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.98672+00	2026-12-06 23:31:22.986723+00
71	process	customer_order	discount above the limit rejected	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": true, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"approve_adjustments": {"adjustments_decision": "reject", "adjustments_note": "too generous"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "approve_adjustments", "adjustments_decided", "reject_order", "order_rejected"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.987734+00	2026-12-06 23:31:22.987737+00
72	process	customer_order	order rejected at approval	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"approve_order": {"approval_decision": "reject", "approval_reason": "credit check failed"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "classify_approval", "approval_gateway", "approve_order", "approval_decided", "reject_order", "order_rejected"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold", "order_approval_needed": true}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.98867+00	2026-12-06 23:31:22.988672+00
73	process	customer_order	status change of an installed product: no approval	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "0.00", "one_time_total": "0.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "suspend", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "12", "summary": "Suspend Business Fibre Internet (product 12)", "characteristics": {}}], "customer_reason": ""}, "user_tasks": {}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "classify_approval", "approval_gateway", "approval_done", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold", "order_approval_needed": false}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.989481+00	2026-12-06 23:31:22.989483+00
74	process	customer_request	request answered	{"start_data": {"order_id": 1, "request": "cancel", "request_kind": "cancel"}, "user_tasks": {"handle_request": {"resolution": "accepted", "resolution_note": "done"}}, "connectors": {"settle_request": {"settled": true}}, "messages": {}, "timers": {}, "expected_path": ["request_received", "handle_request", "settle_request", "request_answered"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.990453+00	2026-12-06 23:31:22.990456+00
75	process	plan_field_visit.compensation	undo: cancel the booked visit	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "visit": {"visit_id": "V-1"}, "compensate": ["schedule_visit"]}, "user_tasks": {}, "connectors": {"cancel_visit": {"cancelled": true}}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "cancel_visit", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.991529+00	2026-12-06 23:31:22.991532+00
76	process	plan_field_visit.compensation	undo: nothing was booked	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "compensate": []}, "user_tasks": {}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.992318+00	2026-12-06 23:31:22.99232+00
77	process	plan_field_visit	survey needed: survey, book, install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"survey_site": {"survey_result": "ok"}, "install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "survey_gateway", "survey_site", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.993494+00	2026-12-06 23:31:22.993497+00
78	process	plan_field_visit	no survey needed: book and install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "survey_gateway", "no_survey", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.994447+00	2026-12-06 23:31:22.99445+00
79	process	plan_field_visit	order amended during the survey: no survey after all, book and install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {"order_amended": {"survey_needed": false, "site_postcode": "SW1A 2AA"}}, "timers": {}, "expected_path": ["start", "survey_gateway", "survey_amended", "take_amendment", "survey_gateway", "no_survey", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {"site_postcode": "SW1A 2AA", "survey_result": "not_required"}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.995307+00	2026-12-06 23:31:22.995309+00
80	process	plan_product_order	activate billing	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "Business Fibre Internet", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"activate_billing": {"billing_account": "B-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "activate_billing", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.996304+00	2026-12-06 23:31:22.996307+00
81	process	plan_resource_order.compensation	undo: release the reserved resource	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "resource": {"resource_id": "R-1"}, "compensate": ["reserve_resource"]}, "user_tasks": {}, "connectors": {"release_resource": {"released": true}}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "release_resource", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.997502+00	2026-12-06 23:31:22.997505+00
82	process	plan_resource_order.compensation	undo: nothing was reserved	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "compensate": []}, "user_tasks": {}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.998252+00	2026-12-06 23:31:22.998255+00
83	process	plan_resource_order	reserve the resource	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"reserve_resource": {"resource_id": "R-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "reserve_resource", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:22.999204+00	2026-12-06 23:31:22.999207+00
84	process	plan_service_order	activate the service	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "Business Fibre CFS", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"activate_service": {"service_id": "S-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "activate_service", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:23.000143+00	2026-12-06 23:31:23.000145+00
85	process	revision_approval	revision approved	{"start_data": {"order_id": 1, "revision": 2}, "user_tasks": {"approve_revision": {"revision_decision": "approve", "revision_note": ""}}, "connectors": {"decide_revision": {"applied": true}}, "messages": {}, "timers": {}, "expected_path": ["revision_requested", "approve_revision", "decide_revision", "revision_decided"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:23.001274+00	2026-12-06 23:31:23.001276+00
86	process	revision_approval	revision rejected	{"start_data": {"order_id": 1, "revision": 2}, "user_tasks": {"approve_revision": {"revision_decision": "reject", "revision_note": "no"}}, "connectors": {"decide_revision": {"applied": false}}, "messages": {}, "timers": {}, "expected_path": ["revision_requested", "approve_revision", "decide_revision", "revision_decided"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 23:31:23.0021+00	2026-12-06 23:31:23.002103+00
\.


--
-- Data for Name: order_cancellations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_cancellations (id, order_id, reason, requested_by_id, requested_at, effective_at, requested_cancellation_date, service_order_id, resource_order_id) FROM stdin;
\.


--
-- Data for Name: order_revisions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_revisions (id, order_id, number, actor_id, created_at, idempotency_key, changes, impact, status, note, decided_at) FROM stdin;
\.


--
-- Data for Name: process_instances; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.process_instances (id, process_version_id, process_id, order_id, status, state, data, error_message, error_task, next_timer_at, started_by_id, created_at, updated_at, completed_at, lock_version, progress, insert_sentinel) FROM stdin;
1	2	customer_order	1	waiting	{"data":{},"correlations":{},"last_task":"65d4c39b-2ce8-4542-ace7-c4a2044469d0","success":true,"completed":false,"tasks":{"717e7996-3fdf-4b88-a9ba-5f6ead0ee3c3":{"id":"717e7996-3fdf-4b88-a9ba-5f6ead0ee3c3","parent":null,"children":["11e8392d-b67e-43f0-8864-956c0744d3a7"],"last_state_change":1796599883.4175007,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":1,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","currency":"GBP","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"11e8392d-b67e-43f0-8864-956c0744d3a7":{"id":"11e8392d-b67e-43f0-8864-956c0744d3a7","parent":"717e7996-3fdf-4b88-a9ba-5f6ead0ee3c3","children":["2677bd18-4f1b-45a8-aa3c-7b7901a0dd47"],"last_state_change":1796599883.4175744,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2677bd18-4f1b-45a8-aa3c-7b7901a0dd47":{"id":"2677bd18-4f1b-45a8-aa3c-7b7901a0dd47","parent":"11e8392d-b67e-43f0-8864-956c0744d3a7","children":["ab45507c-c7ed-47cd-977e-d62338bc6595"],"last_state_change":1796599883.4374743,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"ab45507c-c7ed-47cd-977e-d62338bc6595":{"id":"ab45507c-c7ed-47cd-977e-d62338bc6595","parent":"2677bd18-4f1b-45a8-aa3c-7b7901a0dd47","children":["691df4c4-0d70-48a8-b785-06ef290eca69"],"last_state_change":1796599883.4385257,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"691df4c4-0d70-48a8-b785-06ef290eca69":{"id":"691df4c4-0d70-48a8-b785-06ef290eca69","parent":"ab45507c-c7ed-47cd-977e-d62338bc6595","children":["d0ff8acd-4be3-4d62-9e84-7158c4727ae8"],"last_state_change":1796599883.4486604,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":1,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"d0ff8acd-4be3-4d62-9e84-7158c4727ae8":{"id":"d0ff8acd-4be3-4d62-9e84-7158c4727ae8","parent":"691df4c4-0d70-48a8-b785-06ef290eca69","children":["9b84c73b-ef38-40dc-a4cd-ce2eadc53f83"],"last_state_change":1796599883.448887,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9b84c73b-ef38-40dc-a4cd-ce2eadc53f83":{"id":"9b84c73b-ef38-40dc-a4cd-ce2eadc53f83","parent":"d0ff8acd-4be3-4d62-9e84-7158c4727ae8","children":["2eb091de-3cdf-4a04-b831-7d6bf0ad925f"],"last_state_change":1796599883.4490643,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2eb091de-3cdf-4a04-b831-7d6bf0ad925f":{"id":"2eb091de-3cdf-4a04-b831-7d6bf0ad925f","parent":"9b84c73b-ef38-40dc-a4cd-ce2eadc53f83","children":["c5ecf59d-7a91-4f93-86cb-9f7f24334b1e"],"last_state_change":1796599883.4491377,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c5ecf59d-7a91-4f93-86cb-9f7f24334b1e":{"id":"c5ecf59d-7a91-4f93-86cb-9f7f24334b1e","parent":"2eb091de-3cdf-4a04-b831-7d6bf0ad925f","children":["a23c52a2-630c-4c58-8542-e33a8594f2cb"],"last_state_change":1796599883.449229,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a23c52a2-630c-4c58-8542-e33a8594f2cb":{"id":"a23c52a2-630c-4c58-8542-e33a8594f2cb","parent":"c5ecf59d-7a91-4f93-86cb-9f7f24334b1e","children":["65d4c39b-2ce8-4542-ace7-c4a2044469d0"],"last_state_change":1796599883.4539847,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"65d4c39b-2ce8-4542-ace7-c4a2044469d0":{"id":"65d4c39b-2ce8-4542-ace7-c4a2044469d0","parent":"a23c52a2-630c-4c58-8542-e33a8594f2cb","children":["b07a4b2d-2c30-47c8-b825-66731cd4f0ba"],"last_state_change":1796599883.4542217,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b07a4b2d-2c30-47c8-b825-66731cd4f0ba":{"id":"b07a4b2d-2c30-47c8-b825-66731cd4f0ba","parent":"65d4c39b-2ce8-4542-ace7-c4a2044469d0","children":["a7e49125-d091-4a49-bcad-bf4bffd108ad"],"last_state_change":1796599883.4542384,"state":16,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a7e49125-d091-4a49-bcad-bf4bffd108ad":{"id":"a7e49125-d091-4a49-bcad-bf4bffd108ad","parent":"b07a4b2d-2c30-47c8-b825-66731cd4f0ba","children":["5eeeec23-947c-4788-8da8-2a4db9163137","d469ee53-9203-45b4-b904-8e42aae41138"],"last_state_change":1796599883.454171,"state":4,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","currency","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","order_approval_needed"]},"typename":"Task"},"5eeeec23-947c-4788-8da8-2a4db9163137":{"id":"5eeeec23-947c-4788-8da8-2a4db9163137","parent":"a7e49125-d091-4a49-bcad-bf4bffd108ad","children":["f5824be0-634a-4a00-9dea-1cbbdce138a3"],"last_state_change":1796599883.4541955,"state":2,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d469ee53-9203-45b4-b904-8e42aae41138":{"id":"d469ee53-9203-45b4-b904-8e42aae41138","parent":"a7e49125-d091-4a49-bcad-bf4bffd108ad","children":["85ef34e7-91c4-4b02-9cc6-e5358c24de77"],"last_state_change":1796599883.4542015,"state":1,"task_spec":"reject_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f5824be0-634a-4a00-9dea-1cbbdce138a3":{"id":"f5824be0-634a-4a00-9dea-1cbbdce138a3","parent":"5eeeec23-947c-4788-8da8-2a4db9163137","children":[],"last_state_change":1796599883.4542072,"state":2,"task_spec":"decompose","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"85ef34e7-91c4-4b02-9cc6-e5358c24de77":{"id":"85ef34e7-91c4-4b02-9cc6-e5358c24de77","parent":"d469ee53-9203-45b4-b904-8e42aae41138","children":[],"last_state_change":1796599883.454218,"state":1,"task_spec":"order_rejected","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"717e7996-3fdf-4b88-a9ba-5f6ead0ee3c3","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 1, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}			\N	2	2026-12-06 23:31:23.430939+00	2026-12-06 23:31:23.455015+00	\N	3	\N	\N
2	2	customer_order	2	running	{"data":{},"correlations":{},"last_task":"5899ac53-6b74-4e4d-87e6-3a3154a9fb13","success":true,"completed":false,"tasks":{"7712a3d8-798e-48f1-9d29-c4f90e265025":{"id":"7712a3d8-798e-48f1-9d29-c4f90e265025","parent":null,"children":["40020e58-cc07-4d41-9755-b9c80ab071a6"],"last_state_change":1796599883.5332286,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":2,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","currency":"GBP","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"40020e58-cc07-4d41-9755-b9c80ab071a6":{"id":"40020e58-cc07-4d41-9755-b9c80ab071a6","parent":"7712a3d8-798e-48f1-9d29-c4f90e265025","children":["2fe9b856-24fe-4d1c-8b33-38b340f60734"],"last_state_change":1796599883.5333405,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2fe9b856-24fe-4d1c-8b33-38b340f60734":{"id":"2fe9b856-24fe-4d1c-8b33-38b340f60734","parent":"40020e58-cc07-4d41-9755-b9c80ab071a6","children":["50972b7c-9fd5-4df5-9c83-cde4b844debd"],"last_state_change":1796599883.533612,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"50972b7c-9fd5-4df5-9c83-cde4b844debd":{"id":"50972b7c-9fd5-4df5-9c83-cde4b844debd","parent":"2fe9b856-24fe-4d1c-8b33-38b340f60734","children":["32688777-ee44-46fb-9bb0-e11be8be5d23"],"last_state_change":1796599883.5337694,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"32688777-ee44-46fb-9bb0-e11be8be5d23":{"id":"32688777-ee44-46fb-9bb0-e11be8be5d23","parent":"50972b7c-9fd5-4df5-9c83-cde4b844debd","children":["2126b5df-89e1-4f81-9445-cd1070277079"],"last_state_change":1796599883.542496,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":2,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"2126b5df-89e1-4f81-9445-cd1070277079":{"id":"2126b5df-89e1-4f81-9445-cd1070277079","parent":"32688777-ee44-46fb-9bb0-e11be8be5d23","children":["842e2ed6-a4e1-4a48-baa2-7bf82f2732a7"],"last_state_change":1796599883.542926,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"842e2ed6-a4e1-4a48-baa2-7bf82f2732a7":{"id":"842e2ed6-a4e1-4a48-baa2-7bf82f2732a7","parent":"2126b5df-89e1-4f81-9445-cd1070277079","children":["46a140b7-2acc-4d23-aaf8-d361cb0d5af9"],"last_state_change":1796599883.5430498,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"46a140b7-2acc-4d23-aaf8-d361cb0d5af9":{"id":"46a140b7-2acc-4d23-aaf8-d361cb0d5af9","parent":"842e2ed6-a4e1-4a48-baa2-7bf82f2732a7","children":["15580a9f-da58-4ecc-ae5f-073e85c12782"],"last_state_change":1796599883.5431645,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"15580a9f-da58-4ecc-ae5f-073e85c12782":{"id":"15580a9f-da58-4ecc-ae5f-073e85c12782","parent":"46a140b7-2acc-4d23-aaf8-d361cb0d5af9","children":["39a5b5aa-3398-4a24-bb67-6b5c7b05dd5f"],"last_state_change":1796599883.5432653,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"39a5b5aa-3398-4a24-bb67-6b5c7b05dd5f":{"id":"39a5b5aa-3398-4a24-bb67-6b5c7b05dd5f","parent":"15580a9f-da58-4ecc-ae5f-073e85c12782","children":["69e431d1-738d-4697-b4b4-ada50a5ee8c6"],"last_state_change":1796599883.5436087,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"69e431d1-738d-4697-b4b4-ada50a5ee8c6":{"id":"69e431d1-738d-4697-b4b4-ada50a5ee8c6","parent":"39a5b5aa-3398-4a24-bb67-6b5c7b05dd5f","children":["f4bf0203-ee17-4ee7-8971-6b0a3f45ca13"],"last_state_change":1796599883.5437791,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f4bf0203-ee17-4ee7-8971-6b0a3f45ca13":{"id":"f4bf0203-ee17-4ee7-8971-6b0a3f45ca13","parent":"69e431d1-738d-4697-b4b4-ada50a5ee8c6","children":["2ede9f2d-76c8-4f12-9bc7-5ace5c803280"],"last_state_change":1796599883.5846474,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null,"customer_reason":null},"deletions":[]},"typename":"Task"},"2ede9f2d-76c8-4f12-9bc7-5ace5c803280":{"id":"2ede9f2d-76c8-4f12-9bc7-5ace5c803280","parent":"f4bf0203-ee17-4ee7-8971-6b0a3f45ca13","children":["d04aa7b1-5e7a-4056-b489-a98f66116a18"],"last_state_change":1796599883.5851579,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d04aa7b1-5e7a-4056-b489-a98f66116a18":{"id":"d04aa7b1-5e7a-4056-b489-a98f66116a18","parent":"2ede9f2d-76c8-4f12-9bc7-5ace5c803280","children":["5899ac53-6b74-4e4d-87e6-3a3154a9fb13"],"last_state_change":1796599883.5853934,"state":64,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5899ac53-6b74-4e4d-87e6-3a3154a9fb13":{"id":"5899ac53-6b74-4e4d-87e6-3a3154a9fb13","parent":"d04aa7b1-5e7a-4056-b489-a98f66116a18","children":["133d6585-32ff-4cfe-9a99-1c9f8e1ed567"],"last_state_change":1796599883.6835413,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":2,"facts":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":2,"domain_orders":[{"id":1,"type":"resource","spec":"ONT","state":"inProgress"},{"id":2,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":3,"type":"service","spec":"Access Line","state":"pending"},{"id":4,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":5,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":6,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":7,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":8,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":9,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":10,"type":"resource","spec":"Router","state":"inProgress"},{"id":11,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":12,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":13,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":14,"type":"service","spec":"Field Visit","state":"waiting"},{"id":15,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"133d6585-32ff-4cfe-9a99-1c9f8e1ed567":{"id":"133d6585-32ff-4cfe-9a99-1c9f8e1ed567","parent":"5899ac53-6b74-4e4d-87e6-3a3154a9fb13","children":["48a77089-985d-4a2a-9319-046e0b95f080"],"last_state_change":1796599883.68374,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":2}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"48a77089-985d-4a2a-9319-046e0b95f080":{"id":"48a77089-985d-4a2a-9319-046e0b95f080","parent":"133d6585-32ff-4cfe-9a99-1c9f8e1ed567","children":["fa84c07c-a743-42c9-9545-5537aed785ac"],"last_state_change":1796599883.585352,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","currency","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","order_approval_needed","decomposition"]},"typename":"Task"},"fa84c07c-a743-42c9-9545-5537aed785ac":{"id":"fa84c07c-a743-42c9-9545-5537aed785ac","parent":"48a77089-985d-4a2a-9319-046e0b95f080","children":["3f2cd933-83c7-413f-be5c-f324cdc70b83"],"last_state_change":1796599883.5853624,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"3f2cd933-83c7-413f-be5c-f324cdc70b83":{"id":"3f2cd933-83c7-413f-be5c-f324cdc70b83","parent":"fa84c07c-a743-42c9-9545-5537aed785ac","children":["0f7a53ed-f0b3-4ca2-b472-aa3999992e1f"],"last_state_change":1796599883.5853736,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0f7a53ed-f0b3-4ca2-b472-aa3999992e1f":{"id":"0f7a53ed-f0b3-4ca2-b472-aa3999992e1f","parent":"3f2cd933-83c7-413f-be5c-f324cdc70b83","children":[],"last_state_change":1796599883.5853858,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"7712a3d8-798e-48f1-9d29-c4f90e265025","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 2, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true, "decomposition": {"order_id": 2, "domain_orders": [{"id": 1, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 2, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 3, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 4, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 5, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 6, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 7, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 8, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 9, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 10, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 11, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 12, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 13, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 14, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 15, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 23:31:23.535939+00	2026-12-06 23:31:23.684856+00	\N	4	\N	\N
7	7	plan_resource_order	2	completed	z1:eJztVk2P2zYQ/SsBz+ZW/NCXbxt0gaBoUyCbIocgEChy5AiRSYeiNt0G/u8d2patBDHCIMD20ps4HM1w3nvD4WdiVFBk/ZmM4B96u2ngb/1e2Q2QNfn915f0/s+/Xr8gK+Jh0zsbjc4a/FiRne+d78Mj2qzzWzWgbRxUowc1jmhsvbP/QDRO/gEeGwtgwJB18BOsiPMGfNPjmq+I0tpNNszLPsC2GeEjWYu4F46JlTEx2A40Ll65KYDHtVXbeNQ/lFUbMM/O9p13ZtKh8dDhNhqwKo+xwPdj6PUYS/7Ud/3xPHsMjFmbnRuDdiZGvH/Dbp+x29tD7XryHsFBM8tvsgxtzkIT+kNueTIZt1W9bS6VsWxFpt0YPKgt5tvHSKObvIaYff4+uJJXd/dUVFJWklzcmvC4g2W1SFKvhsZO2xbXeMiXsi5kXVdMVHE7qDBF7DEA0olo7zGpdt7DoCKM4/EYyFBogho/oGth8jpvy5q2bWmoNLylipmS1irPGcuFYoU4kKg1RF6P9Gm33Q0QLnzGaAdQs7YGkEJQDgBU1nlOq1Iomum8VUYJoXQZ/Q5VJzkjmcqDDWRtp2GITPaDQQNZvyWqrSqmC0ahFJzKts1pLVoMVeY8413RmUyTd6eKIzzQzPJmZV3kCF0lbopSypJXRwBxq5DHgpqT2u6D8gHPEXy/2YCPVXdqGLHs3iIxFik5tRGC+39DPVlDRbRhmIGPzXI6/euobTQlyWMWY5LzRYyp4l3Kta5VxjLNKC86/KUoaloVLacV8IJpjFZImSTXXBT8qlzHZLkSeMBamq73s5AuAl6Ai6CjEcazFU6Xydt338Y9qc4Z9yTnBe6JPC1x7wzLKs45FSA0lZksqeK5ohiqK7jIJcde+C7uJa9ZFsG+gvvp1m3Ot3wSBdpZCzo4j/99nGAMXxgxbG8jSc4//nJKcARDbccvxsjXs+LrPr/ejourY7//ngD+mxmWoLkkjmfNJTkvNJeo0aXmqhJMx0HSuqhKKvOO07rigmL3lqxVuVZFouZqnl/VHFjzg4PpZ/o6qaYZ4yTnBcaJnCwxTnq8pGDMi7q8ivFuUPbc1MdxdHNnzW+ut0+IfVKtM/aJr7oz9olcLbBPQVWwTFxF9e4JlRuf3s79wNAepxYfPPHFO+dod1vbHMbleKx+keQ57r1x/kM3uE9k/y9kniXV	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 10, "upstream": {}, "resource": {"resource_id": "RES-384484", "resource_type": "Router", "serial_number": "SN4964998138", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.677304+00	2026-12-06 23:31:23.729734+00	2026-12-06 23:31:23.72974+00	2	\N	4
18	9	plan_service_order	3	completed	z1:eJztVk1v3DYQ/SsGz6s1JVEStTenddEWgVPUbnMIAoEiRxshWmpDUk7dwP+9Q2llK4nXZlDUhyKnpYaz8/H45pGfiBJOkM0nYsFct3pbwV/yndBbIBvy8seL6PLVH1c/kxUxsG177Y29VrhYkb1pe9O6G7Tp3uxEhzbbiUp2wlo01qbXf4M3DuYabioNoECRjTMDrEhvFJiqxe90RYSU/aDd+JmsSOtgV1n4QDax33NTYqGUD7YHiR9nUoK1Jy9b7TNosfP1vhgsfqP5p7Y2cPKLdmA0uLHWXg3SVQYa9EMD9mgwMpjWulZaD0AttPrYKveObDJKMZMTuFW1e7JpRGexZouFVfveOtkrn+/ydXx2Ep+d+Xi9dj5ghSF32AS7fdTdgByMQbjRHGflmlI09hoq146dJBmdbKrfiVZX92jF/A5QA3boHHobEOoGnYe9dbje+W5eXVz5H/TpByNhuR7jkN/PL6M0LeKCjfUcttzN3uf3/155SrSiq/Swq8H4Bi6SmDKWpzxLyQTQYMf8njx4trfY9eFkfuuNe7oAlmRxHD9QwDLKQ4XkRc5ozhktjxRyu5oYPWU+LKfEl3/+EBUJ40VCRuphIjwmXy7ZQkRP6WniMWn3FVIOQ/rIMV3HSbKOWbkeAbtL6el5DWPnsjcGOuHp6gmFFpwEZISw79FRsVTkGVVRLUFEDPI6EtCwqKhpmtGGUtmMoA5jQfOYyH6378Ddz42PNtK1yUuleFpEGRQM47EkEoUoozilqUzTlCdUeb+x5SBnHBNhQCMOeug6PyNth/3j7L0huWzquMlEpGSaRAxjRSWXSURFkucxFbEAQd4eOvbgQDXLSFyUeVaWnKdrzmM88HyCD7dyNjVUHab60onxvJ1pt1swvuvD6LXjLCMHDnKF4H4Xru/C9X8ULk9t6GaW+7AHllx5IUFT0CzOkx/kfD/5oUqx1Aaocy5UCpFEEfMpykgwSCOQSvCU5wlrwrQhjRN+VBtssDYQuMZeqqY189Teq8UCXGQdGsHeWeGg3G/ePox7UJ8z7kHOC9wDz2mJe5bnXBYljzjLCjyqhEWlPzS8TUpWC8ZTWjyNe0nTIuPHcR8vOP/f+ToNOgKUFQ3S9QaH/cMA1n1mxLAobNetRcBRS07nHBMgYmcXd/ZXmvmlrh4Xqyduhv9eSqdhfox5z/5ICeB5EK9mngc5L3geOBef6QulmZJJEYHKMUWMq7JkTRSD4LhXFyLNgnjOE3aU5qDVNz48/pWUhLR0JyUhzguIA49kCXHQ4zQIYp4URzHed0LPMjK9DNbnWv3at/oZoQ9qdYY+8NF+z+6wo1pAHwJqGT/yZj5/RuKizfT9NzwT7FCj0HvxmnPU+52uxgvaTt0vkrzAvde9ed90/Udy+w/sTTYQ	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 18, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-337174", "resource_type": "ONT", "serial_number": "SN2104463853", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-425111", "resource_type": "Access Port", "serial_number": "SN6764068409", "status": "reserved"}}}, "service": {"service_id": "SVC-724872", "access_port": "ge-0/0/24", "ip_address": "10.122.149.74", "status": "active"}}			\N	\N	2026-12-06 23:31:23.884643+00	2026-12-06 23:31:23.904258+00	2026-12-06 23:31:23.904261+00	2	\N	0
19	9	plan_service_order	3	completed	z1:eJztVk1v3DYQ/SsGz0uboqivvTmpi7oo0qCbNocgEChydiNES25IaVM38H/vUFrZapFNGRTxKQfD0nB2hu/xvRE/ES17SdafiAd3bM2uhj/VO2l2QNbklx9e0M2vv7/6iayIg11rTQhao/FhRQ6uta7t7zBmrNvLDmO+k7XqpPcYbJw1f0EIDu4Id7UB0KDJuncDrIh1Glzd4nu6IlIpO5h+fOUr0vawrz18IOskrPVTY6l1KHYAhS+3Ly+eW2MAF49hDyti5D7s+dngWwPeX/zYNg4ubk0PzkA/7tfqQfW1gy3mYQBxOqwOrvV9q3wgoZFGf2x1/46sM8awWy9xqW4PZL2Vncd9e9xcfbC+V1aHfpvXyfVFcn0d6lnTh4I1ltwjEHH/xXQHanAOKcdwklWXjGHQGqj7dkTCMzbFtN3L1tSPjHH2QKoDP3Q9ZjuQOtAwHHyPz/uA5vblUVxca41JIzr8bwenYPk8FiS/3WwoEykX6bix01J/d4CR60WZVRBKK7vaDPsGXID0ghVlJfI8ywsyUTb4cUdBUnji9/f3q0leU+vT49R588dzWgpRsJKMOsAeyJcLkHZA2RW7ErjQHmo54yAJu+SsvEw4/iVs2TJo5Qgk9FPWOehk0E7AjhGUJR6N9O8xsWSclypJaCNSRkVZpbTiOqNNoqFsZMnKRI7KHTc0a1bZ/aGD/lHEodrIrOSpzDLFKVSSU5HpLW04k1QpnkiWFRkXRcgbIUclo16lA4M8mKHrgljbDglAI7whPG0SJfOUbssMC2hVUCl4SbnciqwqdAq6JG9PiAM5UM+eTooqz6qqLNPLsuQsYdlEHy7lYgJUnyy26aULvuldu9uBC6hPHmhHU6EGTrMDyf0+Rb5PkW8+RYLOoJslF+qejutVcDWGoowx2zAq+dGGsbZdGnUrszRlTUohLYEKLhSVKi8pNFkpZcarQlVxRs2q/KxRfbRRCRwRS71t3WyhR+suyMXjxyD4hyicxuibt5/nPQrnzHtU8oL3yHNa8s5QSRyHOK1YiT+RaUIrnSrKGc9B6FRDGsF7xURWJOlZ3sevTfjt/G2LOgI1DRzr0HUfBvD9P4JYFifMsfVIOJr6au4xESL3fvEB/ewA+/egOz85/mNUf/u5Nhn6S+p78ltDhNajtDVrPSp5ofVIbyy1nomqhFyFOVRhi1xktEyqCvuIIhOqAd40UVrP8Up0Vutg9FdeBf7PPInCNHMclbzgOPJMlhxHXRejOC7EWYoPnTTzKJk+05c3Rv9sW/OEzEchnZmPvEU/MB95UgvmYzgtWMLPknrzhLrFmLP2K64Kfmhw2IfhNfdoDntTjx9pP6FfNHmGa6+te7/t7Edy/zea8+ia	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 20, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-043243", "resource_type": "IPv4 Address", "serial_number": "SN0789466567", "status": "reserved"}}}, "service": {"service_id": "SVC-844708", "access_port": "ge-0/0/4", "ip_address": "10.208.128.110", "status": "active"}}			\N	\N	2026-12-06 23:31:23.884645+00	2026-12-06 23:31:23.905112+00	2026-12-06 23:31:23.905115+00	2	\N	1
20	9	plan_service_order	3	completed	z1:eJztVk1v3DYQ/SuGzktblEhJ9M1JDTRFkQZ12hyCQKDI0VaIltyQ0rau4f+eobSy1cKbMAjgU3yxOKTn4817M75LtBxkcnmXeHCHzmxr+Ef9Jc0Wksvk159ek5vf/nj7c7JJHGw7a4LRGo0fm2TvOuu64RZtxrqd7NHme1mrXnqPxsZZ8y8E4+gOcFsbAA06uRzcCJvEOg2u7vCcbxKplB3NMB2zTdINsKs9fJoOUg1zYKl1cLYHhYdXb85eWmMALw8hh01i5C7kfDPIoVNneP+it+rjlKfVoxpqBy3eowHrc+gVXOfxKaZ6d49+MWi9t35QVk9+3tGrM3p1NZWuRucQGzTT9DxN0WYN1EM3Rcz4bNJ2JztTPxaW5Q+1O/BjP+BjB1KHbMe9H/B7F5B/9ebAjtniCZ/a0SlYf0/ukt+vb0iWcV5UU1LHq+F2DxMgD042oZed7Gsz7hpwoZjXlWCCZhktQqYeMRr9lE3oOjbl/v5+MzNgDnz8nOPe/PmSZFwwSpOpVeA9IuVCOVsg6UV+QQXedPsaW4Qu/YwTLeh5Xp7TfB0xdPMASQinrHPQy9DdYw+QOEM9SI84JDqHUrSiJFnKNGFVzkhVCEV4XvJcpryljE7cmvJZWKXsbt/D8Eiz4C14T1hR6IYrIGXaKsLyXBBJm4xABa0uZEVFy8O7qeKox8gs6cAgDGbs+0CrrsfykarvE86UyHNeESq5IEzrioiUN+gPuBL4U2H2H44VB3CgXlRHS1FwfFDl51WVFWlRzvDhVcHmguqjCJDr2AW0uW67BReqbmXvsezOIL0NUuCobgT3h85/6DzoPFAB+oUVwesR0bdBeGiK4u6ilKjHj0qJVdZaS03GsCimEBMpCeMtJ6JRmjQNL9NM0kozHqclzrKTWvLRWkrggLXUbecWlj+qawUuth6N4B+scJx07z88jXtUnQvuUY9XuEf2aY07KynTTEvS4C/CKDZNqLIiRVmleFJlk+Vfxx2jMFEUJ3GfFkL422X7RLVAzTPBOlTcpxH88B8jusVhcOg8Ao5yvlhizIDInV+tuCdnzP9n0emZ8ZVp+sQImhX4Jbo89yKO4GYUFx62Z8zjFTcjubzmJpRQZGkrCK9SpLMAQURRSlJoJRpRZNCWEfsVuck5Pb1fwehv3K7fo/+omhaMox6v525cT9YYR/0HFoNxkab8JMb7XppF+/NOPb82+hfbmWeEPqrUBfrI/0wfoI9s1Qr6KFBxnZ0E9foZiYs2Z+037HY/Njidw/BaYjT7namnrern6ldBXuDdO+s+tr39O7n/DKFfjiA=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 23, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-225568", "resource_type": "IPv4 Block", "serial_number": "SN8949122160", "status": "reserved"}}}, "service": {"service_id": "SVC-259411", "access_port": "ge-0/3/19", "ip_address": "10.161.37.13", "status": "active"}}			\N	\N	2026-12-06 23:31:23.884646+00	2026-12-06 23:31:23.905912+00	2026-12-06 23:31:23.905914+00	2	\N	2
3	7	plan_resource_order	2	completed	z1:eJztVk1v3DYQ/SsGz5arT0rcm4M6SIrCAWoXOQSBQIqjDREtuSEpp66x/z3D1WpXLroNgwIpCuQiiMPhDOe9NySfiOSek9UTcWAflF638Ef3ges1kBX59efb5O7N7/evyCWxsFZGB6PREn8uydYqY5V/RJs2dsMHtLmBt93AnUOjsEb/CcE42gd4bDWABElW3o5wSYyVYFuF4/yS8K4zo/bzUHnYtA4+kVUW5vyUmEsZgm2hw8Gb23scaL4J+3wxOqXBuYuXSli4eK09WA1+v0cjx863Fnr0QwPWZjEiWOW86lwoXHAtPyvpP5BVlaaYwXOcatWWrHo+ONyrww21W+N8Z2TId/c2u77Irq9DPKN9CNhiyA1uvtz9o7uFbrQWYUZzVrGrNEWj0dB6ta8kr9LJJs2GK92eUEIkxq3zFjimedqFUM6MtoNQwvy/9yS/3dwltKyrKiMnt9Y/buEIHJKt+NDqcSPAhi3e1iWtalqwLGQPEIyBQ1yNskDWdrtQq7Uw8ECHm/aATGPl3H0M5RSZLHF9wiR+yrRPE8FSkTBe8Zo2RSkn/saug6CPSQad2WwH8CddhGh7WhqKhFPRJIzlRVIKWSUMBEbOhexzVlRpRYPfvuQoZ5QDt6A9WelxGIIW1CDRQFbvCMiOZlJUSZNneVKWDU8aSSGpsJCmryjri568P1Qc4IF2bpOsZrRirGmKK1qneVFM+OEMLad62oNo7zy3QZXeqvUabCj6oDC1lywycuhGxPZHX/4f+zIQB8PMYei5Axb3oUvQFCW0WdZRzidZx7bBUvh9nRXAc1zSC0wBfZ1w0eWJoJmgJc2bMq2jhF/kaX1W+S5a+QQesJa2V3bW5KkXFuAi6GgEd7TC4Vh69/7vcY+qc8Y9ynmBeyRPS9xp2nCGqxLUdpWUHU0TVvOwLmVV2ldpkxdfx73Oc8rq87gfzu/2eFlEUYDNo6HzxuK6TyM4/8yIYZUOJBn7+NMhwQQG37hnt9GzK+ev58X5ZlwcQbvd19j/D+7BCLVFsTurLcp5obZIdS7VJillQgDF44DiEoofJnEx72smUEwSZRSltibP87NqAy2/8Xb7Nx0dVdOMcZTzAuNITpYYRz2AYjBmeVqexXg7cH1s5+keurrR8hej9HfEPqrWGfvIl+ER+0iuFthHoUqbs6DefEfhhqe7Md9wW7tR4HMpPJrnHGK70e3+nnRT8YskL3DurbEf+8F8JrsvpwBO1A==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 1, "upstream": {}, "resource": {"resource_id": "RES-647551", "resource_type": "ONT", "serial_number": "SN7465763910", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.677299+00	2026-12-06 23:31:23.723485+00	2026-12-06 23:31:23.723491+00	2	\N	0
4	7	plan_resource_order	2	completed	z1:eJztVk1v3DYQ/SsGz6Yr6oOS9uagLtqiSIs6RQ5BIFDkyCGiJTck5dQ19r9nqF3ZcpNNGBRIUaA36XE0w3nznsh7okQQZHNPPLhbbW46+FO+EeYGyIb88v1zev3rHy9+JOfEwY22JoLWKHw4JzunrdPhDjFj3VaMiPlRdHIU3iPYO2v+gghO7hbuOgOgQJFNcBOcE+sUuE7je35OhJR2MmF51QG2nYd3ZMPiWjgUFkrFZDuQ+HIpJXh/9pt1AUEjtnG/zyavTYR/0L2Ds59MAGcgzHu1apKhczBgHALYo8PM4LQPWvpIQC+Meq9VeEM2VZZhpSBwqdM7shnE6HHPHjfW7awP0qpY7/oluzxjl5cxnzUhJuww5RabKPefDXcgJ+eQboRZ1V5kGYLWQBf03EleZQdM2a3QpnvC1rTzwYHAMvf7mMrbyUmILSzPcyT5/eqa8iIveEUew7pwt4OPCMThazF2Ztr24OJWn9dNU1dZXZWMHKiY4kwxC8oEp7jfx56dg1HE8fjDXnDyyIDwbzG0gEJUqq1ozoqGlsVQ037gipYgmqxtsqrlchbHvJFFFtJudyOER53EbPN4MpAgClXQNuOclpIz2kINVIFQUChVDf2s47n1pGCUhXBgAtmYaRyjJvSoECCbV6TNh74v64zWFaiYQNG+ZoJmjDWsbVXZ9DV5few40gPdYhtWt7xq26YpLnjNCs4P/OEKLw/9dEcRXwcxsx+cvrkBF5s+Kk3P0sWJHN2J3P7v0/+yT+MAYVxmGT145OJFdAtCSYJb5J0U/CjvVDusDZC3pWqzilHGVTQtK2nToIcbqOpa9VUpeJ5kgLJo85MO8MkOIHCLvXSDdos2Hz2xIhdJRxD8AwrH39Or15/mPanPhfek4BXviXNa814PXAqVt5QxyWjZKIklxEChbFjeNizD777Me52XWV2f5v34H+8eDo+kEaB5DMhgHX73bgIfnoCYVps4JOvuvjsWOJAhtv7J6fTJI+jv/4/TplyZbL//kgr+xfMxQX1J017UlxS8Ul+iWtfqK3nFy3Lo6aAa/KTKB9rwvMCKNRcoqCEvZJL6GG+qk+oDo77y1PsnDk/qaeE4KXjFceJM1hwnXYxSOM6rvD7J8W4U5sHeh3Pp4sqon60235D7pF4X7hNvjA/cJ85qxX0Sq+3pC9vVNxRuvNpb+xWnt596vD7Fv9ZSo99tTTefm/7Q/KrIM1x7ad3bYbTvyf4DfExhuQ==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 2, "upstream": {}, "resource": {"resource_id": "RES-632365", "resource_type": "Access Port", "serial_number": "SN7887507541", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.677302+00	2026-12-06 23:31:23.724744+00	2026-12-06 23:31:23.724749+00	2	\N	1
5	7	plan_resource_order	2	completed	z1:eJztVk2P2zYQ/SsLns2tvin6tkG3aIoiLbopcggCgSJHDhGZdEhq0+3C/71D21orbdwwKJCiQG/WcDzDefPeDB+JEkGQ9SPx4O612XTwm3wrzAbImvz47Qt699OvL78nK+Jgo62JRmsU/liRndPW6fCANmPdVoxo86Po5Ci8R2PvrPkdonFy9/DQGQAFiqyDm2BFrFPgOo3fxYoIKe1kwvypA2w7D+/JOo9n4ZhYKBWD7UDix/Of76urG6UcYK4VMWIbL/xs8tqg5eo73Tu4em4COAPhcFmrJhk6BwP6oQGLdBganPZBSx8R6IVRH7QKb8m6zjJMFQQedXpH1oMYPV7a4826nfVBWhXz3b3Kb67ym5sYz5oQA3YYcotVVPu/dXcgJ+cQbzTnNb/OMjRaA13Qh0qKOjvalN0KbbozXNWKTDsfHAhM87iPobydnIRYwvz74El+ub2jLa9L1pCzWxcedvBXBLH9WoydmbY9uHjXF23ZNHmWFxknRyym2FV0R6JgH/f7WLRzMIrYIH+8DPYeIRD+HbpCM/S9UpyWImO0EmVPhWSSVnXV5w0UJefNgR5SxjuciCHtdjdCODMlRjv0p80K4JWqqcrEQCvJCsoZAyrqPlfAas5lEf0OtSc5Iy+EAxPI2kzjGEmhRwQE2faacCWrglcFzXrR04rJnPaF5FS1Tc9BiKpljLw5VRzhgW4WTs54gwnatrxuWNHkeXEEEI+a6lhQd+LxXRAu8jM4vdmAi1WfuKYP5MWWnASK4P4v1f+0VGMHYZybGWV4wuJl1Auakig3EzzJ+UzwVEEsJVAWIDgrBA6RvqXVwBsqij6jpRSNqBTH8VCmSYDxyxLwyRIgcI+1dIN2MznPoliAi6CjEfyTFU4D6vWbT+OeVOeMe5LzAvfEPi1xF7ySGcNx2eYNDs6SZVSwXlImh2qQTV03pfo87qyoq+Yi6qc53j1tj6QGoHQMyGAd/u/9BD58ZMSw2sQWWffwzSnBEQqx9R+tp0/voD/Pj8uaXIyk/f5zJPg3N2QC+5K6PbMvyXnBvkS2LtnXgBqUYC2VuL3j2h5o37YZhUxK1bc5DKpNYl9dF+VF/oFRX7j2/onCk2qaMU5yXmCc2JMlxklPoxSMm7K+jPFuFOZJ4Me9dH1r1A9Wm6+IfVKtM/aJb8Yn7BN7tcA+CVXGLqN6+xWZG5/31n7B+vZTj++n+J6ec/S7rekOi9Mfq18keYZnr6x7N4z2A9n/AZF1bAg=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 4, "upstream": {}, "resource": {"resource_id": "RES-895376", "resource_type": "IPv4 Address", "serial_number": "SN8366101209", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.677303+00	2026-12-06 23:31:23.726154+00	2026-12-06 23:31:23.726159+00	2	\N	2
6	7	plan_resource_order	2	completed	z1:eJztVl9v2zYQ/yoBn82MkihS8luKBViHoSuWDn0oCoEiT54QmXQpKlsW5Lv3aFu2WtQoi2Hdy96s4/mOvz/k8YkYFRRZP5ER/ENvNw38pf9QdgNkTX758RW9+/X3Nz+RFfGw6Z2NQWcN/liRne+d78MjxqzzWzVgbBxUowc1jhhsvbN/QwxO/gEeGwtgwJB18BOsiPMGfNPjd74iSms32TB/9gG2zQgfjmvh0FgZE4vtQOPHy9cP/OrF4PQ9xqzaxu3eBRV6ffXy9Wlh552ZdGg8dLiOAYTmsSD4fsRU3OXTM5bEfs3OjUE7s6/zNru5ym5u9qj15D3SguGMXTOGMWehCf2+Y14eQsZtVW+bMya5ItNuDB7U9tDDw+gmryEyPf/eZ5Lfbu9oLnJec3JOa8LjDj6HiQr1amjstG3Bx32+KjIhqpqLXMRlhD9F4rEIaolUP2Nj7byHQUUOj3BRntAENd5jqixZlvGuo5UqM8qrXFLFlKGFbIvaMF3IWu0V1BqiqAfttNvuBghnMWO1WJ1Irksu2pJ2FXSUC8B6ouK0qsqMGVN0XcZi3h55UjKKqDzYQNZ2GoaoYD8YDJD1O1JVmmVKVbTOBafcQEHrWgKVULRMFFlVMSDvj4gjPdDM3s5kLcq6rqriWshCFCI/EIhLgh8ANUeroa18wH0E32824CPqTg0jwu4tOsmiJMczhOT+f5r+/dMUaYZhZjyelOOW30RTYyjJF7MLk5LPLkx17dKnhVBGGeDUdExRDiyndYYtKq0kqxn+QbVJPpWM1xd9Oib7lMADYmm63s8OOjt3QS6SjkEYT1E43iLv3n+Z9yScM+9JyQveE3Va8t5qqFkrFM1BarzdWkWVqVvK65JJVklghn2dd5lLWbDqIu/H67Y5XfFJEmhnLejgPP7vwwRj+CSIZXsbRXL+8YdjgwMZajt+MkO+NCg+P+SXT+Ti3nh+/poJ/rshluC9JK1n7yUlL7yX6NWl9xTralNjdVFKQTneyVTlZUuL0mgjuzIHnid5D2dycdF7YM03TqZ/cr6TMM0cJyUvOE7UZMlx0uslheOacXGR492g7OlwH6bS9a01P7vefkfuk7CeXlZpz7oT94laLbhPYpWXl517+x2dG9/fzn3D8B6nFh878ck792h3W9vsx+Z4QL9o8gLX3jp/3w3uT/L8EXrjJdE=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 7, "upstream": {}, "resource": {"resource_id": "RES-262494", "resource_type": "IPv4 Block", "serial_number": "SN3166894626", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.677304+00	2026-12-06 23:31:23.728498+00	2026-12-06 23:31:23.728504+00	2	\N	3
8	7	plan_resource_order	2	completed	z1:eJztVk2P2zYQ/SsBz+ZWH9QHfduiC7RFkQL1FjkEgUCRI4eIRDoUte124f/eoWWtlSJGGATYXHoTZ0YznPfekHwiSnhBtk9kBPegzb6Bv+V7YfZAtuS3n17T3e9/3v9MNsTBXlsTjNYo/NiQg9PWaf+INmPdIHq0jb1oZC/GEY2ts+YfCMbJPcBjYwAUKLL1boINsU6BazSusw0RUtrJ+GWpPQzNCB/JlgWfnwsLpUKyA0hc3IN8b7TUwrza9dajw4gh7PkXM3rR9+L0U9ikVZP0jYMOnWjA5hymBKdHryXu8+mISbFic7Cjl1aFJLs36e2r9Pb21LecnENg0JzcJAmarIHG61O1lBezTdlBaNNcukrzDZkOo3cghrmIg9FOTkIAe/k+hZI/7na0qJO8rMklrPGPB/hsp8iUFn1jpqEFF3b7mrGqqljOcx7cXvgpEICZkFOE/IjVpXUOZljOTSNNvvFi/IChOWOsyBSnKs06ylJoactbReu0zXMuk64uuhOTUkIgd+ZQ2uHQg7+QGrKF7EQVrGRtUlHVSqCsripaszTD9G2mOpmX0MoQd2o/KhipFA6MJ1sz9X3gUfcKDWT7llSiLHNZCCoklJRJnlOOzFDJC57xjieQSfLu3HGAB5pF42nFy4Lzus5vyqpgSZbNAKKrZHNDzVlyOy9cgN87vd+DC113oh+xbW1QTwYpOc8Sgvv/VL3IVAWkoV9ADxNz3vB90DWaoqSxCDEq+CLEWOGupYpsYd6qo6IEHLSkLWjNeUq7tKhFLdtCpSpOqlV+ValjtFIJPGArTafdoqGLdlfYIuZohPHZCudz5O27z8Me1eYCe1TwCvZImtawS1F0UKcVxT9qyliaUJFUCWVlLbK8qOq6gi/DXuVJxuqrsJ/P2+b5oI9iQFpjQHrr8L+PE4z+EyOm1SZwZN3jD+cCMxZiGD+5Sa5eF/8d9etTuTo9jscvCeE732cRIowifRFhVPBKhJGiXYuwSDteopvmXYbHRZlKymvR0lIplldVxrpKRIkwz6/PPhj1lXfUt8x5VEsLxFHBK4gjKVlDHPWOiYGYJcX1QT/0wjxP+Xw73dwZ9avV5gWxj+p1wT7ygfeMfSRXK+yjUC0SdhXVuxdUbniOW/sVd/g4tfjoCY/fpUZ7GExzuj7HuftVkR/R98a6D11v/yLHfwHWHzCJ	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 13, "upstream": {}, "resource": {"resource_id": "RES-580368", "resource_type": "Technician Slot", "serial_number": "SN4477743939", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.677305+00	2026-12-06 23:31:23.730853+00	2026-12-06 23:31:23.730858+00	2	\N	5
9	4	plan_field_visit	2	waiting	{"data":{},"correlations":{},"last_task":"2241a5b2-0ed5-4928-a199-e8f7c1203788","success":true,"completed":false,"tasks":{"2e43c940-6ae1-412b-8dd4-f651e89f6204":{"id":"2e43c940-6ae1-412b-8dd4-f651e89f6204","parent":null,"children":["1fd0bed8-c395-4f34-a714-2ea91d706309"],"last_state_change":1796599883.7447627,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":2,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"SW1A 1AA","recurring":"0.00","one_time":"195.00","domain_order_id":14,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-580368","resource_type":"Technician Slot","serial_number":"SN4477743939","status":"reserved"}}}},"delta":{},"typename":"Task"},"1fd0bed8-c395-4f34-a714-2ea91d706309":{"id":"1fd0bed8-c395-4f34-a714-2ea91d706309","parent":"2e43c940-6ae1-412b-8dd4-f651e89f6204","children":["eb4d3582-f488-45d9-9667-84c18bda7d22"],"last_state_change":1796599883.7448456,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"eb4d3582-f488-45d9-9667-84c18bda7d22":{"id":"eb4d3582-f488-45d9-9667-84c18bda7d22","parent":"1fd0bed8-c395-4f34-a714-2ea91d706309","children":["2241a5b2-0ed5-4928-a199-e8f7c1203788"],"last_state_change":1796599883.745353,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2241a5b2-0ed5-4928-a199-e8f7c1203788":{"id":"2241a5b2-0ed5-4928-a199-e8f7c1203788","parent":"eb4d3582-f488-45d9-9667-84c18bda7d22","children":["80e3c6fa-d509-421f-a13d-f246f7873b89","40d09c8a-9042-4fbf-b751-81caa40abce7"],"last_state_change":1796599883.7454636,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"80e3c6fa-d509-421f-a13d-f246f7873b89":{"id":"80e3c6fa-d509-421f-a13d-f246f7873b89","parent":"2241a5b2-0ed5-4928-a199-e8f7c1203788","children":["e8420c63-0d58-4d30-b431-c5f27b3eebd7","8d0a43f7-3f17-4b31-ac39-8239cdd9dd91"],"last_state_change":1796599883.7454786,"state":16,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"40d09c8a-9042-4fbf-b751-81caa40abce7":{"id":"40d09c8a-9042-4fbf-b751-81caa40abce7","parent":"2241a5b2-0ed5-4928-a199-e8f7c1203788","children":["76e0e55a-1b32-4b20-94e2-deb71f19ca61","179d764e-f602-4297-b0c1-2c34006f204e"],"last_state_change":1796599883.7454567,"state":8,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e8420c63-0d58-4d30-b431-c5f27b3eebd7":{"id":"e8420c63-0d58-4d30-b431-c5f27b3eebd7","parent":"80e3c6fa-d509-421f-a13d-f246f7873b89","children":[],"last_state_change":1796599883.7451322,"state":4,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"8d0a43f7-3f17-4b31-ac39-8239cdd9dd91":{"id":"8d0a43f7-3f17-4b31-ac39-8239cdd9dd91","parent":"80e3c6fa-d509-421f-a13d-f246f7873b89","children":["b34e12b4-3e42-491a-8034-3f91ce76da30"],"last_state_change":1796599883.7451382,"state":4,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"b34e12b4-3e42-491a-8034-3f91ce76da30":{"id":"b34e12b4-3e42-491a-8034-3f91ce76da30","parent":"8d0a43f7-3f17-4b31-ac39-8239cdd9dd91","children":["ba6c625f-d0a6-4957-b973-ff93581a3e91"],"last_state_change":1796599883.745151,"state":2,"task_spec":"provide_survey","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ba6c625f-d0a6-4957-b973-ff93581a3e91":{"id":"ba6c625f-d0a6-4957-b973-ff93581a3e91","parent":"b34e12b4-3e42-491a-8034-3f91ce76da30","children":[],"last_state_change":1796599883.74516,"state":2,"task_spec":"schedule_visit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"76e0e55a-1b32-4b20-94e2-deb71f19ca61":{"id":"76e0e55a-1b32-4b20-94e2-deb71f19ca61","parent":"40d09c8a-9042-4fbf-b751-81caa40abce7","children":[],"last_state_change":1796599883.7451715,"state":1,"task_spec":"take_amendment","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"179d764e-f602-4297-b0c1-2c34006f204e":{"id":"179d764e-f602-4297-b0c1-2c34006f204e","parent":"40d09c8a-9042-4fbf-b751-81caa40abce7","children":[],"last_state_change":1796599883.7451756,"state":1,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"}},"root":"2e43c940-6ae1-412b-8dd4-f651e89f6204","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-580368", "resource_type": "Technician Slot", "serial_number": "SN4477743939", "status": "reserved"}}}}			\N	\N	2026-12-06 23:31:23.746398+00	2026-12-06 23:31:23.746005+00	\N	1	\N	\N
13	7	plan_resource_order	3	completed	z1:eJztVk1v3DYQ/SsGz0tXlCiJ2puDumiKIi3qFDkEgUCRI4eIltyQlFPX2P+e4X541002ZVAgRYHexOFohvPmPQ4fiJZRkuUDCeDvjL3t4Q/1VtpbIEvy8/cv6M0vv7/8kSyIh1vjbDI6q/FjQdbeOG/iPdqs8ys5oS1MsleTDAGNg3f2T0jG2d/BfW8BNGiyjH6GBXFeg+8NrqsFkUq52cbtslwQE2HVB3hPliztxV1iqXUKtgaFi+e/3vGLK609YK4FsXKVDvxsDsai5eIHM3i4eG4jeAtxe1inZxV7DyP6oQGL9BgavAnRqJAQGKTVH4yOb8myLgpMFSVu9WZNlqOcAh464Mn6tQtROZ3y3bxiVxfs6irFczamgD2GXGEVfPNFdw9q9h7xRjOru8uiQKOz0EezraSsi51Nu5U0tj/CxboFmdchepCY52GTYgU3ewWphsP31pX8dn1DC16VvCJHtz7er+FTCLH/Rk69nVcD+HTYF0UrOt40ddOSHRhzaiu6I1OwkZtNqtp7mGTqUNgdBpuPGMjwDl0FG4FrIajksqKcFZoOEoBWFVR1NcIotyWGWal0hj0zlFutJ4hHqqRo2wY1TFSshoIy1mI8OVRUjtVA2TAKMTBeCjkmv23tWc5IDOnBRrK08zQlVpgJAUG6vSZayFq1VU1rPXDKBRe0G6uOjk2payYbrnlJ3uwrTvBAf1AOa7um7johqkvB2rLhO/xwJ32mevo9j2+i9Imf0ZvbW/Cp6D3XzJa82JG9QBHb/6X635ZqaiFMh24mGe7BeJn0knZzKHcgeJbzkeC5gjiVQIt7ZasYBaE15WPHqaxaSQelWqXHrhikyJJAxaryrAZCtgYI3GEt/Wj8gZ1HVZyAi6CjEcKjFfYX1Os3n8c9q84D7lnOJ7hn9unJ1SPHkrMBqOp0S3nBFR06LSnXsilVyi51Bu6c113i4Bnc9zd5/zg/slqA6rGgovP43/sZQnxixLDGpiY5f//dPsEODLkKTwbU56fQX6+Q87I8uZU2m7+jwb85IzP4l9XvR93nOJ/wL5OvT/jXJmaKkgoxDpSroqZS1ox2QweibdpqKHJ0z3nDi/Ys/8Dqr5x8/0TjWTU9YpzjfKrxvJ6cYpz1OMrCuDt/ta4naR/1vZtMl9dW/+SM/YbQZ5V6gD7z0XiEPq9VJ9DngNqex/T6G9I2ve6d+4rpHeYB30/pOX3IMaxXtt/OzbCr/STJM9x75fy7cXIfyOYj1XVsOg==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 19, "upstream": {}, "resource": {"resource_id": "RES-043243", "resource_type": "IPv4 Address", "serial_number": "SN0789466567", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.820712+00	2026-12-06 23:31:23.845102+00	2026-12-06 23:31:23.845105+00	2	\N	2
11	7	plan_resource_order	3	completed	z1:eJztVk1v3DYQ/SsGz0tXFCVK2puDumiLwgHqFDkEgUCRI4eIltyQlFPX2P/e4X676LYMCqQo0Js4HA1n3nvD4TPRMkqyfCYB/KOxDz38qj5I+wBkSX769o7ev/7lzfdkQTw8GGeT0VmNHwuy9sZ5E5/QZp1fyQltYZK9mmQIaBy8s79BMs7+EZ56C6BBk2X0MyyI8xp8b3DNF0Qq5WYbt8tyQUyEVR/gE1mytBd3B0utU7A1KFy8vnuDCytXKc9XczAWQrj6zgwern6wEbyFuM3R6VnF3sOIfmjA2jxGBG9CNCqkwgdp9Wej4weyrIsCT4gSt3qzJstRTgFzDZhQv3YhKqfTefdv2c0Vu7lJ8ZyNKWCPIVeYfLX5S3cPavYeYUYzq7vrokCjs9BHs62krIudTbuVNLY/ocTEgszrED1IPOd5k2IFN3sFqYbD99aV/Hx7TzlvWFORk1sfn9ZwRA7ZNnLq7bwawKcc70pWVJXgbc3JDoM5kYh/oy6Qts0mFes9TDLxEXY5INVYugwf0RWGohCDAApcVLQq65q2jEkqy0rxkutSj/VWDUpBEshOB8qt1hPEkzBStC0vraiHhg8jLRgHWo2K0UHpjjYdiFZA02jRJr9tyVnOqAfpwUaytPM0JTGYSaOBLN+RttXN2MmOtoo3tGJcYPZKUlV0QhUNFFzX5P2+4gQP9Ic+YU0n6q5rW37dsrrlRb0DELdEtSuo38v2PkqfdBm9eXgAn6rea8xsRYuU7PsRwf2/M/+TnZmYg+lAYuq6PRhvUp+gKUtqR2HnOJ+EndsI59IfhGKaV4zWSkta1Xqgbd3UVHLoGs7Kjo9lnvS78qLyQ7byCTxiKf1o/EGTp144wxYxRyOEoxX299K7938Oe1aZB9iznM9hz6PpHPaqqzsluoHWoPCXgWvadlVJSzkyqJqCDY3IgL3iRdlchH1/f/fHYZHFAPaOBRWdx/8+zRDiCyOGNTZx5PzTN/sDdljIVXgxjV6MnD9eF5d78ewG2mz+jvx/YQ5miC2L3IPYspzPxJYpzhfjDapSgChpLViJ10JbUQyuKaIjVTGKTsgmS2ysqMVFtYHVXzjc/klDZ9V0vEdznM8wzuTkHOOsB1AWxk11+QmxnqQ9tvNuDF3fWv2jM/YrYp9V6wH7zJfh6TLN4+oM+xxUy6K5rNzbr6jc9HZ37guGdZgHfC6lV/PhjGG9sv12ToZd9WeHvMK9t85/HCf3mWx+B68eT7Y=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 16, "upstream": {}, "resource": {"resource_id": "RES-337174", "resource_type": "ONT", "serial_number": "SN2104463853", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.820708+00	2026-12-06 23:31:23.84359+00	2026-12-06 23:31:23.843593+00	2	\N	0
12	7	plan_resource_order	3	completed	z1:eJztVlFv2zYQ/isBn61MlChK8luKZdiGoRuWDn0oCoEiTy5RmXRJKl0W+L/vKNuxstUbiwEdBuzFkE7nO973fXfHR6JEEGT9SDy4e202Hfwq3wmzAbImP3z9Mrv78ZdX35IVcbDR1kSjNQofVmTntHU6PKDNWLcVI9r8KDo5Cu/R2DtrfoNonNw9PHQGQIEi6+AmWBHrFLhO43u5IkJKO5kwvxYrogNsOw8fyJrGb+GQWCgVg+1A4suNlOD91U/WBTQasY3nfTF5baL5G907uPrOBHAGwnxWqyYZOgcD+qEBa3QYGZz2QUsfAeiFUR+1Cu/IuspzzBQEfur0jqwHMXo8s8eDdTvrg7Qq5rt7TW+u6M1NjGdNiAE7DLnFItj+L90dyMk5hBvNtGqv8xyN1kAX9FxJUeUHm7JboU13RovWKzLtfHAgMM/jPsbydnISYg2n59mV/Hx7l7GiopSSs1sXHnbwJwSRfS3GzkzbHlw860tec5bzhuUtOWAxRVIxCuoEadzvY9HOwSgiP/5wFqQeIRD+Pboyyuq8bcpsqIohY1yprOGcZ4WSAmjBi7ItZnXMBznpQtrtboRwFkqMNvPDqaSctk3WiqHJWDPITAArM8FE3bR1pRTk0W8uPckZdSEcmEDWZhrHKAo9KjSQ9RtSskIxlFwGQHtEsS6zntMiy4teNrSuqWoFeXusOMID3alvaN3yqm2bprxuKK84Lw4A4ifODgV1RxnfBTHDH5zebMDFqo9a07N4kZJjfyK4/3fqf7pTI4MwnsiMXXgE41XsFzQlSe4k8CTns8BTG2LZAqpH6Ra1zKq2lBnrVZP1omFZzlVRyHagtZRJLcBpdbEDfHIHELjHUrpBu5M2zz2xwBYxRyP4Jysc59Obt5+GPanME+xJzgvYE2lawi4LKoue47Rs579InrU0z7NeMUmZEmWuUiYPK5HW5iLux0HePW2PJAqweQzIYB3+78MEPjwzYlhtIknWPXx1THAAQ2z9s/X0yR30x/lxuSkXI2m//zsV/IsLMkF9SWyf1JfkvFBfolqf7b2qxgnRxhFR4w+6YXRMAWxoh5aLkvVp6mtZfVF8YNRnLr1/0uBJJT3N1RTnBcSJlCwhTroYJUDM8pyWFzHejcI8dfdhLV3fGvW91eYLYp9U6wn7xBvjebimcbXAPgnVor0I6u0XFG682lv7GbvbTz3enuLQOuXod1vTzWvTH4pfJHmB315b934Y7Uey/x07o2Ji	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 17, "upstream": {}, "resource": {"resource_id": "RES-425111", "resource_type": "Access Port", "serial_number": "SN6764068409", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.820711+00	2026-12-06 23:31:23.844311+00	2026-12-06 23:31:23.844313+00	2	\N	1
33	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"210eaf5e-9df9-4616-acfa-7eced19ce387","success":true,"completed":false,"tasks":{"bf4c8e63-2501-49c2-8304-e68c6872e381":{"id":"bf4c8e63-2501-49c2-8304-e68c6872e381","parent":null,"children":["210eaf5e-9df9-4616-acfa-7eced19ce387"],"last_state_change":1796599884.0826342,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":1,"action":"add","spec":"Access Line","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24},"site_postcode":"ZZ1 1ZZ","recurring":"159.00","one_time":"250.00","domain_order_id":33,"survey_result":"ready","upstream":{"ONT":{"resource":{"resource_id":"RES-509417","resource_type":"ONT","serial_number":"SN9315547778","status":"reserved"}},"Access Port":{"resource":{"resource_id":"RES-563345","resource_type":"Access Port","serial_number":"SN3969587369","status":"reserved"}}}},"delta":{},"typename":"Task"},"210eaf5e-9df9-4616-acfa-7eced19ce387":{"id":"210eaf5e-9df9-4616-acfa-7eced19ce387","parent":"bf4c8e63-2501-49c2-8304-e68c6872e381","children":["adcc9454-e6dd-4f77-ae04-2078ee91431e"],"last_state_change":1796599884.0826974,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"adcc9454-e6dd-4f77-ae04-2078ee91431e":{"id":"adcc9454-e6dd-4f77-ae04-2078ee91431e","parent":"210eaf5e-9df9-4616-acfa-7eced19ce387","children":["b383ec34-fb7c-40d6-980c-9fab00e06514"],"last_state_change":1796599884.1061845,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"Access Line","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b383ec34-fb7c-40d6-980c-9fab00e06514":{"id":"b383ec34-fb7c-40d6-980c-9fab00e06514","parent":"adcc9454-e6dd-4f77-ae04-2078ee91431e","children":["feae844a-f674-428c-837a-b465cc36dadb"],"last_state_change":1796599884.0825324,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"feae844a-f674-428c-837a-b465cc36dadb":{"id":"feae844a-f674-428c-837a-b465cc36dadb","parent":"b383ec34-fb7c-40d6-980c-9fab00e06514","children":["8ceba749-ad20-4c7f-aa8a-08f041ad723a"],"last_state_change":1796599884.0825393,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8ceba749-ad20-4c7f-aa8a-08f041ad723a":{"id":"8ceba749-ad20-4c7f-aa8a-08f041ad723a","parent":"feae844a-f674-428c-837a-b465cc36dadb","children":[],"last_state_change":1796599884.082545,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"bf4c8e63-2501-49c2-8304-e68c6872e381","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 33, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-509417", "resource_type": "ONT", "serial_number": "SN9315547778", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-563345", "resource_type": "Access Port", "serial_number": "SN3969587369", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 23:31:24.086046+00	2026-12-06 23:31:24.10643+00	\N	2	\N	0
10	2	customer_order	3	running	{"data":{},"correlations":{},"last_task":"7242f9dc-74a0-4a9f-8a88-2e98ffb880b0","success":true,"completed":false,"tasks":{"4de71229-ac74-4e8f-8c74-5d02fb1194db":{"id":"4de71229-ac74-4e8f-8c74-5d02fb1194db","parent":null,"children":["d7ecb100-c108-499a-81cc-3e21805b79e8"],"last_state_change":1796599883.7803016,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":3,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","currency":"GBP","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"d7ecb100-c108-499a-81cc-3e21805b79e8":{"id":"d7ecb100-c108-499a-81cc-3e21805b79e8","parent":"4de71229-ac74-4e8f-8c74-5d02fb1194db","children":["0d6c4fd1-b97d-4f51-870d-51bcb371af88"],"last_state_change":1796599883.7803826,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0d6c4fd1-b97d-4f51-870d-51bcb371af88":{"id":"0d6c4fd1-b97d-4f51-870d-51bcb371af88","parent":"d7ecb100-c108-499a-81cc-3e21805b79e8","children":["572fc64b-084f-4a14-9bb4-e9235ed47432"],"last_state_change":1796599883.7805784,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"572fc64b-084f-4a14-9bb4-e9235ed47432":{"id":"572fc64b-084f-4a14-9bb4-e9235ed47432","parent":"0d6c4fd1-b97d-4f51-870d-51bcb371af88","children":["3e3f79d2-f78b-4c84-9871-26772beb9af7"],"last_state_change":1796599883.78069,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"3e3f79d2-f78b-4c84-9871-26772beb9af7":{"id":"3e3f79d2-f78b-4c84-9871-26772beb9af7","parent":"572fc64b-084f-4a14-9bb4-e9235ed47432","children":["917c5ac2-c861-49a5-93d4-8508674604f9"],"last_state_change":1796599883.7864845,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":3,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"917c5ac2-c861-49a5-93d4-8508674604f9":{"id":"917c5ac2-c861-49a5-93d4-8508674604f9","parent":"3e3f79d2-f78b-4c84-9871-26772beb9af7","children":["fe7b248e-fca8-4526-b14b-4ec06fd1470f"],"last_state_change":1796599883.7867012,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"fe7b248e-fca8-4526-b14b-4ec06fd1470f":{"id":"fe7b248e-fca8-4526-b14b-4ec06fd1470f","parent":"917c5ac2-c861-49a5-93d4-8508674604f9","children":["97f327dc-0bd6-4e60-9265-4ebe1a83ca45"],"last_state_change":1796599883.7867792,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"97f327dc-0bd6-4e60-9265-4ebe1a83ca45":{"id":"97f327dc-0bd6-4e60-9265-4ebe1a83ca45","parent":"fe7b248e-fca8-4526-b14b-4ec06fd1470f","children":["52f9c16e-fd1e-4609-ab44-dec307ed8c7b"],"last_state_change":1796599883.7868547,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"52f9c16e-fd1e-4609-ab44-dec307ed8c7b":{"id":"52f9c16e-fd1e-4609-ab44-dec307ed8c7b","parent":"97f327dc-0bd6-4e60-9265-4ebe1a83ca45","children":["12014723-28ca-443e-8dc0-c2bcee028405"],"last_state_change":1796599883.7869277,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"12014723-28ca-443e-8dc0-c2bcee028405":{"id":"12014723-28ca-443e-8dc0-c2bcee028405","parent":"52f9c16e-fd1e-4609-ab44-dec307ed8c7b","children":["c0acf924-7352-4d30-b707-800bdcad419a"],"last_state_change":1796599883.7871606,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"c0acf924-7352-4d30-b707-800bdcad419a":{"id":"c0acf924-7352-4d30-b707-800bdcad419a","parent":"12014723-28ca-443e-8dc0-c2bcee028405","children":["2e013676-27f2-446e-aa35-f3208015d95e"],"last_state_change":1796599883.7872622,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2e013676-27f2-446e-aa35-f3208015d95e":{"id":"2e013676-27f2-446e-aa35-f3208015d95e","parent":"c0acf924-7352-4d30-b707-800bdcad419a","children":["8047c293-4a78-4a4e-a470-7245a43c5c70"],"last_state_change":1796599883.803508,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null,"customer_reason":null},"deletions":[]},"typename":"Task"},"8047c293-4a78-4a4e-a470-7245a43c5c70":{"id":"8047c293-4a78-4a4e-a470-7245a43c5c70","parent":"2e013676-27f2-446e-aa35-f3208015d95e","children":["b1a5d923-ffbb-495d-84ba-a4e59843fd58"],"last_state_change":1796599883.8037176,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b1a5d923-ffbb-495d-84ba-a4e59843fd58":{"id":"b1a5d923-ffbb-495d-84ba-a4e59843fd58","parent":"8047c293-4a78-4a4e-a470-7245a43c5c70","children":["7242f9dc-74a0-4a9f-8a88-2e98ffb880b0"],"last_state_change":1796599883.803805,"state":64,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7242f9dc-74a0-4a9f-8a88-2e98ffb880b0":{"id":"7242f9dc-74a0-4a9f-8a88-2e98ffb880b0","parent":"b1a5d923-ffbb-495d-84ba-a4e59843fd58","children":["cb0242a8-8d2b-45f8-a5e7-8635d76492ff"],"last_state_change":1796599883.825161,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":3,"facts":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":3,"domain_orders":[{"id":16,"type":"resource","spec":"ONT","state":"inProgress"},{"id":17,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":18,"type":"service","spec":"Access Line","state":"pending"},{"id":19,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":20,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":21,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":22,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":23,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":24,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":25,"type":"resource","spec":"Router","state":"inProgress"},{"id":26,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":27,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":28,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":29,"type":"service","spec":"Field Visit","state":"waiting"},{"id":30,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"cb0242a8-8d2b-45f8-a5e7-8635d76492ff":{"id":"cb0242a8-8d2b-45f8-a5e7-8635d76492ff","parent":"7242f9dc-74a0-4a9f-8a88-2e98ffb880b0","children":["df3632f8-8fc0-4c56-9952-d4bded846ea2"],"last_state_change":1796599883.8253708,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":3}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"df3632f8-8fc0-4c56-9952-d4bded846ea2":{"id":"df3632f8-8fc0-4c56-9952-d4bded846ea2","parent":"cb0242a8-8d2b-45f8-a5e7-8635d76492ff","children":["cbad632b-8eaf-4d26-80fd-a8a2fa38e008"],"last_state_change":1796599883.803777,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","currency","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","order_approval_needed","decomposition"]},"typename":"Task"},"cbad632b-8eaf-4d26-80fd-a8a2fa38e008":{"id":"cbad632b-8eaf-4d26-80fd-a8a2fa38e008","parent":"df3632f8-8fc0-4c56-9952-d4bded846ea2","children":["7c6a9724-c977-40df-ae12-9148ddf4168c"],"last_state_change":1796599883.803784,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7c6a9724-c977-40df-ae12-9148ddf4168c":{"id":"7c6a9724-c977-40df-ae12-9148ddf4168c","parent":"cbad632b-8eaf-4d26-80fd-a8a2fa38e008","children":["dcbaa462-87d6-4ae3-b141-5cc5590a3f2d"],"last_state_change":1796599883.8037913,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"dcbaa462-87d6-4ae3-b141-5cc5590a3f2d":{"id":"dcbaa462-87d6-4ae3-b141-5cc5590a3f2d","parent":"7c6a9724-c977-40df-ae12-9148ddf4168c","children":[],"last_state_change":1796599883.8037999,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"4de71229-ac74-4e8f-8c74-5d02fb1194db","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 3, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true, "decomposition": {"order_id": 3, "domain_orders": [{"id": 16, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 17, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 18, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 19, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 20, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 21, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 22, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 23, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 24, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 25, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 26, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 27, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 28, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 29, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 30, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 23:31:23.78176+00	2026-12-06 23:31:23.826171+00	\N	4	\N	\N
14	7	plan_resource_order	3	completed	z1:eJztVktv3DYQ/isGz0uXoqgH9+agBpIgSIM6RQ5BIFDUaCNYIjcU5dY19r93uNqHHHRRBgXcS2/L4ewMv8eIfCKN8oqsn8gI7qEzmwr+0F+V2QBZk3c/v6d3v/z28TVZEQebzpoQtKbBHyuydZ11nX/EmLFuUD3Gxl5VulfjiMHaWfMnhODkHuCxMgANNGTt3QQrYl0Drupwna6I0tpOxu+XfEU6D0M1wrf9Qmk/N1ZNE4ptQePizYcHcfWqt/oeY0YN4bh3XvlOX735cNrYOttM2lcOWtzHAEJzWBBcN2IqnvJphyWxX7W1o9e22df5lNxcJTc3e9R6cg5pwXDCrhnDmDVQ+W7fkWdzqLGD6kx1xsTx4NN29A7UMDdxMNrJaQhUH3/vU8mvt3eU8yzLS3JOq/zjFr7HiRJ1qq/MNNTgwkHfl1LIhPMkD6cYEf8UmMciKCZyvcPG2joHvQokHvCiPr7yarwPCPKUJUXKaFZzTQXngspatjQtQJcJz+osS/YSag1B1Vk8bYdtD/6sZqgWqhNQDWd5KqlWKqFCtjmteZ1RmYs8LxImRNqEvD3yqGRUUTkwnqzN1PdBwq5vMEDWn4nIZVtorigDqKlIdEGlzAqqtUgKlQtWFC35ckAc6IHqaO6kkHkmZVmm12VSlGnJZwJxKxczoOrgNfSV83gO77rNBlxA3ap+RNidQSsZlOQwREju/+P0AuMUeIb+SHkYlcOZPwZXYyjKGEcbRiWfbRhr22dGLVSpJAPaZjKMWZpSVbOcKp0yhpMnBYs0apld9OkY7VMCDwilajt3dNDZuQtukXMMwniKwuEr8vnLBdpjYJ5oj0le0B4p05L2RmSSq7amkuWKika0tGxzoHVdtpDWwDLBI2gXmShyeZH3w+e2On3ioyTQ1hjQ3jr837cJRv8siGU7E0Sy7vGnQ4OZDDWMz+6Qv7sovh/yyxO5+G7sdv9kgv/uEovwXpTWR+9FJS+9F+fVpfdqxnWrWLhKS0EFaE7rNC0oznDeMC2Ezuoo72U8Ky56D0zzgzfTv5nvKExHjqOSFxxHarLkOOr1EsVxkYqLHG97ZU7DPd9K17emeWs784LcR2E9ch/5rDtxH6nVgvsoVqW8zOrtCzo3vL+t/YG7e5xqfOyEJ++xR70dTLW/NscZ/aLJK9z7ZN1929vfye4vdl4hDA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 22, "upstream": {}, "resource": {"resource_id": "RES-225568", "resource_type": "IPv4 Block", "serial_number": "SN8949122160", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.820713+00	2026-12-06 23:31:23.845861+00	2026-12-06 23:31:23.845863+00	2	\N	3
15	7	plan_resource_order	3	completed	z1:eJztVtuO2zYQ/ZWAz+aWkqgL/bZFFyiKNgWyKfIQBAIvI5eITDoUtek28L936NtqgxplUGD70hdDHI45M+ec4fALMTJKsv5CJggP1m16+EP/Lt0GyJr8/MNrev/rb29/JCsSYGO9S0bvDH6syC5YH2x8RJvzYStHtE2j7PUopwmNKnj3JyTjHB7gsXcABgxZxzDDivhgIPQW19WKSK397OJhWa6IjbDtJ/h02ovHwNKYdNgONC7e+DlCwLWT25TqL9LJDZhXF/sueDPr2AcYcBsNWFXAsyDYKVo9pZI/28Ee89njwRi13/kpam/SiffvittXxe3toXY9h4DgoLmobxhDm3fQR3uIzU8m47fSuv6psrJekXk3xQByi/H26aTJz0FDin7+PriSN3f3VIiqqgV5cuvj4w6W1SJJVo69m7cK15jka8GqjnNRFEXajjLOCXs8AOlEtPcYVPsQYJQJxumYBjIU+yinj+gKQrGSM0bbVnLKOyOpajSjtaqLlnMFsugOJGoNidcjfdpvdyPEJz7TaQdQGeuampuKDlpoykspqBxA0tI0napkp7umTH6HqrOckUwZwEWydvM4JibtaNBA1u9JJwxnpWKUlXqgmK6gihcDrTB13mjVAm/Ih1PFCR7oz/IuWtHUQnRdddMVXSXa7gggbjX8WFB/Utt9lCFiHjHYzQZCqnqQ44RlW4fEOKTk1EYI7v8N9WINldCG8Qx8apZT9m+TttGUJY+zGLOcn8SYK96lXEG22GG1pqwoWsoVhhC14VRzZuqmrgGUzJIr51V9Va5TtlwJPGAt/WDDWUhPAl6Ai6CjEaaLFU6XyfsPf497Vp1n3LOcF7hn8rTEvVadYkxJKhtTUD60knZDgT8cmWoUq1jFM3DnTdl27VXcT7duf7nlsyjQ3jnQ0Qf836cZpvjMiMdal0jy4fG7U4AjGHI7PRsjX8+Kr/v8ejsuro79/p8E8N/MsAzNZXF81lyW80JzmRpdao53gDdEUVPBmKC84CWVCgVbQqPbVqNIlc7SXFWK670OznzjYPo3fZ1V0xnjLOcFxpmcPLtPcx4vWRi34vr4343SXZr6OI5u7pz5yVv3gthn1Xq5U/NedRfsM7laYJ+DKmfXQb17QeGml7f33zCzp1nheyc9eM8x1G7r+sO0nI7FL4J8j3vvfPg4jP4z2f8FKvMnSQ==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 25, "upstream": {}, "resource": {"resource_id": "RES-993359", "resource_type": "Router", "serial_number": "SN9038449111", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.820713+00	2026-12-06 23:31:23.84671+00	2026-12-06 23:31:23.846712+00	2	\N	4
16	7	plan_resource_order	3	completed	z1:eJztVk1v3DYQ/SsBz0uXFKmvvbmogbYoUqDrIocgEChytBGiJTcU5dY1/N87XO2HHGRRBgXcS2/icDTDee/NkE/EqKDI+omM4B96u23gT/1R2S2QNfnlh7d08+vv9z+SFfGw7Z2NRmcNfqzI3vfO9+ERbdb5nRrQNg6q0YMaRzS23tm/IBon/wCPjQUwYMg6+AlWxHkDvulxLVZEae0mGw7LbEX6ALtmhM9kLeNemBMrY2KwPWhc3IP+aHvdK/tmM7iAG1bt4pl/smNQw6AOP8VDOjPp0HjocBMNWJzHkOD7MfQaz/n0jEExY7N3Y9DOxCCbd/z2Db+9PdStJ+8RGDSzG8bQ5Cw0oT9k43U+24zbqd42l6qyakWm/Rg8qN2cxMPoJq8hgn36PriS3+42VEpWSUEubk143MNXK0WmejU0dtq14ONp31Ys51KILONxO6gwRQIwEnKKkD9jdu28hxmWY9FIU2iCGj+hq+50XmVM0KIqNZWlVlRJk9NSS61U0UHRigOTWkMkd+ZQu91+gHAhNUaL0UkHrDOdaGlWspZKboBWnOWUibKupNTQljL6HcpPckYqlQcbyNpOwxB57AeDBrJ+T1jJOy0rTcusyqhkBdBW5DntCsZbqVRWiJZ8OFYc4YHmpHFe1kVe11Ulbipe1bkQM4C4Vci5oOYouU1QPsIffL/dgo9Vd2oYsezeop4sUnLsJQT3/656la6KSMNwAj12zPHA91HXaEqSxkmISc4XIaYKdynVSpYMt0vKTaeo7GpF21oXtOB5rsuiq1grU6RaM8ayq1Idk6VK4AFrabren0R0Ee8CXAQdjTCerXAcJO8/fB33pDpPuCc5L3BP5OnFiCiEyUVX0bLtBJW6Blp3raQav3C+lXnHU3CXRV3L4irux4nbnEd9EgXaWQs6OI//fZ5gDC+MGLa3kSTnH787JpjBULvxxV1y9cL4stmv9+Vifjw//5MS/uMbLUGFSayfuz/FeaHCRNUuVSiygusWZ0WmShwYuapoXQr8RcgcuOCikyZFhSWTIr+qQrDmG6+pf9PpSTWdME5yXnZ6GidLjJOeMkkY19n1Tt8Pyp7bfL6gbu6s+dn19hWxT6r1hH3iG++MfSJXC+xTUOW8rq6ieveKyo0vcue+4RofpxbfPfH9e8rR7ne2OVyg41z9Isn3uPfO+U/d4P4gz38DsKcvaw==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 28, "upstream": {}, "resource": {"resource_id": "RES-440843", "resource_type": "Technician Slot", "serial_number": "SN8051433221", "status": "reserved"}}			\N	\N	2026-12-06 23:31:23.820714+00	2026-12-06 23:31:23.847378+00	2026-12-06 23:31:23.84738+00	2	\N	5
21	9	plan_service_order	3	completed	z1:eJztVkuP2zYQ/isLnc1dknpY2tsmXaAo2jSI0+YQBAJFjlwhMumQ1KbbwP+9Qz121SBOGBTYUw42yJnxPL75ZuhPiRJeJNefEgf2rtP7Gv6Wfwm9h+Q6+fWnF2T3+x+vf042iYV9Z3QQGq3wsEmOtjO28/co08YeRI8y14ta9sI5FDbW6H8gCAd7B/e1BlCgkmtvB9gkxiqwdYf3dJMIKc2g/Xjlm6TzcKgdfJh1fgoslArOjiDx8vzl7cVLa+46h0pMGzVaHELSvwkt9qAuXpnBgx3zNGqQvrbQohoFWJ9Fr2A75zvpQvEfu7abMjthCIxfH43z0qjgcfeG3Vywm5sRBTlYG+JdJyy/pBRlRkPtuzF2NouUOYhO14818uIBBgtu6D0aWxDqHo2Ho/N4PoQ85qTxhGZmsBLW59FV8up2R6oqTfNqTGhW+ftjyOChamxnJ/paD4cmOEx2LyqalllWMcaC2gs/uDGL0Hjsy+l02kwkmILOxynm7s/nhPGypGUydgucQ4RsKGMPhF7RK56hpjvW2CV0GTwzepmXl4gSo+uAoZ93kIRo0lgLvQj9DV1ACVLH116492goq4KqokoJb9KKZJw1pGzwK+epTEVGVZPzkV1jOguvpDkce/CPRAvexh43baYKIUoiWSFJxjgnTZlTvFac5bLgkrNgNxYcZYzcEhY0oqCHvg/E6nqsHsn6NmFtk6FNRdI2FySjVUWqtMASCkZbqgSnBU/ezRUHcKBe5o5tqyKvqrJML/HDioxP8KGqyKaC6nkMdl5gE1Bmu/0ebKi6Fb3DsjuNPNDIgHm+Edwfk/5j0udJD2yAfiFG8Dhj+jrMHoqi6LsMS5Tx47DEDtd6nNIcx33LW0IlT0nWNIJUkuekgZRxlRW5SvOoceKMZWfHyUWPUwJ3WEvddnYh+uOArcDFlqMQ3IMU5mX39t2XcY+qc8E9yniFe2Sf1rhvoWLZNgeSFwxDZACkanJGcsi4bNOGbfPy27hX6JjmZ2Efn4Tw0+X5ieqANFqD9MbioH0YwPn/CNHtcbU1rpYYEx7i4FZv3Je3zOfr6Pyu+MZC/foWmobxa8x54lc5gqVRrFhYGmW8Ymkkq9csLahoVZsCEQBI7G3akmZLc0KzrcpU2YLkNI6leZqepSlo9Z1P7f/ZBFE1LRhHGa8wjuzJGuOov2MxGKeUncf42Au9rIHpVb281eoX0+knhD6q1AX6yL+pD9BHtmoFfRSofHsW09sn5C3KrDHf8ci7ocE9HVbXEqM5HnQ9Pq9uKn4V5Bnq3hj7vu3Nx+T0L6ydmS8=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 26, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-993359", "resource_type": "Router", "serial_number": "SN9038449111", "status": "reserved"}}}, "service": {"service_id": "SVC-128808", "access_port": "ge-0/0/24", "ip_address": "10.58.15.10", "status": "active"}}			\N	\N	2026-12-06 23:31:23.884646+00	2026-12-06 23:31:23.90681+00	2026-12-06 23:31:23.906813+00	2	\N	3
17	4	plan_field_visit	3	waiting	{"data":{},"correlations":{},"last_task":"3772b908-275c-44f7-9c69-15976f1c16fa","success":true,"completed":false,"tasks":{"e934845f-21e5-4458-a1d1-c3e1703b2abc":{"id":"e934845f-21e5-4458-a1d1-c3e1703b2abc","parent":null,"children":["440b2e50-488a-45bc-a5ed-668cd2eb3b21"],"last_state_change":1796599883.8521292,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":3,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"SW1A 1AA","recurring":"0.00","one_time":"195.00","domain_order_id":29,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-440843","resource_type":"Technician Slot","serial_number":"SN8051433221","status":"reserved"}}}},"delta":{},"typename":"Task"},"440b2e50-488a-45bc-a5ed-668cd2eb3b21":{"id":"440b2e50-488a-45bc-a5ed-668cd2eb3b21","parent":"e934845f-21e5-4458-a1d1-c3e1703b2abc","children":["15419e31-bfa9-4883-80e5-8b526984b5cc"],"last_state_change":1796599883.8521886,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"15419e31-bfa9-4883-80e5-8b526984b5cc":{"id":"15419e31-bfa9-4883-80e5-8b526984b5cc","parent":"440b2e50-488a-45bc-a5ed-668cd2eb3b21","children":["c5513771-2327-4642-9db1-2bd7622274cb"],"last_state_change":1796599883.8523772,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c5513771-2327-4642-9db1-2bd7622274cb":{"id":"c5513771-2327-4642-9db1-2bd7622274cb","parent":"15419e31-bfa9-4883-80e5-8b526984b5cc","children":["558afa83-25a4-4747-b3ea-445b7f433f92","6365ef35-e3c3-411a-bb15-fbd190d686d0"],"last_state_change":1796599883.8524241,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"558afa83-25a4-4747-b3ea-445b7f433f92":{"id":"558afa83-25a4-4747-b3ea-445b7f433f92","parent":"c5513771-2327-4642-9db1-2bd7622274cb","children":["a7e4bbda-afbd-4872-a992-f4f50aa080e4","b5c2efcf-6957-4031-8a92-0ee87e2e451b"],"last_state_change":1796599883.8717165,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"6365ef35-e3c3-411a-bb15-fbd190d686d0":{"id":"6365ef35-e3c3-411a-bb15-fbd190d686d0","parent":"c5513771-2327-4642-9db1-2bd7622274cb","children":[],"last_state_change":1796599883.8717608,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a7e4bbda-afbd-4872-a992-f4f50aa080e4":{"id":"a7e4bbda-afbd-4872-a992-f4f50aa080e4","parent":"558afa83-25a4-4747-b3ea-445b7f433f92","children":[],"last_state_change":1796599883.8718877,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b5c2efcf-6957-4031-8a92-0ee87e2e451b":{"id":"b5c2efcf-6957-4031-8a92-0ee87e2e451b","parent":"558afa83-25a4-4747-b3ea-445b7f433f92","children":["8343a9ce-ae43-4cf8-80be-5694878bc907"],"last_state_change":1796599883.8719645,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8343a9ce-ae43-4cf8-80be-5694878bc907":{"id":"8343a9ce-ae43-4cf8-80be-5694878bc907","parent":"b5c2efcf-6957-4031-8a92-0ee87e2e451b","children":["3772b908-275c-44f7-9c69-15976f1c16fa"],"last_state_change":1796599883.8878787,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":3,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[18,20,23,26]}},"deletions":[]},"typename":"Task"},"3772b908-275c-44f7-9c69-15976f1c16fa":{"id":"3772b908-275c-44f7-9c69-15976f1c16fa","parent":"8343a9ce-ae43-4cf8-80be-5694878bc907","children":["ceaf626e-f0ca-4f70-8053-f01e98d855b8"],"last_state_change":1796599883.9073539,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"SW1A 1AA","work":"Install ONT","order_id":3}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-985004","engineer":"Sam Patel","date":"2026-12-13","slot":"08:00-12:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"ceaf626e-f0ca-4f70-8053-f01e98d855b8":{"id":"ceaf626e-f0ca-4f70-8053-f01e98d855b8","parent":"3772b908-275c-44f7-9c69-15976f1c16fa","children":["42cc4289-01e6-4af0-aa15-74fd88000558"],"last_state_change":1796599883.907378,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"42cc4289-01e6-4af0-aa15-74fd88000558":{"id":"42cc4289-01e6-4af0-aa15-74fd88000558","parent":"ceaf626e-f0ca-4f70-8053-f01e98d855b8","children":["ce5952c6-a10b-419f-a304-771561dce0b1"],"last_state_change":1796599883.8719466,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"ce5952c6-a10b-419f-a304-771561dce0b1":{"id":"ce5952c6-a10b-419f-a304-771561dce0b1","parent":"42cc4289-01e6-4af0-aa15-74fd88000558","children":["33144803-1803-4219-be2d-90f6f2cc1bd4"],"last_state_change":1796599883.8719532,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"33144803-1803-4219-be2d-90f6f2cc1bd4":{"id":"33144803-1803-4219-be2d-90f6f2cc1bd4","parent":"ce5952c6-a10b-419f-a304-771561dce0b1","children":[],"last_state_change":1796599883.871959,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"e934845f-21e5-4458-a1d1-c3e1703b2abc","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-440843", "resource_type": "Technician Slot", "serial_number": "SN8051433221", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [18, 20, 23, 26]}, "visit": {"visit_id": "FSV-985004", "engineer": "Sam Patel", "date": "2026-12-13", "slot": "08:00-12:00", "status": "scheduled"}}			\N	\N	2026-12-06 23:31:23.854152+00	2026-12-06 23:31:23.907891+00	\N	4	\N	\N
22	6	plan_product_order	3	completed	z1:eJztVt9v2zYQ/lcMPkcOSf32W9J1WIZgK5BufSgKgSJPLlGZdCkqXRbkf+9RthJniwO2BYph6IMN6ngk77777iNviRJekNUtGcBda7Nu4C/5Xpg1kBW5/Om35Or3P17/Qk6Ig7W2JhitUTg4IVunrdP+Bm3Guo3o0Tb0opG9GAY0ts6avyEYR3cNN40BUKDIyrsRToh1Clyj8Ts9IUJKOxo/ffIToj1smgE+khULc353sFAqbLYFiR8/69bB4sJ4cAb84pWzapQe543YhNDPx0EbGIbFY8cp7Mm1cdChHxowXYeHgNOD13IIWLTCqE9a+fdklVOKh3qBU43eklUn+gHDHzDGZmsHL60K5129YWcLdnYW9rPGhw0b3HKD+WR3z7o7kKNziDyaWV4vKUWjNdB4PWXCc7qzKbsR2jQPwHFEZ9wO3oHYhKjPpAwZX2Li9wWVh8NpFbn680VS8qwqOZmQxzUYmvM4tYaEntJTnuGM3jaIuIOplowuGedLltXLMkwGQMYwEapzDeQOc7x4tXhhjYFgmWjxfAhVlpW0OhbCUxFwWmEU+GP0yRAwhlb3/QTl7TxsJjJNp55fXCYZLTlLU/Ivzu1p8Sx1okv1FDzSOge9CGQOHEML9gmSRAwfQrOwClrW8iTLIU2ymrGkLmqWdDl0LWdFx2HaeJzAmptI2s22B//QVWG3icGciqrMyjaRBe8w6yJP6g5HXSqLjpVUUZkFvwmYKGeESDgwiJAZ+z60je6xONiZb0nayarOU5WITsoka9s6qaTEvzwVpZCsFG1O3u0zDuBAM4sMK+sir+uqSpc152VeVTv4cKrIdgk1+56/8sKFMnin12twIet9N+qpRqJv9mKG4P6QtR+y9j+RtcBm6Gdi+5st7NnwOmgHmqLab272KOeHZo8Vh0M5qFVds4zzpJM5LilLnuCRXUKlVBQ7XFRVFyUHFcuOqsEQrQYErjGVptNu7tMHfTjAFkmHRhjurbDX6rfvnoY9Ks0Z9ijnA9gjy3QIe1WqQqWFSHheQ5LxVuAdItKkpHiTiDKtRFFFwJ5WaZGVR3GfeBnWzndtVAnkroWsQ4H6OMLgHxmDrO52O52332EhNpNwfcVd/Q99jZSjXbM9R43/8hMjgrNRHJk5G+V8wNlIjh9ytq1KIWqKu0uBjx8GDJcwikdwWWR1liteRnE2S1l+lLNg1Be+G75FF6JymjGOcj7AOLImjzCOeVtGYVyzoxBve2Ga+REyXebLl0b9arX5nsjHZHqPfNyT+x75yEodIB+Dac7p8Tvu5XfkLdqctV9w4w9ji/UOj5z5jHa7Mc102Q677A8OOce5N9Z96Hr7idx9BkRXHnI=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 21, "upstream": {"Access Line": {"service": {"service_id": "SVC-724872", "access_port": "ge-0/0/24", "ip_address": "10.122.149.74", "status": "active"}}, "IP Connectivity": {"service": {"service_id": "SVC-844708", "access_port": "ge-0/0/4", "ip_address": "10.208.128.110", "status": "active"}}}, "billing": {"billing_item_id": "BIL-4072133", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}			\N	\N	2026-12-06 23:31:23.924815+00	2026-12-06 23:31:23.938868+00	2026-12-06 23:31:23.938871+00	2	\N	0
57	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SsGz8u1PihR2pvTumiLwCm6bnMIAoEiqQ0RLbkhKadO4P/eobSy1cSbMCjqQ5GTpNFoPt68eeJHJJhnaPMROWlvlN418i/+humdRBv0/McrvH3xx/XPaIWs3Cmjg9FoATcrdLDKWOVvwaaN3bMebK5nDe+Zc2BsrdEfZDAO9kbeNlpKIQXaeDvIFTJWSNsoeC5XiHFuBu3Hx2yFlJf7xsl3aJOGd35KzIQIwQ6Sw8MF59K5s+dKhwya7UO9zwYHz2D+SbVWnv2ivbRa+rFWIwbuGys78AMD9GghsrTKecVdAKBlWrxXwr9BmyJJIJNn8KpRB7TpWO+gZgeFNQfjPDci5Nu+TC/O0ouLEM9oHwI2EHIPTZC7L7pbyQdrAW4wp0W9ThIwGi0br8ZOsiKZbMLsmdLNAq38HlAr3dB78LaSiVtwHg7Ow/0+dPPi6jpcwMcMlsvl/RgH/X65xVmdUFqP9Rxf+dtDyB++XgVKKNY3eti30oYGrtIyzwpCU5qhCaDBjfkDeWC2d9D1cTK/Geu/XkBOCaH5IwUsozxaSF1VeVVlVXqikLvVxOgp8/F2Srz984fQeZqFJtiYCMYUykU7iZPz7DwN0KtDA5SDkCFymqzBf52W4UqWOQM/b+TYOjfWyp4FvgZGgQVWASjB3FtwrAveZmVWYFGlHSaUEcyylmNJRRaKEeWE6jBWNO8JN/tDL/3D4oRoI18zBpWIssBd3SaYME5xxbIcly1Ni6Su80qMiz32HOUMe8Ks1ACEHvo+LInqAQBYvldIJFXZtRXBNCVQfd5WuIY1wSkv25p2ghUVRa+PHQdwZDPrSErrsqhhYGQN0y7LtJzgg1clmRpqjmu99WwcuLdqt5M2dH3cPTUuM5DgqFcA7nfl+q5c/0flCtSW/czyEPbIkusgJOFtzC7Omx/l/LD5sUqx1Ia8oFVHGMOM5AKTlrW4zWuGK5EWVZnlNXwbpQ0wHnpSG1y0NiB5A700nbLz1j6oxQJcYB0Ypbu3yqNyv3r9OO5Rfc64RzkvcI+c0xL3siAFqboCE5IzGBWrMWNlhxO4K3jHqjzJInAvaVFl2Uncxx9c+Hb+n0aNAGRFS+6NhWV/N0jn/2GEsCBsN8oB4KAl53OOCRC2d4uf9mea+amunharr/wZ/nspnZb5S8x7+lNKBNGjiDUTPcp5QfTIxVgSnfAMfBOGRV5zTIqkgI9piUEuuk7CeggaIzAlLUl1kudSi288efwbLYlqaYY4ynkBceRIlhBHnU5jIKYJPa0lh57pWUemo8H6UotfjdJPCH1UqzP0kaf2e+gjR7WAPgrUvCInQb18QuKCzRrzDecEN7Sg9EG95hztYa+b8Q/tpu4XSZ7Bu5fGvu168x7d/Q1G+DJU	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 63, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-290779", "resource_type": "ONT", "serial_number": "SN1632547172", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-374473", "resource_type": "Access Port", "serial_number": "SN1988388281", "status": "reserved"}}}, "service": {"service_id": "SVC-290122", "access_port": "ge-0/2/10", "ip_address": "10.122.160.124", "status": "active"}}			\N	\N	2026-12-06 23:31:24.45078+00	2026-12-06 23:31:24.468092+00	2026-12-06 23:31:24.468094+00	2	\N	0
58	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SsGz0tbFPW5Nyd1URdFGtRpcwgCgRJHGyJackNSmyaB/3uH0spWijhlUMSnXGxpODvD9/jeiJ+IFF6Q7SfiwB6V3jXwd/dG6B2QLfntp2f05vc/X/xCNsTCThkdgkZLfNiQg1XGKv8BY9rYvRgw5gbRdINwDoOtNfojhOBoj/Ch0QASJNl6O8KGGCvBNgrfiw0RXWdG7afXdEOUh33j4B3ZsrDm58ZCylDsAB2+XD8/e2q0Blw8hj1siBb7sOcno1ManDv7WbUWzq61B6vBT/s1cux8Y6HHPAwgTovVwSrnVecCCa3Q8r2S/g3Z5kmC3bzApUYdyLYXg8N9O9xcczDOd0aGfjcv2eUZu7wM9Yz2oWCDJfcIJLv9arqFbrQWKccwy+vzJMGg0dB4NSFJ82SOSbMXSjcrxvI7Ui24cfCYbUHIQMN4cB6f9wHN9fNjdnYpJSZN6PC/GW0H6+epIPnj6oYWWVryctrYacl/OMDE9arMJghFiaHR474FGyA9Y0XC05znaUFmykY37ShICk/89vZ2M8trbn16nDvf/PWUZmmWTUhRB9gD+bIB0g5ocpFc8BRX1KERCxDCknOG5LC6PE/XHYNUjkBCu85YC4MI0gnQMYKqxJMR7i0mdmXPeF/WtC/TjGbAC9qKDihnCZR1BVVfzsKd9rNItjP7wwD+XsOh2kSsLKu2rlJGi7JlWI+1tM5FSZOqrfq6Y3nB25A3IY5KRrkKCxpp0OMwBK2qAeGjD16RvM0EZ52gaZ3g7lnV07oQ+IcXCWNZUqZ5Tl6fEAdyoFkszcq6yOu6qrLzLKt4PpOHC0U2w2lO/rrxwgbTeKt2O7AB88kAanIUCuA0OJDaHyPkxwj57iMk6AyGRXKh7um4XgRPYyjKFosJo5LvTRhr2rVNe2ihZXlGk76UNMt5RYUQjLZFlbRFIdocIM6mdZE+aFQXbVQCR8TS9MouFrq37opcPH4MgruLwmmIvnr9Zd6jcC68RyWveI88pzXvXc8h4WVC66QAmglZ0pYVGZVJWRQyrUGKPoL3ouLVw/Nx+tSEny7ftagT6OZ5Yyya7t0Izn8WxLI4YI7KId/o6Yulx8yH2LvVx/OL8+vfc+7hwfEfk/r7j7XZz18T32PfGCKUHqWsRelRySulRzpjrXSoUlHxsqVdVuc06+qUVhzvMjiret7WLE2ARyk945w9KHXQ8hsvAv9nmkRhWjiOSl5xHHkmn02TmKtiFMcV4w9yfBiEXkbJ/JU+v9LyV6P0I1IfBfVO3nFX6DvqI49qRX0MqXlSPfxpvHpE4WLMGvMNNwU3tjjsw/BaerSHvW6mb7Sb0a+aPMG1l8a+7Qfzntz+A4oS62M=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 65, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-642737", "resource_type": "IPv4 Address", "serial_number": "SN1603253526", "status": "reserved"}}}, "service": {"service_id": "SVC-424400", "access_port": "ge-0/0/32", "ip_address": "10.150.197.2", "status": "active"}}			\N	\N	2026-12-06 23:31:24.450782+00	2026-12-06 23:31:24.468807+00	2026-12-06 23:31:24.46881+00	2	\N	1
23	6	plan_product_order	3	completed	z1:eJztllGPnDYQx7/Kyc/rPQwG43u7SyM1VdRGurR5iCJkzLBFx9obA9deT/fdMzZLljTZ1lGlqFL7BmNje37z/3t4JI0aFbl6JAO4+87sKvhd/6rMDsgVefndj/T2p59ff082xMGus8YHrWnwYUMOrrOuGx8wZqzbqx5jQ68q3athwGDtrPkDfHBy9/BQGYAGGnI1ugk2xLoGXNXhe7YhSms7mTG8phvSjbCvBngfXpQe541V0/jFDqDx5XZUY6cvXry6eOVsM+kRh4zawydDN73Vd+GkYUrloMVxDGCGDtcF1w04FQ/7+IQr47bVwQ6jtk1Y5w27vmDX1yF5PTmHdDDMkm2SYMwaqMYu7Jjmc6ixe9WZ6pRayjdkOgyjA7X3jPFMz6wxgCndB3JH7BpWj+FLcvvLM5rmkjNGAh8YBjycG3FoBzS5zC6ZxJHuUCEXB4E4Ho0VbJuJLcs8KgQx+bhHeA/k6QmzrLu+D4k8Lo9VwB02vXnxkqZFifum5LOqHCl+kXAkoM9PhLWwzkGvfJGPhUD9jNWohjsvojJnSc5S2qB2KJeS0bpgGc2hEFwLaFqtg8QCoUVc2u4PPYwntfnV/OpElWmjISlpCiAo57qkkiWathwSnjMpsiT18wKOqMkIRjkwyMVMfe+11fVYEFTsW1IUhWCS57QWrKUcREpLLhLKG8kBeJ7IvCbvjhl7OFAt5mNCFrmUZZltZZpxkaYzPhwq+JxQdfKC8/ofXbfbgfNZt6ofMO3OoMaN6qujyRHu/3b/D9nd1xv6pfTjwwGO0F57d2EoSqCLHaImn+wQa5+1YcomT3IhS9oyjnav8buapTXNWylzATxppIwyTM5KcdYwQ7RhCNxjLlXbuUXKJwut4GLVMQjDxygcr7O3777MPSrPhXvU5BX3yDqtuUvBmIACqNC8wE+KlKpECtqmouAtL4VCxf8990yynBdnuQdh+m+XJhRVAj1byDo09PsJhvGToL955tUul+VnFmo/X/jxTexPV0/ULTB77K8E8e/ruBH6jNLDos+oySt9Rup5rc9UgyyyDJu/UDXlDKT/DaipF19dF7JgRRalzzRh/Kw+wTRf2Ub/yR0QldPCOGryinFkTdaMo361ohhzeRbxoVemWhp06Jzb56b5wXbmG5KPynQhH/kH+pF8ZKVW5KOYivPX6vNvKFuMOWu/orsPU43l9v8zyx71YW+q0FeHOfnVJjc49sa6u7a3v5GnD8Svfww=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 24, "upstream": {"IP Connectivity": {"service": {"service_id": "SVC-259411", "access_port": "ge-0/3/19", "ip_address": "10.161.37.13", "status": "active"}}}, "billing": {"billing_item_id": "BIL-2682592", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}			\N	\N	2026-12-06 23:31:23.924816+00	2026-12-06 23:31:23.939554+00	2026-12-06 23:31:23.939556+00	2	\N	1
24	6	plan_product_order	3	completed	z1:eJztlttu3DYQhl/F4PVyrQN1oO+c1EBbpG1Qp81FEAgUNdoS0ZIbknLqBH73DrVSVo2zAYMCQYEW2AvtkCI53/z/UB9IJ7wgVx+IA3un9K6BP+UfQu+AXJFn3/1Mb3/57cX3ZEMs7JTRIWh0hw8bcrDKWOXvMaaN3YsBY24QjRyEcxhsrdHvIQRHewf3jQbooCNX3o6wIcZ2YBuF//MNEVKaUfvpb7YhysO+cfB2HvPHjUXXhcUOIPHPT0KLHXQXv5rRg714bk03So/jWuzh0fh02mlGY6HHYQxglhbXBqucV9IFBO9Ur47ne8CN8BTNwTgvTRdWvH2ZXl+k19cTCzlai7AwnBbbJMGY0dB4Ne3N5lBn9kLp5pRpVm3IeHDegtiH/Z4+vwknv1MOM5yWm8sgYfU4vUpuf39K06yuk5pMvMA5PJ31OLQDmlwmlxnDEXVokJOFqQJpsi3qLZ4wDcdxXvgxhAPROyAPD5hlq4Zh3nl+bCb6055PfnhGC86qhKXkUZFmoJ9jHcnn8YGwKsZaGEQoeSgJRlBNvvHCvQmLMcHLlBc07yCjrJec1lWaUaihTbq+LdN+0sg48VmkJs3+MIA/aS+sNhWcS171ohK0LxNBWVFkVKR9SStZ8jbvZZmj5nDeRCNqMnIRFjRi0eMwBJWpAcuB+n1FSs5LlrYCX0sZZW0FlEMGNGurKqtFj7+evJ4zDnCgWayYVrwsOK/rfMszliZVfcSHQyU7JtTMzrj1wgYjeKt2O7Ah614MDtNWGsujxdDMlke4/5v/v2v+UH4YFiX4+wPM+F4Es2EoSq+LO6Imn9wR66a1f/q6zjgDTpOySCgrq5pygX0gh7oqsS1AlUX6pyjO2sdF24fAHabS9Mouwj4ZasUWi45BcB+jMDe3V68/jz0qzQV71OQV9sgyrbHLrmR5WzCaMdlj022BtmXLqExyqGQrs6JII7DnvM7OY59kGV5dLqSoCkijNUhvLDr77QjO/y0Y2tBxtctl+SMKsZ8cH3+hfdKGolrA0WBfksO/7vKNEGeUGBZxRk1eiTNSzGtxcpZLIduCCp5jGxGipdg+MlpVvO5KfCmpijhxVtlZcYLuvvJC/Sf+j0rp40dJzOQV4siSrBFHfXTFIOZZmp5lfBiEbpZ7ero1tze6+9Eo/Q3RR6W6oI/8GD3deHGlWqGPgsrq/CzUm28oXIxZY77iandji/UO3zLLHu1hr5vpVnXH7FebPMGxl8a+6Qfzjjz8BSA7lyA=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 27, "upstream": {"CPE Provisioning": {"service": {"service_id": "SVC-128808", "access_port": "ge-0/0/24", "ip_address": "10.58.15.10", "status": "active"}}}, "billing": {"billing_item_id": "BIL-5947041", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}			\N	\N	2026-12-06 23:31:23.924817+00	2026-12-06 23:31:23.940234+00	2026-12-06 23:31:23.940236+00	2	\N	2
26	7	plan_resource_order	4	completed	z1:eJztVt1v2zYQ/1cCPkcZJVFffiyQAdtDBywdBqQoBIo8uURk0iWpZFng/31HybKVYt5YDGhRYC+GeTwd+fs4ki9Ecs/J5oU4sI9Kb1v4Q3zkegtkQ8g1sbBVRuP/3/SDNk8aQ3urjFX+GYPa2B0fMOYG3oqBO4fBzhr9J4TgaB/hudUAEiTZeDvCNTFWgm0Vjtk14UKYUftpmF0T5WHXOvhENmmY8/PKXMpQbA8CB7+8fYcDzXdhf29GpzQ4d/Wj6ixc/aQ9WA1+2qORo/CthX7GgZgsVgSrnFfCBcAd1/JJSf+RbApKcQXPcapVe7Lp+eBwrw431O6N88LIsN79fXqV3t+Hckb7UK/FijvcOzv8U7YFMVqL5GI0LZobSjFoNLReTTiygs4xaXZc6fbMUY5EjHvnLXBc5uUQajkzWgEBwfJ/SiW/3t4lBW1YWpFzWuuf93DiDTVWfGj1uOvAYvTubZOnRcGqqqrJzMAYJMSv0Q0o2uEQsFoLAw9quHkPKDQi5+4BU8ssk0VR1UlaZn3CRCWTjvYySQHrpmWRNf0k3ygEBHvMLhBmtx/An20Rqk2q5CVv8qKnSclLlrASf7hkPKFZV/OMslLmk10nyFHJ6AZuQXuy0eMwBCuoQWKAbN6TvuEp5SydtpuwKm+SrmvShHW5qFkmJNSUfDgiDvRAu3RHWjVl0TR1zW5ollVlWc8E4lTJZkDt0bR3ntvgSm/Vdgs2oD46TE2WRUmOXYjk/t+P31E/Br1gWKQLvXak4l3oDgxFGWyxc1Ty2c6x9l8bnvYd5uZpgn2PhRntk4ZRlghGm7rLBBN5F2X4Or9odxdtdwKPiKTtlV0MeW6AFbVIOQbBnaJwPIzef/h71qNQLqxHJa9Yj1RpzXolmyaXrEj6vOnwkzpP6qYUiaSQipynoqd5BOsFzZs0u8j78dRuT1dElATYOhqENxa/+zSC86+CWFbpIJKxzz8cF5jJ4Dv36g56ddF8flhcbMXV8XM4/Jv43+DyizBblLiL2aKSV2aLNOfabHWWd1KWXdLXHP3JRZNwnqUJb9C1OcVjoYgzG6suew20/MIL7b/0cxSkheKo5BXFkZKsKY569MRQjNmXOd4PXJ+aeb6Ebm61/Nko/RW5j8K6cB/5GjxxH6nVivsoVit2+TF2+xWdG97rxnzBVe3GDp9K4aW8rNHtd7qdrkk3o18t8gbnfjf2oR/MEzn8BZJTSRA=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 31, "upstream": {}, "resource": {"resource_id": "RES-509417", "resource_type": "ONT", "serial_number": "SN9315547778", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.0278+00	2026-12-06 23:31:24.050923+00	2026-12-06 23:31:24.050926+00	2	\N	0
27	7	plan_resource_order	4	completed	z1:eJztVktv3DYQ/isGz6YriaJW2lsDuEB7KIq6RQEHgcDHyCGsJTckZdc19r93qF3ZShqnDAokCNCbNBwN+T2Go0eiRRRk+0gC+Dtjb3r4U70V9gbIlpBz4uHGOIvPv9tb6+4thvbeOG/iAwat8zsxYiyMolejCAGD0jv7F6Tg5O/gobcAGjTZRj/BOXFeg+8NvtfnRCjlJhvn1+qcmAi7PsA7si3TWjzuLLROxfag8OV7pSCEs1+cjxi0YpfO+WoKxqbwD0Z6OPvRRvAW4nxWpycVew/DEQ9i81gZvAnRqJCAS2H1vdHxLdnyosCdosCl3uzJdhBjwDMHPFi/dyEqp9N+19flWXl9nco5G1O9HivuEEN9+FS2BzV5jyRjtOTdRVFg0Fnoo5lxVLw4xrTbCWP7Z64YsjPtQ/QgcJvHQ6oV3OQVJATL85xKfr28orxhrObkOa2PD3v4B3+ouRFjb6edBI+rVz+zrul4u2FNR45MTElSrILuQBEPh4TZexhFUiccz4LCIwMi3GJqwVgxCGgpA1nQupIN7dq2ooKhjkqDLIdi9sZ8kMUVyu32I8Rnm6RqszqM841WhaBMDBtaNwJLaQ6UcynLSrSalTLlzdCzktEVwoONZGuncUyWMKPGANm+Jl2roGl1SUEqRmvGgMqK11RueDs0ulCsGcibE+JED/RLt5SbruEdYq0viorxsjnyhytNfcTTnzx8FcXMfvTm5gZ8An0ympmdi4qcmhK5/b89v8H2TLrBuEiYWu9ExW+pSTCU5bPF1VnJz67O7YK17zWUXTG0gkq2wS26QVOpNpJWnWAKeCdk0eb5vqnZi8YP2cYncIdY+sH4xZrPrbAiF0nHIISnKJxupddvPs57Fs6F96zkFe+ZOq153zBoMcxoIxtNaw4DFZKXtNJdVwNruKogg3deVjXnL/J+ur77p5mRJQE2jwUVncfv3k0Q4ntBLGtsEsn5h+9OGxzJELvw3lD66OT58Pp4sSlXF9Lh8G8m+IpTMcN8WWIv5stKXpkv06xr80lZiELKinK1aWldoHNl2QAdhk2DdmIdr3ie+fDpRfOB1Z856/5Lg2dhWjjOSl5xnKnJmuOs36Ecjtkn+ns/CvvU3MexdHFp9U/O2C9IfRbUhfrM38Qn6jOlWlGfRWr78rC6/IK+Tf/zzn3G7A6TxH+ndGkte8j9zvbz1AxH8KtNXuHaH87fDqO7J4e/Ad9bZg8=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 32, "upstream": {}, "resource": {"resource_id": "RES-563345", "resource_type": "Access Port", "serial_number": "SN3969587369", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.027803+00	2026-12-06 23:31:24.051671+00	2026-12-06 23:31:24.051674+00	2	\N	1
25	2	customer_order	4	running	{"data":{},"correlations":{},"last_task":"5210ef79-ca96-4c00-84c3-80b75b9540a6","success":true,"completed":false,"tasks":{"9d95af8e-92c1-4b86-b7ba-9ac973ce902c":{"id":"9d95af8e-92c1-4b86-b7ba-9ac973ce902c","parent":null,"children":["e613006e-12e7-4141-8bd4-ccf88c4e48f9"],"last_state_change":1796599883.968191,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":4,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","currency":"GBP","site_postcode":"ZZ1 1ZZ","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"e613006e-12e7-4141-8bd4-ccf88c4e48f9":{"id":"e613006e-12e7-4141-8bd4-ccf88c4e48f9","parent":"9d95af8e-92c1-4b86-b7ba-9ac973ce902c","children":["fe541646-86d2-44a8-8cc3-1416fbc609c8"],"last_state_change":1796599883.9682617,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"fe541646-86d2-44a8-8cc3-1416fbc609c8":{"id":"fe541646-86d2-44a8-8cc3-1416fbc609c8","parent":"e613006e-12e7-4141-8bd4-ccf88c4e48f9","children":["a4827382-9d07-4397-ba40-d24a0f90368e"],"last_state_change":1796599883.9684596,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"ZZ1 1ZZ"}],"matched_rules":[{"index":5,"rule_id":"site_other","outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true}}],"defaulted":false,"outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"deletions":[]},"typename":"Task"},"a4827382-9d07-4397-ba40-d24a0f90368e":{"id":"a4827382-9d07-4397-ba40-d24a0f90368e","parent":"fe541646-86d2-44a8-8cc3-1416fbc609c8","children":["e383e249-8811-49db-9d96-49ac0814d8bb"],"last_state_change":1796599883.9685664,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"e383e249-8811-49db-9d96-49ac0814d8bb":{"id":"e383e249-8811-49db-9d96-49ac0814d8bb","parent":"a4827382-9d07-4397-ba40-d24a0f90368e","children":["5a594474-6e0b-4ad5-8f22-e43f4e3ee97d"],"last_state_change":1796599883.9739537,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":4,"values":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"5a594474-6e0b-4ad5-8f22-e43f4e3ee97d":{"id":"5a594474-6e0b-4ad5-8f22-e43f4e3ee97d","parent":"e383e249-8811-49db-9d96-49ac0814d8bb","children":["0ec68b99-8ae8-4951-92ec-7bdc756f17c7"],"last_state_change":1796599883.9741712,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0ec68b99-8ae8-4951-92ec-7bdc756f17c7":{"id":"0ec68b99-8ae8-4951-92ec-7bdc756f17c7","parent":"5a594474-6e0b-4ad5-8f22-e43f4e3ee97d","children":["3092d5c5-4965-4f6c-ab79-ad07949842a9"],"last_state_change":1796599883.9929607,"state":64,"task_spec":"technical_details","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"serving_exchange":"LAB-1","site_notes":null},"deletions":[]},"typename":"Task"},"3092d5c5-4965-4f6c-ab79-ad07949842a9":{"id":"3092d5c5-4965-4f6c-ab79-ad07949842a9","parent":"0ec68b99-8ae8-4951-92ec-7bdc756f17c7","children":["1493c4bf-5ab6-4286-bc7d-d44a76053520"],"last_state_change":1796599883.9931195,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1493c4bf-5ab6-4286-bc7d-d44a76053520":{"id":"1493c4bf-5ab6-4286-bc7d-d44a76053520","parent":"3092d5c5-4965-4f6c-ab79-ad07949842a9","children":["fd6520c5-4d09-4dd1-b45e-b76587849f06"],"last_state_change":1796599883.9932678,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"fd6520c5-4d09-4dd1-b45e-b76587849f06":{"id":"fd6520c5-4d09-4dd1-b45e-b76587849f06","parent":"1493c4bf-5ab6-4286-bc7d-d44a76053520","children":["3b7786ec-39d6-48eb-aa6f-3a71ded721fb"],"last_state_change":1796599883.9933426,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"3b7786ec-39d6-48eb-aa6f-3a71ded721fb":{"id":"3b7786ec-39d6-48eb-aa6f-3a71ded721fb","parent":"fd6520c5-4d09-4dd1-b45e-b76587849f06","children":["5dc584fc-e088-49d6-8677-33db52db377c"],"last_state_change":1796599883.993593,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"5dc584fc-e088-49d6-8677-33db52db377c":{"id":"5dc584fc-e088-49d6-8677-33db52db377c","parent":"3b7786ec-39d6-48eb-aa6f-3a71ded721fb","children":["9730895e-d256-4890-bd43-7722532f709b"],"last_state_change":1796599883.9937015,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9730895e-d256-4890-bd43-7722532f709b":{"id":"9730895e-d256-4890-bd43-7722532f709b","parent":"5dc584fc-e088-49d6-8677-33db52db377c","children":["84422378-4822-4a80-a292-c719df152c4d"],"last_state_change":1796599884.0101988,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null,"customer_reason":null},"deletions":[]},"typename":"Task"},"84422378-4822-4a80-a292-c719df152c4d":{"id":"84422378-4822-4a80-a292-c719df152c4d","parent":"9730895e-d256-4890-bd43-7722532f709b","children":["252f8bb4-7832-447b-985c-9ebbbfa4fdc7"],"last_state_change":1796599884.0104206,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"252f8bb4-7832-447b-985c-9ebbbfa4fdc7":{"id":"252f8bb4-7832-447b-985c-9ebbbfa4fdc7","parent":"84422378-4822-4a80-a292-c719df152c4d","children":["5210ef79-ca96-4c00-84c3-80b75b9540a6"],"last_state_change":1796599884.0105104,"state":64,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5210ef79-ca96-4c00-84c3-80b75b9540a6":{"id":"5210ef79-ca96-4c00-84c3-80b75b9540a6","parent":"252f8bb4-7832-447b-985c-9ebbbfa4fdc7","children":["25003d88-ec28-44b5-8811-a9995eed665e"],"last_state_change":1796599884.0320916,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":4,"facts":{"serving_exchange":"LAB-1","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":4,"domain_orders":[{"id":31,"type":"resource","spec":"ONT","state":"inProgress"},{"id":32,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":33,"type":"service","spec":"Access Line","state":"pending"},{"id":34,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":35,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":36,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":37,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":38,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":39,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":40,"type":"resource","spec":"Router","state":"inProgress"},{"id":41,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":42,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":43,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":44,"type":"service","spec":"Field Visit","state":"waiting"},{"id":45,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"25003d88-ec28-44b5-8811-a9995eed665e":{"id":"25003d88-ec28-44b5-8811-a9995eed665e","parent":"5210ef79-ca96-4c00-84c3-80b75b9540a6","children":["65bb88d5-b6ae-4c06-a825-a9b33746c3ec"],"last_state_change":1796599884.032261,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":4}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"65bb88d5-b6ae-4c06-a825-a9b33746c3ec":{"id":"65bb88d5-b6ae-4c06-a825-a9b33746c3ec","parent":"25003d88-ec28-44b5-8811-a9995eed665e","children":["46ffdd5d-fb95-47e3-b7d3-73d0aa25c342"],"last_state_change":1796599884.0104825,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","currency","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","site_notes","order_approval_needed","decomposition"]},"typename":"Task"},"46ffdd5d-fb95-47e3-b7d3-73d0aa25c342":{"id":"46ffdd5d-fb95-47e3-b7d3-73d0aa25c342","parent":"65bb88d5-b6ae-4c06-a825-a9b33746c3ec","children":["8f6de905-d6dc-45cb-a130-9f41b9a2a043"],"last_state_change":1796599884.010489,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8f6de905-d6dc-45cb-a130-9f41b9a2a043":{"id":"8f6de905-d6dc-45cb-a130-9f41b9a2a043","parent":"46ffdd5d-fb95-47e3-b7d3-73d0aa25c342","children":["d519dc80-b854-400a-9960-d21be450416f"],"last_state_change":1796599884.0104973,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d519dc80-b854-400a-9960-d21be450416f":{"id":"d519dc80-b854-400a-9960-d21be450416f","parent":"8f6de905-d6dc-45cb-a130-9f41b9a2a043","children":[],"last_state_change":1796599884.0105047,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"9d95af8e-92c1-4b86-b7ba-9ac973ce902c","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "ZZ1 1ZZ", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "order_approval_needed": true, "decomposition": {"order_id": 4, "domain_orders": [{"id": 31, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 32, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 33, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 34, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 35, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 36, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 37, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 38, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 39, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 40, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 41, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 42, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 43, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 44, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 45, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 23:31:23.969594+00	2026-12-06 23:31:24.033152+00	\N	5	\N	\N
30	7	plan_resource_order	4	completed	z1:eJztVkuP5CYQ/isrzsPED4xNHyPNJVJy2EkUaVYrC0O5g8YNvYBnMln1f0/R7u7xrNIKqyibS26mwFV8jwI+Ey2jJJvPJIB/Mnbbw+/qN2m3QDaE3BAPW+Msfv9iH617thjae+O8iS8YtM7v5ISxMMleTTIEDA7e2T8gBWf/BC+9BdCgySb6GW6I8xp8b3DMbohUys02HofVDTERdn2AT2RTp7m4VJZap2R7UDh47+YIHsdW7tIWf5RWbkG/u8T33ulZxd7DuCBANB5zgTchGhUS1GczmmU/B0yMVfu9C1E5nTI+PJTvyoeHI3Y1e4+cYLRsbosCY85CH82xNDuFtNtJY/sVsOKGzPsQPcgdljukTMHNXkEqfv4+LiXv7+6p4C2rO/K6rI8ve1iDRW2MnHo77wYcb8j9T4wLIbq2YOm/EGWcE/WYAFVEsg9YVDnvYZKJxbBsAwWKfZThMbFaj3xohKCyEwNlY/piDdBKi3HgFVNqPNI+KwVJ1kU95Xb7CeKrnCnbkdNWwyDqUlNVN5hPVAOVWrW0UUKWWjQotU7rjqizFqOW0oONZGPnaUpCmkljgGw+EAElk3VTUcY6TpmsOB3amtNWlbodecnHriEfT4gTPdCfXV22giPurmO3RdWwqmALgTjF2QKoP5ntPkofcR/Rm+0WfEI9yikgbGNRGIuSnLoHyf2/j/7tPkokw3TmO/XIafM/J0tjKMsVZw9mLX71YK5n1y6tuVBtrRjVtdaU8QFLDHygTV1BV+thxCR5Lm3L6y4N2S4l8IRY+tH4s49efbsiF0nHIIRLFE5nyIePf817Fs4z71mLV7xn6vTmdCgYh0JIykvRUdYUeLZVVU15x9qqFpqprsvgvWFFzcurvJ8O2/5yuGdJoJy1oKLz+N+nGUJ8E8S0xiaRnH/57lRgIUPuwpvb48sr4ss2v9qNq/46HP5O///m5sqwXJbEl1bPWbyyXKZF15YrC1FyXQpactaiVXVBJZeM1rUQumWKdzLnQmpYWRT1VcuB1V95Hf2Tts7CdOY4a/G6rfM0WXOc9WTJ4rhprnO8n6S99PRyG93eWf2DM/Ybcp+F9cx95lvuwn2mVivus1jt6uoqq3ff0Lnpwe3cV9zZYR7wuZPeuecaw35n++NtGRb0qyLf49yvzj+Ok3smhz8BMP8hpg==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 40, "upstream": {}, "resource": {"resource_id": "RES-967438", "resource_type": "Router", "serial_number": "SN4699987048", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.027805+00	2026-12-06 23:31:24.054487+00	2026-12-06 23:31:24.05449+00	2	\N	4
31	7	plan_resource_order	4	completed	z1:eJztVktv3DYQ/isBz0uXpKjXHgv40B56qFMUcBAIFDXaENaSG4py6hr73ztcSbYSZFEGRdNLb9JoNMPvMSSfSaeCIvtnMoJ/NPbQwB/6g7IHIHtCdsTDwTiLz7/ZB+s+WQydvHHehCcMWuePasDYOKhGD2ocMdh6Z/+EGJz8Izw1FqCDjuyDn2BHnO/ANwbf5Y4ord1kw+VV7IgJcGxG+Lh8C3Nn1XWx2Ak0vrwF/cEabZR9cze4gB+sOsa1/mTHoIZBXX6Ki3TdpEPjoZ+BICiPJcGbMRiN63w+Y1Hs2JzcGLTrYpH7e/6G399fcOvJe+QDo+yGMQw5C00wl2a8zudY547K2GYDKtuR6TQGD+o49/AwuslriByvz5dU8uvtHeVCFlyS17QmPJ3gq0BRIKOGxk7HFjxm3P2SF7zmPBd5LIDwwxT5x0ooJTJ+xu7aeQ8zKwtmVCk0QY0PEUfRl32pgepKKSoFK2glOkVVUdQiywrR9pfSk9YQtZ0l1O54GiC8ahqrxeokz0RVVsCpgFxQCWVJa9YKmvGW9RlTrRJ9zLvAT0pGJZUHG8jeTsMQZTRDhwGyf0eKMhdMSEZlX2sqVaZpm9UF5QXvK913ZZX15P2CONIDzWptXtZFXtdVJW+YKBiTxUwgfirkDKhZHHcXlI/0B28OB/ARda+GEWEbi3ayKMkyQkju/8P0bw5TJBiGles4KMt630Y7YyjJEav/kpJf/Zfq161DWQm9lG1H+wpwvnoGtNKqpMAEL6GoKp4nOlTW8qpDx2SHEnhELE1v/OqhV89uyEXSMQjjSxSW/ePd+6/znoRz5T0pecN7ok5b3rXq6oJnFdWlyOK+ltFW1ZyyXIqW8aLVLU/gPZeVyMRV3peNtnnZ4ZMk0M5a0MF5/O/jBGP4LIhljY0iOf/0w9JgJkMdx8+OkKvnxJezfnUsN4N2Pv+dEf7jcyzBhEmiryZMSt6YMNG0WxNmHKCsOdBM5xL3i5ZRlecdRWvVVZ8JhFukmbDMyqsmBNt94+H0TwY9CdPKcVLyhuNETbYcJ11gUjjG7Ooqx6dB2Zcpn8+nm1vb/eyM/Y7cJ2FduU+82b1wn6jVhvskVnN+ffu8/Y7Ojfdw577hFB+nFm898da79mhPR9tczs9xRr9p8iN++935h35wn8j5L6dqJwc=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 43, "upstream": {}, "resource": {"resource_id": "RES-124614", "resource_type": "Technician Slot", "serial_number": "SN5619115254", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.027805+00	2026-12-06 23:31:24.055321+00	2026-12-06 23:31:24.055325+00	2	\N	5
28	7	plan_resource_order	4	completed	z1:eJztVttu3DYQ/RWDz5YrStSF+9YALpA+FEXdooCDQKDI0YawltyQlF3X2H/vcLUXOc22DAqkKNA3aTic4TlzhsMXokQQZPVCPLhHbdYd/CY/CLMGsiLkmjhYa2vw+xfzYOyTQdPWaet0eEajsW4jRrT5UXRyFN6jsXfW/A7ROLlHeO4MgAJFVsFNcE2sU+A6jf/smggp7WTC/re4JjrApvPwkaxoXAtzZqFUDLYFiT9vf3xkV98q5QBzXRMjNvGgbyavDVquvtO9g6u3JoAzEPaHtWqSoXMwzIAQnMPQ4LQPWvqIvBdGPWkVPpBVleeYKghc6vSWrAYxejy0x5N1W+uDtCrmu7+nV/T+PoazJsR4HUbcIAi2+ytvB3JyDllGK634TZ6j0Rrogt7jKKp8tim7Edp0Z7JKZGva+uBAYJqXXYzl7eQkRATH770r+en2LqtYXuUtObt14XkLfyYQq67F2Jlp04PD5bsfmrosWVnxqiQzFVMsKrqjPrCMu10E7RyMItbHz4fB0iMFwj+gq2zroer7IesHxjImepa1Ki+yQdWM12Joad3v1SFlPMNBF9JutiOEs1BitH15CqCQQ51nDBTPWMHKrK9r/BK0UGVZVaDK6LfHnuSMshAOTCArM41j1IQekRAU2zvCOIdc0CpreI/bKG8yLpnIasqB4omhHQby/oA40gPdsV9ow+uK87ZlN3nBct6wmUBcqtkMqDvI+C4IF+UZnF6vwUXUB6npvXaxJIe+RHL/79D/YofGwsF4rGHsvgMVP8c2QVOS0o66TnI+6zq1D5bKb2pB86ZtMjXkTcZY2WZC8jLDDKiPqmg4p0nKp4wVF5Xvk5VP4BGxdIN2R22ee2FBLpKORvAnKxzupXfvP897Es4j70nOC94T6/SK914WtOB1VldthVtyhlv6NuvRXoJEYvs8gfeK8qq5SPvh/u5OUyOpAtg7BmSwDvd9nMCHV0YMq02skXXP3xwSzFyIjX81lj4/ez69Py425eJG2u3+TgT/5mBMUV9KtU/qS3FeqC9RrUv1cUl5C7TOZC3b+bZouVAZpZI1IBuuKpaiviLPq4vqA6O+cNj9kwZPgnSkOMl5SXFaSZYUJz2IkiiuLr8otqMwp+6ex9LNrVHfW22+IvVJUI/UJz4UT9QnlmpBfRKpbdFeZPX2Kwo3vumt/YLh7aceH0/xEX3M0W83ptuPTT+jXyR5g2u/WvcwjPaJ7P4AR9xeww==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 34, "upstream": {}, "resource": {"resource_id": "RES-540508", "resource_type": "IPv4 Address", "serial_number": "SN7633435953", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.027804+00	2026-12-06 23:31:24.05236+00	2026-12-06 23:31:24.052363+00	2	\N	2
29	7	plan_resource_order	4	completed	z1:eJztVk2P2zYQ/SsLns2tPihS9DHAHpJDECQpCmwQCBQ5coWVSYeiNt0u/N87tPyhDWKUQdH00ps4HM3wvXnD4TMxKiiyfiYj+Mfebhr4Q/+u7AbImpAV8bDpncXvX+2DdV8tmna+d74PT2i0zm/VgLZxUI0e1DiisfXO/gnROPlHeGosgAFD1sFPsCLOG/BNj2u2IkprN9lwWBYr0gfYNiN8OSyUDnNmZUwMtgONi9fvHtnNq8HpB7RZtY3H/BBU6PXN63fnjZ13ZtKh8dDNMBCSx4Dg+xFd8ZTPewyJ+ZqdG4N2Jsa5v89v8vv7A2o9eY9soDXPbrMMbc5CE/pDwqKaTcZtVW+bC6RSrMi0G4MHtZ1zeBjd5DVEhk/fB1fy/u4DZaUoK04ubk142sG3MLEyvRoaO21b8BHvW5FlrKjw3zpuI/wpEo9BsIZI9R4Ta+c9DCpyeISL5QlNUOMDuhrQhZGcUQVlThnvKipFXlAj2rKsVVnySh8qqDXEos610267GyBcihmjxeiEZbIwucxoWcsYL5dUqq7GoKyuOsErw7vod0Ce5IxFVB5sIGs7DUOsYD8YNJD1J5IZRA5tTVsuCwygBa2LsqQScl5lXZnLqiOfj4gjPdCcNJ0LySsp65rdZgXjvC5mAnGLsxlQc5QaysoHPEfw/WYDPqLu1DAi7N6ikiyW5Ng7SO7/XfTvdVGkF4YT07FDjkf+GMWMpiQ9nNSX5HxRX6pal/osDbRSio6qIuOUma6kdVVUtCyEzDkDJgtI0qfImbiqzzFZnwQeEUvT9f6koItiF+Qi6WiE8WyF4+3x6fP3eU/CeeI9yXnBe2KdlryD5KLLq44C1CVlOdS0VqammhnFdSVEVpYJvFcFL9hV2o+3bHO+2ZMqoJ21oIPz+N+XCcbwwohhextr5PzTL8cEMxdqO74YHd+bD9/2+NWGXNwa+/3fSeC/G10Jykuq9El5Sc4L5SUqdak8U3Z1B6alQoiWsjYzVDHMmGvEKgsu2qxKUx6X1VXpgTU/OI/+SXcnYTpxnOS84DixJi84TnmzpHAs8qq+yvFuUPbc2/NQur2z5o3r7c/kPgXrmfu0x9yZ+8RaLbhPYpUV12fV3U9Ubnx1O/cDo3ucWnzqxIfuKUe729rmMDTHGf0iySvc+835h25wX8n+L/g3GJc=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 37, "upstream": {}, "resource": {"resource_id": "RES-437356", "resource_type": "IPv4 Block", "serial_number": "SN7004257358", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.027804+00	2026-12-06 23:31:24.053125+00	2026-12-06 23:31:24.053128+00	2	\N	3
34	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"389f3567-dda7-4d94-8f19-3c17c3d8fd40","success":true,"completed":false,"tasks":{"956d9a1f-4d1b-41ea-9006-14039981768b":{"id":"956d9a1f-4d1b-41ea-9006-14039981768b","parent":null,"children":["389f3567-dda7-4d94-8f19-3c17c3d8fd40"],"last_state_change":1796599884.083389,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":1,"action":"add","spec":"IP Connectivity","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24},"site_postcode":"ZZ1 1ZZ","recurring":"159.00","one_time":"250.00","domain_order_id":35,"survey_result":"ready","upstream":{"IPv4 Address":{"resource":{"resource_id":"RES-540508","resource_type":"IPv4 Address","serial_number":"SN7633435953","status":"reserved"}}}},"delta":{},"typename":"Task"},"389f3567-dda7-4d94-8f19-3c17c3d8fd40":{"id":"389f3567-dda7-4d94-8f19-3c17c3d8fd40","parent":"956d9a1f-4d1b-41ea-9006-14039981768b","children":["212256c9-59bb-4812-bab7-9928d23dee6e"],"last_state_change":1796599884.0834408,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"212256c9-59bb-4812-bab7-9928d23dee6e":{"id":"212256c9-59bb-4812-bab7-9928d23dee6e","parent":"389f3567-dda7-4d94-8f19-3c17c3d8fd40","children":["b01f7824-ed61-485f-aab1-774e0d0fbf18"],"last_state_change":1796599884.1256194,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b01f7824-ed61-485f-aab1-774e0d0fbf18":{"id":"b01f7824-ed61-485f-aab1-774e0d0fbf18","parent":"212256c9-59bb-4812-bab7-9928d23dee6e","children":["f78752a1-e3e7-4e7f-be71-97a84cb734c2"],"last_state_change":1796599884.083319,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"f78752a1-e3e7-4e7f-be71-97a84cb734c2":{"id":"f78752a1-e3e7-4e7f-be71-97a84cb734c2","parent":"b01f7824-ed61-485f-aab1-774e0d0fbf18","children":["fafff52e-1cef-498f-b162-f34d840147d6"],"last_state_change":1796599884.083325,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"fafff52e-1cef-498f-b162-f34d840147d6":{"id":"fafff52e-1cef-498f-b162-f34d840147d6","parent":"f78752a1-e3e7-4e7f-be71-97a84cb734c2","children":[],"last_state_change":1796599884.0833306,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"956d9a1f-4d1b-41ea-9006-14039981768b","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 35, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-540508", "resource_type": "IPv4 Address", "serial_number": "SN7633435953", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 23:31:24.086049+00	2026-12-06 23:31:24.125862+00	\N	2	\N	1
35	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"b7e2744a-064b-4007-8cae-78e5ef26002a","success":true,"completed":false,"tasks":{"fbc52ff0-18fa-46f9-8d30-3369eab8e647":{"id":"fbc52ff0-18fa-46f9-8d30-3369eab8e647","parent":null,"children":["b7e2744a-064b-4007-8cae-78e5ef26002a"],"last_state_change":1796599884.0839834,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":2,"action":"add","spec":"IP Connectivity","name":"Static IP Block","product_ref":"","characteristics":{},"site_postcode":"ZZ1 1ZZ","recurring":"10.00","one_time":"25.00","domain_order_id":38,"survey_result":"ready","upstream":{"IPv4 Block":{"resource":{"resource_id":"RES-437356","resource_type":"IPv4 Block","serial_number":"SN7004257358","status":"reserved"}}}},"delta":{},"typename":"Task"},"b7e2744a-064b-4007-8cae-78e5ef26002a":{"id":"b7e2744a-064b-4007-8cae-78e5ef26002a","parent":"fbc52ff0-18fa-46f9-8d30-3369eab8e647","children":["72386a6a-4e38-49c4-9f37-751793a18524"],"last_state_change":1796599884.0840316,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"72386a6a-4e38-49c4-9f37-751793a18524":{"id":"72386a6a-4e38-49c4-9f37-751793a18524","parent":"b7e2744a-064b-4007-8cae-78e5ef26002a","children":["0e9cae57-2492-44c4-8715-45dd7ea37ce0"],"last_state_change":1796599884.133138,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0e9cae57-2492-44c4-8715-45dd7ea37ce0":{"id":"0e9cae57-2492-44c4-8715-45dd7ea37ce0","parent":"72386a6a-4e38-49c4-9f37-751793a18524","children":["b20d5b60-2d67-4fd7-b200-3ace9ff13d22"],"last_state_change":1796599884.0839212,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"b20d5b60-2d67-4fd7-b200-3ace9ff13d22":{"id":"b20d5b60-2d67-4fd7-b200-3ace9ff13d22","parent":"0e9cae57-2492-44c4-8715-45dd7ea37ce0","children":["f656b529-0135-4d29-be76-8f0af778b00a"],"last_state_change":1796599884.0839264,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f656b529-0135-4d29-be76-8f0af778b00a":{"id":"f656b529-0135-4d29-be76-8f0af778b00a","parent":"b20d5b60-2d67-4fd7-b200-3ace9ff13d22","children":[],"last_state_change":1796599884.0839314,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"fbc52ff0-18fa-46f9-8d30-3369eab8e647","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 38, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-437356", "resource_type": "IPv4 Block", "serial_number": "SN7004257358", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 23:31:24.086049+00	2026-12-06 23:31:24.133391+00	\N	2	\N	2
32	4	plan_field_visit	4	waiting	{"data":{},"correlations":{},"last_task":"41417a11-e1df-4d96-b5fd-5019525c989f","success":true,"completed":false,"tasks":{"984b97f8-69fc-464f-ae32-2974d1b76d2a":{"id":"984b97f8-69fc-464f-ae32-2974d1b76d2a","parent":null,"children":["d0540e6e-cf58-45ec-a79d-039f6d725a69"],"last_state_change":1796599884.0601976,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"ZZ1 1ZZ","recurring":"0.00","one_time":"195.00","domain_order_id":44,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-124614","resource_type":"Technician Slot","serial_number":"SN5619115254","status":"reserved"}}}},"delta":{},"typename":"Task"},"d0540e6e-cf58-45ec-a79d-039f6d725a69":{"id":"d0540e6e-cf58-45ec-a79d-039f6d725a69","parent":"984b97f8-69fc-464f-ae32-2974d1b76d2a","children":["e9af5641-834e-40b7-b73a-87deb0a2038f"],"last_state_change":1796599884.0602608,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e9af5641-834e-40b7-b73a-87deb0a2038f":{"id":"e9af5641-834e-40b7-b73a-87deb0a2038f","parent":"d0540e6e-cf58-45ec-a79d-039f6d725a69","children":["f5d38bad-1dfe-4bdc-aba5-1db1162df689"],"last_state_change":1796599884.060459,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f5d38bad-1dfe-4bdc-aba5-1db1162df689":{"id":"f5d38bad-1dfe-4bdc-aba5-1db1162df689","parent":"e9af5641-834e-40b7-b73a-87deb0a2038f","children":["ca0e76c7-9b76-47b7-9bbe-231f3eebc0f5","b80946b3-6686-436e-bc2b-adf11f2cef2b"],"last_state_change":1796599884.0605066,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ca0e76c7-9b76-47b7-9bbe-231f3eebc0f5":{"id":"ca0e76c7-9b76-47b7-9bbe-231f3eebc0f5","parent":"f5d38bad-1dfe-4bdc-aba5-1db1162df689","children":["01955d14-0a8a-4999-9ca8-60a163f32c47","8a39cba2-2dea-4dfe-89b9-331c65ff399a"],"last_state_change":1796599884.076059,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"b80946b3-6686-436e-bc2b-adf11f2cef2b":{"id":"b80946b3-6686-436e-bc2b-adf11f2cef2b","parent":"f5d38bad-1dfe-4bdc-aba5-1db1162df689","children":[],"last_state_change":1796599884.0760982,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"01955d14-0a8a-4999-9ca8-60a163f32c47":{"id":"01955d14-0a8a-4999-9ca8-60a163f32c47","parent":"ca0e76c7-9b76-47b7-9bbe-231f3eebc0f5","children":[],"last_state_change":1796599884.0762248,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8a39cba2-2dea-4dfe-89b9-331c65ff399a":{"id":"8a39cba2-2dea-4dfe-89b9-331c65ff399a","parent":"ca0e76c7-9b76-47b7-9bbe-231f3eebc0f5","children":["736b2d0e-bf67-4918-b915-8a653fb0d216"],"last_state_change":1796599884.076302,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"736b2d0e-bf67-4918-b915-8a653fb0d216":{"id":"736b2d0e-bf67-4918-b915-8a653fb0d216","parent":"8a39cba2-2dea-4dfe-89b9-331c65ff399a","children":["41417a11-e1df-4d96-b5fd-5019525c989f"],"last_state_change":1796599884.0895178,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":4,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[33,35,38,41]}},"deletions":[]},"typename":"Task"},"41417a11-e1df-4d96-b5fd-5019525c989f":{"id":"41417a11-e1df-4d96-b5fd-5019525c989f","parent":"736b2d0e-bf67-4918-b915-8a653fb0d216","children":["9eda0cae-9ace-43dd-98ed-713bd3a334a6"],"last_state_change":1796599884.1472454,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"ZZ1 1ZZ","work":"Install ONT","order_id":4}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-349572","engineer":"Sam Patel","date":"2026-12-13","slot":"08:00-12:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"9eda0cae-9ace-43dd-98ed-713bd3a334a6":{"id":"9eda0cae-9ace-43dd-98ed-713bd3a334a6","parent":"41417a11-e1df-4d96-b5fd-5019525c989f","children":["4c7545e7-3483-4e8d-b84c-67dfa3fc6168"],"last_state_change":1796599884.1472785,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4c7545e7-3483-4e8d-b84c-67dfa3fc6168":{"id":"4c7545e7-3483-4e8d-b84c-67dfa3fc6168","parent":"9eda0cae-9ace-43dd-98ed-713bd3a334a6","children":["8bf5121f-c7fd-44f7-96bb-2318994c9045"],"last_state_change":1796599884.0762837,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"8bf5121f-c7fd-44f7-96bb-2318994c9045":{"id":"8bf5121f-c7fd-44f7-96bb-2318994c9045","parent":"4c7545e7-3483-4e8d-b84c-67dfa3fc6168","children":["3000d5c5-47c9-4d62-91cd-429df1386963"],"last_state_change":1796599884.0762908,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"3000d5c5-47c9-4d62-91cd-429df1386963":{"id":"3000d5c5-47c9-4d62-91cd-429df1386963","parent":"8bf5121f-c7fd-44f7-96bb-2318994c9045","children":[],"last_state_change":1796599884.0762968,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"984b97f8-69fc-464f-ae32-2974d1b76d2a","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-124614", "resource_type": "Technician Slot", "serial_number": "SN5619115254", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [33, 35, 38, 41]}, "visit": {"visit_id": "FSV-349572", "engineer": "Sam Patel", "date": "2026-12-13", "slot": "08:00-12:00", "status": "scheduled"}}			\N	\N	2026-12-06 23:31:24.06224+00	2026-12-06 23:31:24.14784+00	\N	4	\N	\N
36	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"7988175d-6f12-4912-b108-99dd1b9ddbcc","success":true,"completed":false,"tasks":{"08aaae3c-4ac6-4799-883a-cdfe2a059763":{"id":"08aaae3c-4ac6-4799-883a-cdfe2a059763","parent":null,"children":["7988175d-6f12-4912-b108-99dd1b9ddbcc"],"last_state_change":1796599884.0845509,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":3,"action":"add","spec":"CPE Provisioning","name":"Managed Router","product_ref":"","characteristics":{"wifi":true},"site_postcode":"ZZ1 1ZZ","recurring":"15.00","one_time":"45.00","domain_order_id":41,"survey_result":"ready","upstream":{"Router":{"resource":{"resource_id":"RES-967438","resource_type":"Router","serial_number":"SN4699987048","status":"reserved"}}}},"delta":{},"typename":"Task"},"7988175d-6f12-4912-b108-99dd1b9ddbcc":{"id":"7988175d-6f12-4912-b108-99dd1b9ddbcc","parent":"08aaae3c-4ac6-4799-883a-cdfe2a059763","children":["e2232a72-7171-4e3d-b6be-8fd5f668bb05"],"last_state_change":1796599884.0845983,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e2232a72-7171-4e3d-b6be-8fd5f668bb05":{"id":"e2232a72-7171-4e3d-b6be-8fd5f668bb05","parent":"7988175d-6f12-4912-b108-99dd1b9ddbcc","children":["a94d53f1-441b-460d-84a8-32387d724800"],"last_state_change":1796599884.1400435,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"CPE Provisioning","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"wifi":true}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a94d53f1-441b-460d-84a8-32387d724800":{"id":"a94d53f1-441b-460d-84a8-32387d724800","parent":"e2232a72-7171-4e3d-b6be-8fd5f668bb05","children":["de9b0a0a-c66b-48fb-ab6e-e22e7ded70ce"],"last_state_change":1796599884.084487,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"de9b0a0a-c66b-48fb-ab6e-e22e7ded70ce":{"id":"de9b0a0a-c66b-48fb-ab6e-e22e7ded70ce","parent":"a94d53f1-441b-460d-84a8-32387d724800","children":["b12c5323-8896-42a8-a116-9f42bef2ac5e"],"last_state_change":1796599884.084492,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b12c5323-8896-42a8-a116-9f42bef2ac5e":{"id":"b12c5323-8896-42a8-a116-9f42bef2ac5e","parent":"de9b0a0a-c66b-48fb-ab6e-e22e7ded70ce","children":[],"last_state_change":1796599884.0844977,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"08aaae3c-4ac6-4799-883a-cdfe2a059763","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 41, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-967438", "resource_type": "Router", "serial_number": "SN4699987048", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 23:31:24.08605+00	2026-12-06 23:31:24.140272+00	\N	2	\N	3
37	2	customer_order	5	running	{"data":{},"correlations":{},"last_task":"2fae1071-32f8-4ea8-962b-ea88c406dca4","success":true,"completed":false,"tasks":{"ae705fd3-f311-439b-9296-c1efbd41387f":{"id":"ae705fd3-f311-439b-9296-c1efbd41387f","parent":null,"children":["595d50d4-17bc-4cce-92ec-c99da60fba85"],"last_state_change":1796599884.1802366,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":5,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","currency":"GBP","site_postcode":"TT1 1TT","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"595d50d4-17bc-4cce-92ec-c99da60fba85":{"id":"595d50d4-17bc-4cce-92ec-c99da60fba85","parent":"ae705fd3-f311-439b-9296-c1efbd41387f","children":["f1fea459-c18b-42f2-ad24-e2cbf82b5a18"],"last_state_change":1796599884.1803148,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f1fea459-c18b-42f2-ad24-e2cbf82b5a18":{"id":"f1fea459-c18b-42f2-ad24-e2cbf82b5a18","parent":"595d50d4-17bc-4cce-92ec-c99da60fba85","children":["b1602a43-75ec-459d-b254-0d58450ec5db"],"last_state_change":1796599884.1805015,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"TT1 1TT"}],"matched_rules":[{"index":5,"rule_id":"site_other","outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true}}],"defaulted":false,"outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"deletions":[]},"typename":"Task"},"b1602a43-75ec-459d-b254-0d58450ec5db":{"id":"b1602a43-75ec-459d-b254-0d58450ec5db","parent":"f1fea459-c18b-42f2-ad24-e2cbf82b5a18","children":["e8d4d210-1abd-41fc-9f4d-81f234c7b60e"],"last_state_change":1796599884.1806035,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"e8d4d210-1abd-41fc-9f4d-81f234c7b60e":{"id":"e8d4d210-1abd-41fc-9f4d-81f234c7b60e","parent":"b1602a43-75ec-459d-b254-0d58450ec5db","children":["a84daba3-8a5e-492c-9af2-e79e4c8503f4"],"last_state_change":1796599884.1859984,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":5,"values":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"a84daba3-8a5e-492c-9af2-e79e4c8503f4":{"id":"a84daba3-8a5e-492c-9af2-e79e4c8503f4","parent":"e8d4d210-1abd-41fc-9f4d-81f234c7b60e","children":["82677f97-07f5-4504-bf66-5f1226b75dc6"],"last_state_change":1796599884.1862009,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"82677f97-07f5-4504-bf66-5f1226b75dc6":{"id":"82677f97-07f5-4504-bf66-5f1226b75dc6","parent":"a84daba3-8a5e-492c-9af2-e79e4c8503f4","children":["7f3f36d5-6fb6-4da0-9f9e-12a1a92e552a"],"last_state_change":1796599884.200468,"state":64,"task_spec":"technical_details","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"serving_exchange":"LAB-1","site_notes":null},"deletions":[]},"typename":"Task"},"7f3f36d5-6fb6-4da0-9f9e-12a1a92e552a":{"id":"7f3f36d5-6fb6-4da0-9f9e-12a1a92e552a","parent":"82677f97-07f5-4504-bf66-5f1226b75dc6","children":["aefb3024-970b-4326-90b2-3a32804a7260"],"last_state_change":1796599884.200605,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"aefb3024-970b-4326-90b2-3a32804a7260":{"id":"aefb3024-970b-4326-90b2-3a32804a7260","parent":"7f3f36d5-6fb6-4da0-9f9e-12a1a92e552a","children":["f7360692-08e5-4aa2-a87b-a8d08faa6386"],"last_state_change":1796599884.2007463,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f7360692-08e5-4aa2-a87b-a8d08faa6386":{"id":"f7360692-08e5-4aa2-a87b-a8d08faa6386","parent":"aefb3024-970b-4326-90b2-3a32804a7260","children":["280438ae-06f9-46a0-a4e2-da13ea2d642b"],"last_state_change":1796599884.2008202,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"280438ae-06f9-46a0-a4e2-da13ea2d642b":{"id":"280438ae-06f9-46a0-a4e2-da13ea2d642b","parent":"f7360692-08e5-4aa2-a87b-a8d08faa6386","children":["36e9a559-2e4b-4a6b-b0d6-55f436dd66cc"],"last_state_change":1796599884.201119,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"36e9a559-2e4b-4a6b-b0d6-55f436dd66cc":{"id":"36e9a559-2e4b-4a6b-b0d6-55f436dd66cc","parent":"280438ae-06f9-46a0-a4e2-da13ea2d642b","children":["c81a3e28-1d9a-4255-ba16-4fee7ac6744e"],"last_state_change":1796599884.2012274,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c81a3e28-1d9a-4255-ba16-4fee7ac6744e":{"id":"c81a3e28-1d9a-4255-ba16-4fee7ac6744e","parent":"36e9a559-2e4b-4a6b-b0d6-55f436dd66cc","children":["06a019e1-24d7-472b-94a6-3e4cfa54eaf2"],"last_state_change":1796599884.2159212,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null,"customer_reason":null},"deletions":[]},"typename":"Task"},"06a019e1-24d7-472b-94a6-3e4cfa54eaf2":{"id":"06a019e1-24d7-472b-94a6-3e4cfa54eaf2","parent":"c81a3e28-1d9a-4255-ba16-4fee7ac6744e","children":["48ea74a4-7564-4050-a41e-fccc6bd2919f"],"last_state_change":1796599884.2161334,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"48ea74a4-7564-4050-a41e-fccc6bd2919f":{"id":"48ea74a4-7564-4050-a41e-fccc6bd2919f","parent":"06a019e1-24d7-472b-94a6-3e4cfa54eaf2","children":["2fae1071-32f8-4ea8-962b-ea88c406dca4"],"last_state_change":1796599884.2162197,"state":64,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2fae1071-32f8-4ea8-962b-ea88c406dca4":{"id":"2fae1071-32f8-4ea8-962b-ea88c406dca4","parent":"48ea74a4-7564-4050-a41e-fccc6bd2919f","children":["3fce9102-a4a5-49af-b9bc-423c44a184e7"],"last_state_change":1796599884.2367527,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":5,"facts":{"serving_exchange":"LAB-1","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":5,"domain_orders":[{"id":46,"type":"resource","spec":"ONT","state":"inProgress"},{"id":47,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":48,"type":"service","spec":"Access Line","state":"pending"},{"id":49,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":50,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":51,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":52,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":53,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":54,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":55,"type":"resource","spec":"Router","state":"inProgress"},{"id":56,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":57,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":58,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":59,"type":"service","spec":"Field Visit","state":"waiting"},{"id":60,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"3fce9102-a4a5-49af-b9bc-423c44a184e7":{"id":"3fce9102-a4a5-49af-b9bc-423c44a184e7","parent":"2fae1071-32f8-4ea8-962b-ea88c406dca4","children":["bb12ddd6-ca62-4ff2-908a-3b5040bd8599"],"last_state_change":1796599884.2369938,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":5}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"bb12ddd6-ca62-4ff2-908a-3b5040bd8599":{"id":"bb12ddd6-ca62-4ff2-908a-3b5040bd8599","parent":"3fce9102-a4a5-49af-b9bc-423c44a184e7","children":["fe7432ae-751f-4533-ad6c-c1f6d5bb8ec5"],"last_state_change":1796599884.216193,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","currency","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","site_notes","order_approval_needed","decomposition"]},"typename":"Task"},"fe7432ae-751f-4533-ad6c-c1f6d5bb8ec5":{"id":"fe7432ae-751f-4533-ad6c-c1f6d5bb8ec5","parent":"bb12ddd6-ca62-4ff2-908a-3b5040bd8599","children":["29aef516-eaac-4ff3-8fc8-1bf4670029d2"],"last_state_change":1796599884.2161996,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"29aef516-eaac-4ff3-8fc8-1bf4670029d2":{"id":"29aef516-eaac-4ff3-8fc8-1bf4670029d2","parent":"fe7432ae-751f-4533-ad6c-c1f6d5bb8ec5","children":["5d580e61-3960-4956-956a-37db506b74ae"],"last_state_change":1796599884.216207,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5d580e61-3960-4956-956a-37db506b74ae":{"id":"5d580e61-3960-4956-956a-37db506b74ae","parent":"29aef516-eaac-4ff3-8fc8-1bf4670029d2","children":[],"last_state_change":1796599884.216215,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"ae705fd3-f311-439b-9296-c1efbd41387f","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "TT1 1TT", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "order_approval_needed": true, "decomposition": {"order_id": 5, "domain_orders": [{"id": 46, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 47, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 48, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 49, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 50, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 51, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 52, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 53, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 54, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 55, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 56, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 57, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 58, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 59, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 60, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 23:31:24.181607+00	2026-12-06 23:31:24.237763+00	\N	5	\N	\N
43	7	plan_resource_order	5	completed	z1:eJztVs2O2zYQfpWAZ3NLSaRE+VhgD+2hh66LHoJAoMixQ6xMOhS16Xbhd+/Qsr3aIEYZFE0vvRjScDyj72dIvhCjoiLrFzJCeLJu18Ef+qNyOyBrQlYkwM56h8+/uUfnPzsMHYL1wcZnDDof9mrA2DioTg9qHDHYB+/+hBScwhM8dw7AgCHrGCZYER8MhM7iu1gRpbWfXDy9litiI+y7ET6RNU9rce6sjEnFDqDxZQP6o7PaKvfuYfARF5zap2/9yY1RDYM6/Sl9pDeTjl2A7QwEQQUsCcGO0Wr8zpcjFsWO3cGPUXuTimw2xbtisznh1lMIyAdG2R1jGPIOumhPzYpWzDHj98q6bgFKrsh0GGMAtZ97BBj9FDQkji/Pp1Ty6/0DrRshy5q8pnXx+QBfBYoCWTV0btr3EDDj4Zey5Kysm1JWaTmqOCX+sRJKiYwfsbv2IcDMyhkzqhS7qMbHhEwWIGRfU8Z5SbniLZVGA/40IAWrq5rrk5BaQ9J2llD7/WGA+KppqpaqE2iVKrmsaNUWPeVQado2NadCc8OEYlVTNCnvBD8rGZVUAVwkazcNQ5LRDgYDZP2etG3LJFNAgQlJOeeKqqpRtO9bzgUDYSpNPpwRJ3qgu1i7aNpatK2U/K6sClZwMROISzWfAXVnxz1EFRL9MdjdDkJCvVXDiLCtQzs5lOQ8Qkju/8P0bw5TIhiGC9dpUM7fu0l2xlCWIy7+y0p+9V+uX5cO5dutZLoHykVfYItC0raogTamLrXBKds2PM+hom5uOnTMdiiBJ8TSbW24eOjVswtykXQMwniNwnn/eP/h67xn4bzwnpW84D1TpyXvKEddCdlQyUxLecMMbXttkl6650XNWAkZvItGMHmT9vM+2103+CwFtHcOdPQB//dpgjG+CWJZ65JGPjz/cG4wc6H245sT5OYx8eWo35zKxZwdj3/ng//4GMvwYJbmFw9mJS88mOnZpQcLI2vBCkUraba4XQBQteWaFqpWvNS1FKLP86Bob5sQnPnGs+mfzHkWpgvHWckLjjM1eTPnOfeXHI5r1ty+ARwG5a5TPh9Pd/fO/Oyt+47cZ2G9+jvvYnflPlOrBfdZrFZVeZPV++/o3HQN9/4bDvFx6vHSky69lx79Ye+60/E5zugXTX7Etd99eNwO/jM5/gU/2Caa	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 58, "upstream": {}, "resource": {"resource_id": "RES-675826", "resource_type": "Technician Slot", "serial_number": "SN2240267283", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.23261+00	2026-12-06 23:31:24.257885+00	2026-12-06 23:31:24.257887+00	2	\N	5
45	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"4d0c51f6-af8d-4378-a5ed-b066e65308b7","success":true,"completed":false,"tasks":{"8ee013ce-b6d0-4b7f-aaf7-dbbeae394634":{"id":"8ee013ce-b6d0-4b7f-aaf7-dbbeae394634","parent":null,"children":["4d0c51f6-af8d-4378-a5ed-b066e65308b7"],"last_state_change":1796599884.2843528,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":1,"action":"add","spec":"Access Line","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24},"site_postcode":"TT1 1TT","recurring":"159.00","one_time":"250.00","domain_order_id":48,"survey_result":"ready","upstream":{"ONT":{"resource":{"resource_id":"RES-566953","resource_type":"ONT","serial_number":"SN7548113280","status":"reserved"}},"Access Port":{"resource":{"resource_id":"RES-693579","resource_type":"Access Port","serial_number":"SN5957923371","status":"reserved"}}}},"delta":{},"typename":"Task"},"4d0c51f6-af8d-4378-a5ed-b066e65308b7":{"id":"4d0c51f6-af8d-4378-a5ed-b066e65308b7","parent":"8ee013ce-b6d0-4b7f-aaf7-dbbeae394634","children":["c9a3670c-b725-4e2d-a3a9-4792577b98da"],"last_state_change":1796599884.2844105,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c9a3670c-b725-4e2d-a3a9-4792577b98da":{"id":"c9a3670c-b725-4e2d-a3a9-4792577b98da","parent":"4d0c51f6-af8d-4378-a5ed-b066e65308b7","children":["582dae94-b4ca-4125-9fce-1e4fc2969d40"],"last_state_change":1796599884.306592,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"Access Line","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"582dae94-b4ca-4125-9fce-1e4fc2969d40":{"id":"582dae94-b4ca-4125-9fce-1e4fc2969d40","parent":"c9a3670c-b725-4e2d-a3a9-4792577b98da","children":["d6e9d603-46c7-45cf-9ade-3c0496a177a0"],"last_state_change":1796599884.2842677,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"d6e9d603-46c7-45cf-9ade-3c0496a177a0":{"id":"d6e9d603-46c7-45cf-9ade-3c0496a177a0","parent":"582dae94-b4ca-4125-9fce-1e4fc2969d40","children":["abbd23a5-9729-42fe-980f-f6f8ed51ee09"],"last_state_change":1796599884.284275,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"abbd23a5-9729-42fe-980f-f6f8ed51ee09":{"id":"abbd23a5-9729-42fe-980f-f6f8ed51ee09","parent":"d6e9d603-46c7-45cf-9ade-3c0496a177a0","children":[],"last_state_change":1796599884.2842805,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"8ee013ce-b6d0-4b7f-aaf7-dbbeae394634","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 48, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-566953", "resource_type": "ONT", "serial_number": "SN7548113280", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-693579", "resource_type": "Access Port", "serial_number": "SN5957923371", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 23:31:24.287597+00	2026-12-06 23:31:24.306834+00	\N	2	\N	0
46	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"b7076f33-2fa9-47f5-9b8f-75686b5a4ca4","success":true,"completed":false,"tasks":{"8fd56877-4587-4564-99e3-776117aafb50":{"id":"8fd56877-4587-4564-99e3-776117aafb50","parent":null,"children":["b7076f33-2fa9-47f5-9b8f-75686b5a4ca4"],"last_state_change":1796599884.28515,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":1,"action":"add","spec":"IP Connectivity","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24},"site_postcode":"TT1 1TT","recurring":"159.00","one_time":"250.00","domain_order_id":50,"survey_result":"ready","upstream":{"IPv4 Address":{"resource":{"resource_id":"RES-258554","resource_type":"IPv4 Address","serial_number":"SN7587917670","status":"reserved"}}}},"delta":{},"typename":"Task"},"b7076f33-2fa9-47f5-9b8f-75686b5a4ca4":{"id":"b7076f33-2fa9-47f5-9b8f-75686b5a4ca4","parent":"8fd56877-4587-4564-99e3-776117aafb50","children":["10dce325-bfda-49c8-b868-2fcdb48edac9"],"last_state_change":1796599884.2852592,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"10dce325-bfda-49c8-b868-2fcdb48edac9":{"id":"10dce325-bfda-49c8-b868-2fcdb48edac9","parent":"b7076f33-2fa9-47f5-9b8f-75686b5a4ca4","children":["510e71d8-fe98-405f-8794-cf86ed1c2487"],"last_state_change":1796599884.3126185,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"510e71d8-fe98-405f-8794-cf86ed1c2487":{"id":"510e71d8-fe98-405f-8794-cf86ed1c2487","parent":"10dce325-bfda-49c8-b868-2fcdb48edac9","children":["4fd6e7ea-d827-47e7-9eee-0f28c4cdbbe8"],"last_state_change":1796599884.2850826,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"4fd6e7ea-d827-47e7-9eee-0f28c4cdbbe8":{"id":"4fd6e7ea-d827-47e7-9eee-0f28c4cdbbe8","parent":"510e71d8-fe98-405f-8794-cf86ed1c2487","children":["2ea5f660-292f-40b0-ae1e-049a6e20a441"],"last_state_change":1796599884.285088,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2ea5f660-292f-40b0-ae1e-049a6e20a441":{"id":"2ea5f660-292f-40b0-ae1e-049a6e20a441","parent":"4fd6e7ea-d827-47e7-9eee-0f28c4cdbbe8","children":[],"last_state_change":1796599884.2850935,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"8fd56877-4587-4564-99e3-776117aafb50","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 50, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-258554", "resource_type": "IPv4 Address", "serial_number": "SN7587917670", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 23:31:24.2876+00	2026-12-06 23:31:24.312848+00	\N	2	\N	1
38	7	plan_resource_order	5	completed	z1:eJztVk2P2zYQ/SsLnq2tRFFfPgbYAMkhAboueggCgSJHDrEy6ZDUbrcL//cOLcvWFnXKoECKAr0I0nA0w3nvDYcvRHLPyfqFOLCPSm9b+E184XoLZE3IiljYKqPx/Rf9oM2TRtPeKmOVf0ajNnbHB7S5gbdi4M6hsbNG/w7BONpHeG41gARJ1t6OsCLGSrCtwu9iRbgQZtT++ElXRHnYtQ6+knUW1vyUmUsZgu1B4MfHDxv80HwX9vdmdEqDczdvVWfh5p32YDX44x6NHIVvLfRTHViTxYhglfNKuFBwx7V8UtJ/wa2kKWbwHJdatSfrng8O9+pwQ+3eOC+MDPk2m+wm24QNCKN9iNdixB3unR2+5W1BjNYiuGjNiuY2TdFoNLReHeugRTrZpNlxpdsLRqxckXHvvAWOaV4OIZYzoxUQKpjfj67k57v7pCjLpsjJxa31z3s444YcKz60etx1YNF6/6EqWJ1lOa1D+oDAGCjEv1ENSNrhEGq1FgYe2HDTHpBorJy7B3StSs6hoyxJeV8mTFY0qUFUSVVmgkPJq5pnRy0IAUEekwqE2e0H8BdZhGhHVmjGmKhol9RNyRLG8dFQWSd9w4uKZVXDWBb8jiVHOaMauAXtyVqPwxCkoAaJBrL+REDSvEs7nuQUH4xCnXRF1iQVxf+bLBd1x8nnU8UBHmjn7sDoZdE0dc1uKa2zik344UrJpnrak2bvPbdBlN6q7RZsKPokMHVULDJyakLE9v92/A+1Y+ALhpm60GonKDahOdAUpa9ZzVHOFzXHqn+pdym7njL0oXleYLdymXBGi6Svu15mkjNZxOmd5qy+KngXLXgCj1hL2ys7S/LSAgtwEXQ0gjtb4XQaffr817hH1TnjHuW8wD2SpyXuvSxZ1vSQdF0qEibSLmnyGvN0ZSNoJSmIPgL3Ii/rbxw0p2O7Pc+IKAqweTQIbyz+93UE518ZMazSgSRjn386JZjA4Dv3agi9mjR/Pi6uNuPiADoc/o78f2H6RYgtitxZbFHOC7FFinMptoyjQlNWJFWBg5gVnCccBZvkVQVlleEKjRNbVVT0qthAy++caf+koaNqmjGOcl5gHMnJEuOoa08MxjVNr2O8H7g+d/M0h27vtHxvlP6B2EfVOmMfeR88Yx/J1QL7KFSL7PoxefcDlRtu7MZ8x7R2Y4e3pXBXnnN0+51uj3PSTdUvkrzBtV+NfegH80QOfwAbclM4	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 46, "upstream": {}, "resource": {"resource_id": "RES-566953", "resource_type": "ONT", "serial_number": "SN7548113280", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.232605+00	2026-12-06 23:31:24.254221+00	2026-12-06 23:31:24.254225+00	2	\N	0
39	7	plan_resource_order	5	completed	z1:eJztVk2P2zYQ/SsLnq2tqC9TvjXAFmgPRdF10UMQCBQ5coiVSYekdrtd+L93KFm2No1bBgESFOhFkB5HQ857b0i+EMk9J5sX4sA+Kr1r4A/xnusdkA0hK2Jhp4zG99/0gzZPGqGDVcYq/4ygNnbPe8RczxvRc+cQbK3Rf0IAB/sIz40GkCDJxtsBVsRYCbZR+F2uCBfCDNqPn9mKKA/7xsEHsqFhzE8zcylDsgMI/PheCHDu5hdjPYKa78M63wxO6QD/oFoLNz9qD1aDH9dq5CB8Y6Gb6sHaLGYGq5xXwoXCW67lk5L+PS4pTXEmz3GoUQey6XjvcM0OF9YcjPPCyDDfdktv6HYb0hntQ74GM+6xhuL4T9EWxGAtkowoLevbNEXQaGi8GuvIynTCpNlzpZsLV8V6RYaD8xY4TvNyDLmcGayAUMH8PoaSX+/uk6rOy3VNLmGNfz7A3/hDzRXvGz3sW7A4ev9zWeN/WZ6vKZmYGIKkmAXdgSIej6Fma6HnQR03rQWFRwa4e8DQsixpK0SdCCbzpMhllrQAZVK3VV6IGtiadaM3xoXMrhBmf+jBX2wSso3qMGgZl1metAWrk6LKIGFVzRPO07SCvAApaYgbS48KRldwC9qTjR76PlhC9RIBsnlLeE5pJqFLapHSpKAhFeBDVDmTJesoQ0nfnSoO9EAzdwtd11VZ14wVt1mGTzrxhyNVMdXTnDx87/nIvrdqtwMbij4ZTY3ORUVOTYnc/t+e/8H2DLpBP0sYWu9ExTY0CUJRPptdHRV8cXVsFyx9X9O2XLciTfKMtUkBvE54kbEkpV1apRR4V8g437PAxRXju2jjE3jEWppO2dmal1ZYkIukIwjujMJpV3r77tO8R9U58x4VvOA9UqdXvK8ruc7zIkkzQKnSTiR1ylAqUWe4hRQprfMI3suipNdpP+3ezfnIiFIAe0eD8Mbifx8GcP4ViGmVDhoZ+/zdaYKJC753r86kTx48H+8eV3tysR8dj//mgW94KMZ4L0brs/dighfei/Tq0nsFY2lZygqjBT7WLRoXsUSmBcN9QkpZZXHeq8ryqvlAy8886r6kv6NqmjmOCl5yHKfJkuOo21AMxxUt2FWODz3X5+6ejqXbOy1/Mkp/Re6jap25j7wmnrmP1GrBfRSrBc2vsnr3FZ0bLvTGfMbh7YYWL09h25rnaA973YzHppuqX0zyBsd+N/ah680TOf4FrWxc7A==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 47, "upstream": {}, "resource": {"resource_id": "RES-693579", "resource_type": "Access Port", "serial_number": "SN5957923371", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.232608+00	2026-12-06 23:31:24.254918+00	2026-12-06 23:31:24.25492+00	2	\N	1
40	7	plan_resource_order	5	completed	z1:eJztVttuGzcQ/RWDz6K7S5F70VsDuED6UBS1ij4EwYJLziqEV6RCcu26hv69Q93dRi2DAgkC9E07HM3lnDMcvhAtoySLFxLAPxq76uB39UHaFZAFITPiYWWcxd+/2gfrniyaNt44b+IzGq3zazmiLYyyU6MMAY29d/YPSMbJP8JzZwE0aLKIfoIZcV6D7wx+ixmRSrnJxt0nmxETYd0F+EgWZTqL+8xS6xRsAwo/3v78yG++19oD5poRK9ep0DdTMBYtNz+Y3sPNWxvBW4i7Yp2eVOw8DPuGsDmPocGbEI0KqfNeWv1kdPyANRUFpooSjzqzIYtBjgGLDlhZt3EhKqdTvuWyvCmXyxTO2ZjidRhxjU3w7T95e1CT94gyWkvR3hYFGp2FLppdH0wUe5t2a2lsdwaLtzMybUL0IDHNyzbFCm7yClIHx987V/LL3T1lohGCk7NbF5838HcAkXUjx85O6x48Ht//VIumbsu6qlMdCYopkYruqA+kcbtNTXsPo0z8hH0xSD1CIMND4h/aumrnQKERBeWV1LTpBdBi3hasrNpSVc1OHUqlGg66UG69GSGehZKi7ejRsgYMyejQi5pypRjthRSUgYCyZa1sOE9+u96znFEW0oONZGGncUyaMCMCgmJ7R9TAoWhbRqtGa8prBbQVqqQla0vJWq44K8j7Q8cJHuiO81LWbSXatmn4LUPPhu/xw5OK7/vpDiq+j9IndUZvVivwqemD0sxOusjIYSwR2/8H9Fsc0EQcjEcO0/AdoFimKUlDlCO0o6yznM+yzh2DS+ELqWsNssfoxUB5r2ra8qGgQ9OKOS/1ALrPEr5glbiq/JCtfAKP2Es3GH/U5nkWLsBF0NEI4WSFw7X07v2ncc/q84h7lvMF7pk8vcK9x3tRy5IOnOFfeg20YUVJgYte9HhhVjVk4C4Eq5vmKu6H+7s7bY0sCnB4LKjoPP7v4wQhvjJiWGMTSc4/f3dIsAdDrsOrtfTp3fPXC+TqVF5cSdvtv6ngay7GHPnl0H2SX47zhfwy5Xopv4r3pYayx/UsgfJ5W1FZaEHLgvW6YSVjDcuS33w+Z1flB1Z/5rr7LyOe1dMR4yznS4zzOLnEOOtFlIVxc/1m3YzSnsZ7v5hu76z+0Rn7BaHPavUIfeZL8QR9JlUX0OeAysvi+kvt7gsKNz3qnfuM9R2mHp9P6RV9zNFv1rbbLc6w7/4iyRs8+835h2F0T2T7J1I/Xxw=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 49, "upstream": {}, "resource": {"resource_id": "RES-258554", "resource_type": "IPv4 Address", "serial_number": "SN7587917670", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.232608+00	2026-12-06 23:31:24.255674+00	2026-12-06 23:31:24.255677+00	2	\N	2
41	7	plan_resource_order	5	completed	z1:eJztVk2P2zYQ/SsLnpdbkSL14WOAPSSHImhc9BAEAkWOXGFl0qGoTbcL//cOLcurBDHCoGh6yU0cDWf43rzh8JkYFRTZPJMR/GNvdw38pf9UdgdkQ8gt8bDrncXv3+2DdZ8smg6+d74PT2i0zu/VgLZxUI0e1DiisfXO/g3ROPlHeGosgAFDNsFPcEucN+CbHtfyliit3WTDaclvSR9g34zw8bRQOsyZlTEx2AE0Ll6/fRQ3rwanH9Bm1T4e811Qodc3r99efhy8M5MOjYduhoGQPAYE34/oiqd8PmJIzNcc3Bi0MzHOdstu2HZ7Qq0n75ENtLLsLsvQ5iw0oT8l5HI2GbdXvW1WkPDc02EMHtR+zuFhdJPXEBlevk+u5Lf7d5RXnOcleXFrwtMBvoSJlenV0Nhp34KPeH8tGCt5JWQV944If4rEYxCsIVJ9xMTaeQ+Dihye4WJ5QhPU+ICuZWWqTmaKloopKkSZ0bqqJK1Y12WtZGWdd6cKag2xqHPttNsfBggvxYzRYnSSd22tWVFQ3naMCqkqWivFqVSmFXkOHa+K6HdCnuSMRVQebCAbOw1DrGA/GDSQzXsiMEBZ5IZmbYUBeJVRZXRBGecya8ta5y0nH86IIz3QLJpGZIWsEau44/nMHVoLMWNpzipDRfmARwi+3+3AR8CdGkZE3FsUkcVqnNsGef3ZQP9dA0V6YViYjs1xPvI26hhNSVJYhJfk/CK8VKGupVlpkTFoGW27TlNRGk7btmQUeK64VEXHqi5FmlkmcnFVn2OyPgk8Ipam6/2ioBfFrshF0tEI48UK54vj/Yev856Ec+E9yXnFe2Kd1rxnmZFGZBXGFB0VLJO07hhuFlAUolaFyFkC71LWkl3n/XzDNpdbPakE2lkLOjiP+z5OMIbPjBi2t7FIzj/9ck4wk6H242dj42uz4csmv9qRqx47Hr+lgf9vbCVIL6nUi/SSnFfSS5TqWnodh9LU0FLZ8pyKmuMW1kq8JVjODMsNNypNerW8PpLAmu8cSP+mvZMwLRwnOa84TqzJmuOk90oCx0WW1/VVjg+DspfenqfS3b01b1xvfyD3SVgX7hMfchfuE2u14j6J1UIWV1m9/4HKjS9u575jdo9Ti2+d+MhdcrSHvW1OU3Oc0a+SvMJ/fzj/0A3uEzn+A5QzG1I=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 52, "upstream": {}, "resource": {"resource_id": "RES-282237", "resource_type": "IPv4 Block", "serial_number": "SN6117284587", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.232609+00	2026-12-06 23:31:24.25632+00	2026-12-06 23:31:24.256322+00	2	\N	3
42	7	plan_resource_order	5	completed	z1:eJztVs2O2zYQfpWA5+VWFCmJ8rHAXgq0h+wWPQSBQJEjR1iZdEhqt9vA796hbXmVoG4ZFE0uvZmj8Qy/nyH5iRgVFdl8IgH802i3HfyuPyi7BbIh5IZ42I7O4u9f7aN1zxZDez86P8YXDFrnd2rCWJhUpycVAgZ77+wfkIKzf4KXzgIYMGQT/Qw3xHkDvhtxXd0QpbWbbTwuyxsyRth1AT6SDU/f4qmzMiYV24PGxVs3R/C4tmqXtvizsmoL5s0lvvfOzDp2HoYTAkTjsRb4McRRhwT1eRzG034OWBi7dnsXonYmVXx4YG/Yw8MRu569R04wyqrbosCYs9DF8dhanEPG7dRouxUwRDbvQ/SgdtjukCoFN3sNqfny+5hK3t7dUy6aphDkNa2LL3tYg0VtRjV1dt71uN6Q+18Eaziri7pOOwhRxTlRjwVQRST7gE218x4mlVgMp22gQLGLKjwmVkFD0ShOYQBDcQeSStFq2jdtyQuu64qVRw21hiTrST3tdvsJ4qucqdqRU8HqXhamoIPsgQpTD1SWICiogsmyqRrNq5R3RJ2VjFoqDzaSjZ2nKQk5TgYDZPOOMFY2XLaScmUaKoBVtAVAMIWQWrOCV1jg/Rlxoge6xdWsaeuqbaUUtwgUUbITgfipFidA3dls91H5iPuIftxuwSfUg5oCwh4tCmNRkvP0ILn/z9F/PUeJZJgWvtOMnDf/kCyNoSxXLB7MSn71YK5n1y41XNV9UxraCDVQUZectk3TUNaySvWDbFnP81xacXHVpSHbpQSeEEs3jH7x0atvV+Qi6RiEcInC+Qx59/6vec/CufCelbziPVOnNe+ScW0GXtGy1oKKtpa0Fy2nlSq0LEsuBykyeK/qpvwb3s+HbXc53LMk0M5a0NF5/N/HGUL8LIhlR5tEcv7lh3ODExlqFz67Pb68Ir4c86vTuJqvw+Gf9P8+N1eG5bIkXiyXlbyyXKZF15bjnLetMhVlVc3xdECrqmoYqK6FkEWvodZFnuWaQl61HFjzldfRvxnrLEwLx1nJK44zNVlznPVkyeFYsuYqxftJ2ctIny6j2ztrfnKj/YbUZ0FdqM98yl2oz5RqRX0WqaKsr7J69w2Nm97bzn3FlR3mHl876Zm79Oj3O9sdL8twQr9q8iN++835x2Fyz+TwJ9a/HOU=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 55, "upstream": {}, "resource": {"resource_id": "RES-347704", "resource_type": "Router", "serial_number": "SN4173160660", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.232609+00	2026-12-06 23:31:24.257196+00	2026-12-06 23:31:24.257199+00	2	\N	4
47	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"334a1773-d8f7-4c1a-8de1-af0f80d31edf","success":true,"completed":false,"tasks":{"28c78448-f284-4c64-a545-191047e571ea":{"id":"28c78448-f284-4c64-a545-191047e571ea","parent":null,"children":["334a1773-d8f7-4c1a-8de1-af0f80d31edf"],"last_state_change":1796599884.2858121,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":2,"action":"add","spec":"IP Connectivity","name":"Static IP Block","product_ref":"","characteristics":{},"site_postcode":"TT1 1TT","recurring":"10.00","one_time":"25.00","domain_order_id":53,"survey_result":"ready","upstream":{"IPv4 Block":{"resource":{"resource_id":"RES-282237","resource_type":"IPv4 Block","serial_number":"SN6117284587","status":"reserved"}}}},"delta":{},"typename":"Task"},"334a1773-d8f7-4c1a-8de1-af0f80d31edf":{"id":"334a1773-d8f7-4c1a-8de1-af0f80d31edf","parent":"28c78448-f284-4c64-a545-191047e571ea","children":["cafa9978-6f41-4de1-bffe-0b081bd6612f"],"last_state_change":1796599884.2858567,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"cafa9978-6f41-4de1-bffe-0b081bd6612f":{"id":"cafa9978-6f41-4de1-bffe-0b081bd6612f","parent":"334a1773-d8f7-4c1a-8de1-af0f80d31edf","children":["8f74a141-f8f3-45fb-9614-6eca17c94326"],"last_state_change":1796599884.3186684,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8f74a141-f8f3-45fb-9614-6eca17c94326":{"id":"8f74a141-f8f3-45fb-9614-6eca17c94326","parent":"cafa9978-6f41-4de1-bffe-0b081bd6612f","children":["fdb6930a-0c49-453f-a720-1b9a066555f0"],"last_state_change":1796599884.2857518,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"fdb6930a-0c49-453f-a720-1b9a066555f0":{"id":"fdb6930a-0c49-453f-a720-1b9a066555f0","parent":"8f74a141-f8f3-45fb-9614-6eca17c94326","children":["5c839574-b655-4c1a-9a81-ef2119cece07"],"last_state_change":1796599884.2857575,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5c839574-b655-4c1a-9a81-ef2119cece07":{"id":"5c839574-b655-4c1a-9a81-ef2119cece07","parent":"fdb6930a-0c49-453f-a720-1b9a066555f0","children":[],"last_state_change":1796599884.2857623,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"28c78448-f284-4c64-a545-191047e571ea","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 53, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-282237", "resource_type": "IPv4 Block", "serial_number": "SN6117284587", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 23:31:24.2876+00	2026-12-06 23:31:24.318885+00	\N	2	\N	2
44	4	plan_field_visit	5	waiting	{"data":{},"correlations":{},"last_task":"5f4408b4-bc3b-4661-a1c9-95b4180bfedf","success":true,"completed":false,"tasks":{"424a8bab-db27-40c6-8095-cd3de4e88100":{"id":"424a8bab-db27-40c6-8095-cd3de4e88100","parent":null,"children":["6253ed72-cc3c-4b37-ac45-704335719907"],"last_state_change":1796599884.2631824,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"TT1 1TT","recurring":"0.00","one_time":"195.00","domain_order_id":59,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-675826","resource_type":"Technician Slot","serial_number":"SN2240267283","status":"reserved"}}}},"delta":{},"typename":"Task"},"6253ed72-cc3c-4b37-ac45-704335719907":{"id":"6253ed72-cc3c-4b37-ac45-704335719907","parent":"424a8bab-db27-40c6-8095-cd3de4e88100","children":["9e3ab73c-dc5a-4720-ac6e-43fa77b984aa"],"last_state_change":1796599884.2632408,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9e3ab73c-dc5a-4720-ac6e-43fa77b984aa":{"id":"9e3ab73c-dc5a-4720-ac6e-43fa77b984aa","parent":"6253ed72-cc3c-4b37-ac45-704335719907","children":["35ea75ae-c4e7-4773-af5e-f652a36ca1e8"],"last_state_change":1796599884.2634263,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"35ea75ae-c4e7-4773-af5e-f652a36ca1e8":{"id":"35ea75ae-c4e7-4773-af5e-f652a36ca1e8","parent":"9e3ab73c-dc5a-4720-ac6e-43fa77b984aa","children":["e9faeb39-518c-47c1-ac8c-2c82fe3d249f","dd99c642-8ee6-46d8-9805-8a78997321b4"],"last_state_change":1796599884.2634726,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e9faeb39-518c-47c1-ac8c-2c82fe3d249f":{"id":"e9faeb39-518c-47c1-ac8c-2c82fe3d249f","parent":"35ea75ae-c4e7-4773-af5e-f652a36ca1e8","children":["cf1f2633-d624-42f0-848c-cf9caa3f5d0c","3d5d3a4d-0fc1-4d33-8fd8-4e99d3cbe172"],"last_state_change":1796599884.278264,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"dd99c642-8ee6-46d8-9805-8a78997321b4":{"id":"dd99c642-8ee6-46d8-9805-8a78997321b4","parent":"35ea75ae-c4e7-4773-af5e-f652a36ca1e8","children":[],"last_state_change":1796599884.2783005,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"cf1f2633-d624-42f0-848c-cf9caa3f5d0c":{"id":"cf1f2633-d624-42f0-848c-cf9caa3f5d0c","parent":"e9faeb39-518c-47c1-ac8c-2c82fe3d249f","children":[],"last_state_change":1796599884.278417,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"3d5d3a4d-0fc1-4d33-8fd8-4e99d3cbe172":{"id":"3d5d3a4d-0fc1-4d33-8fd8-4e99d3cbe172","parent":"e9faeb39-518c-47c1-ac8c-2c82fe3d249f","children":["a7c1eceb-37cd-4f01-a458-8e8c283a2cd8"],"last_state_change":1796599884.278491,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a7c1eceb-37cd-4f01-a458-8e8c283a2cd8":{"id":"a7c1eceb-37cd-4f01-a458-8e8c283a2cd8","parent":"3d5d3a4d-0fc1-4d33-8fd8-4e99d3cbe172","children":["5f4408b4-bc3b-4661-a1c9-95b4180bfedf"],"last_state_change":1796599884.290895,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":5,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[48,50,53,56]}},"deletions":[]},"typename":"Task"},"5f4408b4-bc3b-4661-a1c9-95b4180bfedf":{"id":"5f4408b4-bc3b-4661-a1c9-95b4180bfedf","parent":"a7c1eceb-37cd-4f01-a458-8e8c283a2cd8","children":["fadaca03-108e-4086-9a44-cae6fab04b50"],"last_state_change":1796599884.3299825,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"TT1 1TT","work":"Install ONT","order_id":5}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-164447","engineer":"Lee Wong","date":"2026-12-10","slot":"13:00-17:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"fadaca03-108e-4086-9a44-cae6fab04b50":{"id":"fadaca03-108e-4086-9a44-cae6fab04b50","parent":"5f4408b4-bc3b-4661-a1c9-95b4180bfedf","children":["6aa0979a-c2a2-49a5-8b0b-c5b8227702e4"],"last_state_change":1796599884.3300142,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"6aa0979a-c2a2-49a5-8b0b-c5b8227702e4":{"id":"6aa0979a-c2a2-49a5-8b0b-c5b8227702e4","parent":"fadaca03-108e-4086-9a44-cae6fab04b50","children":["9d51e2ae-bfd4-43eb-a435-95a8ca74283a"],"last_state_change":1796599884.2784731,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"9d51e2ae-bfd4-43eb-a435-95a8ca74283a":{"id":"9d51e2ae-bfd4-43eb-a435-95a8ca74283a","parent":"6aa0979a-c2a2-49a5-8b0b-c5b8227702e4","children":["eb4afc43-a906-41ca-81dc-3c0942f9f299"],"last_state_change":1796599884.2784796,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"eb4afc43-a906-41ca-81dc-3c0942f9f299":{"id":"eb4afc43-a906-41ca-81dc-3c0942f9f299","parent":"9d51e2ae-bfd4-43eb-a435-95a8ca74283a","children":[],"last_state_change":1796599884.278486,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"424a8bab-db27-40c6-8095-cd3de4e88100","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-675826", "resource_type": "Technician Slot", "serial_number": "SN2240267283", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [48, 50, 53, 56]}, "visit": {"visit_id": "FSV-164447", "engineer": "Lee Wong", "date": "2026-12-10", "slot": "13:00-17:00", "status": "scheduled"}}			\N	\N	2026-12-06 23:31:24.265223+00	2026-12-06 23:31:24.330544+00	\N	4	\N	\N
48	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"c1c0ff3c-dcf5-41d4-b5e2-40adec04631f","success":true,"completed":false,"tasks":{"bb5806ff-0005-4aae-adf9-921ff7c2576e":{"id":"bb5806ff-0005-4aae-adf9-921ff7c2576e","parent":null,"children":["c1c0ff3c-dcf5-41d4-b5e2-40adec04631f"],"last_state_change":1796599884.2863383,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":3,"action":"add","spec":"CPE Provisioning","name":"Managed Router","product_ref":"","characteristics":{"wifi":true},"site_postcode":"TT1 1TT","recurring":"15.00","one_time":"45.00","domain_order_id":56,"survey_result":"ready","upstream":{"Router":{"resource":{"resource_id":"RES-347704","resource_type":"Router","serial_number":"SN4173160660","status":"reserved"}}}},"delta":{},"typename":"Task"},"c1c0ff3c-dcf5-41d4-b5e2-40adec04631f":{"id":"c1c0ff3c-dcf5-41d4-b5e2-40adec04631f","parent":"bb5806ff-0005-4aae-adf9-921ff7c2576e","children":["10a198d4-3c39-4c38-9992-bfe638aea4c0"],"last_state_change":1796599884.2863824,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"10a198d4-3c39-4c38-9992-bfe638aea4c0":{"id":"10a198d4-3c39-4c38-9992-bfe638aea4c0","parent":"c1c0ff3c-dcf5-41d4-b5e2-40adec04631f","children":["794f68e2-5522-45aa-8303-439b55d3fff5"],"last_state_change":1796599884.3241045,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"CPE Provisioning","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"wifi":true}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"794f68e2-5522-45aa-8303-439b55d3fff5":{"id":"794f68e2-5522-45aa-8303-439b55d3fff5","parent":"10a198d4-3c39-4c38-9992-bfe638aea4c0","children":["6cc74017-153f-45e9-abb2-7aa0a3c6a696"],"last_state_change":1796599884.2862818,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"6cc74017-153f-45e9-abb2-7aa0a3c6a696":{"id":"6cc74017-153f-45e9-abb2-7aa0a3c6a696","parent":"794f68e2-5522-45aa-8303-439b55d3fff5","children":["acdb00b4-1cfe-472d-85bf-5d136c6f405b"],"last_state_change":1796599884.2862868,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"acdb00b4-1cfe-472d-85bf-5d136c6f405b":{"id":"acdb00b4-1cfe-472d-85bf-5d136c6f405b","parent":"6cc74017-153f-45e9-abb2-7aa0a3c6a696","children":[],"last_state_change":1796599884.2862911,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"bb5806ff-0005-4aae-adf9-921ff7c2576e","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 56, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-347704", "resource_type": "Router", "serial_number": "SN4173160660", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 23:31:24.287601+00	2026-12-06 23:31:24.32432+00	\N	2	\N	3
50	7	plan_resource_order	6	completed	z1:eJztVk1v3DYQ/SsGz0uX+ib35qAu2qJwgNpFDkEgUORoI0RLbkjKqWvsf89Qu2vLRbdhUCBFgd7E4Wg4894bDh+JlkGS9SPx4O4Hs2nhd/Vemg2QNfnl+xt6+/q3ux/JijjYDNZEozUaP1Zk5wbrhvCANmPdVo5o86Ns1Si9R2PnrPkDonFy9/DQGgANmqyDm2BFrNPg2gHX9YpIpexkwrzMV2QIsG09fCTrLO6Fw8FS6xhsBwoXr2/ucGHkNub5avKDAe8vfhg6Bxc/mQDOQJhztHpSoXXQox8asDaHEcENPgzKx8I7afSnQYf3ZF0xhicEiVvtsCPrXo4ec/WYULuzPiir43m3b7Kri+zqKsazJsSALYbcYvLl/m/dHajJOYQZzVklLhlDozXQhmGuJK/YwabtVg6mXaCEUEw7HxxIPOdxH2N5OzkFsYbT9+xKfr2+pblgTSPIs1sbHnbwhByyPcixNdO2AxdzvMnqIq/KJmtycsBgiiTi36gLpG2/j8U6B6OMfPhDDkg1li79h5h7k/GONw1lnShomQlJO1EVNIOCAW+A9UrOalAKokAOOlB2uxshPAsjRpt5aXJdZQ1TlLNa0bLinMq67GgHulCirmUuZuHOJSc5ox6kAxPI2kzjGMUwjBoNZP2W8EyUjOU9laLQtMxVRnnecNoVGiMqWZVVQd4dK47wQHvqk6wRdSUE5+VlIQrGxQE/3KnLQz3tUbW3Qbooy+CGzQZcLPoosWHWLDJybEfE9v/G/E82ZmQOxhOJsemOYNzFNkFTktJOuk5yftZ1ah8sla8ZNKwEQUXs1pLninZdmVHFOGBLi1yrNOVnJT+rfJ+sfAL3WErbD+6kyedeWGCLmKMR/JMVjtfS23d/DXtSmSfYk5wXsCfStIS9r/us58BpASCRKVZRXjVsPrEsZNHXpfwy7GXGa1afx/14f7dPwyKJAmweAypYh/99nMCHF0YMO5hIknUP3x0POIAht/7FNHoxcv58X5xvxkVz7fdfYv9fmIMJakti96S2JOeF2hLVuVRbo7isNTRU9KKiZSNLKqqe0apmivcqXhs8TW1Nc1ZsYPRXDrd/0tBJJT29D1KcFxAnUrKEOOn9kwJxU/DzDb0bpXnq5sMYurw2+mc7mG+IfVKtJ+wTH4bPMyyNqwX2SajW599l199QuPHlbu1XzGo/dfhaim/m0xndbmvaeUz6Q/GLQ17h3hvrPvSj/UT2nwGcMk2b	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 61, "upstream": {}, "resource": {"resource_id": "RES-290779", "resource_type": "ONT", "serial_number": "SN1632547172", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.397601+00	2026-12-06 23:31:24.419093+00	2026-12-06 23:31:24.419096+00	2	\N	0
49	2	customer_order	6	completed	z1:eJztW1tzm0oS/isqnpIqzVkYZhjwW5I92c1WNnGdZPc8JC7V3LDZIFAA2fGm8t+3BwRCNpLajo/r1JbfLGh6+jL99WXG3z0jG+mdfPfKythqkRnvJJp7UutyXTTtTzr39LpuyqWtvBPvZSUvy9kq197cq+350hYNPK2XCn7rC1kUNoffcpXB78p+Xdu6sWahy+Uqt01WFgtYz3onxTrPO4KssvVCrlZVeSnh01TmtQUBNg8WlZV1WdTeyaczR6/XVZUV54umbBy1F8TsF9+HtcrCLppsaYc3PODdG/eJLfQ1PPvby1MndtbYxaqsG10aEMX78HvwYha8eOGNljVWZzWI2+rinlnvllC9FtL8B+zjLFEvitJp53lbm90ghrWXTpvvYL2v3kngbN1sFjLGKZKm1qnobL2us8LW9ex1pio7e1M0tipsMyJqHQQ8vq5l0WTNdfsDhDRr3cDCaSdKvV4uZeUM8M5ezfZzBf9VIA1wrptM125XKFmYq8w0F94J931g1Uh4tchWg6cOWFOXReMYLoDlEjYS+/FjvtGbHtL7Q7vI7M3p7GVe6i839Q3vpu9tbrf13AoWHhLsn7KQ59bMfivX8PVNuejd5LrFbML8V1maeSdNtbZbCdkhCd8U4KE8l+37G/Lxu8l3g9WU0dqQPO9EeVsWpiWsbXXplrTfHB6cuz3x9q/vyIf3//r493aR6tJeLwprjTWdbnOvsfqiyHQbeI3M8np4v9llqyorq1ZwryirJUQ4cMrlQueyBlk8VZXFf12M2qLK9EUHS9//ZNL9mG9QdgCS3XUAdAAnS4ioVugbmGzKpcyKRfusQ5D2BTiyuV45PQBIy3WlnRXqldXw5P27j14Xs+59VpxW5TlQ1Z7bTO3X9MDXL7R2MHFaVs0RLuHApTXvBJO3ADkjJitbGLdhBw7sgBxvTi/Z7IUx7ZqHBeH7BYH4f1VCeoLQuXSuOiBMNHDZhMiWyy5mzk637zfMriR4b8xMHNOsR6VDesUPoleyX68tSB5XSfgHVBrQ7IA6ItivzqvTX50Il232davu10fQ/frsgitGqfCAUh87AMhkMfuQl0eiQbD92r3ObG5m/wblDsrC9ys2RuVDap0B2KTrPM3yHgsfFkw2FR2A109gyQSTO0PJBI97gMkEl3thyQSfn0GTCXZ3xpMJHveCkwk+9wSU25zuBikT398PUSYY/QymTLC7H6pMMLozqEzwuD+sjJg5YNF5CYWSvYUqG7YOUII5nYdzdvbDkZfQgXW827px7kFdBF2BrL+4Rk1JbcM4IMZXhrBQc5KkQhKjIiWMiikLWVuZteHf10pbifoiDbi1NTNwSKCqcvyigLAg1CSxVBIVKskDXyaUx47OyYwjBsVk1aJo18PpiywHAIES7ZMnKTVhxDRJZWgJS2hIEiFjEkg/8QMa6lAI72yjcWvORV94BiKJeJLE0MKGUUBjGg4GbyEMFFpso6kFzqbKzs9tNSo9sxY8XGna9fFg3KeO/khHP9XKtw9xjbx7+NTGP7Xx/z9tvAMNm/f44XJEIZduF3x0EA2PUCjXYyqKeIupWAweo66Qgqs0pEQmKXySJoLEVigSBT5lSZgmOklRqBvyaD/qdgCq5apZO8jFwK9nL0GpRZpVfWbaAvLIyt565VCzHp7aTXL8dDbtAJTCvQNQxCMHIB02doBvQ5oIExOb6piwSMMSgsUk0kEcmpgJDvpjHMCp2Gv/bpazcNCEM/4W47d/tzEzGgv17Ib3G0t/gMez0fRo7n3JCvdpTzhrpMrdlxdZA0iZZ20Cev3mtw+uL5Ln0AWed1HWj3qL1brpkkQuVZtF20UGlJ179tvKNSIdCqxXKygrtaztsx00fg6EkKrWO7DsZm9L2egLyMXVOrebJq4w9lsLYe5Zp3rLq75yMLJuOokeaTDWDgiNTeU6b0Zue3Qx5tAWV670H4qOtkgxQ03QweCxSH00aRF4gIq/Hg9QxCM8QOLHDh5oEfNUCWLCWBPGWEQkixQxLI40/ExjRVF4EFERHQOEoXh9OFAYsbwJDK82r/5wcBgW6qvwG/iwfdyjgSvSDwJBuAME9nxRNhddxbONQezw+mgw46fgDxOO+PUwAYXZwENAYYhHAYUMwHFAhVYqn3FJkshIwkRiiQokJ4JBG5T6sW+4xARUJKKQ7Q0oaL+gyFns7GxESOluQlS6nqhtCHcedpVTJf8yxR1sIpf1rfa03dGPB7L4IxvEPvxTHznhdj9qt/W7H0U83v24aBnvfm5ExFgAPIUNCYvDiMSMW2JjrvxA2CDyOWr3JzzZX9/3pgVktlfy+o7zlZ8p51H69fZGEY/sjfTPDtqEPJHWB8cIygnTypJEU0bSxI8pDwIB7QHG3sIP/eSovSEscAX9wxgbpdywuTHEI2MjnTM2NlNUCyZ8EoXcQL9rfSJtHBIO8QBrGAO7FmVsV47tNfZ4mPX4Gxyl4zCExRCPNzjORzsDA5oGQvOUBHHsMrAQRHI/JVaH1BcyDZM0wdkcPkXZ/JE3OUrBYUCAIR5PaHAO2mkIqGaSUUUSYxlhNBJESZ0QxX3FWRramPoog4dRsn+Tt9kuS6+34+afbAl272dMdAPvHcFsRPAHNALuhLOeNReygVYgz2dlNetsM5Oz7cnNTm/QDveftVPpT0XZPMuzupm5wa3MivrZp89QZdTu/PyzN599dmdR66Xt/m73Fvx9Np+5z3/phpLPn5+Nxg7MTS13pDuw/s536ClFKd2RAnQ/OmvNOuorDtyZOdaUdMXUw7Qbh8TAtRiYkBhaDAzxuGfHhfQ4RGMZMasSCp8wiGoATyJ1FJFAmzjlVokwxGEirEb3Y2JvsMdPQigFe4OjiMdVLc5BY4OnhoeCulqBJVCYQU8IeSvRJKUBC6TQqVWYxB8HMY/jIwa33d2OB7H2/a7FTl6AxTkOZajecSjikeOQjt455BWch1orkkI2Isz3NbhZcEJD5tKituAdjOOoHx0oHsZGNsjzhocJFJR+w/EOhnhkb6R/duwdS6E0B55SwRJRaojSiU8ETULui5iqAHO8E8OqPgKZHrlUQ2k3WBtDPD7LwXlnx9o8oDryfWIF5A+moXNUPNIkCnSkreER5YhSjfkBF8mh5q+73Io8ykGOmMZc94yWUqm7OuLIHOb24AZ96XhihIMZHD3d952U4+m+79N936f7vne+74tMPhiwH5IPhnicfHDJamcwkwZKpZQS7kdQHQQBJdIoQeLIJCqIUmUZ4v4cD0GSONif6p2dFqP70A+ZgyaYT6YiREZ4urH9dGP76cb2043tB76xjRwhY6B4GCFjiMepAZdKxqkhULGWzDGOlTvHihlJlBtC6wCaGcFZijmU4syP/QNH4O4u+12GJdissMv3vgnhjjftEV5GWbX3Mop4PIXE7YqdgwJGOdM+J6mJYsI4U0QxkxKapDpMooAmIkZ5OYnY/qHY5iqn88ljDlZQyg0jXwzxyNhI5+ycq2P+1wJh7MBn+wdZw+CvNfovvxbmH2VWPObpOkbL4XQd9+8n27kvzksjq6PsKQ5MdMGCj2Y9eFaV5R2uZddrBWDk6rx+DbVaFov2HvTmxGW0yEt493tZfUnz8sr78T/BHlfb	{"order_id": 6, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true, "decomposition": {"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 70, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "waiting"}]}, "fulfilment": {"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "completed"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "completed"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "completed"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "completed"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "completed"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "completed"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "completed"}, {"id": 70, "type": "resource", "spec": "Router", "state": "completed"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "completed"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "completed"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "completed"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "completed"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "completed"}]}, "closure": {"order_id": 6, "products": [1, 2, 3, 4]}}			\N	2	2026-12-06 23:31:24.362521+00	2026-12-06 23:31:24.542115+00	2026-12-06 23:31:24.542118+00	6	\N	\N
51	7	plan_resource_order	6	completed	z1:eJztVk1v3DYQ/SsGz6Yr6oOi9uagLtqiSIs6RQ5BIFDkaCNES25Iyqlr7H/PULvrlZtswqBAigK9SU+jIefNexw+EC2DJKsH4sHdDWbdwp/qjTRrICvyy/fP6e2vf7z4kVwSB+vBmghao/HhkmzdYN0Q7hEz1m3kiJgfZatG6T2CnbPmL4jg5O7gvjUAGjRZBTfBJbFOg2sHfOeXRCplJxPm1/ySDAE2rYd3ZMXit7BfWGodk21B4cu1UuD9xW/WBQSN3MT9Ppv8YCL8w9A5uPjJBHAGwrxXqycVWgc9xiGANTrMDG7wYVA+EtBJo98POrwhqyrLcKUg8VM7bMmql6PHPXvcWLu1Piir43q3L9n1Bbu+jvmsCTFhiyk3WES5+2y4AzU5h3QjzKrmKssQtAbaMMyV5FW2x7TdyMG0C7aQn2nrgwOJ6zzsYi5vJ6cg1nB8nkPJ7ze3tKjLsi7IKawN91v4iEHs/iDH1kybDlzc63PWCFEIkQtG9lxMsamYBXWCbdztYtHOwShjf/x+L9h6pED6txhaKABegaB5xipaZqygAnpOq06psu65zAoxq2PeyFEXym62I4STUGK2uT+qYFoWIClTWtCy6zEfbzrKe15Ak4Ooeh7j5tKTglEX0oEJZGWmcYyiGEaNAFm9IrwsmZRVRyXLMloCz2nTVYIKVvOqknXTF5y8PlQc6YH26BtWN7xqkL7yqmiKui7rPYH4iZf7gtqDjG+DnOkPblivwcWqD1obZvFiSw7+RHL/d+p/2qmxgzAemxldeCDjRfQLQkmSOwo8Kfgk8FRDLC2QQ1dwLhRlvC5oKXRNZVEzqnjXiEr2tWhkkgUEE81ZC/hkCxC4w1rafnBHcZ5MsSAXSUcQ/CMKhwPq1etP855U55H3pOAF74l9WvJeiVpndVbRviklLTXLqcQOUSXzQne1rIum/jLvJUPihTjL++Ekbx/HR1IL0D0GVLAO/3s3gQ9PQEw7mNgk6+6/OyywJ0Nu/JP59Mkh9PcD5LwrFy7b7b6kgn9xQiaoL6nbR/UlBS/Ul6jWJ67Pu6LoO0aBF/gLFxlt8pJTEFmPxwaIstNJ6iuLmp9VHxj9lWPvHzk8paZHh6cELzhO7MmS46SrURLH4jzF21GaR3fv59LVjdE/28F8Q+qTSj1Sn3hlPMk7rVUL6lNIrRg7z+rNNxRuvNxb+xXT208d3p/iqXVco9tuTDvPTb+vfrHIM/z20rq3/Wjfk90HDvFgwg==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 62, "upstream": {}, "resource": {"resource_id": "RES-374473", "resource_type": "Access Port", "serial_number": "SN1988388281", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.397604+00	2026-12-06 23:31:24.419772+00	2026-12-06 23:31:24.419774+00	2	\N	1
52	7	plan_resource_order	6	completed	z1:eJztVt1v2zYQ/1cCPlsZRYn68FuKpWiHoRuWDn0oCoEiTy5RmXRJKl0W+H/f0bYSdatXFgM6FOibdDryeL8PHe+JEkGQ9T3x4G612XTwh3wrzAbImvz844vs5pffXz4jK+Jgo62JQWsUPqzIzmnrdLjDmLFuK0aM+VF0chTeY7B31vwJMTi5W7jrDIACRdbBTbAi1ilwncb3akWElHYy4fDKVkQH2HYe3pN1Hr+FY2GhVNxsBxJfnv96W15cKeUAa62IEdt44CeT1wYjF0917+DiuQngDITDYa2aZOgcDJiHAWzS4dbgtA9a+ohAL4z6oFV4S9acUiwVBH7q9I6sBzF6PLTHk3U764O0Kta7eZVfXeRXV3E/a0LcsMMtt9hFuf/XdAdycg7xxnDO20tKMWgNdEEfOmGcHmPKboU23QKuckWmnQ8OBNa538e9vJ2chNjD/HxIJb9d32RVyeqiJo9pXbjbwT8hRP61GDszbXtw8bAv8ooWjBecVeQIxhRpxXRUChK538eunYNRRIb88TBIPmIg/LvIWNsjs0WVNVz1WVkBz/q66jPZUMlUW5W0oQd9SBnPcFKGtNvdCOFRKnG3A0GD4ECLWmaDaHhWioJlLWOQyVa1HPqasqaMeYfek5JRGMKBCWRtpnGMqtAjAoJye036oeGUVyKrOGuyMq4VBcisUDmVvKmGQuTkzanjCA90s3Pyuq142zZNeVm0JWv5ET84shf76U46vgnCRX0GpzcbcLHpk9b0QbzIyMmgiO13q37bVo0UwjizGW14AuNl9AuGkiQ3Czwp+VHgqYZYWqAq+rqUtM4UbVtcgrs3vBHZABKEKHgPrE+yQFHU7KwHfLIHCNxiL92g3azOR1cswEXQMQj+IQqnH9TrN5/GPanPGfek5AXuiTwtcW9pWdMGqWrlUGb4mwQs0dKsKZlsiqoX0MjP414ySnHtWdxPf/LuYX4kUYDuMSCDdbju/QQ+fBTEbbWJJFl398OpwBEMsfUfDahPT6G//0LO23Jhs/3+czL4P2dkgv6S+J71l5S80F+iXpf6k2VeMcbKrGYDDm4uCizWt1lNJa4XDa1ySNNfw8uz+gOjvnDy/RePJ/U0Y5yUvMA4kZMlxkmXoxSM84Kev1/sRmEeDH4cTZfXRv1ktfmK2Cf1OmOfeGt8wD6RqwX2Sajy6vzEuv6Kyo0XfGu/YID7qccrVLxRzzX63dZ0h9Hpj90vijzBb6+sezeM9gPZ/wXL6WVg	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 64, "upstream": {}, "resource": {"resource_id": "RES-642737", "resource_type": "IPv4 Address", "serial_number": "SN1603253526", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.397605+00	2026-12-06 23:31:24.420408+00	2026-12-06 23:31:24.42041+00	2	\N	2
53	7	plan_resource_order	6	completed	z1:eJztVktv2zgQ/isBz2ZW1IOifEvRANvFoltsuuihKASKHHmFyKRLUWmzgf/7DiXbUYoaZVEgvfRiSMPxDL/HiHwgWnpJ1g9kAHfXmU0Nn9W/0myArMmfL1/Tm7/+efs7WREHm86aELRG48OK7FxnXefvMWas28oeY0Mva9XLYcBg46z5D0JwdHdwXxsADZqsvRthRazT4OoO3/mKSKXsaPz0mq5I52FbD/BxepHKz42l1qHYDhS+vHpzl1+86K26xZiR27DdGy99py5evTkt7JzVo/K1gxbXMYDQHBYE1w2Yirt82GNJ7Ffv7OCV1VOdd+zqgl1dTajV6BzSgmGWXCYJxqyB2ndTx7SYQ9puZWfqBaZyRcbd4B3I7dzEwWBHpyBQfXyeUsnf1zdU8DxjGXlMq/39Dr7EiRJ1sq/NuG3AhY2+ZmkhRJmlXIRlxD8G5rEIiolc77Gxss5BLwOJB7yoj6+9HG6DSKVgqlWcZhVjNK94Q6Uo8KdlvJWyavKCTRIqBUHVWTxlt7se/KOaoVqoTlrIZVuUgrKqbGnOEqCyEg1tecIUlE2i2zTkTcijklFF6cB4sjZj3wcJu15jgKzfE5bmgiulqYK0DAU0bbJMUiULnuSca5kx8uGAONAD9dHcrKx4UVVC5JdZlYuEVzOBuMTzGVB98Br6ynnch3fdZgMuoG5lPyDszqCVDEpyGCIk99c4PcM4BZ6hP1IeRuWw57fB1RiKMsbRhlHJjzaMte3SqEVTppJlLRWibWheFBkVsmhpKxMmcpVkKUvjjJpX2VmjDtFGJXCHWOq2c0cLPVp3QS6SjkEYTlE4fEbef/g671E4j7xHJS94j9TpCe8ZFxkIoCUvK5rLJqGyZA2t0qLKkoKJRjXf5j1PE17w9Czvh+9tffrGR0mgrDGgvHX4v48jDP5JEMt2Johk3f1vhwYzGXI7PDlEvnZSfDnl50dyMWT7/bdM8PNOsRjvxWh98l5M8sJ7kV5deg89WSSFAqpli3bNGaeygYJqXQhQvAQldZT3yoSdtR4Y/Z0n04+MdxSkI8VRyUuK4yRZUhx1e4miGBPPcrzrpTnN9nwqXV4b/YftzDNyH4X1yH3kte7EfaRWC+6jWC3Pcnr9jL4Nt29rv+PkHsYGrzrhwnvs0ey2pp7OzGHGvmjyAtfeWXfb9vYT2f8PFFYl4w==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 67, "upstream": {}, "resource": {"resource_id": "RES-864313", "resource_type": "IPv4 Block", "serial_number": "SN1258873268", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.397605+00	2026-12-06 23:31:24.421138+00	2026-12-06 23:31:24.421141+00	2	\N	3
54	7	plan_resource_order	6	completed	z1:eJztVk2P2zYQ/SsBz+ZWEqkv37bIAkXRpkA2RQ5BIFDkyCUikw5JbboN/N87tC1bG8QIgwLbS27icDTDee8Nh5+JEkGQ9WfiwT1os+ngb/mXMBsga/Lby1f0/o8/3/xCVsTBRlsTjdYo/FiRndPW6fCINmPdVoxo86Po5Ci8R2PvrPkHonFyD/DYGQAFiqyDm2BFrFPgOo3rakWElHYy4bAsVkQH2HYePpI1i3vhmFgoFYPtQOLitZ0COFwbsY1H/V0YsQH14mzfOasmGToHA26jAatyGAuc9kFLH0v+pAd9PM8eA2PWbmd9kFbFiPdv89sX+e3toXY5OYfgoDkvb7IMbdZAF/QhNz+ZlN0KbbpLZXW2ItPOBwdii/n2MZK3k5MQs8/fB1fy+u6esrzIioJc3LrwuINltUiSFmNnpm2PazzkK5azpmxzxpq4HUSYIvYYAOlEtPeYVFrnYBQRRn88BjIUuiD8B3QdMmCyGQZacugpr9qW9u1Q0ko2PCv6queKHUiUEiKvR/qk3e5GCBc+Y7QDqKrOmejzngpWM8qzStK2zzgt+6pkCmDgDY9+h6qTnJFM4cAEsjbTOEYm9ajQQNbvSN0Psim4orztBQZoa9orwWklGlbLEmO3JXl/qjjCA90s77xuq7Jtm4bfsLbkeXnED3cqfqynO4ntPggX8BjB6c0GXCx6EKPHqrVBXgwycuoixPZHPz1bP0W0YZyBj71yOv2bKG00Jalj1mKS80WLqdpdqrWpJR8qNtAaW4xypnLaMFXRbChEVdS86eWQptayra/K1SfLlcAD1tIN2s1Cugh4AS6CjkbwZyuc7pJ377+Oe1KdM+5JzgvcE3l6gvsgmjzLBBVDVuIvZU8xaEHzRlYliIIPefZt3HmRlxWvruJ+unS78yWfRIG0xoAM1uF/Hyfw4YkRw2oTSbLu8adTgiMYYuufTJEvR8WXfX69HRdXx37/LQH8PyMsRXMpHJ81l+K80FyiRpeaY3WbZUy1OFIrnKtNUdAGSqCsb+omVzxvmEzSXJXX13sdjPrOwfRf+jqpphnjJOclxmmcLDFOerskYVxdb+vdKMy5p4/T6ObOqF+tNs8IfVKpM/SJb7oz9IlULaBPArXN+VVU755RuPHhbe13zGw/9fjeie/dOUe/25ruMC39sfpFkp9x7611H4bRfiL7fwEBtyem	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 70, "upstream": {}, "resource": {"resource_id": "RES-312022", "resource_type": "Router", "serial_number": "SN3138591338", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.397606+00	2026-12-06 23:31:24.421973+00	2026-12-06 23:31:24.421975+00	2	\N	4
55	7	plan_resource_order	6	completed	z1:eJztVk2P2zYQ/SsBz+ZW3yJ926ILtEWRAvUWOQSBQJEjh4hMOhS17Xbh/96hZK2VIkYYBNhcejHM4WiG894bDp+IEl6Q7RMZwD1os2/gb/lemD2QLfntp9d09/uf9z+TDXGw19YEozUK/2zI0WnrtH9Em7HuIHq0Db1oZC+GAY2ts+YfCMbRPcBjYwAUKLL1boQNsU6BazSuqw0RUtrR+GmZbYj2cGgG+Ei2Rdjzc2KhVAh2BImLe5DvjZZamFe73nrcMOIQzvyLGbzoezF9FA5p1Sh946DDTTRgcQ5DgtOD1xLP+XTCoJixOdrBS6tCkN2b9PZVens71S1H5xAYNCc3SYIma6DxesqW8nK2KXsQ2jSXqup8Q8bj4B2Iw5zEwWBHJyGAvfyfXMkfdzvK05IlObm4Nf7xCJ+tFJnSom/MeGjBhdO+5nma8Dyp8iJse+HHQABGQk4R8hNml9Y5mGE5F400+caL4QO6FnWG2TtBS+ApLYoip21bA826pOKJUJBWcmJSSgjkzhxKezj24C+khmghOpKWAMvzimYJz2iRQkvbrpQ07fKM8zQXFU+D31R+lDNSKRwYT7Zm7PvAo+4VGsj2LUFZKZalkso2ZbQomaSsbqdlVZcy50VSknfnigM80CwaT2telZwzVtzkvORFVc4A4lZVzAU1Z8ntvHABfu/0fg8uVN2JfsCytUE9GaTk3EsI7v9d9SJdFZCGfgE9dMz5wPdB19NuhDQWIUY5X4QYK9y1VKEuu1zWnNYMalqA6iiTkNKkrWvJZV0xBnFSZay+KtUhWqoEHrCWptNuEdFFvCtwEXQ0wvBshfNF8vbd53GPqnPBPcp5hXskT2vcZVJDImRKa94WtOAqo4zhTwJV3WZMJargX8a9yLKsSq/Cfr5wm+ebPooBaY0B6a3D7z6OMPhPjBhWm8CRdY8/nBPMWIjD8MkouTov/tvr19tydX2cTl8SwnceaBEijCJ9EWGU80qEkaJdi7Biou0SkdG06lr8hOVUJJnA+6LkJRM1jt0iSoSIDLuqQjDqK6fUtzR6VE0LxlHOK4wjOVljHPWSicK4zKqrGB97YZ7bfJ5PN3dG/Wq1eUHso2pdsI984j1jH8nVCvsoVGuWX0X17gWVGx7k1n7FFB/GFp894fm75GiPB9NM83OYq18l+RH33lj3oevtX+T0Lz8jLu8=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 73, "upstream": {}, "resource": {"resource_id": "RES-915803", "resource_type": "Technician Slot", "serial_number": "SN9310930634", "status": "reserved"}}			\N	\N	2026-12-06 23:31:24.397606+00	2026-12-06 23:31:24.422633+00	2026-12-06 23:31:24.422635+00	2	\N	5
59	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SsGz0tbEqkP+uakBpqiSIM6bQ5BIFDkaCtES25IaVvX2P/eobSy1cLbMijgU27icHY+3rw33Aei5SDJ9QPx4A6d2dbwh/pNmi2Qa/Ljd2/p3U+/vP+ebIiDbWdNMFqj8WND9q6zrhvu0Was28kebb6Xteql92hsnDV/QjCO7gD3tQHQoMn14EbYEOs0uLrDc7EhUik7mmE6ZhvSDbCrPXyZDlINc2KpdQi2B4WHN+8uXltjAC8PoYYNMXIXar4b5NCpC7x/1Vv1earT6lENtYMW79GA/TmMCq7z6IqlPhwxLiat99YPyuopzof05iK9uZlaV6NziA2a0+QySdBmDdRDN2XM8tmk7U52pl41Vj327sCP/YDODqQO1Y57P+D3LiD/5t2Bn6rFE7ra0SlYf0/hyM+3d7QqOEvZVNTparjfwwTIY5BNmGUn+9qMuwZcaOZtmuVVVbKsqMI1YjT6qZowdRzK8XjczAyYE58+57x3v76mGU9FGrrEUYH3iJQL7WyBJlfZFQtRu32NI8KQfsYpLZLLLC0v0zRb5wzzPAAJCZV1DnoZ5nuaAlJnqAfpEQnCigQyqVLK0qSgvCwFFazKqdSQpUwUMpV8YtdU0cIrZXf7HoYnooVoIToplKzatiwpE01KORNARVm1VDYaGsU0a0UT/Kaeo5yRW9KBQSDM2PeBWF2PACBZPxLJVaKgSSiHssLqdUsrkZS0yGUJnItWME4+nToO4EC96C4tRZELUVX8kvNKiHxGD28KPvdTn1SAZMcxoM112y240HQre49ddwb5bZADJ3kjtt+E/k3oQeiBCtAvrAhRT4i+D7pDUxR1F6FEOT8JJVZYaynlOi/LKisoSoJRLqqGNoprWkLVKMmEzpiMkZJIeF6e1ZKP1hKBA/ZSt51bWP6krhW4OHo0gn+0wmnRffz0PO5RfS64RzmvcI+c0xp3kLyVhS4o0yFFXjIq2iqjJc+AC8YSAIjAvRCpSKqzuE/vQfjt8vxEjUDNO8E6VNyXEfzwNyOGxWVw6DwCjnK+WnLMgMidX71xz+6Yf+6i8zvjP7bpMytoVuC/0eXlX+IIdkaxYWFnlPOKnZFsXrOzzHRScshpwpikPEFWV1zklOuyhQJUkSRZFDsznvCz7ASjv/J9/T8bIKqnBeMo5xXGkTNZYxz1FywKY5Gc/xez76VZ1D+/qpe3Rv9gO/OC0Ee1ukAf+df0EfrIUa2gjwGVpWV2FtTbFyQu2py1X/G6+7HB/RzW15Kj2e9MPb2rfu5+leQV3n2w7nPb29/J8S+R+5Gw	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 68, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-864313", "resource_type": "IPv4 Block", "serial_number": "SN1258873268", "status": "reserved"}}}, "service": {"service_id": "SVC-241910", "access_port": "ge-0/2/38", "ip_address": "10.160.217.112", "status": "active"}}			\N	\N	2026-12-06 23:31:24.450783+00	2026-12-06 23:31:24.469602+00	2026-12-06 23:31:24.469605+00	2	\N	2
60	9	plan_service_order	6	completed	z1:eJztVktv3DYQ/isGz8u1qAcl+eamBoqiTYNs2hyCQKDI4VaIltyQklM38H/vUFqtlSJ2GRTwKdiLNDM7j2++mdFnosQgyNVn4sHddmbfwF/yT2H2QK7ILz++pLvffn/zE9kQB/vOmiC0RuHDhhxdZ1033KHMWHcQPcp8LxrZC+9R2Dpr/oYgHN0t3DUGQIEiV4MbYUOsU+CaDt/5hggp7WiG6TXdkG6AQ+PhI7nKgm6YAwulgrMjSHx58erm4pWzt51HJaaNGiMOIelfhRF7UBev7TiAm/K0apRD40CjGgVYn0Ov4Do/dNKH4j91upszu8cQGL85Wj9Iq4LH3Vt2fcGurycU5OhciHdFWLFNEpRZA83QTbHzk0jZg+hM81Bjyc4wOPBjP6CxA6Hu0Hg8+gGfDyGPU9L4hGZ2dBLWz5Mr8vpmRzOWJmk6JXRSDXfHkMG5amxnJ/rGjIc2OCS7lxnLqqJmWVYF9SCG0U9ZhMZjX+7v7zczCeagp8c55u6PF5TnCc9zMnULvEeEXChjDzS5TC4zjpru2GCX0GXwzJIty/MtT7c5X0cMDb0FEsJJ6xz0IjQ4tAElyJ2hGYT/EAgElVayYLRNqpLmGmra1lrROitEqlktSqYnek35LMSS9nDsYXhgWvA2NblNtGqztqKyLAuaS82oKIFTkWeM66zKsjYLdlPFUcZILuHAIAxm7PvArK7H8pGt7wigXQUMKECe0jypFDpoJS2lZJkuC1awhLw/VRzAgWYZPFbWvKjrqsq3eV4XPM1m+FDF87mg5jQHu0FgF1Dmuv0eXKhai95j2Z1BIhikwGnAEdzvo/591E+jHtgA/UKM4PGE6ZsweyiKou8yLFHGD8MSO1zrccrqQkvdKsq5YDRPK0kFLxNaMom/Uoi2hKhx4kmRPjpOPnqcCNxiLY3u3EL0hwFbgYstRyH4sxROy+7d+6/jHlXngnuU8Qr3yD6tcS+1LnghSyoLrWleYIhWFRlVGRRlkQjZchmBO6+rsnwc9+kmhP8uByiqBdIaA3KwDift4wh++EKIbo+rtXG5xJgBEQe/unJfXzP/3kePL4v/2KhPr6F5Gp+iznPf5QieRvFi4WmU8Yqnkbz+4tzWGa9zltKEa1wplS6pSPKWtq1QXDGZFHnMueV1/cS1BaO+8db+n1UQVdJ5BccYryCObMka4qjvsSiIefUoxMdemGULzFd1e2PUz7Yzz4h8VKXnL8W4z9SHJRzXqRXyUZjW2eOg3jwjb1HmrP2GK+/HFvd0WF1LjPZ4MM10X/1c/SrID6h7a90H3dtP5P4fW0ykYA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 71, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-312022", "resource_type": "Router", "serial_number": "SN3138591338", "status": "reserved"}}}, "service": {"service_id": "SVC-640644", "access_port": "ge-0/0/36", "ip_address": "10.144.62.46", "status": "active"}}			\N	\N	2026-12-06 23:31:24.450784+00	2026-12-06 23:31:24.470425+00	2026-12-06 23:31:24.470428+00	2	\N	3
56	4	plan_field_visit	6	completed	z1:eJztWU1v3DYQ/SuGzkuHFElR9C1BHbRF4AC1mxyCQOCnLUQrbSjtpq7h/56hdrWWizjmwoZ7aAEftMPRUPPem+GHbzKrBpWd3GS9C5u6vazcX+ZKtZcuO8ne/XKGzt//efFrtsiCu6y7Nhq71sLDIluFugv1cA22tgtL1YCtb1RlGtX3YNSha/920bgOG3ddtc5ZZ7OTIazdIuuCdaGq4XexyJQx3bodxp/5IqsHt6x69zU7YXFs2E6srI3BVs7Aj7e1a+zRh7qvBzC2ahm/97e2H1TTqPGF+IGdXZuhCs7DIBggsQDhXKj7oTbwjTe3EBBmq1ZdP5jOxiDnH8nrI/L69ZizWYcAoIAZH2MMpq511VCPsxHJtzbbLVXdVncZCfjs9aofglPLCO2FM1dtbWrVHp033RBNwfXdOhg3fx7fzf44PUeS8BLT8Qt2Q8P1Ks75z0iLSFutmqpdL7UL8fPPJCVYUlxQFocHNawjGxAJCAb8b29v95SAcd0M46iy1zOqusHBS+26afY2EAXQV3WbOM1N9sVF4u/HuQ8FBPhU0EXBF0W5EOQzTLsZ+YK3x4dtvm/PPyCOsSAc3nftZQ06iYm8c+7oYwfYL6JEY/I5zgtEcvgblRaBzAg9wRgRcTIysc+2N1fOrpuYbuRsqLYwwcj7swuSU8YLAf71VjDzfMHfdCG4rYp2GgFFD9Wg+i8QgLKcE1EIRHyJEROyRBLbAmliSWm8tZ7LEUljXKyDrdxNt1w1brjTf4wWo2ceC0q1kigXniPmlUeldhhpKXWJc+Jyj6PfCFaSMyhfBdcOE4Hmqm4sGICPTBAtiFQFwqWziFmhkMacIyW0x1zkxnOffd5lHOF01dQOiJAFl7Is2THLRc7EFm8YKdg2n2pXnOeDClENQ6gvL12ISXvV9C4CDtXXgl53Xed28X//+e/1n8i6ayYBxNA7AC9iiYEpSaVTTSQ539VEag3Nq8ZoXxBcEsSNlogZqPnSwoycaVkqmXOpdVLVUPxw1fTJVZO5DaRS+TpMer6roxm2oIHYOfu91e1a2qfPP4Y9Kc0J9iTnGeyJNM1hhwEmnfdIC80Q08ohnVOYgnLsnBKWYpMEO5M5eRj3bXu4hMFv6vrAtvUUuJPSm+BOcp7BnUjPHO6cKE9M9NGwnjFY36AwBEdFYaQ3EmYf203OrcC08IgKDQugKzmSuTJIc8+Md7n2giSxwmkpH2MldsfjN9CcrQrXp1H256umPnRxeQpLSahMLCVCuGcpkdU5S9hJSgtGEWbYI5YzjkpCDbDBDRceW1zEV0qFNcaEIeuYgXLLocE5KxG1lDBTClVA83+cJUYE+VnPumPpWSg5YGOayF6KWPfspTg/ib0kwBkr9oDnvPgh4pBl3I6/YB0k6W5CMlGkeyQT6+ZAJEteHt5ffu/q9gVhTarTCdYk5yfBmkmeY0O5RNh4CuuG0whMoG6aOyaoIsqIpL4hac4eQx828s/TN9KwTsptwjrJeYZ1IjdzrJWVtGQFQQTGIXCpUTQhq/Iy15J4qlL2N5xh/vD2Bk4hm9q6agt52v7SdG3rzNAFaMRf164f7hkhKJw1gno1hR5fG6FQy7GL3ztc/fimYKOatds3+O2ZIGVlePo1RJpWkriZtJLkPNNKorbmWoFzistzCjG1glc0jTcOwiPrKS8NKWxZphzcBZaE/aQud/cm1WZ3sn0Osfh4Vq7G871xr6Yp7gnmJ4fgb134cne2Pnp/dpHdO70nSOffuHZKU1kSq5PKkpxnKktU5VxlEAZClh4RkjvEcMmQLHyBPFew97GFlwQ/rjKOZSke3tpPt25d+zz7+IMv+FKW5RQg9styivOMmEQi791AMA/RCoFE3J8yqQkqpRXIUCGYKQQgXyQRA88Plz/sKV9wOU7KaX/dkOI8X47TOJljnHSz+zjGBGPKH16OG9VW2444dqPj09a+8JYzKc8J98Tr7rt7hzSeDtnJR0QL9vBW/vQFVQu20HUHXCP2aw3bpPivgGkOvVq21XiD12+zn03yBsY+woLnm+5bdvsdl5eMiA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-915803", "resource_type": "Technician Slot", "serial_number": "SN9310930634", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [63, 65, 68, 71]}, "visit": {"visit_id": "FSV-500715", "engineer": "Lee Wong", "date": "2026-12-12", "slot": "13:00-17:00", "status": "scheduled"}, "ont_serial": "ONT1234567", "install_notes": null}			\N	\N	2026-12-06 23:31:24.429183+00	2026-12-06 23:31:24.510556+00	2026-12-06 23:31:24.51056+00	5	\N	\N
61	6	plan_product_order	6	completed	z1:eJztVk1v3DYQ/SsGz+ZalKgP7s1OU9SF0QZw2hyCQKDI0UaIltxQlFPX8H/vULuy5cJrMC0QFEVOkoaj4cybN4+8I1p6SdZ3ZAB305lNDX+oj9JsgKzJ1Q+/0Otff3v7EzklDjadNcFojcaXU7JznXWdv0WbsW4re7QNvaxVL4cBjY2z5k8IxtHdwG1tADRosvZuhFNinQZXd/hdnBKplB2Nnz7TU9J52NYDfCZrFtb8fmOpdQi2A4UfP3aNg5NL48EZ8CdvnNWj8rhu5DakfjEOnYFhOHnqOKU9udYOWvRDA5brcBNw3eA7NQQsGmn0l077j2SdJwlu6iUu1d2OrFvZD5j+gDnWOzt4ZXXY7/odOz9h5+chnjU+BKwx5Bbr4fcvujtQo3OIPJpZLlZJgkZroPbdVEmaJ3ubtlvZmXoBHCI37gbvQG5D1udKhYqvsPCHhqrl6/QXuf79FU1FwtKUTMjjP5ia87i0AZqcpWcsbNftakTcwdRLlqzQf8WK8ORkj8gYVkJ7boDcY5GXb05eWWMgWCZevJwDTzmfCnsmh+QsS5/LAbFgolylz2aAKTRd309Q3s2v9USmadOLyyvKuBAiO1S+5NyBFi9SJ7pVz6GjrHPQy0DmwDG04JwgSeTwCR2LlOVVmjS0arSkPFcFlSoXVBWa5ZK3XOVT4HHCah4iZbe7HvzjVIVoewYLVjZVk2OopKS8hJyKSnGsn4lCN1JImKZ+AibKGSGSDgwiZMa+D2PT9dganMz3pMkKyfKioSJrBOVSprRqeUvLMmk1MAZ5lpAPh4oDOFDPIsNKUeRCVBVf8VJUPC338OFSwfcF1YeZv/bShTZ412024ELVh2nsph7Jvj6IGYL7Xda+y9r/RNYCm6Gfie1vd3Bgw9ugHUH1YsbvYdhjnB+HPVYclnKQpploRVZQxcIvumypKKqEVlqXusllhVIXJwciL47KwRAtBwRusJa67dw8qI8CsQAXWYdGGB6scBDr9x+exz2qzhn3KOcl7nF9WuLOdMlAi5ZCIlLK24zTRrYlraQULU5Gy3gTgbvgiWBHYZ94GX6dz9qoDqj9BFmHAvV5hME/MYZy99HO5vB7KOR2Eq5/cFb/TV8j5Wg/bC8x4798xYigbBRFZspGOS8oG0nxJ5RVCaRcF5QzrSgvAKhsi5ZmjSohE02eqzyKsixnx6UCjP7Ke8O/kYWomh4wjnFeYBzZkyXGUXfLGIzTJM+PYrzrpannW8h0mq9eG/2z7cw3hD6q1Bn6yDv3I/RxrVpAHwVqlh0X29ffkLhoc9Z+xZE/jA32O1xy5j2a3dbU02E77KtfbHKBa++s+9T29gu5/wtouiNK	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 66, "upstream": {"Access Line": {"service": {"service_id": "SVC-290122", "access_port": "ge-0/2/10", "ip_address": "10.122.160.124", "status": "active"}}, "IP Connectivity": {"service": {"service_id": "SVC-424400", "access_port": "ge-0/0/32", "ip_address": "10.150.197.2", "status": "active"}}}, "billing": {"billing_item_id": "BIL-1499932", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}			\N	\N	2026-12-06 23:31:24.482774+00	2026-12-06 23:31:24.494553+00	2026-12-06 23:31:24.494555+00	2	\N	0
62	6	plan_product_order	6	completed	z1:eJztllFv2zYQx79KwGfTEUVZpPKWdAXWodgKpFsfikKgyJMnRCZdSvKWBfnuO9JWo671wGBAMWB7k44nkve7/5/UAzFqVOTqgQzgD53d1vC7/lXZLZAr8vq7H+ntTz+//Z6siIdt52wIOmvwYUX2vnO+G+8xZp3fqR5jQ69q3athwGDjnf0DQnDyB7ivLYABQ65GP8GKOG/A1x2+lyuitHaTHeNrviLdCLt6gI/xRenxuLAyJky2B40vt6MaO33x6s3FG+/MpEccsmoHnw3d9E7fxZ3GlNpDi+MYwAo9zgu+GzAVN/vwiDPjsvXeDaN2Js7zjl1fsOvrWLyevEc6GGbZOssw5izUYxdXzDfHkHE71dl6UVq1ItN+GD2oXWCMe3rhrAUs6RDJnbBrWDzGL8ntLy9oXrCKhYmRDwwDbs6POLQFml3ml1ziSLevkYuHSBy3xspsnTOxZiwPsBDFFEYCxAOQx0ess+n6PpbyMD/WEXhc9ubVayqzShblhnzRlxPHrzJORPTljrAbznvoVWjzqRWooLEe1XCHiZWWhumqpUYKTgtgQGVbclq1pWmBS9CGR5FFRrO8tNvtexif9BZmC7MT3oos44LRHJqcFk2maaOhpSXfcMUbznTBQl7EkZSMYJQHi1zs1PdBXV2PLUHNvicCoDVCaSqYKGmhN5w2EIoRVVlyJRQwRT6cKg5woJ7txzBlU1VSFutCZmUh+REfDpXFsaD6yQ0+OGD03XYLPlTdqn7AsjuLKreqr082R7j/G/4/ZfjQcejn5o/3ezhhexv8haEkic6GSEp+MkSqgZaWKQvBTCYFLrFRtFBc0oa1aP3cSLXRhWqNTLNMJcqzlhmSLUPggLXUbednMT+ZaAEX+45BGD5F4XSgvf/wde5Jdc7ck5IX3BP7tOTetjnatcTsTGS0kA2jDU5OAVFuwOS6EFUC9woPKibPco/CDN/O11BSC/TRRM6jpT9OMIyfBcPZc5ztcp7+yELt4pH/jGvsL4dP0jlw9NjfCeLfd+cm6DNJD7M+k5IX+kzU81KfqskzrpqGSi7wKBE8o7JpNpSLLDdG5aLMIU2f4rw8wZpn3qP/5AhIKmlGnJS8QJzYkiXipH+tFMRVnp8/eve9svV8Rce7c/3Smh9cZ78h+qRSZ/SJ/6Cf0Ce2aoE+CWpxXrcvv6FuMeade8btPkwNtjv80cxrNPudreO9OhyLXyxyg2PvnL9re/cbefwTn/SNLQ==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 69, "upstream": {"IP Connectivity": {"service": {"service_id": "SVC-241910", "access_port": "ge-0/2/38", "ip_address": "10.160.217.112", "status": "active"}}}, "billing": {"billing_item_id": "BIL-8098465", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}			\N	\N	2026-12-06 23:31:24.482777+00	2026-12-06 23:31:24.495297+00	2026-12-06 23:31:24.4953+00	2	\N	1
63	6	plan_product_order	6	completed	z1:eJztlk1v3DYQhv+KwfNyrQ+KknxzUgNtkbZBnTaHIBBIargVoiU3FLWpG/i/d6iVbKXOFgwKBAXamzRDcTjPvMPRR9IKL8jVRzKAO3Zm18Dv6jdhdkCuyItvfqS3P/3y6luyIQ52nTXBaE2LDxtycJ11nb9Dm7FuL3q0Db1oVC+GAY3SWfMHBOPojnDXGIAWWnLl3QgbYl0LrunwnW+IUMqOxk+v2YZ0HvbNAO/JVR58/hRYtG3Y7AAKX34QRuygvfjZjh7cxUtn21F59Buxhyf+6bTTisaBRjcaMEuHe4PrBt+pISD40OnudL57DISnaA528Mq2Ycfb1+n1RXp9PbFQo3MIC81psU0StFkDje+m2Gw2tXYvOtM8ZlpibuNh8A7EPsR7/vImnPzYDZjhtN1cBgWrx+lTcvvrc8pZwhkjEy8YBjyd8+jaAU0uk8uco6c7NMjJwVSBNNmmjG15tmXBN3jhx2APSI9A7u8xTdn1/Rx6fmwm/FPQZ9+9oEldZRkryJMqzUQ/BzsS0NMDYVmsc9CLUPNQE7SgnHzjxfAOF1a6qrMy15TlOqWM5TWtVC0oU3ld1XXRclFOipsALVpTdn/owT+KL+w2VbxSCQOmEppnmaSsZgWtUlFRrlWpEi1lVmRh3UQjajFyEQ4MYjFj3weZdT3WAwX8hlStTBSUgpatxg1SrmnFhaCyKjUkPJOSl+TtnHGAA83Si2lZ86Kuq4ptWZXip8UJH7o4OyXUzK1x64ULneBdt9uBC1lr0Q+YdmewPEb0zdzzCPf/7v8Pd3+oP/SLFPzdAWZ+r0K3oSlKsA/tEbP4sT1i22ndQLqQNaRpRqtCK8pk3dJKQ0lBJ7IQutaiTeIaiCfV2QYaohuIwBFzaXTnFmk/ttQKLpYdjTA8WGG+3t68/Tz3qDwX7lGL19zj6rTm3mYilwUkVOcSr91SYIi8qGgNIAtW8DThEMG9LgrO07PcJ2GGb5eZFFUCZY0B5a3D5n4/wuA/MYab6LTb5bL9iYXYT00fP9P+chNF3QKnFvs7Pfzr5m+EOqPUsKgzavFKnZFqXquzyLVkSVXTjBcoaFlqKmvOqZCK1bwSWZHIKHXiYc6PVTDtFw7Vf3IDROW0MI5avGIcWZNPfl1ifryiGBcsP8v40AvTLLN6mpzbG9N+bzvzFdFHpfow9OJ+SB/QR5ZqhT4KalmfZXrzFXWLNmftFwz3YZRY7vA7s8SQh71pprE6nJJfBXmGvtfWvdO9/UDu/wQ3Apla	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 72, "upstream": {"CPE Provisioning": {"service": {"service_id": "SVC-640644", "access_port": "ge-0/0/36", "ip_address": "10.144.62.46", "status": "active"}}}, "billing": {"billing_item_id": "BIL-0982245", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}			\N	\N	2026-12-06 23:31:24.482777+00	2026-12-06 23:31:24.495941+00	2026-12-06 23:31:24.495943+00	2	\N	2
64	6	plan_product_order	6	completed	z1:eJztVk2P2zYQ/SsLns2tPiiJ8m2DJmiKICmw2+whCASKHDlEZNKhKLfbhf97hrJle5O6ZVAg6CGAYUhDcobz5r0ZPRIlvCDLRzKA22qzauBP+UGYFZAlefXza3r75ve7X8iCOFhpa4LRGoUPC7Jx2jrtH9BmrFuLHm1DLxrZi2FAY+us+QuCcXRbeGgMgAJFlt6NsCDWKXCNxvdyQYSUdjR+es0WRHtYNwN8IksW1vw+sFAqONuAxJeXZvCi70VYu/rNWTVKj6tGrOGL1emm03rjoMNFNGCGDv2C04PXEi/7uEPPGLbZ2MFLq4KT2/v05iq9uZmSl6NziA6ak+skQZM10Hg9RUvrYm9Tdi20aU6pVcWCjJvBOxDrgPELDb26eqsxVHjdPnmYTpAXt29pkSRVWqBDMCuNsLkAO8DVvcUbLELFQtgsyUqaZvibgLc+XCVfJglNq+V0HwTBj6EUg/wAauwR/d2xHA6GsQ9n8HLqYcrII+hOYyGX5M3ruzTLWVFWZIdnWt33U/qP82MzFWm68rOXryivqpIzRr6q5QH7r4sSiekxh8CDLUy3kdY52Ds61A4p5xsvho+4ked5mxYZo0pUOWU1FLRmuaClggJEKivg6cRKKSEQdc9HadebHvyJoMFb8E5YnQjZ1RnmmKaUqaSinOUdbdukK7mETFQQ9k1YRG1GVIQDg6CYse8DHXWv0ECW70hV5nnJoaQ5k+hA1ECFbBXNc9mprihlITLy/pBxAAeaWa9pVZdFXXPOrouUpXnC9/DhUsn2CTUH+dx64YJevNOrFbiQdSf6AdPWBmVhRN8c+sJu8aND/OgQ/9YhAkugnwnjHzZwwPkuaBJNUbSeRRS1+SSiWNGdyyxvc8kg6WiNDYGyFiraAle0yFXOM5UVVZrEyYxnl2U2RMuMwBZzaTrtZgGchHcGLnIl1HY4WuHQBN+9/3vco/KccY/afIZ7ZJ2etLdWlEXBOEX6MspAYTD8px2eFqzOu1TE4J4VZcHyi7hPsyKcnedWVAmkNQaktw6Z/2mEwT8xhn619/bT7H6PhVhPYyJ27n3RraIax15g/8SG/9mEjmBmFBOOHSFm8xkzI5n8hJmqTDOetLSqaxGOdJTnXUcFxybXJsCzSkUxs8rqi8QEo75x6v4X8UeldIQ4ZvO5+ONKcg5x1JdZFMS8Ki9ivOmFaeaBPk3a6+dG/Wq1+Y7QR6U6Qx/5xXqCPq5UZ9DHgMrTsroI6vPvSFy0OWu/YbAPY4v1Dl/zc4x2szbNNFKHffZnQZ7h2r11H7ve/kF2nwFnsavB	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 75, "upstream": {"Field Visit": {"visit": {"visit_id": "FSV-500715", "engineer": "Lee Wong", "date": "2026-12-12", "slot": "13:00-17:00", "status": "scheduled"}, "survey_result": "ready", "ont_serial": "ONT1234567"}}, "billing": {"billing_item_id": "BIL-8776844", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}}			\N	\N	2026-12-06 23:31:24.515686+00	2026-12-06 23:31:24.526149+00	2026-12-06 23:31:24.526153+00	2	\N	\N
\.


--
-- Data for Name: process_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.process_versions (id, process_id, version, name, deployment_id, file_id, executable, not_executable_reason, flavour, spec_json, summary) FROM stdin;
1	change_request	1	Change request	1	20	t		spiff	{"spec": {"name": "change_request", "description": "Change request", "file": "change_request.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "change_request.EndJoin": {"name": "change_request.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end_approved", "end_auto"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["change_request.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["enter_details"], "bpmn_id": "start", "bpmn_name": "Change requested", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "enter_details": {"name": "enter_details", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["start"], "outputs": ["compute_surcharge"], "bpmn_id": "enter_details", "bpmn_name": "Enter technical details", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "technical_details.json"}, "instructionsForEndUser": "Site for customer {{ customer }}: enter the technical details."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "compute_surcharge": {"name": "compute_surcharge", "description": "Script Task", "manual": false, "lookahead": 2, "inputs": ["enter_details"], "outputs": ["classify"], "bpmn_id": "compute_surcharge", "bpmn_name": "Compute surcharge", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "prescript": null, "postscript": null, "script": "surcharge = 50 if cabling_needed else 0\\nsummary = f\\"{bandwidth} Mbps at {site_postcode}\\"", "typename": "ScriptTask"}, "classify": {"name": "classify", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["compute_surcharge"], "outputs": ["needs_approval"], "bpmn_id": "classify", "bpmn_name": "Classify change", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "approval_level"}, "prescript": null, "postscript": null, "decision_ref": "approval_level", "typename": "DecisionTask"}, "needs_approval": {"name": "needs_approval", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["classify"], "outputs": ["end_auto", "approve"], "bpmn_id": "needs_approval", "bpmn_name": "Approval needed?", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "end_auto"}, {"condition": "approval_needed == True", "task_spec": "approve"}], "choice": null, "default_task_spec": "end_auto", "typename": "ExclusiveGateway"}, "approve": {"name": "approve", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["needs_approval"], "outputs": ["end_approved"], "bpmn_id": "approve", "bpmn_name": "Approve change", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "approval.json"}}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "end_approved": {"name": "end_approved", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["approve"], "outputs": ["change_request.EndJoin"], "bpmn_id": "end_approved", "bpmn_name": "Decided", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}, "end_auto": {"name": "end_auto", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["needs_approval"], "outputs": ["change_request.EndJoin"], "bpmn_id": "end_auto", "bpmn_name": "Auto-approved", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Fulfillment agent", "Order approver"], "user_tasks": [{"id": "enter_details", "name": "Enter technical details", "lane": "Fulfillment agent", "form": "technical_details.json"}, {"id": "approve", "name": "Approve change", "lane": "Order approver", "form": "approval.json"}], "decisions": ["approval_level"], "connectors": [], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
2	customer_order	1	Customer order	1	21	t		spiff	{"spec": {"name": "customer_order", "description": "Customer order", "file": "customer_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["order_captured"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "customer_order.EndJoin": {"name": "customer_order.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["order_closed", "order_rejected"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["customer_order.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "order_captured": {"name": "order_captured", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["enrich_site"], "bpmn_id": "order_captured", "bpmn_name": "Order captured", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "enrich_site": {"name": "enrich_site", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["order_captured"], "outputs": ["enrich_customer"], "bpmn_id": "enrich_site", "bpmn_name": "Enrich site", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "enrichment_site"}, "prescript": null, "postscript": null, "decision_ref": "enrichment_site", "typename": "DecisionTask"}, "enrich_customer": {"name": "enrich_customer", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["enrich_site"], "outputs": ["record_enrichment"], "bpmn_id": "enrich_customer", "bpmn_name": "Enrich customer", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "enrichment_customer"}, "prescript": null, "postscript": null, "decision_ref": "enrichment_customer", "typename": "DecisionTask"}, "record_enrichment": {"name": "record_enrichment", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["enrich_customer"], "outputs": ["details_gateway"], "bpmn_id": "record_enrichment", "bpmn_name": "Record enrichment on the order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/record_enrichment", "resultVariable": "enrichment", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "values": {"value": "{'region': region, 'serving_exchange': serving_exchange, 'survey_needed': survey_needed, 'technical_details_needed': technical_details_needed, 'priority': priority, 'sla_class': sla_class}", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/record_enrichment", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "values": {"value": "{'region': region, 'serving_exchange': serving_exchange, 'survey_needed': survey_needed, 'technical_details_needed': technical_details_needed, 'priority': priority, 'sla_class': sla_class}", "type": "any"}}, "result_variable": "enrichment", "typename": "ConnectorTask"}, "details_gateway": {"name": "details_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["record_enrichment"], "outputs": ["details_done", "technical_details"], "bpmn_id": "details_gateway", "bpmn_name": "Technical details needed?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "details_done"}, {"condition": "technical_details_needed", "task_spec": "technical_details"}], "choice": null, "default_task_spec": "details_done", "typename": "ExclusiveGateway"}, "technical_details": {"name": "technical_details", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["details_gateway"], "outputs": ["details_done"], "bpmn_id": "technical_details", "bpmn_name": "Enter technical details", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "order_technical_details.json"}, "instructionsForEndUser": "The site {{ site_postcode }} of order {{ order_id }} ({{ customer }}) is not in a known serving area: enter its serving exchange."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "details_done": {"name": "details_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["technical_details", "details_gateway"], "outputs": ["adjustments_gateway"], "bpmn_id": "details_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "adjustments_gateway"}], "choice": null, "default_task_spec": "adjustments_gateway", "typename": "ExclusiveGateway"}, "adjustments_gateway": {"name": "adjustments_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["details_done"], "outputs": ["adjustments_done", "approve_adjustments"], "bpmn_id": "adjustments_gateway", "bpmn_name": "Discount above the limit?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "adjustments_done"}, {"condition": "requires_approval", "task_spec": "approve_adjustments"}], "choice": null, "default_task_spec": "adjustments_done", "typename": "ExclusiveGateway"}, "approve_adjustments": {"name": "approve_adjustments", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["adjustments_gateway"], "outputs": ["adjustments_decided"], "bpmn_id": "approve_adjustments", "bpmn_name": "Approve price adjustments", "lane": "Order manager", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "approve_adjustments.json"}, "instructionsForEndUser": "Order {{ order_id }} for {{ customer }} carries discounts above the limit: {{ approval_reasons | join(\\"; \\") }}."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "adjustments_decided": {"name": "adjustments_decided", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["approve_adjustments"], "outputs": ["adjustments_done", "reject_order"], "bpmn_id": "adjustments_decided", "bpmn_name": "Discounts approved?", "lane": "Order manager", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "adjustments_done"}, {"condition": "adjustments_decision == 'reject'", "task_spec": "reject_order"}], "choice": null, "default_task_spec": "adjustments_done", "typename": "ExclusiveGateway"}, "adjustments_done": {"name": "adjustments_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["adjustments_decided", "adjustments_gateway"], "outputs": ["classify_approval"], "bpmn_id": "adjustments_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "classify_approval"}], "choice": null, "default_task_spec": "classify_approval", "typename": "ExclusiveGateway"}, "classify_approval": {"name": "classify_approval", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["adjustments_done"], "outputs": ["approval_gateway"], "bpmn_id": "classify_approval", "bpmn_name": "Does the order need approval?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "order_approval"}, "prescript": null, "postscript": null, "decision_ref": "order_approval", "typename": "DecisionTask"}, "approval_gateway": {"name": "approval_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["classify_approval"], "outputs": ["approval_done", "approve_order"], "bpmn_id": "approval_gateway", "bpmn_name": "Approval needed?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "approval_done"}, {"condition": "order_approval_needed", "task_spec": "approve_order"}], "choice": null, "default_task_spec": "approval_done", "typename": "ExclusiveGateway"}, "approve_order": {"name": "approve_order", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["approval_gateway"], "outputs": ["approval_decided"], "bpmn_id": "approve_order", "bpmn_name": "Approve order", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "order_approval.json"}, "instructionsForEndUser": "Order {{ order_id }} for {{ customer }}: {% for item in items %}{{ item.summary }}{{ \\"; \\" if not loop.last }}{% endfor %}. {{ recurring_total }} {{ currency }} a month, site in {{ region }} (exchange {{ serving_exchange }}), priority {{ priority }}."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "approval_decided": {"name": "approval_decided", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["approve_order"], "outputs": ["approval_done", "reject_order"], "bpmn_id": "approval_decided", "bpmn_name": "Approved?", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "approval_done"}, {"condition": "approval_decision == 'reject'", "task_spec": "reject_order"}], "choice": null, "default_task_spec": "approval_done", "typename": "ExclusiveGateway"}, "approval_done": {"name": "approval_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["approval_decided", "approval_gateway"], "outputs": ["decompose"], "bpmn_id": "approval_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "decompose"}], "choice": null, "default_task_spec": "decompose", "typename": "ExclusiveGateway"}, "decompose": {"name": "decompose", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["approval_done"], "outputs": ["await_fulfilment"], "bpmn_id": "decompose", "bpmn_name": "Decompose into domain orders", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/decompose", "resultVariable": "decomposition", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "facts": {"value": "{'serving_exchange': serving_exchange, 'region': region, 'priority': priority, 'sla_class': sla_class, 'survey_needed': survey_needed}", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/decompose", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "facts": {"value": "{'serving_exchange': serving_exchange, 'region': region, 'priority': priority, 'sla_class': sla_class, 'survey_needed': survey_needed}", "type": "any"}}, "result_variable": "decomposition", "typename": "ConnectorTask"}, "await_fulfilment": {"name": "await_fulfilment", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["decompose"], "outputs": ["close_order"], "bpmn_id": "await_fulfilment", "bpmn_name": "Wait for the domain orders", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/await_fulfilment", "resultVariable": "fulfilment", "parameters": {"order_id": {"value": "order_id", "type": "int"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/await_fulfilment", "operation_params": {"order_id": {"value": "order_id", "type": "int"}}, "result_variable": "fulfilment", "typename": "ConnectorTask"}, "close_order": {"name": "close_order", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["await_fulfilment"], "outputs": ["order_closed"], "bpmn_id": "close_order", "bpmn_name": "Close order: inventory, contracts, entitlements", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/close_order", "resultVariable": "closure", "parameters": {"order_id": {"value": "order_id", "type": "int"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/close_order", "operation_params": {"order_id": {"value": "order_id", "type": "int"}}, "result_variable": "closure", "typename": "ConnectorTask"}, "order_closed": {"name": "order_closed", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["close_order"], "outputs": ["customer_order.EndJoin"], "bpmn_id": "order_closed", "bpmn_name": "Order completed", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}, "reject_order": {"name": "reject_order", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["approval_decided", "adjustments_decided"], "outputs": ["order_rejected"], "bpmn_id": "reject_order", "bpmn_name": "Reject order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/reject_order", "resultVariable": "rejection", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "reason": {"value": "approval_reason if approval_decision == 'reject' else adjustments_note", "type": "str"}, "customer_reason": {"value": "customer_reason", "type": "str"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/reject_order", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "reason": {"value": "approval_reason if approval_decision == 'reject' else adjustments_note", "type": "str"}, "customer_reason": {"value": "customer_reason", "type": "str"}}, "result_variable": "rejection", "typename": "ConnectorTask"}, "order_rejected": {"name": "order_rejected", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["reject_order"], "outputs": ["customer_order.EndJoin"], "bpmn_id": "order_rejected", "bpmn_name": "Order rejected", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["order_captured"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order agent", "Fulfillment agent", "Order manager", "Order approver"], "user_tasks": [{"id": "technical_details", "name": "Enter technical details", "lane": "Fulfillment agent", "form": "order_technical_details.json"}, {"id": "approve_adjustments", "name": "Approve price adjustments", "lane": "Order manager", "form": "approve_adjustments.json"}, {"id": "approve_order", "name": "Approve order", "lane": "Order approver", "form": "order_approval.json"}], "decisions": ["enrichment_customer", "enrichment_site", "order_approval"], "connectors": ["ordra/await_fulfilment", "ordra/close_order", "ordra/decompose", "ordra/record_enrichment", "ordra/reject_order"], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
3	customer_request	1	Customer request	1	22	t		spiff	{"spec": {"name": "customer_request", "description": "Customer request", "file": "customer_request.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["request_received"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "customer_request.EndJoin": {"name": "customer_request.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["request_answered"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["customer_request.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "request_received": {"name": "request_received", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["handle_request"], "bpmn_id": "request_received", "bpmn_name": "Customer request received", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "handle_request": {"name": "handle_request", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["request_received"], "outputs": ["settle_request"], "bpmn_id": "handle_request", "bpmn_name": "Handle customer request", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "customer_request_handling.json", "formUiSchemaFilename": "customer_request_handling-uischema.json"}, "instructionsForEndUser": "Customer request ({{ request_kind }}) from {{ customer }} on order {{ order_id }}, which was {{ order_state }} when they asked. Open the order, then choose what happens: the customer is told the outcome that actually happened, with your note."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "settle_request": {"name": "settle_request", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["handle_request"], "outputs": ["request_answered"], "bpmn_id": "settle_request", "bpmn_name": "Settle the request", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/settle_customer_request", "resultVariable": "settlement", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "resolution": {"value": "resolution", "type": "any"}, "note": {"value": "resolution_note", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/settle_customer_request", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "resolution": {"value": "resolution", "type": "any"}, "note": {"value": "resolution_note", "type": "any"}}, "result_variable": "settlement", "typename": "ConnectorTask"}, "request_answered": {"name": "request_answered", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["settle_request"], "outputs": ["customer_request.EndJoin"], "bpmn_id": "request_answered", "bpmn_name": "Request answered", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["request_received"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order agent"], "user_tasks": [{"id": "handle_request", "name": "Handle customer request", "lane": "Order agent", "form": "customer_request_handling.json"}], "decisions": [], "connectors": ["ordra/settle_customer_request"], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
4	plan_field_visit	1	Field visit plan	1	23	t		spiff	{"spec": {"name": "plan_field_visit", "description": "Field visit plan", "file": "plan_field_visit.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_field_visit.EndJoin": {"name": "plan_field_visit.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_field_visit.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["survey_gateway"], "bpmn_id": "start", "bpmn_name": "Field visit ordered", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "survey_gateway": {"name": "survey_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["take_amendment", "start"], "outputs": ["no_survey", "survey_site.BoundaryEventSplit"], "bpmn_id": "survey_gateway", "bpmn_name": "Survey needed?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "no_survey"}, {"condition": "survey_needed", "task_spec": "survey_site.BoundaryEventSplit"}], "choice": null, "default_task_spec": "no_survey", "typename": "ExclusiveGateway"}, "survey_site": {"name": "survey_site", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["survey_site.BoundaryEventSplit"], "outputs": ["survey_site.BoundaryEventJoin", "survey_done"], "bpmn_id": "survey_site", "bpmn_name": "Survey site", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "survey_site.json"}, "instructionsForEndUser": "Survey the site {{ site_postcode }} (order {{ order_id }}, exchange {{ serving_exchange }}): can the fibre be drawn in?"}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "survey_site.BoundaryEventSplit": {"name": "survey_site.BoundaryEventSplit", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["survey_gateway"], "outputs": ["survey_site", "survey_amended"], "bpmn_id": null, "bpmn_name": null, "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "BoundaryEventSplit"}, "survey_site.BoundaryEventJoin": {"name": "survey_site.BoundaryEventJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["survey_site", "survey_amended"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "split_task": "survey_site.BoundaryEventSplit", "threshold": null, "cancel": true, "typename": "BoundaryEventJoin"}, "survey_amended": {"name": "survey_amended", "description": "Interrupting Message Boundary Event", "manual": false, "lookahead": 2, "inputs": ["survey_site.BoundaryEventSplit"], "outputs": ["take_amendment", "survey_site.BoundaryEventJoin"], "bpmn_id": "survey_amended", "bpmn_name": "Order amended", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": null, "name": "order_amended", "correlation_properties": [], "expression": null, "message_var": "amendment", "process_correlations": [], "typename": "MessageEventDefinition"}, "cancel_activity": true, "typename": "BoundaryEvent"}, "take_amendment": {"name": "take_amendment", "description": "Script Task", "manual": false, "lookahead": 2, "inputs": ["survey_amended"], "outputs": ["survey_gateway"], "bpmn_id": "take_amendment", "bpmn_name": "Take the amended order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "prescript": null, "postscript": null, "script": "site_postcode = amendment.get('site_postcode', site_postcode)\\nserving_exchange = amendment.get('serving_exchange', serving_exchange)\\nsurvey_needed = amendment.get('survey_needed', survey_needed)\\ncharacteristics = amendment.get('characteristics', characteristics)", "typename": "ScriptTask"}, "survey_done": {"name": "survey_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["survey_site", "no_survey"], "outputs": ["provide_survey"], "bpmn_id": "survey_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "provide_survey"}], "choice": null, "default_task_spec": "provide_survey", "typename": "ExclusiveGateway"}, "provide_survey": {"name": "provide_survey", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["survey_done"], "outputs": ["schedule_visit"], "bpmn_id": "provide_survey", "bpmn_name": "Hand the survey result to the order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/provide_data", "resultVariable": "survey_handed_over", "parameters": {"order_id": {"value": "order_id", "type": "any"}, "key": {"value": "'survey_result'", "type": "any"}, "value": {"value": "survey_result", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/provide_data", "operation_params": {"order_id": {"value": "order_id", "type": "any"}, "key": {"value": "'survey_result'", "type": "any"}, "value": {"value": "survey_result", "type": "any"}}, "result_variable": "survey_handed_over", "typename": "ConnectorTask"}, "schedule_visit": {"name": "schedule_visit", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["provide_survey"], "outputs": ["install_ont"], "bpmn_id": "schedule_visit", "bpmn_name": "Book the engineer visit", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "field_service/schedule", "resultVariable": "visit", "parameters": {"site_postcode": {"value": "site_postcode", "type": "any"}, "work": {"value": "'Install ONT'", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "field_service/schedule", "operation_params": {"site_postcode": {"value": "site_postcode", "type": "any"}, "work": {"value": "'Install ONT'", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}, "result_variable": "visit", "typename": "ConnectorTask"}, "install_ont": {"name": "install_ont", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["schedule_visit"], "outputs": ["end"], "bpmn_id": "install_ont", "bpmn_name": "Install ONT on site", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"pointOfNoReturn": "true", "formJsonSchemaFilename": "install_ont.json"}, "instructionsForEndUser": "Visit {{ visit.visit_id }} on {{ visit.date }} {{ visit.slot }} ({{ visit.engineer }}): install and test the ONT at {{ site_postcode }}, then enter its serial number."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "end": {"name": "end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["install_ont"], "outputs": ["plan_field_visit.EndJoin"], "bpmn_id": "end", "bpmn_name": "Installed", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}, "no_survey": {"name": "no_survey", "description": "Script Task", "manual": false, "lookahead": 2, "inputs": ["survey_gateway"], "outputs": ["survey_done"], "bpmn_id": "no_survey", "bpmn_name": "No survey needed", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "prescript": null, "postscript": null, "script": "survey_result = \\"not_required\\"", "typename": "ScriptTask"}}, "io_specification": {"data_inputs": [], "data_outputs": [{"bpmn_id": "visit", "bpmn_name": "visit", "typename": "TaskDataReference"}, {"bpmn_id": "survey_result", "bpmn_name": "survey_result", "typename": "TaskDataReference"}, {"bpmn_id": "ont_serial", "bpmn_name": "ont_serial", "typename": "TaskDataReference"}], "typename": "BpmnIoSpecification"}, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order agent", "Fulfillment agent"], "user_tasks": [{"id": "survey_site", "name": "Survey site", "lane": "Fulfillment agent", "form": "survey_site.json"}, {"id": "install_ont", "name": "Install ONT on site", "lane": "Fulfillment agent", "form": "install_ont.json"}], "decisions": [], "connectors": ["field_service/schedule", "ordra/provide_data"], "called_processes": [], "waits_for_people": true, "points_of_no_return": [{"id": "install_ont", "name": "Install ONT on site"}], "compensation": {"schedule_visit": "Cancel the engineer visit"}, "compensation_process": "plan_field_visit.compensation", "outputs": ["visit", "survey_result", "ont_serial"]}
5	plan_field_visit.compensation	1	Compensation of Field visit plan	1	23	t		spiff	{"spec": {"name": "plan_field_visit.compensation", "description": "Compensation of Field visit plan", "file": "plan_field_visit.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["compensation_start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_field_visit.compensation.EndJoin": {"name": "plan_field_visit.compensation.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["compensation_end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_field_visit.compensation.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "compensation_start": {"name": "compensation_start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["compensate_0_check"], "bpmn_id": "compensation_start", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "compensate_0_check": {"name": "compensate_0_check", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["compensation_start"], "outputs": ["compensate_0_done", "cancel_visit"], "bpmn_id": "compensate_0_check", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "compensate_0_done"}, {"condition": "'schedule_visit' in compensate", "task_spec": "cancel_visit"}], "choice": null, "default_task_spec": "compensate_0_done", "typename": "ExclusiveGateway"}, "cancel_visit": {"name": "cancel_visit", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["compensate_0_check"], "outputs": ["compensate_0_done"], "bpmn_id": "cancel_visit", "bpmn_name": "Cancel the engineer visit", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "field_service/cancel", "resultVariable": "visit_cancelled", "parameters": {"visit_id": {"value": "visit['visit_id']", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "field_service/cancel", "operation_params": {"visit_id": {"value": "visit['visit_id']", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}, "result_variable": "visit_cancelled", "typename": "ConnectorTask"}, "compensate_0_done": {"name": "compensate_0_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["cancel_visit", "compensate_0_check"], "outputs": ["compensation_end"], "bpmn_id": "compensate_0_done", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "compensation_end"}], "choice": null, "default_task_spec": "compensation_end", "typename": "ExclusiveGateway"}, "compensation_end": {"name": "compensation_end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["compensate_0_done"], "outputs": ["plan_field_visit.compensation.EndJoin"], "bpmn_id": "compensation_end", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["compensation_start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order agent"], "user_tasks": [], "decisions": [], "connectors": ["field_service/cancel"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
6	plan_product_order	1	Product order plan	1	24	t		spiff	{"spec": {"name": "plan_product_order", "description": "Product order plan", "file": "plan_product_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_product_order.EndJoin": {"name": "plan_product_order.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_product_order.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["activate_billing"], "bpmn_id": "start", "bpmn_name": "Domain order started", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "activate_billing": {"name": "activate_billing", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["start"], "outputs": ["end"], "bpmn_id": "activate_billing", "bpmn_name": "Activate billing", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"pointOfNoReturn": "true"}, "serviceTaskOperator": {"name": "billing/activate", "resultVariable": "billing", "parameters": {"account_id": {"value": "account_id", "type": "any"}, "product": {"value": "name", "type": "any"}, "action": {"value": "action", "type": "any"}, "recurring": {"value": "recurring", "type": "any"}, "one_time": {"value": "one_time", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "billing/activate", "operation_params": {"account_id": {"value": "account_id", "type": "any"}, "product": {"value": "name", "type": "any"}, "action": {"value": "action", "type": "any"}, "recurring": {"value": "recurring", "type": "any"}, "one_time": {"value": "one_time", "type": "any"}}, "result_variable": "billing", "typename": "ConnectorTask"}, "end": {"name": "end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["activate_billing"], "outputs": ["plan_product_order.EndJoin"], "bpmn_id": "end", "bpmn_name": "Domain order done", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": {"data_inputs": [], "data_outputs": [{"bpmn_id": "billing", "bpmn_name": "billing", "typename": "TaskDataReference"}], "typename": "BpmnIoSpecification"}, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": [], "user_tasks": [], "decisions": [], "connectors": ["billing/activate"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [{"id": "activate_billing", "name": "Activate billing"}], "compensation": {}, "compensation_process": null, "outputs": ["billing"]}
7	plan_resource_order	1	Resource order plan	1	25	t		spiff	{"spec": {"name": "plan_resource_order", "description": "Resource order plan", "file": "plan_resource_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_resource_order.EndJoin": {"name": "plan_resource_order.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_resource_order.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["reserve_resource"], "bpmn_id": "start", "bpmn_name": "Domain order started", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "reserve_resource": {"name": "reserve_resource", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["start"], "outputs": ["end"], "bpmn_id": "reserve_resource", "bpmn_name": "Reserve resource", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "inventory/reserve", "resultVariable": "resource", "parameters": {"resource_type": {"value": "spec", "type": "any"}, "action": {"value": "action", "type": "any"}, "site_postcode": {"value": "site_postcode", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "inventory/reserve", "operation_params": {"resource_type": {"value": "spec", "type": "any"}, "action": {"value": "action", "type": "any"}, "site_postcode": {"value": "site_postcode", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}, "result_variable": "resource", "typename": "ConnectorTask"}, "end": {"name": "end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["reserve_resource"], "outputs": ["plan_resource_order.EndJoin"], "bpmn_id": "end", "bpmn_name": "Domain order done", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": {"data_inputs": [], "data_outputs": [{"bpmn_id": "resource", "bpmn_name": "resource", "typename": "TaskDataReference"}], "typename": "BpmnIoSpecification"}, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": [], "user_tasks": [], "decisions": [], "connectors": ["inventory/reserve"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [], "compensation": {"reserve_resource": "Release resource"}, "compensation_process": "plan_resource_order.compensation", "outputs": ["resource"]}
8	plan_resource_order.compensation	1	Compensation of Resource order plan	1	25	t		spiff	{"spec": {"name": "plan_resource_order.compensation", "description": "Compensation of Resource order plan", "file": "plan_resource_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["compensation_start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_resource_order.compensation.EndJoin": {"name": "plan_resource_order.compensation.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["compensation_end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_resource_order.compensation.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "compensation_start": {"name": "compensation_start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["compensate_0_check"], "bpmn_id": "compensation_start", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "compensate_0_check": {"name": "compensate_0_check", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["compensation_start"], "outputs": ["compensate_0_done", "release_resource"], "bpmn_id": "compensate_0_check", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "compensate_0_done"}, {"condition": "'reserve_resource' in compensate", "task_spec": "release_resource"}], "choice": null, "default_task_spec": "compensate_0_done", "typename": "ExclusiveGateway"}, "release_resource": {"name": "release_resource", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["compensate_0_check"], "outputs": ["compensate_0_done"], "bpmn_id": "release_resource", "bpmn_name": "Release resource", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "inventory/release", "resultVariable": "released", "parameters": {"resource_id": {"value": "resource['resource_id']", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "inventory/release", "operation_params": {"resource_id": {"value": "resource['resource_id']", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}, "result_variable": "released", "typename": "ConnectorTask"}, "compensate_0_done": {"name": "compensate_0_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["release_resource", "compensate_0_check"], "outputs": ["compensation_end"], "bpmn_id": "compensate_0_done", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "compensation_end"}], "choice": null, "default_task_spec": "compensation_end", "typename": "ExclusiveGateway"}, "compensation_end": {"name": "compensation_end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["compensate_0_done"], "outputs": ["plan_resource_order.compensation.EndJoin"], "bpmn_id": "compensation_end", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["compensation_start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": [], "user_tasks": [], "decisions": [], "connectors": ["inventory/release"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
9	plan_service_order	1	Service order plan	1	26	t		spiff	{"spec": {"name": "plan_service_order", "description": "Service order plan", "file": "plan_service_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_service_order.EndJoin": {"name": "plan_service_order.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_service_order.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["activate_service"], "bpmn_id": "start", "bpmn_name": "Domain order started", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "activate_service": {"name": "activate_service", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["start"], "outputs": ["end"], "bpmn_id": "activate_service", "bpmn_name": "Activate service", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"pointOfNoReturn": "true"}, "serviceTaskOperator": {"name": "provisioning/activate", "resultVariable": "service", "parameters": {"service": {"value": "spec", "type": "any"}, "action": {"value": "action", "type": "any"}, "site_postcode": {"value": "site_postcode", "type": "any"}, "serving_exchange": {"value": "serving_exchange", "type": "any"}, "characteristics": {"value": "characteristics", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "provisioning/activate", "operation_params": {"service": {"value": "spec", "type": "any"}, "action": {"value": "action", "type": "any"}, "site_postcode": {"value": "site_postcode", "type": "any"}, "serving_exchange": {"value": "serving_exchange", "type": "any"}, "characteristics": {"value": "characteristics", "type": "any"}}, "result_variable": "service", "typename": "ConnectorTask"}, "end": {"name": "end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["activate_service"], "outputs": ["plan_service_order.EndJoin"], "bpmn_id": "end", "bpmn_name": "Domain order done", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": {"data_inputs": [], "data_outputs": [{"bpmn_id": "service", "bpmn_name": "service", "typename": "TaskDataReference"}], "typename": "BpmnIoSpecification"}, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": [], "user_tasks": [], "decisions": [], "connectors": ["provisioning/activate"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [{"id": "activate_service", "name": "Activate service"}], "compensation": {}, "compensation_process": null, "outputs": ["service"]}
10	revision_approval	1	Revision approval	1	27	t		spiff	{"spec": {"name": "revision_approval", "description": "Revision approval", "file": "revision_approval.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["revision_requested"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "revision_approval.EndJoin": {"name": "revision_approval.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["revision_decided"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["revision_approval.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "revision_requested": {"name": "revision_requested", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["approve_revision"], "bpmn_id": "revision_requested", "bpmn_name": "Revision requested", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "approve_revision": {"name": "approve_revision", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["revision_requested"], "outputs": ["decide_revision"], "bpmn_id": "approve_revision", "bpmn_name": "Approve revision", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "revision_approval.json"}, "instructionsForEndUser": "Revision {{ revision }} of order {{ order_id }} for {{ customer }} needs approval: {{ approval_reason }}."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "decide_revision": {"name": "decide_revision", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["approve_revision"], "outputs": ["revision_decided"], "bpmn_id": "decide_revision", "bpmn_name": "Decide the revision", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/decide_revision", "resultVariable": "revision_outcome", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "revision": {"value": "revision", "type": "int"}, "decision": {"value": "revision_decision", "type": "any"}, "note": {"value": "revision_note", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/decide_revision", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "revision": {"value": "revision", "type": "int"}, "decision": {"value": "revision_decision", "type": "any"}, "note": {"value": "revision_note", "type": "any"}}, "result_variable": "revision_outcome", "typename": "ConnectorTask"}, "revision_decided": {"name": "revision_decided", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["decide_revision"], "outputs": ["revision_approval.EndJoin"], "bpmn_id": "revision_decided", "bpmn_name": "Revision decided", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["revision_requested"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order approver"], "user_tasks": [{"id": "approve_revision", "name": "Approve revision", "lane": "Order approver", "form": "revision_approval.json"}], "decisions": [], "connectors": ["ordra/decide_revision"], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
\.


--
-- Data for Name: product_order_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_order_events (id, order_id, at, actor_id, kind, message, detail) FROM stdin;
1	1	2026-12-06 23:31:23.411784+00	2	captured	captured via api	{}
2	1	2026-12-06 23:31:23.412454+00	2	acknowledged		{}
3	1	2026-12-06 23:31:23.443986+00	2	process_started	customer_order version 1	{"instance": 1}
4	1	2026-12-06 23:31:23.447827+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
5	2	2026-12-06 23:31:23.532257+00	2	captured	captured via api	{}
6	2	2026-12-06 23:31:23.532285+00	2	acknowledged		{}
7	2	2026-12-06 23:31:23.538299+00	2	process_started	customer_order version 1	{"instance": 2}
8	2	2026-12-06 23:31:23.541792+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
9	2	2026-12-06 23:31:23.665153+00	\N	decomposed	15 domain orders	{"domain_orders": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
10	2	2026-12-06 23:31:23.682443+00	\N	domain_order_started	resource order 1: ONT (Business Fibre Internet)	{"domain_order": 1, "instance": 3, "plan": "plan_resource_order"}
11	2	2026-12-06 23:31:23.68246+00	\N	domain_order_started	resource order 2: Access Port (Business Fibre Internet)	{"domain_order": 2, "instance": 4, "plan": "plan_resource_order"}
12	2	2026-12-06 23:31:23.682474+00	\N	domain_order_started	resource order 4: IPv4 Address (Business Fibre Internet)	{"domain_order": 4, "instance": 5, "plan": "plan_resource_order"}
13	2	2026-12-06 23:31:23.682486+00	\N	domain_order_started	resource order 7: IPv4 Block (Static IP Block)	{"domain_order": 7, "instance": 6, "plan": "plan_resource_order"}
14	2	2026-12-06 23:31:23.682499+00	\N	domain_order_started	resource order 10: Router (Managed Router)	{"domain_order": 10, "instance": 7, "plan": "plan_resource_order"}
15	2	2026-12-06 23:31:23.682511+00	\N	domain_order_started	resource order 13: Technician Slot (Installation)	{"domain_order": 13, "instance": 8, "plan": "plan_resource_order"}
16	2	2026-12-06 23:31:23.682552+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
17	2	2026-12-06 23:31:23.739117+00	\N	domain_order_completed	resource order 1: ONT (Business Fibre Internet)	{"domain_order": 1, "instance": 3}
18	2	2026-12-06 23:31:23.739152+00	\N	domain_order_completed	resource order 2: Access Port (Business Fibre Internet)	{"domain_order": 2, "instance": 4}
19	2	2026-12-06 23:31:23.739176+00	\N	domain_order_completed	resource order 4: IPv4 Address (Business Fibre Internet)	{"domain_order": 4, "instance": 5}
20	2	2026-12-06 23:31:23.739201+00	\N	domain_order_completed	resource order 7: IPv4 Block (Static IP Block)	{"domain_order": 7, "instance": 6}
21	2	2026-12-06 23:31:23.739228+00	\N	domain_order_completed	resource order 10: Router (Managed Router)	{"domain_order": 10, "instance": 7}
22	2	2026-12-06 23:31:23.739253+00	\N	domain_order_completed	resource order 13: Technician Slot (Installation)	{"domain_order": 13, "instance": 8}
23	2	2026-12-06 23:31:23.751958+00	\N	domain_order_started	service order 14: Field Visit (Installation)	{"domain_order": 14, "instance": 9, "plan": "plan_field_visit"}
24	3	2026-12-06 23:31:23.779679+00	2	captured	captured via api	{}
25	3	2026-12-06 23:31:23.779702+00	2	acknowledged		{}
26	3	2026-12-06 23:31:23.783359+00	2	process_started	customer_order version 1	{"instance": 10}
27	3	2026-12-06 23:31:23.786005+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
28	3	2026-12-06 23:31:23.815331+00	\N	decomposed	15 domain orders	{"domain_orders": [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
29	3	2026-12-06 23:31:23.824319+00	\N	domain_order_started	resource order 16: ONT (Business Fibre Internet)	{"domain_order": 16, "instance": 11, "plan": "plan_resource_order"}
30	3	2026-12-06 23:31:23.824331+00	\N	domain_order_started	resource order 17: Access Port (Business Fibre Internet)	{"domain_order": 17, "instance": 12, "plan": "plan_resource_order"}
31	3	2026-12-06 23:31:23.824339+00	\N	domain_order_started	resource order 19: IPv4 Address (Business Fibre Internet)	{"domain_order": 19, "instance": 13, "plan": "plan_resource_order"}
32	3	2026-12-06 23:31:23.824348+00	\N	domain_order_started	resource order 22: IPv4 Block (Static IP Block)	{"domain_order": 22, "instance": 14, "plan": "plan_resource_order"}
33	3	2026-12-06 23:31:23.824357+00	\N	domain_order_started	resource order 25: Router (Managed Router)	{"domain_order": 25, "instance": 15, "plan": "plan_resource_order"}
34	3	2026-12-06 23:31:23.824366+00	\N	domain_order_started	resource order 28: Technician Slot (Installation)	{"domain_order": 28, "instance": 16, "plan": "plan_resource_order"}
35	3	2026-12-06 23:31:23.824395+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
36	3	2026-12-06 23:31:23.851556+00	\N	domain_order_completed	resource order 16: ONT (Business Fibre Internet)	{"domain_order": 16, "instance": 11}
37	3	2026-12-06 23:31:23.851581+00	\N	domain_order_completed	resource order 17: Access Port (Business Fibre Internet)	{"domain_order": 17, "instance": 12}
38	3	2026-12-06 23:31:23.851596+00	\N	domain_order_completed	resource order 19: IPv4 Address (Business Fibre Internet)	{"domain_order": 19, "instance": 13}
39	3	2026-12-06 23:31:23.851612+00	\N	domain_order_completed	resource order 22: IPv4 Block (Static IP Block)	{"domain_order": 22, "instance": 14}
40	3	2026-12-06 23:31:23.851627+00	\N	domain_order_completed	resource order 25: Router (Managed Router)	{"domain_order": 25, "instance": 15}
41	3	2026-12-06 23:31:23.851644+00	\N	domain_order_completed	resource order 28: Technician Slot (Installation)	{"domain_order": 28, "instance": 16}
42	3	2026-12-06 23:31:23.856753+00	\N	domain_order_started	service order 29: Field Visit (Installation)	{"domain_order": 29, "instance": 17, "plan": "plan_field_visit"}
43	3	2026-12-06 23:31:23.878093+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [18, 20, 23, 26]}
44	3	2026-12-06 23:31:23.887393+00	\N	domain_order_started	service order 18: Access Line (Business Fibre Internet)	{"domain_order": 18, "instance": 18, "plan": "plan_service_order"}
45	3	2026-12-06 23:31:23.887405+00	\N	domain_order_started	service order 20: IP Connectivity (Business Fibre Internet)	{"domain_order": 20, "instance": 19, "plan": "plan_service_order"}
46	3	2026-12-06 23:31:23.887414+00	\N	domain_order_started	service order 23: IP Connectivity (Static IP Block)	{"domain_order": 23, "instance": 20, "plan": "plan_service_order"}
47	3	2026-12-06 23:31:23.887423+00	\N	domain_order_started	service order 26: CPE Provisioning (Managed Router)	{"domain_order": 26, "instance": 21, "plan": "plan_service_order"}
58	4	2026-12-06 23:31:23.967645+00	2	captured	captured via api	{}
48	3	2026-12-06 23:31:23.920139+00	\N	domain_order_completed	service order 18: Access Line (Business Fibre Internet)	{"domain_order": 18, "instance": 18}
49	3	2026-12-06 23:31:23.920161+00	\N	domain_order_completed	service order 20: IP Connectivity (Business Fibre Internet)	{"domain_order": 20, "instance": 19}
50	3	2026-12-06 23:31:23.920177+00	\N	domain_order_completed	service order 23: IP Connectivity (Static IP Block)	{"domain_order": 23, "instance": 20}
51	3	2026-12-06 23:31:23.920194+00	\N	domain_order_completed	service order 26: CPE Provisioning (Managed Router)	{"domain_order": 26, "instance": 21}
52	3	2026-12-06 23:31:23.927453+00	\N	domain_order_started	product order 21: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 21, "instance": 22, "plan": "plan_product_order"}
53	3	2026-12-06 23:31:23.927464+00	\N	domain_order_started	product order 24: Static IP Product (Static IP Block)	{"domain_order": 24, "instance": 23, "plan": "plan_product_order"}
54	3	2026-12-06 23:31:23.927473+00	\N	domain_order_started	product order 27: Managed Router Product (Managed Router)	{"domain_order": 27, "instance": 24, "plan": "plan_product_order"}
55	3	2026-12-06 23:31:23.943827+00	\N	domain_order_completed	product order 21: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 21, "instance": 22}
56	3	2026-12-06 23:31:23.943851+00	\N	domain_order_completed	product order 24: Static IP Product (Static IP Block)	{"domain_order": 24, "instance": 23}
57	3	2026-12-06 23:31:23.94387+00	\N	domain_order_completed	product order 27: Managed Router Product (Managed Router)	{"domain_order": 27, "instance": 24}
70	4	2026-12-06 23:31:24.059601+00	\N	domain_order_completed	resource order 31: ONT (Business Fibre Internet)	{"domain_order": 31, "instance": 26}
71	4	2026-12-06 23:31:24.059623+00	\N	domain_order_completed	resource order 32: Access Port (Business Fibre Internet)	{"domain_order": 32, "instance": 27}
72	4	2026-12-06 23:31:24.059638+00	\N	domain_order_completed	resource order 34: IPv4 Address (Business Fibre Internet)	{"domain_order": 34, "instance": 28}
73	4	2026-12-06 23:31:24.059653+00	\N	domain_order_completed	resource order 37: IPv4 Block (Static IP Block)	{"domain_order": 37, "instance": 29}
74	4	2026-12-06 23:31:24.05967+00	\N	domain_order_completed	resource order 40: Router (Managed Router)	{"domain_order": 40, "instance": 30}
75	4	2026-12-06 23:31:24.059688+00	\N	domain_order_completed	resource order 43: Technician Slot (Installation)	{"domain_order": 43, "instance": 31}
76	4	2026-12-06 23:31:24.064521+00	\N	domain_order_started	service order 44: Field Visit (Installation)	{"domain_order": 44, "instance": 32, "plan": "plan_field_visit"}
82	4	2026-12-06 23:31:24.153287+00	\N	domain_order_failed	service order 33: Access Line (Business Fibre Internet)	{"domain_order": 33, "instance": 33}
83	4	2026-12-06 23:31:24.153307+00	\N	domain_order_failed	service order 35: IP Connectivity (Business Fibre Internet)	{"domain_order": 35, "instance": 34}
84	4	2026-12-06 23:31:24.153319+00	\N	domain_order_failed	service order 38: IP Connectivity (Static IP Block)	{"domain_order": 38, "instance": 35}
85	4	2026-12-06 23:31:24.153332+00	\N	domain_order_failed	service order 41: CPE Provisioning (Managed Router)	{"domain_order": 41, "instance": 36}
98	5	2026-12-06 23:31:24.262642+00	\N	domain_order_completed	resource order 46: ONT (Business Fibre Internet)	{"domain_order": 46, "instance": 38}
99	5	2026-12-06 23:31:24.262662+00	\N	domain_order_completed	resource order 47: Access Port (Business Fibre Internet)	{"domain_order": 47, "instance": 39}
100	5	2026-12-06 23:31:24.262676+00	\N	domain_order_completed	resource order 49: IPv4 Address (Business Fibre Internet)	{"domain_order": 49, "instance": 40}
101	5	2026-12-06 23:31:24.26269+00	\N	domain_order_completed	resource order 52: IPv4 Block (Static IP Block)	{"domain_order": 52, "instance": 41}
102	5	2026-12-06 23:31:24.262705+00	\N	domain_order_completed	resource order 55: Router (Managed Router)	{"domain_order": 55, "instance": 42}
103	5	2026-12-06 23:31:24.262721+00	\N	domain_order_completed	resource order 58: Technician Slot (Installation)	{"domain_order": 58, "instance": 43}
104	5	2026-12-06 23:31:24.267512+00	\N	domain_order_started	service order 59: Field Visit (Installation)	{"domain_order": 59, "instance": 44, "plan": "plan_field_visit"}
110	5	2026-12-06 23:31:24.336666+00	\N	domain_order_failed	service order 48: Access Line (Business Fibre Internet)	{"domain_order": 48, "instance": 45}
111	5	2026-12-06 23:31:24.336686+00	\N	domain_order_failed	service order 50: IP Connectivity (Business Fibre Internet)	{"domain_order": 50, "instance": 46}
112	5	2026-12-06 23:31:24.336698+00	\N	domain_order_failed	service order 53: IP Connectivity (Static IP Block)	{"domain_order": 53, "instance": 47}
113	5	2026-12-06 23:31:24.33671+00	\N	domain_order_failed	service order 56: CPE Provisioning (Managed Router)	{"domain_order": 56, "instance": 48}
126	6	2026-12-06 23:31:24.426681+00	\N	domain_order_completed	resource order 61: ONT (Business Fibre Internet)	{"domain_order": 61, "instance": 50}
127	6	2026-12-06 23:31:24.426701+00	\N	domain_order_completed	resource order 62: Access Port (Business Fibre Internet)	{"domain_order": 62, "instance": 51}
128	6	2026-12-06 23:31:24.426716+00	\N	domain_order_completed	resource order 64: IPv4 Address (Business Fibre Internet)	{"domain_order": 64, "instance": 52}
129	6	2026-12-06 23:31:24.42673+00	\N	domain_order_completed	resource order 67: IPv4 Block (Static IP Block)	{"domain_order": 67, "instance": 53}
130	6	2026-12-06 23:31:24.426745+00	\N	domain_order_completed	resource order 70: Router (Managed Router)	{"domain_order": 70, "instance": 54}
131	6	2026-12-06 23:31:24.426761+00	\N	domain_order_completed	resource order 73: Technician Slot (Installation)	{"domain_order": 73, "instance": 55}
132	6	2026-12-06 23:31:24.431329+00	\N	domain_order_started	service order 74: Field Visit (Installation)	{"domain_order": 74, "instance": 56, "plan": "plan_field_visit"}
138	6	2026-12-06 23:31:24.479322+00	\N	domain_order_completed	service order 63: Access Line (Business Fibre Internet)	{"domain_order": 63, "instance": 57}
139	6	2026-12-06 23:31:24.479343+00	\N	domain_order_completed	service order 65: IP Connectivity (Business Fibre Internet)	{"domain_order": 65, "instance": 58}
140	6	2026-12-06 23:31:24.479358+00	\N	domain_order_completed	service order 68: IP Connectivity (Static IP Block)	{"domain_order": 68, "instance": 59}
141	6	2026-12-06 23:31:24.479374+00	\N	domain_order_completed	service order 71: CPE Provisioning (Managed Router)	{"domain_order": 71, "instance": 60}
142	6	2026-12-06 23:31:24.484827+00	\N	domain_order_started	product order 66: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 66, "instance": 61, "plan": "plan_product_order"}
143	6	2026-12-06 23:31:24.484837+00	\N	domain_order_started	product order 69: Static IP Product (Static IP Block)	{"domain_order": 69, "instance": 62, "plan": "plan_product_order"}
144	6	2026-12-06 23:31:24.484845+00	\N	domain_order_started	product order 72: Managed Router Product (Managed Router)	{"domain_order": 72, "instance": 63, "plan": "plan_product_order"}
145	6	2026-12-06 23:31:24.499345+00	\N	domain_order_completed	product order 66: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 66, "instance": 61}
146	6	2026-12-06 23:31:24.499367+00	\N	domain_order_completed	product order 69: Static IP Product (Static IP Block)	{"domain_order": 69, "instance": 62}
147	6	2026-12-06 23:31:24.499384+00	\N	domain_order_completed	product order 72: Managed Router Product (Managed Router)	{"domain_order": 72, "instance": 63}
59	4	2026-12-06 23:31:23.967667+00	2	acknowledged		{}
60	4	2026-12-06 23:31:23.971034+00	2	process_started	customer_order version 1	{"instance": 25}
61	4	2026-12-06 23:31:23.973485+00	\N	enriched	region: Unknown, serving_exchange: , survey_needed: True, technical_details_needed: True, priority: normal, sla_class: bronze	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}
62	4	2026-12-06 23:31:24.022255+00	\N	decomposed	15 domain orders	{"domain_orders": [31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45], "facts": {"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
63	4	2026-12-06 23:31:24.031304+00	\N	domain_order_started	resource order 31: ONT (Business Fibre Internet)	{"domain_order": 31, "instance": 26, "plan": "plan_resource_order"}
64	4	2026-12-06 23:31:24.031315+00	\N	domain_order_started	resource order 32: Access Port (Business Fibre Internet)	{"domain_order": 32, "instance": 27, "plan": "plan_resource_order"}
65	4	2026-12-06 23:31:24.031325+00	\N	domain_order_started	resource order 34: IPv4 Address (Business Fibre Internet)	{"domain_order": 34, "instance": 28, "plan": "plan_resource_order"}
66	4	2026-12-06 23:31:24.031333+00	\N	domain_order_started	resource order 37: IPv4 Block (Static IP Block)	{"domain_order": 37, "instance": 29, "plan": "plan_resource_order"}
67	4	2026-12-06 23:31:24.031342+00	\N	domain_order_started	resource order 40: Router (Managed Router)	{"domain_order": 40, "instance": 30, "plan": "plan_resource_order"}
68	4	2026-12-06 23:31:24.031351+00	\N	domain_order_started	resource order 43: Technician Slot (Installation)	{"domain_order": 43, "instance": 31, "plan": "plan_resource_order"}
69	4	2026-12-06 23:31:24.031381+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
77	4	2026-12-06 23:31:24.082148+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [33, 35, 38, 41]}
78	4	2026-12-06 23:31:24.089023+00	\N	domain_order_started	service order 33: Access Line (Business Fibre Internet)	{"domain_order": 33, "instance": 33, "plan": "plan_service_order"}
79	4	2026-12-06 23:31:24.089035+00	\N	domain_order_started	service order 35: IP Connectivity (Business Fibre Internet)	{"domain_order": 35, "instance": 34, "plan": "plan_service_order"}
80	4	2026-12-06 23:31:24.089045+00	\N	domain_order_started	service order 38: IP Connectivity (Static IP Block)	{"domain_order": 38, "instance": 35, "plan": "plan_service_order"}
81	4	2026-12-06 23:31:24.089053+00	\N	domain_order_started	service order 41: CPE Provisioning (Managed Router)	{"domain_order": 41, "instance": 36, "plan": "plan_service_order"}
86	5	2026-12-06 23:31:24.17967+00	2	captured	captured via api	{}
87	5	2026-12-06 23:31:24.179693+00	2	acknowledged		{}
88	5	2026-12-06 23:31:24.183085+00	2	process_started	customer_order version 1	{"instance": 37}
89	5	2026-12-06 23:31:24.185546+00	\N	enriched	region: Unknown, serving_exchange: , survey_needed: True, technical_details_needed: True, priority: normal, sla_class: bronze	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}
90	5	2026-12-06 23:31:24.227712+00	\N	decomposed	15 domain orders	{"domain_orders": [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60], "facts": {"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
91	5	2026-12-06 23:31:24.236042+00	\N	domain_order_started	resource order 46: ONT (Business Fibre Internet)	{"domain_order": 46, "instance": 38, "plan": "plan_resource_order"}
92	5	2026-12-06 23:31:24.236052+00	\N	domain_order_started	resource order 47: Access Port (Business Fibre Internet)	{"domain_order": 47, "instance": 39, "plan": "plan_resource_order"}
93	5	2026-12-06 23:31:24.23606+00	\N	domain_order_started	resource order 49: IPv4 Address (Business Fibre Internet)	{"domain_order": 49, "instance": 40, "plan": "plan_resource_order"}
94	5	2026-12-06 23:31:24.236068+00	\N	domain_order_started	resource order 52: IPv4 Block (Static IP Block)	{"domain_order": 52, "instance": 41, "plan": "plan_resource_order"}
95	5	2026-12-06 23:31:24.236076+00	\N	domain_order_started	resource order 55: Router (Managed Router)	{"domain_order": 55, "instance": 42, "plan": "plan_resource_order"}
96	5	2026-12-06 23:31:24.236084+00	\N	domain_order_started	resource order 58: Technician Slot (Installation)	{"domain_order": 58, "instance": 43, "plan": "plan_resource_order"}
97	5	2026-12-06 23:31:24.236112+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
105	5	2026-12-06 23:31:24.283892+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [48, 50, 53, 56]}
106	5	2026-12-06 23:31:24.29044+00	\N	domain_order_started	service order 48: Access Line (Business Fibre Internet)	{"domain_order": 48, "instance": 45, "plan": "plan_service_order"}
107	5	2026-12-06 23:31:24.290451+00	\N	domain_order_started	service order 50: IP Connectivity (Business Fibre Internet)	{"domain_order": 50, "instance": 46, "plan": "plan_service_order"}
108	5	2026-12-06 23:31:24.29046+00	\N	domain_order_started	service order 53: IP Connectivity (Static IP Block)	{"domain_order": 53, "instance": 47, "plan": "plan_service_order"}
109	5	2026-12-06 23:31:24.290468+00	\N	domain_order_started	service order 56: CPE Provisioning (Managed Router)	{"domain_order": 56, "instance": 48, "plan": "plan_service_order"}
114	6	2026-12-06 23:31:24.360678+00	2	captured	captured via api	{}
115	6	2026-12-06 23:31:24.3607+00	2	acknowledged		{}
116	6	2026-12-06 23:31:24.363946+00	2	process_started	customer_order version 1	{"instance": 49}
117	6	2026-12-06 23:31:24.366335+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
118	6	2026-12-06 23:31:24.392552+00	\N	decomposed	15 domain orders	{"domain_orders": [61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
119	6	2026-12-06 23:31:24.400829+00	\N	domain_order_started	resource order 61: ONT (Business Fibre Internet)	{"domain_order": 61, "instance": 50, "plan": "plan_resource_order"}
120	6	2026-12-06 23:31:24.400839+00	\N	domain_order_started	resource order 62: Access Port (Business Fibre Internet)	{"domain_order": 62, "instance": 51, "plan": "plan_resource_order"}
121	6	2026-12-06 23:31:24.400848+00	\N	domain_order_started	resource order 64: IPv4 Address (Business Fibre Internet)	{"domain_order": 64, "instance": 52, "plan": "plan_resource_order"}
122	6	2026-12-06 23:31:24.400856+00	\N	domain_order_started	resource order 67: IPv4 Block (Static IP Block)	{"domain_order": 67, "instance": 53, "plan": "plan_resource_order"}
123	6	2026-12-06 23:31:24.400865+00	\N	domain_order_started	resource order 70: Router (Managed Router)	{"domain_order": 70, "instance": 54, "plan": "plan_resource_order"}
124	6	2026-12-06 23:31:24.400873+00	\N	domain_order_started	resource order 73: Technician Slot (Installation)	{"domain_order": 73, "instance": 55, "plan": "plan_resource_order"}
125	6	2026-12-06 23:31:24.400959+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
133	6	2026-12-06 23:31:24.447216+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [63, 65, 68, 71]}
134	6	2026-12-06 23:31:24.453608+00	\N	domain_order_started	service order 63: Access Line (Business Fibre Internet)	{"domain_order": 63, "instance": 57, "plan": "plan_service_order"}
135	6	2026-12-06 23:31:24.453619+00	\N	domain_order_started	service order 65: IP Connectivity (Business Fibre Internet)	{"domain_order": 65, "instance": 58, "plan": "plan_service_order"}
136	6	2026-12-06 23:31:24.453627+00	\N	domain_order_started	service order 68: IP Connectivity (Static IP Block)	{"domain_order": 68, "instance": 59, "plan": "plan_service_order"}
137	6	2026-12-06 23:31:24.453635+00	\N	domain_order_started	service order 71: CPE Provisioning (Managed Router)	{"domain_order": 71, "instance": 60, "plan": "plan_service_order"}
148	6	2026-12-06 23:31:24.513744+00	\N	domain_order_completed	service order 74: Field Visit (Installation)	{"domain_order": 74, "instance": 56}
149	6	2026-12-06 23:31:24.517128+00	\N	domain_order_started	product order 75: Installation Product (Installation)	{"domain_order": 75, "instance": 64, "plan": "plan_product_order"}
150	6	2026-12-06 23:31:24.529117+00	\N	domain_order_completed	product order 75: Installation Product (Installation)	{"domain_order": 75, "instance": 64}
151	6	2026-12-06 23:31:24.540136+00	\N	completed	inventory, contracts and entitlements updated	{}
\.


--
-- Data for Name: product_order_items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_order_items (id, order_id, seq, action, offering_id, offering_name, quantity, characteristics, adjustments, unit_recurring, unit_one_time, recurring_total, one_time_total, product_ref, state, client_id, relationships, insert_sentinel) FROM stdin;
1	1	1	add	1	Business Fibre Internet	1	{"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}	[]	159.00	250.00	159.00	250.00		acknowledged	1	[]	0
2	1	2	add	3	Static IP Block	1	{}	[]	10.00	25.00	10.00	25.00		acknowledged	2	[]	1
3	1	3	add	2	Managed Router	1	{"wifi": true}	[]	15.00	45.00	15.00	45.00		acknowledged	3	[]	2
4	1	4	add	5	Installation	1	{}	[]	0.00	195.00	0.00	195.00		acknowledged	4	[]	3
5	2	1	add	1	Business Fibre Internet	1	{"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}	[]	159.00	250.00	159.00	250.00		inProgress	1	[]	0
6	2	2	add	3	Static IP Block	1	{}	[]	10.00	25.00	10.00	25.00		inProgress	2	[]	1
7	2	3	add	2	Managed Router	1	{"wifi": true}	[]	15.00	45.00	15.00	45.00		inProgress	3	[]	2
8	2	4	add	5	Installation	1	{}	[]	0.00	195.00	0.00	195.00		inProgress	4	[]	3
9	3	1	add	1	Business Fibre Internet	1	{"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}	[]	159.00	250.00	159.00	250.00		inProgress	1	[]	0
10	3	2	add	3	Static IP Block	1	{}	[]	10.00	25.00	10.00	25.00		inProgress	2	[]	1
11	3	3	add	2	Managed Router	1	{"wifi": true}	[]	15.00	45.00	15.00	45.00		inProgress	3	[]	2
12	3	4	add	5	Installation	1	{}	[]	0.00	195.00	0.00	195.00		inProgress	4	[]	3
13	4	1	add	1	Business Fibre Internet	1	{"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}	[]	159.00	250.00	159.00	250.00		inProgress	1	[]	0
14	4	2	add	3	Static IP Block	1	{}	[]	10.00	25.00	10.00	25.00		inProgress	2	[]	1
15	4	3	add	2	Managed Router	1	{"wifi": true}	[]	15.00	45.00	15.00	45.00		inProgress	3	[]	2
16	4	4	add	5	Installation	1	{}	[]	0.00	195.00	0.00	195.00		inProgress	4	[]	3
17	5	1	add	1	Business Fibre Internet	1	{"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}	[]	159.00	250.00	159.00	250.00		inProgress	1	[]	0
18	5	2	add	3	Static IP Block	1	{}	[]	10.00	25.00	10.00	25.00		inProgress	2	[]	1
19	5	3	add	2	Managed Router	1	{"wifi": true}	[]	15.00	45.00	15.00	45.00		inProgress	3	[]	2
20	5	4	add	5	Installation	1	{}	[]	0.00	195.00	0.00	195.00		inProgress	4	[]	3
21	6	1	add	1	Business Fibre Internet	1	{"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}	[]	159.00	250.00	159.00	250.00	1	completed	1	[]	0
22	6	2	add	3	Static IP Block	1	{}	[]	10.00	25.00	10.00	25.00	2	completed	2	[]	1
23	6	3	add	2	Managed Router	1	{"wifi": true}	[]	15.00	45.00	15.00	45.00	3	completed	3	[]	2
24	6	4	add	5	Installation	1	{}	[]	0.00	195.00	0.00	195.00	4	completed	4	[]	3
\.


--
-- Data for Name: product_orders; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_orders (id, account_id, state, channel, external_id, description, requested_completion_date, priority, recurring_total, one_time_total, currency, adjustments, requires_approval, approval_reasons, enrichment, instance_id, created_by_id, created_at, updated_at, submitted_at, completed_at, lock_version, channels, notes, related_parties, requested_start_date) FROM stdin;
1	2	acknowledged	api	UPG-APPROVAL		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	1	2	2026-12-06 23:31:23.408218+00	2026-12-06 23:31:23.45083+00	2026-12-06 23:31:23.412441+00	\N	3	[]	[]	[{"id": "2", "role": "Customer"}]	\N
2	2	inProgress	api	UPG-SURVEY		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	2	2	2026-12-06 23:31:23.529654+00	2026-12-06 23:31:23.688834+00	2026-12-06 23:31:23.532277+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
3	2	inProgress	api	UPG-INSTALL		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	10	2	2026-12-06 23:31:23.77781+00	2026-12-06 23:31:23.828387+00	2026-12-06 23:31:23.779696+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
4	2	inProgress	api	UPG-FALLOUT		\N		184.00	515.00	GBP	[]	f	[]	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}	25	2	2026-12-06 23:31:23.96582+00	2026-12-06 23:31:24.035427+00	2026-12-06 23:31:23.967662+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
5	2	inProgress	api	UPG-TIMER		\N		184.00	515.00	GBP	[]	f	[]	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}	37	2	2026-12-06 23:31:24.177919+00	2026-12-06 23:31:24.239746+00	2026-12-06 23:31:24.179688+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
6	2	completed	api	UPG-DONE		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	49	2	2026-12-06 23:31:24.358929+00	2026-12-06 23:31:24.547194+00	2026-12-06 23:31:24.360695+00	2026-12-06 23:31:24.540104+00	5	[]	[]	[{"id": "2", "role": "Customer"}]	\N
\.


--
-- Data for Name: service_calls; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.service_calls (id, instance_id, task_id, task_name, connector, params, idempotency_key, attempt, status, result, error_code, error_message, created_at, finished_at, next_check_at, requeues, claimed_at, insert_sentinel) FROM stdin;
1	1	691df4c4-0d70-48a8-b785-06ef290eca69	Record enrichment on the order	ordra/record_enrichment	{"order_id": 1, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	1:691df4c4-0d70-48a8-b785-06ef290eca69:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 23:31:23.441958+00	2026-12-06 23:31:23.448087+00	2026-12-06 23:31:53.441012+00	0	\N	\N
2	2	32688777-ee44-46fb-9bb0-e11be8be5d23	Record enrichment on the order	ordra/record_enrichment	{"order_id": 2, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	2:32688777-ee44-46fb-9bb0-e11be8be5d23:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 23:31:23.537445+00	2026-12-06 23:31:23.541942+00	2026-12-06 23:31:53.53713+00	0	\N	\N
3	2	5899ac53-6b74-4e4d-87e6-3a3154a9fb13	Decompose into domain orders	ordra/decompose	{"order_id": 2, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	2:5899ac53-6b74-4e4d-87e6-3a3154a9fb13:1	1	done	{"order_id": 2, "domain_orders": [{"id": 1, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 2, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 3, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 4, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 5, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 6, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 7, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 8, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 9, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 10, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 11, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 12, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 13, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 14, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 15, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 23:31:23.588557+00	2026-12-06 23:31:23.682747+00	2026-12-06 23:31:53.58823+00	0	\N	\N
10	2	133d6585-32ff-4cfe-9a99-1c9f8e1ed567	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 2}	2:133d6585-32ff-4cfe-9a99-1c9f8e1ed567:1	1	waiting	\N			2026-12-06 23:31:23.686611+00	\N	2026-12-06 23:31:53.685013+00	0	\N	\N
4	3	f713ea28-9fb2-4ef7-abc2-b61b64628407	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	3:f713ea28-9fb2-4ef7-abc2-b61b64628407:1	1	done	{"resource_id": "RES-647551", "resource_type": "ONT", "serial_number": "SN7465763910", "status": "reserved"}			2026-12-06 23:31:23.680523+00	2026-12-06 23:31:23.721901+00	2026-12-06 23:31:53.679408+00	0	2026-12-06 23:31:23.588312+00	0
5	4	294d9051-16dd-4e14-88f7-8e577db54a62	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	4:294d9051-16dd-4e14-88f7-8e577db54a62:1	1	done	{"resource_id": "RES-632365", "resource_type": "Access Port", "serial_number": "SN7887507541", "status": "reserved"}			2026-12-06 23:31:23.680526+00	2026-12-06 23:31:23.721923+00	2026-12-06 23:31:53.679492+00	0	2026-12-06 23:31:23.588312+00	1
6	5	32ea972a-89b8-4f96-a2b0-3ca6a4d96103	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	5:32ea972a-89b8-4f96-a2b0-3ca6a4d96103:1	1	done	{"resource_id": "RES-895376", "resource_type": "IPv4 Address", "serial_number": "SN8366101209", "status": "reserved"}			2026-12-06 23:31:23.680527+00	2026-12-06 23:31:23.721936+00	2026-12-06 23:31:53.679536+00	0	2026-12-06 23:31:23.588312+00	2
7	6	36adade4-df0a-4e02-917e-8ca7090f10ab	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	6:36adade4-df0a-4e02-917e-8ca7090f10ab:1	1	done	{"resource_id": "RES-262494", "resource_type": "IPv4 Block", "serial_number": "SN3166894626", "status": "reserved"}			2026-12-06 23:31:23.680529+00	2026-12-06 23:31:23.721946+00	2026-12-06 23:31:53.679573+00	0	2026-12-06 23:31:23.588312+00	3
8	7	99a010c1-26fe-4669-86b2-8e261cee4644	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	7:99a010c1-26fe-4669-86b2-8e261cee4644:1	1	done	{"resource_id": "RES-384484", "resource_type": "Router", "serial_number": "SN4964998138", "status": "reserved"}			2026-12-06 23:31:23.68053+00	2026-12-06 23:31:23.721957+00	2026-12-06 23:31:53.679612+00	0	2026-12-06 23:31:23.588312+00	4
9	8	eed4c97f-a6ef-40b5-8991-f158a8cb5d1d	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	8:eed4c97f-a6ef-40b5-8991-f158a8cb5d1d:1	1	done	{"resource_id": "RES-580368", "resource_type": "Technician Slot", "serial_number": "SN4477743939", "status": "reserved"}			2026-12-06 23:31:23.680531+00	2026-12-06 23:31:23.721966+00	2026-12-06 23:31:53.679652+00	0	2026-12-06 23:31:23.588312+00	5
11	10	3e3f79d2-f78b-4c84-9871-26772beb9af7	Record enrichment on the order	ordra/record_enrichment	{"order_id": 3, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	10:3e3f79d2-f78b-4c84-9871-26772beb9af7:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 23:31:23.78277+00	2026-12-06 23:31:23.786101+00	2026-12-06 23:31:53.782559+00	0	\N	\N
13	11	b6c1d341-5cda-45db-8575-a3e9731293f2	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	11:b6c1d341-5cda-45db-8575-a3e9731293f2:1	1	done	{"resource_id": "RES-337174", "resource_type": "ONT", "serial_number": "SN2104463853", "status": "reserved"}			2026-12-06 23:31:23.822901+00	2026-12-06 23:31:23.842562+00	2026-12-06 23:31:53.82248+00	0	2026-12-06 23:31:23.805776+00	0
14	12	db66227c-593c-4bd8-ba84-06d22c9f17cc	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	12:db66227c-593c-4bd8-ba84-06d22c9f17cc:1	1	done	{"resource_id": "RES-425111", "resource_type": "Access Port", "serial_number": "SN6764068409", "status": "reserved"}			2026-12-06 23:31:23.822902+00	2026-12-06 23:31:23.842574+00	2026-12-06 23:31:53.822534+00	0	2026-12-06 23:31:23.805776+00	1
12	10	7242f9dc-74a0-4a9f-8a88-2e98ffb880b0	Decompose into domain orders	ordra/decompose	{"order_id": 3, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	10:7242f9dc-74a0-4a9f-8a88-2e98ffb880b0:1	1	done	{"order_id": 3, "domain_orders": [{"id": 16, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 17, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 18, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 19, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 20, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 21, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 22, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 23, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 24, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 25, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 26, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 27, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 28, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 29, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 30, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 23:31:23.805918+00	2026-12-06 23:31:23.82452+00	2026-12-06 23:31:53.805725+00	0	\N	\N
19	10	cb0242a8-8d2b-45f8-a5e7-8635d76492ff	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 3}	10:cb0242a8-8d2b-45f8-a5e7-8635d76492ff:1	1	waiting	\N			2026-12-06 23:31:23.827351+00	\N	2026-12-06 23:31:53.826205+00	0	\N	\N
15	13	71bf27c1-e8dd-4f94-a37a-bcc7cdf90ba8	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	13:71bf27c1-e8dd-4f94-a37a-bcc7cdf90ba8:1	1	done	{"resource_id": "RES-043243", "resource_type": "IPv4 Address", "serial_number": "SN0789466567", "status": "reserved"}			2026-12-06 23:31:23.822903+00	2026-12-06 23:31:23.842582+00	2026-12-06 23:31:53.822565+00	0	2026-12-06 23:31:23.805776+00	2
16	14	47a8a90e-f59c-4233-ab06-ac300b2c940f	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	14:47a8a90e-f59c-4233-ab06-ac300b2c940f:1	1	done	{"resource_id": "RES-225568", "resource_type": "IPv4 Block", "serial_number": "SN8949122160", "status": "reserved"}			2026-12-06 23:31:23.822904+00	2026-12-06 23:31:23.842588+00	2026-12-06 23:31:53.822591+00	0	2026-12-06 23:31:23.805776+00	3
17	15	ea748d5c-0117-4bb9-95d4-c40d5655eeba	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	15:ea748d5c-0117-4bb9-95d4-c40d5655eeba:1	1	done	{"resource_id": "RES-993359", "resource_type": "Router", "serial_number": "SN9038449111", "status": "reserved"}			2026-12-06 23:31:23.822905+00	2026-12-06 23:31:23.842594+00	2026-12-06 23:31:53.822615+00	0	2026-12-06 23:31:23.805776+00	4
18	16	84700377-1dfa-4f9a-b9c6-6155c76f80b4	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	16:84700377-1dfa-4f9a-b9c6-6155c76f80b4:1	1	done	{"resource_id": "RES-440843", "resource_type": "Technician Slot", "serial_number": "SN8051433221", "status": "reserved"}			2026-12-06 23:31:23.822906+00	2026-12-06 23:31:23.8426+00	2026-12-06 23:31:53.822639+00	0	2026-12-06 23:31:23.805776+00	5
20	17	8343a9ce-ae43-4cf8-80be-5694878bc907	Hand the survey result to the order	ordra/provide_data	{"order_id": 3, "key": "survey_result", "value": "ready"}	17:8343a9ce-ae43-4cf8-80be-5694878bc907:1	1	done	{"key": "survey_result", "domain_orders": [18, 20, 23, 26]}			2026-12-06 23:31:23.873765+00	2026-12-06 23:31:23.887525+00	2026-12-06 23:31:53.873574+00	0	\N	\N
21	18	eb68ad3e-c00c-4d89-a4e3-ecda838624fa	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	18:eb68ad3e-c00c-4d89-a4e3-ecda838624fa:1	1	done	{"service_id": "SVC-724872", "access_port": "ge-0/0/24", "ip_address": "10.122.149.74", "status": "active"}			2026-12-06 23:31:23.886325+00	2026-12-06 23:31:23.903289+00	2026-12-06 23:31:53.885988+00	0	2026-12-06 23:31:23.873625+00	0
22	19	fa5330b3-e38e-424c-ac68-eb58aa5297c9	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	19:fa5330b3-e38e-424c-ac68-eb58aa5297c9:1	1	done	{"service_id": "SVC-844708", "access_port": "ge-0/0/4", "ip_address": "10.208.128.110", "status": "active"}			2026-12-06 23:31:23.886327+00	2026-12-06 23:31:23.903302+00	2026-12-06 23:31:53.886039+00	0	2026-12-06 23:31:23.873625+00	1
23	20	b249494c-22aa-45f5-9bcd-bb5702a18d45	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	20:b249494c-22aa-45f5-9bcd-bb5702a18d45:1	1	done	{"service_id": "SVC-259411", "access_port": "ge-0/3/19", "ip_address": "10.161.37.13", "status": "active"}			2026-12-06 23:31:23.886328+00	2026-12-06 23:31:23.90331+00	2026-12-06 23:31:53.886069+00	0	2026-12-06 23:31:23.873625+00	2
24	21	35db572f-0c23-4bba-9c25-be312d465d35	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	21:35db572f-0c23-4bba-9c25-be312d465d35:1	1	done	{"service_id": "SVC-128808", "access_port": "ge-0/0/24", "ip_address": "10.58.15.10", "status": "active"}			2026-12-06 23:31:23.886329+00	2026-12-06 23:31:23.903316+00	2026-12-06 23:31:53.886095+00	0	2026-12-06 23:31:23.873625+00	3
29	25	e383e249-8811-49db-9d96-49ac0814d8bb	Record enrichment on the order	ordra/record_enrichment	{"order_id": 4, "values": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	25:e383e249-8811-49db-9d96-49ac0814d8bb:1	1	done	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}			2026-12-06 23:31:23.970507+00	2026-12-06 23:31:23.973578+00	2026-12-06 23:31:53.97032+00	0	\N	\N
31	26	0fba6431-3151-440f-9404-c4098b2c4c3b	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	26:0fba6431-3151-440f-9404-c4098b2c4c3b:1	1	done	{"resource_id": "RES-509417", "resource_type": "ONT", "serial_number": "SN9315547778", "status": "reserved"}			2026-12-06 23:31:24.030004+00	2026-12-06 23:31:24.049899+00	2026-12-06 23:31:54.02957+00	0	2026-12-06 23:31:24.012541+00	0
25	17	3772b908-275c-44f7-9c69-15976f1c16fa	Book the engineer visit	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 3}	17:3772b908-275c-44f7-9c69-15976f1c16fa:1	1	done	{"visit_id": "FSV-985004", "engineer": "Sam Patel", "date": "2026-12-13", "slot": "08:00-12:00", "status": "scheduled"}			2026-12-06 23:31:23.88936+00	2026-12-06 23:31:23.903322+00	2026-12-06 23:31:53.888543+00	0	2026-12-06 23:31:23.873625+00	\N
78	49	7f1bbf22-506a-4112-adb7-86d9b16fbe47	Close order: inventory, contracts, entitlements	ordra/close_order	{"order_id": 6}	49:7f1bbf22-506a-4112-adb7-86d9b16fbe47:1	1	done	{"order_id": 6, "products": [1, 2, 3, 4]}			2026-12-06 23:31:24.535831+00	2026-12-06 23:31:24.540218+00	2026-12-06 23:31:54.535645+00	0	\N	\N
74	61	2239f936-c107-4d7f-9680-8dd7db5a8582	Activate billing	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	61:2239f936-c107-4d7f-9680-8dd7db5a8582:1	1	done	{"billing_item_id": "BIL-1499932", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}			2026-12-06 23:31:24.484008+00	2026-12-06 23:31:24.493702+00	2026-12-06 23:31:54.483728+00	0	2026-12-06 23:31:24.486666+00	0
75	62	6471d087-715a-4a38-b1f3-42d8a5c4afd8	Activate billing	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	62:6471d087-715a-4a38-b1f3-42d8a5c4afd8:1	1	done	{"billing_item_id": "BIL-8098465", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}			2026-12-06 23:31:24.484009+00	2026-12-06 23:31:24.493714+00	2026-12-06 23:31:54.483778+00	0	2026-12-06 23:31:24.486675+00	1
26	22	9d991422-fc5f-4772-895f-0ccd0588a88f	Activate billing	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	22:9d991422-fc5f-4772-895f-0ccd0588a88f:1	1	done	{"billing_item_id": "BIL-4072133", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}			2026-12-06 23:31:23.92637+00	2026-12-06 23:31:23.937933+00	2026-12-06 23:31:53.92608+00	0	2026-12-06 23:31:23.929329+00	0
27	23	8d505798-f14d-4be7-b12b-5f9957e40d99	Activate billing	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	23:8d505798-f14d-4be7-b12b-5f9957e40d99:1	1	done	{"billing_item_id": "BIL-2682592", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}			2026-12-06 23:31:23.926372+00	2026-12-06 23:31:23.937946+00	2026-12-06 23:31:53.926131+00	0	2026-12-06 23:31:23.929338+00	1
28	24	f88294e9-0650-4678-9ae2-3e876619e72f	Activate billing	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	24:f88294e9-0650-4678-9ae2-3e876619e72f:1	1	done	{"billing_item_id": "BIL-5947041", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}			2026-12-06 23:31:23.926373+00	2026-12-06 23:31:23.937953+00	2026-12-06 23:31:53.926161+00	0	2026-12-06 23:31:23.929342+00	2
32	27	de190f8a-b373-49fd-bc7b-29a3ce59ab08	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	27:de190f8a-b373-49fd-bc7b-29a3ce59ab08:1	1	done	{"resource_id": "RES-563345", "resource_type": "Access Port", "serial_number": "SN3969587369", "status": "reserved"}			2026-12-06 23:31:24.030005+00	2026-12-06 23:31:24.049912+00	2026-12-06 23:31:54.029623+00	0	2026-12-06 23:31:24.012541+00	1
33	28	76a10787-df07-4438-ac93-19eeed527991	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	28:76a10787-df07-4438-ac93-19eeed527991:1	1	done	{"resource_id": "RES-540508", "resource_type": "IPv4 Address", "serial_number": "SN7633435953", "status": "reserved"}			2026-12-06 23:31:24.030006+00	2026-12-06 23:31:24.049919+00	2026-12-06 23:31:54.029652+00	0	2026-12-06 23:31:24.012541+00	2
47	39	91b57bc0-328b-4ea9-a428-01f0601eaf4d	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	39:91b57bc0-328b-4ea9-a428-01f0601eaf4d:1	1	done	{"resource_id": "RES-693579", "resource_type": "Access Port", "serial_number": "SN5957923371", "status": "reserved"}			2026-12-06 23:31:24.234741+00	2026-12-06 23:31:24.253251+00	2026-12-06 23:31:54.234378+00	0	2026-12-06 23:31:24.218001+00	1
48	40	5ad7deab-470f-4bc7-94f0-f895341dfedb	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	40:5ad7deab-470f-4bc7-94f0-f895341dfedb:1	1	done	{"resource_id": "RES-258554", "resource_type": "IPv4 Address", "serial_number": "SN7587917670", "status": "reserved"}			2026-12-06 23:31:24.234742+00	2026-12-06 23:31:24.253259+00	2026-12-06 23:31:54.234407+00	0	2026-12-06 23:31:24.218001+00	2
63	52	63b74c07-d099-4aec-858a-feceaa35be2b	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	52:63b74c07-d099-4aec-858a-feceaa35be2b:1	1	done	{"resource_id": "RES-642737", "resource_type": "IPv4 Address", "serial_number": "SN1603253526", "status": "reserved"}			2026-12-06 23:31:24.39961+00	2026-12-06 23:31:24.418186+00	2026-12-06 23:31:54.399286+00	0	2026-12-06 23:31:24.383807+00	2
76	63	f5b9e112-85fc-4b9d-8fe7-ef0b5af9fad0	Activate billing	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	63:f5b9e112-85fc-4b9d-8fe7-ef0b5af9fad0:1	1	done	{"billing_item_id": "BIL-0982245", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}			2026-12-06 23:31:24.484011+00	2026-12-06 23:31:24.493721+00	2026-12-06 23:31:54.483805+00	0	2026-12-06 23:31:24.486678+00	2
30	25	5210ef79-ca96-4c00-84c3-80b75b9540a6	Decompose into domain orders	ordra/decompose	{"order_id": 4, "facts": {"serving_exchange": "LAB-1", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	25:5210ef79-ca96-4c00-84c3-80b75b9540a6:1	1	done	{"order_id": 4, "domain_orders": [{"id": 31, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 32, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 33, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 34, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 35, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 36, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 37, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 38, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 39, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 40, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 41, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 42, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 43, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 44, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 45, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 23:31:24.012704+00	2026-12-06 23:31:24.031515+00	2026-12-06 23:31:54.012484+00	0	\N	\N
37	25	25003d88-ec28-44b5-8811-a9995eed665e	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 4}	25:25003d88-ec28-44b5-8811-a9995eed665e:1	1	waiting	\N			2026-12-06 23:31:24.034407+00	\N	2026-12-06 23:31:54.033186+00	0	\N	\N
34	29	3deb997f-a206-4df3-8525-3279164e492e	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	29:3deb997f-a206-4df3-8525-3279164e492e:1	1	done	{"resource_id": "RES-437356", "resource_type": "IPv4 Block", "serial_number": "SN7004257358", "status": "reserved"}			2026-12-06 23:31:24.030007+00	2026-12-06 23:31:24.049925+00	2026-12-06 23:31:54.029684+00	0	2026-12-06 23:31:24.012541+00	3
35	30	369c73c4-d3dd-46b6-bb6b-532e83dbf92b	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	30:369c73c4-d3dd-46b6-bb6b-532e83dbf92b:1	1	done	{"resource_id": "RES-967438", "resource_type": "Router", "serial_number": "SN4699987048", "status": "reserved"}			2026-12-06 23:31:24.030008+00	2026-12-06 23:31:24.049931+00	2026-12-06 23:31:54.029709+00	0	2026-12-06 23:31:24.012541+00	4
36	31	07ef44bd-f8ea-4f0e-8ca7-e0217e68815f	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	31:07ef44bd-f8ea-4f0e-8ca7-e0217e68815f:1	1	done	{"resource_id": "RES-124614", "resource_type": "Technician Slot", "serial_number": "SN5619115254", "status": "reserved"}			2026-12-06 23:31:24.030009+00	2026-12-06 23:31:24.049938+00	2026-12-06 23:31:54.029733+00	0	2026-12-06 23:31:24.012541+00	5
38	32	736b2d0e-bf67-4918-b915-8a653fb0d216	Hand the survey result to the order	ordra/provide_data	{"order_id": 4, "key": "survey_result", "value": "ready"}	32:736b2d0e-bf67-4918-b915-8a653fb0d216:1	1	done	{"key": "survey_result", "domain_orders": [33, 35, 38, 41]}			2026-12-06 23:31:24.07805+00	2026-12-06 23:31:24.089155+00	2026-12-06 23:31:54.077851+00	0	\N	\N
39	33	adcc9454-e6dd-4f77-ae04-2078ee91431e	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	33:adcc9454-e6dd-4f77-ae04-2078ee91431e:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 23:31:24.087725+00	2026-12-06 23:31:24.105796+00	2026-12-06 23:31:54.087382+00	0	2026-12-06 23:31:24.077904+00	0
43	32	41417a11-e1df-4d96-b5fd-5019525c989f	Book the engineer visit	field_service/schedule	{"site_postcode": "ZZ1 1ZZ", "work": "Install ONT", "order_id": 4}	32:41417a11-e1df-4d96-b5fd-5019525c989f:1	1	done	{"visit_id": "FSV-349572", "engineer": "Sam Patel", "date": "2026-12-13", "slot": "08:00-12:00", "status": "scheduled"}			2026-12-06 23:31:24.090958+00	2026-12-06 23:31:24.105736+00	2026-12-06 23:31:54.09021+00	0	2026-12-06 23:31:24.077904+00	\N
40	34	212256c9-59bb-4812-bab7-9928d23dee6e	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	34:212256c9-59bb-4812-bab7-9928d23dee6e:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 23:31:24.087727+00	2026-12-06 23:31:24.125332+00	2026-12-06 23:31:54.087438+00	0	2026-12-06 23:31:24.077904+00	1
41	35	72386a6a-4e38-49c4-9f37-751793a18524	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {}}	35:72386a6a-4e38-49c4-9f37-751793a18524:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 23:31:24.087728+00	2026-12-06 23:31:24.132805+00	2026-12-06 23:31:54.087467+00	0	2026-12-06 23:31:24.077904+00	2
42	36	e2232a72-7171-4e3d-b6be-8fd5f668bb05	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"wifi": true}}	36:e2232a72-7171-4e3d-b6be-8fd5f668bb05:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 23:31:24.087729+00	2026-12-06 23:31:24.139779+00	2026-12-06 23:31:54.087497+00	0	2026-12-06 23:31:24.077904+00	3
44	37	e8d4d210-1abd-41fc-9f4d-81f234c7b60e	Record enrichment on the order	ordra/record_enrichment	{"order_id": 5, "values": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	37:e8d4d210-1abd-41fc-9f4d-81f234c7b60e:1	1	done	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}			2026-12-06 23:31:24.182561+00	2026-12-06 23:31:24.185639+00	2026-12-06 23:31:54.182371+00	0	\N	\N
46	38	ddbf24d8-2335-4dad-a425-f8bfd1da4d5a	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	38:ddbf24d8-2335-4dad-a425-f8bfd1da4d5a:1	1	done	{"resource_id": "RES-566953", "resource_type": "ONT", "serial_number": "SN7548113280", "status": "reserved"}			2026-12-06 23:31:24.234739+00	2026-12-06 23:31:24.253239+00	2026-12-06 23:31:54.234313+00	0	2026-12-06 23:31:24.218001+00	0
45	37	2fae1071-32f8-4ea8-962b-ea88c406dca4	Decompose into domain orders	ordra/decompose	{"order_id": 5, "facts": {"serving_exchange": "LAB-1", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	37:2fae1071-32f8-4ea8-962b-ea88c406dca4:1	1	done	{"order_id": 5, "domain_orders": [{"id": 46, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 47, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 48, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 49, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 50, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 51, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 52, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 53, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 54, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 55, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 56, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 57, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 58, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 59, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 60, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 23:31:24.218142+00	2026-12-06 23:31:24.236234+00	2026-12-06 23:31:54.217951+00	0	\N	\N
52	37	3fce9102-a4a5-49af-b9bc-423c44a184e7	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 5}	37:3fce9102-a4a5-49af-b9bc-423c44a184e7:1	1	waiting	\N			2026-12-06 23:31:24.238825+00	\N	2026-12-06 23:31:54.237794+00	0	\N	\N
49	41	8c401eb1-bffc-47d2-bb71-e23a25a6f18f	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	41:8c401eb1-bffc-47d2-bb71-e23a25a6f18f:1	1	done	{"resource_id": "RES-282237", "resource_type": "IPv4 Block", "serial_number": "SN6117284587", "status": "reserved"}			2026-12-06 23:31:24.234742+00	2026-12-06 23:31:24.253264+00	2026-12-06 23:31:54.234433+00	0	2026-12-06 23:31:24.218001+00	3
50	42	d3a6b72d-74af-4623-9777-1915abf891b3	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	42:d3a6b72d-74af-4623-9777-1915abf891b3:1	1	done	{"resource_id": "RES-347704", "resource_type": "Router", "serial_number": "SN4173160660", "status": "reserved"}			2026-12-06 23:31:24.234743+00	2026-12-06 23:31:24.253271+00	2026-12-06 23:31:54.234456+00	0	2026-12-06 23:31:24.218001+00	4
51	43	4ff80cbe-45b1-4418-916e-7d62cd8d7f74	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	43:4ff80cbe-45b1-4418-916e-7d62cd8d7f74:1	1	done	{"resource_id": "RES-675826", "resource_type": "Technician Slot", "serial_number": "SN2240267283", "status": "reserved"}			2026-12-06 23:31:24.234744+00	2026-12-06 23:31:24.253277+00	2026-12-06 23:31:54.234479+00	0	2026-12-06 23:31:24.218001+00	5
53	44	a7c1eceb-37cd-4f01-a458-8e8c283a2cd8	Hand the survey result to the order	ordra/provide_data	{"order_id": 5, "key": "survey_result", "value": "ready"}	44:a7c1eceb-37cd-4f01-a458-8e8c283a2cd8:1	1	done	{"key": "survey_result", "domain_orders": [48, 50, 53, 56]}			2026-12-06 23:31:24.280119+00	2026-12-06 23:31:24.290561+00	2026-12-06 23:31:54.279925+00	0	\N	\N
54	45	c9a3670c-b725-4e2d-a3a9-4792577b98da	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	45:c9a3670c-b725-4e2d-a3a9-4792577b98da:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 23:31:24.289274+00	2026-12-06 23:31:24.306241+00	2026-12-06 23:31:54.288869+00	0	2026-12-06 23:31:24.279975+00	0
58	44	5f4408b4-bc3b-4661-a1c9-95b4180bfedf	Book the engineer visit	field_service/schedule	{"site_postcode": "TT1 1TT", "work": "Install ONT", "order_id": 5}	44:5f4408b4-bc3b-4661-a1c9-95b4180bfedf:1	1	done	{"visit_id": "FSV-164447", "engineer": "Lee Wong", "date": "2026-12-10", "slot": "13:00-17:00", "status": "scheduled"}			2026-12-06 23:31:24.292249+00	2026-12-06 23:31:24.306189+00	2026-12-06 23:31:54.291545+00	0	2026-12-06 23:31:24.279975+00	\N
55	46	10dce325-bfda-49c8-b868-2fcdb48edac9	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	46:10dce325-bfda-49c8-b868-2fcdb48edac9:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 23:31:24.289275+00	2026-12-06 23:31:24.312357+00	2026-12-06 23:31:54.288984+00	0	2026-12-06 23:31:24.279975+00	1
56	47	cafa9978-6f41-4de1-bffe-0b081bd6612f	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {}}	47:cafa9978-6f41-4de1-bffe-0b081bd6612f:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 23:31:24.289276+00	2026-12-06 23:31:24.318412+00	2026-12-06 23:31:54.289015+00	0	2026-12-06 23:31:24.279975+00	2
57	48	10a198d4-3c39-4c38-9992-bfe638aea4c0	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"wifi": true}}	48:10a198d4-3c39-4c38-9992-bfe638aea4c0:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 23:31:24.289277+00	2026-12-06 23:31:24.32385+00	2026-12-06 23:31:54.289039+00	0	2026-12-06 23:31:24.279975+00	3
59	49	0c785fb7-d38c-4446-a46b-d486c444f8b2	Record enrichment on the order	ordra/record_enrichment	{"order_id": 6, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	49:0c785fb7-d38c-4446-a46b-d486c444f8b2:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 23:31:24.363425+00	2026-12-06 23:31:24.366423+00	2026-12-06 23:31:54.363248+00	0	\N	\N
61	50	d0e704e9-9953-482c-bb41-c08e71892dc3	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	50:d0e704e9-9953-482c-bb41-c08e71892dc3:1	1	done	{"resource_id": "RES-290779", "resource_type": "ONT", "serial_number": "SN1632547172", "status": "reserved"}			2026-12-06 23:31:24.399607+00	2026-12-06 23:31:24.418167+00	2026-12-06 23:31:54.399207+00	0	2026-12-06 23:31:24.383807+00	0
62	51	2eb3668c-1673-48d7-a371-c6b985af789a	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	51:2eb3668c-1673-48d7-a371-c6b985af789a:1	1	done	{"resource_id": "RES-374473", "resource_type": "Access Port", "serial_number": "SN1988388281", "status": "reserved"}			2026-12-06 23:31:24.399609+00	2026-12-06 23:31:24.418178+00	2026-12-06 23:31:54.399259+00	0	2026-12-06 23:31:24.383807+00	1
60	49	a8a7bc55-2ab9-46fd-bc90-729350782b1f	Decompose into domain orders	ordra/decompose	{"order_id": 6, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	49:a8a7bc55-2ab9-46fd-bc90-729350782b1f:1	1	done	{"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 70, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 23:31:24.383947+00	2026-12-06 23:31:24.401083+00	2026-12-06 23:31:54.383758+00	0	\N	\N
64	53	5b72a13f-88fb-4553-8a5f-fa0184c03212	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	53:5b72a13f-88fb-4553-8a5f-fa0184c03212:1	1	done	{"resource_id": "RES-864313", "resource_type": "IPv4 Block", "serial_number": "SN1258873268", "status": "reserved"}			2026-12-06 23:31:24.399611+00	2026-12-06 23:31:24.418191+00	2026-12-06 23:31:54.399308+00	0	2026-12-06 23:31:24.383807+00	3
65	54	87c4f63f-7b9f-43d1-83d6-0f2a62748bcf	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	54:87c4f63f-7b9f-43d1-83d6-0f2a62748bcf:1	1	done	{"resource_id": "RES-312022", "resource_type": "Router", "serial_number": "SN3138591338", "status": "reserved"}			2026-12-06 23:31:24.399611+00	2026-12-06 23:31:24.418197+00	2026-12-06 23:31:54.39933+00	0	2026-12-06 23:31:24.383807+00	4
66	55	e75f3c79-78e7-4edf-8ce1-0b77c9c7688e	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	55:e75f3c79-78e7-4edf-8ce1-0b77c9c7688e:1	1	done	{"resource_id": "RES-915803", "resource_type": "Technician Slot", "serial_number": "SN9310930634", "status": "reserved"}			2026-12-06 23:31:24.399612+00	2026-12-06 23:31:24.418203+00	2026-12-06 23:31:54.399353+00	0	2026-12-06 23:31:24.383807+00	5
68	56	9520c359-0cf3-4ceb-9524-432e473a1ac7	Hand the survey result to the order	ordra/provide_data	{"order_id": 6, "key": "survey_result", "value": "ready"}	56:9520c359-0cf3-4ceb-9524-432e473a1ac7:1	1	done	{"key": "survey_result", "domain_orders": [63, 65, 68, 71]}			2026-12-06 23:31:24.443482+00	2026-12-06 23:31:24.453724+00	2026-12-06 23:31:54.443294+00	0	\N	\N
69	57	3578f4aa-a43d-4bab-b39a-8d15862396b7	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	57:3578f4aa-a43d-4bab-b39a-8d15862396b7:1	1	done	{"service_id": "SVC-290122", "access_port": "ge-0/2/10", "ip_address": "10.122.160.124", "status": "active"}			2026-12-06 23:31:24.452328+00	2026-12-06 23:31:24.467151+00	2026-12-06 23:31:54.452+00	0	2026-12-06 23:31:24.443343+00	0
70	58	febeb154-0f7d-4538-aaa1-b680b66ab5ee	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	58:febeb154-0f7d-4538-aaa1-b680b66ab5ee:1	1	done	{"service_id": "SVC-424400", "access_port": "ge-0/0/32", "ip_address": "10.150.197.2", "status": "active"}			2026-12-06 23:31:24.45233+00	2026-12-06 23:31:24.467163+00	2026-12-06 23:31:54.452047+00	0	2026-12-06 23:31:24.443343+00	1
71	59	5d577826-9883-498b-bc4d-7e8bca39d23a	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	59:5d577826-9883-498b-bc4d-7e8bca39d23a:1	1	done	{"service_id": "SVC-241910", "access_port": "ge-0/2/38", "ip_address": "10.160.217.112", "status": "active"}			2026-12-06 23:31:24.452331+00	2026-12-06 23:31:24.467171+00	2026-12-06 23:31:54.452074+00	0	2026-12-06 23:31:24.443343+00	2
72	60	395fcfbd-66a1-428c-a670-71c1c17aab7e	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	60:395fcfbd-66a1-428c-a670-71c1c17aab7e:1	1	done	{"service_id": "SVC-640644", "access_port": "ge-0/0/36", "ip_address": "10.144.62.46", "status": "active"}			2026-12-06 23:31:24.452332+00	2026-12-06 23:31:24.467176+00	2026-12-06 23:31:54.452099+00	0	2026-12-06 23:31:24.443343+00	3
73	56	ad938461-1c87-438b-ad93-da282b91f3ac	Book the engineer visit	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 6}	56:ad938461-1c87-438b-ad93-da282b91f3ac:1	1	done	{"visit_id": "FSV-500715", "engineer": "Lee Wong", "date": "2026-12-12", "slot": "13:00-17:00", "status": "scheduled"}			2026-12-06 23:31:24.455452+00	2026-12-06 23:31:24.467182+00	2026-12-06 23:31:54.454693+00	0	2026-12-06 23:31:24.443343+00	\N
77	64	3b3c4e0f-91c7-4be7-be8d-53d382d25710	Activate billing	billing/activate	{"account_id": 2, "product": "Installation", "action": "add", "recurring": "0.00", "one_time": "195.00"}	64:3b3c4e0f-91c7-4be7-be8d-53d382d25710:1	1	done	{"billing_item_id": "BIL-8776844", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}			2026-12-06 23:31:24.516502+00	2026-12-06 23:31:24.524565+00	2026-12-06 23:31:54.516331+00	0	2026-12-06 23:31:24.516373+00	\N
67	49	a512c600-e75f-4c5a-b56c-61c6ced56250	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 6}	49:a512c600-e75f-4c5a-b56c-61c6ced56250:1	1	done	{"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "completed"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "completed"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "completed"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "completed"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "completed"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "completed"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "completed"}, {"id": 70, "type": "resource", "spec": "Router", "state": "completed"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "completed"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "completed"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "completed"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "completed"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "completed"}]}			2026-12-06 23:31:24.403473+00	2026-12-06 23:31:24.531709+00	2026-12-06 23:31:54.402474+00	0	\N	\N
\.


--
-- Data for Name: simulator_rules; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.simulator_rules (id, connector, error_code, message, rate, match_field, match_prefix, enabled) FROM stdin;
1	provisioning/activate	PORT_UNAVAILABLE	no free access port at the serving exchange	1	site_postcode	ZZ	t
2	provisioning/activate	TIMEOUT	provisioning timed out	1	site_postcode	TT	t
\.


--
-- Data for Name: tmf_catalog_jobs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tmf_catalog_jobs (id, kind, status, query, source, document, error_log, created_by_id, created_at, completed_at) FROM stdin;
\.


--
-- Data for Name: tmf_deliveries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tmf_deliveries (id, event_id, hub_id, resource, status, attempts, next_attempt_at, last_status, last_error, delivered_at) FROM stdin;
\.


--
-- Data for Name: tmf_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tmf_events (id, api, event_type, resource, order_id, payload, created_at) FROM stdin;
\.


--
-- Data for Name: tmf_hubs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tmf_hubs (id, api, callback, query, secret, created_by_id, created_at, ended_at) FROM stdin;
\.


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_roles (user_id, role) FROM stdin;
1	process_admin
2	order_agent
3	fulfillment_agent
4	order_manager
5	order_approver
6	fulfillment_manager
7	fallout_agent
8	fallout_manager
9	customer
10	customer
\.


--
-- Data for Name: user_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_sessions (id, user_id, token_hash, created_at, last_seen_at, ended_at) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (id, username, display_name, password_hash, active, created_at) FROM stdin;
1	admin	Process Admin	pbkdf2:sha256:1000$Wes7DrApty4f3NP3$af1b416823994327c99289bd759f62564134d98f6b964f771b7db245ea2823ae	t	2026-12-06 23:31:23.341569+00
2	agent	Olivia Agent	pbkdf2:sha256:1000$IUTWhwYHni1uhHdU$b17dfb1e952873afd22447888d7e57a9f310ebe518e7e6e3672ed8ff528f3231	t	2026-12-06 23:31:23.344769+00
3	fulfiller	Frank Fulfiller	pbkdf2:sha256:1000$UvMz1PQM4FhumT1T$cf1c5fb540c21a1fd37090cceafeca1feaa50695feaacfea05a25fb62fcc99e9	t	2026-12-06 23:31:23.347154+00
4	omanager	Mona Manager	pbkdf2:sha256:1000$gTEYnB0ZpYHXJNV9$e9ce57a16c8bb31ac5473d20fd1230183ce45754a9b82cdf08a3282a5a40ce19	t	2026-12-06 23:31:23.349246+00
5	approver	Arthur Approver	pbkdf2:sha256:1000$XQRZrorRAqaCRGBO$94f53f6fe40c453e2cdec2a50463368e533b05d59bbe3f17b5b0794f8ee12c64	t	2026-12-06 23:31:23.351247+00
6	fmanager	Fiona Fulfillment-Manager	pbkdf2:sha256:1000$qbaSMtiIVsVNstGO$1442ad7b3c0501b77dc65f86a547f297ec28caa6d973a3a39d587441dd0dc344	t	2026-12-06 23:31:23.353325+00
7	fallout	Felix Fallout	pbkdf2:sha256:1000$ZAl03icyLKTSCScx$27bf2cbecaae9ed9b1ef6590463b08cf4fe04e9e03a02070b7ecaaa27a7db144	t	2026-12-06 23:31:23.355578+00
8	falloutmgr	Fay Fallout-Manager	pbkdf2:sha256:1000$rbwG5NW84g6sqWFg$83946635d6110ce28f79e53a066742fc5adbd83013a4aa682fed65c2b9c9bdec	t	2026-12-06 23:31:23.357562+00
9	alice	Alice (Acme Ltd)	pbkdf2:sha256:1000$nmeixfdWc23I2vbL$a099da791a5747ca33e4a6be26a31bdd83f632014fc0951bebb361589f52d489	t	2026-12-06 23:31:23.359467+00
10	bob	Bob (Bravo plc)	pbkdf2:sha256:1000$XmSCrsDacVy11zSQ$172320a1cebb9cd3fe2b7408ff6b75c88fe0acd99b253901c58b1cf1284e500b	t	2026-12-06 23:31:23.361439+00
\.


--
-- Data for Name: work_items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.work_items (id, instance_id, task_id, bpmn_id, title, role, status, form, instructions, task_data, assignee_id, created_at, due_at, jeopardy, completed_at, completed_by_id, lock_version, insert_sentinel) FROM stdin;
1	1	b07a4b2d-2c30-47c8-b825-66731cd4f0ba	approve_order	Approve order	order_approver	open	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total", "readOnly": true}, "currency": {"type": "string", "title": "Currency", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 1 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 1, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}	\N	2026-12-06 23:31:23.466666+00	2026-12-07 23:31:23.466666+00	on_track	\N	\N	1	\N
2	2	f4bf0203-ee17-4ee7-8971-6b0a3f45ca13	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total", "readOnly": true}, "currency": {"type": "string", "title": "Currency", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 2 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 2, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}	\N	2026-12-06 23:31:23.5458+00	2026-12-07 23:31:23.5458+00	on_track	2026-12-06 23:31:23.581246+00	5	2	\N
3	9	80e3c6fa-d509-421f-a13d-f246f7873b89	survey_site	Survey site	fulfillment_agent	open	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 2, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-580368", "resource_type": "Technician Slot", "serial_number": "SN4477743939", "status": "reserved"}}}}	\N	2026-12-06 23:31:23.749845+00	2026-12-08 23:31:23.749845+00	on_track	\N	\N	1	\N
4	10	2e013676-27f2-446e-aa35-f3208015d95e	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total", "readOnly": true}, "currency": {"type": "string", "title": "Currency", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 3 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 3, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}	\N	2026-12-06 23:31:23.788617+00	2026-12-07 23:31:23.788617+00	on_track	2026-12-06 23:31:23.801994+00	5	2	\N
7	25	0ec68b99-8ae8-4951-92ec-7bdc756f17c7	technical_details	Enter technical details	fulfillment_agent	completed	{"kind": "json_schema", "file": "order_technical_details.json", "schema": {"title": "Technical details", "type": "object", "required": ["serving_exchange"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "serving_exchange": {"type": "string", "title": "Serving exchange", "minLength": 3, "maxLength": 40}, "site_notes": {"type": "string", "title": "Site notes for the engineers", "maxLength": 500}}}, "ui": null}	The site ZZ1 1ZZ of order 4 (Bravo plc) is not in a known serving area: enter its serving exchange.	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "ZZ1 1ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 23:31:23.979023+00	2026-12-08 23:31:23.979023+00	on_track	2026-12-06 23:31:23.99145+00	3	2	\N
5	17	558afa83-25a4-4747-b3ea-445b7f433f92	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 3, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-440843", "resource_type": "Technician Slot", "serial_number": "SN8051433221", "status": "reserved"}}}}	\N	2026-12-06 23:31:23.855473+00	2026-12-08 23:31:23.855473+00	on_track	2026-12-06 23:31:23.870356+00	3	2	\N
6	17	ceaf626e-f0ca-4f70-8053-f01e98d855b8	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-985004 on 2026-12-13 08:00-12:00 (Sam Patel): install and test the ONT at SW1A 1AA, then enter its serial number.	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-440843", "resource_type": "Technician Slot", "serial_number": "SN8051433221", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [18, 20, 23, 26]}, "visit": {"visit_id": "FSV-985004", "engineer": "Sam Patel", "date": "2026-12-13", "slot": "08:00-12:00", "status": "scheduled"}}	\N	2026-12-06 23:31:23.916091+00	2026-12-08 23:31:23.916091+00	on_track	\N	\N	1	\N
9	32	ca0e76c7-9b76-47b7-9bbe-231f3eebc0f5	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site ZZ1 1ZZ (order 4, exchange ): can the fibre be drawn in?	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-124614", "resource_type": "Technician Slot", "serial_number": "SN5619115254", "status": "reserved"}}}}	\N	2026-12-06 23:31:24.063364+00	2026-12-08 23:31:24.063364+00	on_track	2026-12-06 23:31:24.074485+00	3	2	\N
8	25	9730895e-d256-4890-bd43-7722532f709b	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total", "readOnly": true}, "currency": {"type": "string", "title": "Currency", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 4 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in Unknown (exchange LAB-1), priority normal.	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "ZZ1 1ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "order_approval_needed": true}	\N	2026-12-06 23:31:23.996643+00	2026-12-07 23:31:23.996643+00	on_track	2026-12-06 23:31:24.008611+00	5	2	\N
11	37	82677f97-07f5-4504-bf66-5f1226b75dc6	technical_details	Enter technical details	fulfillment_agent	completed	{"kind": "json_schema", "file": "order_technical_details.json", "schema": {"title": "Technical details", "type": "object", "required": ["serving_exchange"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "serving_exchange": {"type": "string", "title": "Serving exchange", "minLength": 3, "maxLength": 40}, "site_notes": {"type": "string", "title": "Site notes for the engineers", "maxLength": 500}}}, "ui": null}	The site TT1 1TT of order 5 (Bravo plc) is not in a known serving area: enter its serving exchange.	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "TT1 1TT", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 23:31:24.187207+00	2026-12-08 23:31:24.187207+00	on_track	2026-12-06 23:31:24.19923+00	3	2	\N
10	32	9eda0cae-9ace-43dd-98ed-713bd3a334a6	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-349572 on 2026-12-13 08:00-12:00 (Sam Patel): install and test the ONT at ZZ1 1ZZ, then enter its serial number.	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-124614", "resource_type": "Technician Slot", "serial_number": "SN5619115254", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [33, 35, 38, 41]}, "visit": {"visit_id": "FSV-349572", "engineer": "Sam Patel", "date": "2026-12-13", "slot": "08:00-12:00", "status": "scheduled"}}	\N	2026-12-06 23:31:24.149742+00	2026-12-08 23:31:24.149742+00	on_track	\N	\N	1	\N
13	44	e9faeb39-518c-47c1-ac8c-2c82fe3d249f	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site TT1 1TT (order 5, exchange ): can the fibre be drawn in?	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-675826", "resource_type": "Technician Slot", "serial_number": "SN2240267283", "status": "reserved"}}}}	\N	2026-12-06 23:31:24.266347+00	2026-12-08 23:31:24.266347+00	on_track	2026-12-06 23:31:24.277075+00	3	2	\N
14	44	fadaca03-108e-4086-9a44-cae6fab04b50	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-164447 on 2026-12-10 13:00-17:00 (Lee Wong): install and test the ONT at TT1 1TT, then enter its serial number.	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-675826", "resource_type": "Technician Slot", "serial_number": "SN2240267283", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [48, 50, 53, 56]}, "visit": {"visit_id": "FSV-164447", "engineer": "Lee Wong", "date": "2026-12-10", "slot": "13:00-17:00", "status": "scheduled"}}	\N	2026-12-06 23:31:24.333032+00	2026-12-08 23:31:24.333032+00	on_track	\N	\N	1	\N
17	56	4fae2233-dba3-4b36-b17f-df358c16d88f	install_ont	Install ONT on site	fulfillment_agent	completed	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-500715 on 2026-12-12 13:00-17:00 (Lee Wong): install and test the ONT at SW1A 1AA, then enter its serial number.	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-915803", "resource_type": "Technician Slot", "serial_number": "SN9310930634", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [63, 65, 68, 71]}, "visit": {"visit_id": "FSV-500715", "engineer": "Lee Wong", "date": "2026-12-12", "slot": "13:00-17:00", "status": "scheduled"}}	\N	2026-12-06 23:31:24.475769+00	2026-12-08 23:31:24.475769+00	on_track	2026-12-06 23:31:24.508577+00	3	2	\N
12	37	c81a3e28-1d9a-4255-ba16-4fee7ac6744e	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total", "readOnly": true}, "currency": {"type": "string", "title": "Currency", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 5 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in Unknown (exchange LAB-1), priority normal.	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "TT1 1TT", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "order_approval_needed": true}	\N	2026-12-06 23:31:24.203968+00	2026-12-07 23:31:24.203968+00	on_track	2026-12-06 23:31:24.214499+00	5	2	\N
15	49	8a64eb92-184d-4908-ac66-1cd8f5eb7339	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total", "readOnly": true}, "currency": {"type": "string", "title": "Currency", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 6 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 6, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "currency": "GBP", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}	\N	2026-12-06 23:31:24.369179+00	2026-12-07 23:31:24.369179+00	on_track	2026-12-06 23:31:24.380517+00	5	2	\N
16	56	21af1ca6-5bd6-41f8-8b75-66c9fc99ef00	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 6, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-915803", "resource_type": "Technician Slot", "serial_number": "SN9310930634", "status": "reserved"}}}}	\N	2026-12-06 23:31:24.430252+00	2026-12-08 23:31:24.430252+00	on_track	2026-12-06 23:31:24.440499+00	3	2	\N
\.


--
-- Name: api_tokens_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_tokens_id_seq', 1, false);


--
-- Name: catalog_categories_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.catalog_categories_id_seq', 4, true);


--
-- Name: catalog_characteristics_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.catalog_characteristics_id_seq', 8, true);


--
-- Name: catalog_offerings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.catalog_offerings_id_seq', 5, true);


--
-- Name: catalog_prices_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.catalog_prices_id_seq', 9, true);


--
-- Name: catalog_spec_relationships_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.catalog_spec_relationships_id_seq', 20, true);


--
-- Name: catalog_specifications_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.catalog_specifications_id_seq', 23, true);


--
-- Name: contracts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.contracts_id_seq', 4, true);


--
-- Name: customer_accounts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.customer_accounts_id_seq', 3, true);


--
-- Name: customer_contacts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.customer_contacts_id_seq', 3, true);


--
-- Name: decision_versions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.decision_versions_id_seq', 10, true);


--
-- Name: demo_connector_ledger_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.demo_connector_ledger_id_seq', 57, true);


--
-- Name: deployments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deployments_id_seq', 1, true);


--
-- Name: domain_orders_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.domain_orders_id_seq', 75, true);


--
-- Name: entitlements_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.entitlements_id_seq', 4, true);


--
-- Name: fallout_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fallout_events_id_seq', 8, true);


--
-- Name: fallouts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fallouts_id_seq', 8, true);


--
-- Name: form_versions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.form_versions_id_seq', 10, true);


--
-- Name: import_batches_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.import_batches_id_seq', 1, false);


--
-- Name: import_rows_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.import_rows_id_seq', 1, false);


--
-- Name: instance_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.instance_events_id_seq', 323, true);


--
-- Name: instance_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.instance_migrations_id_seq', 1, false);


--
-- Name: inventory_products_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.inventory_products_id_seq', 4, true);


--
-- Name: jeopardy_alerts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.jeopardy_alerts_id_seq', 1, false);


--
-- Name: jeopardy_watches_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.jeopardy_watches_id_seq', 21, true);


--
-- Name: model_drafts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_drafts_id_seq', 1, false);


--
-- Name: model_files_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_files_id_seq', 27, true);


--
-- Name: model_test_cases_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_test_cases_id_seq', 86, true);


--
-- Name: order_cancellations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_cancellations_id_seq', 1, false);


--
-- Name: order_revisions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_revisions_id_seq', 1, false);


--
-- Name: process_instances_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.process_instances_id_seq', 64, true);


--
-- Name: process_versions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.process_versions_id_seq', 10, true);


--
-- Name: product_order_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.product_order_events_id_seq', 151, true);


--
-- Name: product_order_items_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.product_order_items_id_seq', 24, true);


--
-- Name: product_orders_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.product_orders_id_seq', 6, true);


--
-- Name: service_calls_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.service_calls_id_seq', 78, true);


--
-- Name: simulator_rules_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.simulator_rules_id_seq', 2, true);


--
-- Name: tmf_catalog_jobs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tmf_catalog_jobs_id_seq', 1, false);


--
-- Name: tmf_deliveries_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tmf_deliveries_id_seq', 1, false);


--
-- Name: tmf_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tmf_events_id_seq', 1, false);


--
-- Name: tmf_hubs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tmf_hubs_id_seq', 1, false);


--
-- Name: user_sessions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.user_sessions_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.users_id_seq', 10, true);


--
-- Name: work_items_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.work_items_id_seq', 17, true);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: api_tokens pk_api_tokens; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT pk_api_tokens PRIMARY KEY (id);


--
-- Name: catalog_bundle_members pk_catalog_bundle_members; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_bundle_members
    ADD CONSTRAINT pk_catalog_bundle_members PRIMARY KEY (bundle_id, member_id);


--
-- Name: catalog_categories pk_catalog_categories; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_categories
    ADD CONSTRAINT pk_catalog_categories PRIMARY KEY (id);


--
-- Name: catalog_characteristics pk_catalog_characteristics; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_characteristics
    ADD CONSTRAINT pk_catalog_characteristics PRIMARY KEY (id);


--
-- Name: catalog_offering_categories pk_catalog_offering_categories; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_offering_categories
    ADD CONSTRAINT pk_catalog_offering_categories PRIMARY KEY (offering_id, category_id);


--
-- Name: catalog_offerings pk_catalog_offerings; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_offerings
    ADD CONSTRAINT pk_catalog_offerings PRIMARY KEY (id);


--
-- Name: catalog_prices pk_catalog_prices; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_prices
    ADD CONSTRAINT pk_catalog_prices PRIMARY KEY (id);


--
-- Name: catalog_spec_relationships pk_catalog_spec_relationships; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_spec_relationships
    ADD CONSTRAINT pk_catalog_spec_relationships PRIMARY KEY (id);


--
-- Name: catalog_specifications pk_catalog_specifications; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_specifications
    ADD CONSTRAINT pk_catalog_specifications PRIMARY KEY (id);


--
-- Name: contracts pk_contracts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contracts
    ADD CONSTRAINT pk_contracts PRIMARY KEY (id);


--
-- Name: customer_account_users pk_customer_account_users; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_account_users
    ADD CONSTRAINT pk_customer_account_users PRIMARY KEY (account_id, user_id);


--
-- Name: customer_accounts pk_customer_accounts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_accounts
    ADD CONSTRAINT pk_customer_accounts PRIMARY KEY (id);


--
-- Name: customer_contacts pk_customer_contacts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_contacts
    ADD CONSTRAINT pk_customer_contacts PRIMARY KEY (id);


--
-- Name: decision_versions pk_decision_versions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision_versions
    ADD CONSTRAINT pk_decision_versions PRIMARY KEY (id);


--
-- Name: demo_connector_ledger pk_demo_connector_ledger; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.demo_connector_ledger
    ADD CONSTRAINT pk_demo_connector_ledger PRIMARY KEY (id);


--
-- Name: deployments pk_deployments; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deployments
    ADD CONSTRAINT pk_deployments PRIMARY KEY (id);


--
-- Name: domain_orders pk_domain_orders; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_orders
    ADD CONSTRAINT pk_domain_orders PRIMARY KEY (id);


--
-- Name: entitlements pk_entitlements; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entitlements
    ADD CONSTRAINT pk_entitlements PRIMARY KEY (id);


--
-- Name: fallout_events pk_fallout_events; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fallout_events
    ADD CONSTRAINT pk_fallout_events PRIMARY KEY (id);


--
-- Name: fallouts pk_fallouts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fallouts
    ADD CONSTRAINT pk_fallouts PRIMARY KEY (id);


--
-- Name: form_versions pk_form_versions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.form_versions
    ADD CONSTRAINT pk_form_versions PRIMARY KEY (id);


--
-- Name: import_batches pk_import_batches; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_batches
    ADD CONSTRAINT pk_import_batches PRIMARY KEY (id);


--
-- Name: import_rows pk_import_rows; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_rows
    ADD CONSTRAINT pk_import_rows PRIMARY KEY (id);


--
-- Name: instance_events pk_instance_events; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_events
    ADD CONSTRAINT pk_instance_events PRIMARY KEY (id);


--
-- Name: instance_migrations pk_instance_migrations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_migrations
    ADD CONSTRAINT pk_instance_migrations PRIMARY KEY (id);


--
-- Name: inventory_products pk_inventory_products; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_products
    ADD CONSTRAINT pk_inventory_products PRIMARY KEY (id);


--
-- Name: jeopardy_alerts pk_jeopardy_alerts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jeopardy_alerts
    ADD CONSTRAINT pk_jeopardy_alerts PRIMARY KEY (id);


--
-- Name: jeopardy_watches pk_jeopardy_watches; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jeopardy_watches
    ADD CONSTRAINT pk_jeopardy_watches PRIMARY KEY (id);


--
-- Name: login_throttles pk_login_throttles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_throttles
    ADD CONSTRAINT pk_login_throttles PRIMARY KEY (key);


--
-- Name: model_drafts pk_model_drafts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_drafts
    ADD CONSTRAINT pk_model_drafts PRIMARY KEY (id);


--
-- Name: model_files pk_model_files; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_files
    ADD CONSTRAINT pk_model_files PRIMARY KEY (id);


--
-- Name: model_generation pk_model_generation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_generation
    ADD CONSTRAINT pk_model_generation PRIMARY KEY (id);


--
-- Name: model_test_cases pk_model_test_cases; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_test_cases
    ADD CONSTRAINT pk_model_test_cases PRIMARY KEY (id);


--
-- Name: order_cancellations pk_order_cancellations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_cancellations
    ADD CONSTRAINT pk_order_cancellations PRIMARY KEY (id);


--
-- Name: order_revisions pk_order_revisions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_revisions
    ADD CONSTRAINT pk_order_revisions PRIMARY KEY (id);


--
-- Name: process_instances pk_process_instances; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_instances
    ADD CONSTRAINT pk_process_instances PRIMARY KEY (id);


--
-- Name: process_versions pk_process_versions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_versions
    ADD CONSTRAINT pk_process_versions PRIMARY KEY (id);


--
-- Name: product_order_events pk_product_order_events; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_order_events
    ADD CONSTRAINT pk_product_order_events PRIMARY KEY (id);


--
-- Name: product_order_items pk_product_order_items; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_order_items
    ADD CONSTRAINT pk_product_order_items PRIMARY KEY (id);


--
-- Name: product_orders pk_product_orders; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_orders
    ADD CONSTRAINT pk_product_orders PRIMARY KEY (id);


--
-- Name: service_calls pk_service_calls; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_calls
    ADD CONSTRAINT pk_service_calls PRIMARY KEY (id);


--
-- Name: simulator_rules pk_simulator_rules; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.simulator_rules
    ADD CONSTRAINT pk_simulator_rules PRIMARY KEY (id);


--
-- Name: tmf_catalog_jobs pk_tmf_catalog_jobs; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_catalog_jobs
    ADD CONSTRAINT pk_tmf_catalog_jobs PRIMARY KEY (id);


--
-- Name: tmf_deliveries pk_tmf_deliveries; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_deliveries
    ADD CONSTRAINT pk_tmf_deliveries PRIMARY KEY (id);


--
-- Name: tmf_events pk_tmf_events; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_events
    ADD CONSTRAINT pk_tmf_events PRIMARY KEY (id);


--
-- Name: tmf_hubs pk_tmf_hubs; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_hubs
    ADD CONSTRAINT pk_tmf_hubs PRIMARY KEY (id);


--
-- Name: user_roles pk_user_roles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT pk_user_roles PRIMARY KEY (user_id, role);


--
-- Name: user_sessions pk_user_sessions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_sessions
    ADD CONSTRAINT pk_user_sessions PRIMARY KEY (id);


--
-- Name: users pk_users; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT pk_users PRIMARY KEY (id);


--
-- Name: work_items pk_work_items; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_items
    ADD CONSTRAINT pk_work_items PRIMARY KEY (id);


--
-- Name: api_tokens uq_api_tokens_token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT uq_api_tokens_token_hash UNIQUE (token_hash);


--
-- Name: catalog_categories uq_catalog_categories_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_categories
    ADD CONSTRAINT uq_catalog_categories_name UNIQUE (name);


--
-- Name: catalog_characteristics uq_catalog_characteristics_specification_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_characteristics
    ADD CONSTRAINT uq_catalog_characteristics_specification_id UNIQUE (specification_id, name);


--
-- Name: catalog_offerings uq_catalog_offerings_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_offerings
    ADD CONSTRAINT uq_catalog_offerings_name UNIQUE (name);


--
-- Name: catalog_prices uq_catalog_prices_offering_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_prices
    ADD CONSTRAINT uq_catalog_prices_offering_id UNIQUE (offering_id, name);


--
-- Name: catalog_spec_relationships uq_catalog_spec_relationships_source_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_spec_relationships
    ADD CONSTRAINT uq_catalog_spec_relationships_source_id UNIQUE (source_id, target_id, relationship_type);


--
-- Name: catalog_specifications uq_catalog_specifications_kind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_specifications
    ADD CONSTRAINT uq_catalog_specifications_kind UNIQUE (kind, name);


--
-- Name: customer_account_users uq_customer_account_users_user_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_account_users
    ADD CONSTRAINT uq_customer_account_users_user_id UNIQUE (user_id);


--
-- Name: customer_accounts uq_customer_accounts_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_accounts
    ADD CONSTRAINT uq_customer_accounts_name UNIQUE (name);


--
-- Name: decision_versions uq_decision_versions_decision_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision_versions
    ADD CONSTRAINT uq_decision_versions_decision_id UNIQUE (decision_id, version);


--
-- Name: demo_connector_ledger uq_demo_connector_ledger_idempotency_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.demo_connector_ledger
    ADD CONSTRAINT uq_demo_connector_ledger_idempotency_key UNIQUE (idempotency_key);


--
-- Name: form_versions uq_form_versions_filename; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.form_versions
    ADD CONSTRAINT uq_form_versions_filename UNIQUE (filename, version);


--
-- Name: jeopardy_alerts uq_jeopardy_alerts_watch_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jeopardy_alerts
    ADD CONSTRAINT uq_jeopardy_alerts_watch_id UNIQUE (watch_id, state, role);


--
-- Name: jeopardy_watches uq_jeopardy_watches_subject_kind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jeopardy_watches
    ADD CONSTRAINT uq_jeopardy_watches_subject_kind UNIQUE (subject_kind, subject_id);


--
-- Name: model_drafts uq_model_drafts_user_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_drafts
    ADD CONSTRAINT uq_model_drafts_user_id UNIQUE (user_id, kind, model_id);


--
-- Name: model_test_cases uq_model_test_cases_kind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_test_cases
    ADD CONSTRAINT uq_model_test_cases_kind UNIQUE (kind, model_id, name);


--
-- Name: order_revisions uq_order_revisions_idempotency_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_revisions
    ADD CONSTRAINT uq_order_revisions_idempotency_key UNIQUE (order_id, idempotency_key);


--
-- Name: order_revisions uq_order_revisions_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_revisions
    ADD CONSTRAINT uq_order_revisions_number UNIQUE (order_id, number);


--
-- Name: process_versions uq_process_versions_process_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_versions
    ADD CONSTRAINT uq_process_versions_process_id UNIQUE (process_id, version);


--
-- Name: product_orders uq_product_orders_account_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_orders
    ADD CONSTRAINT uq_product_orders_account_id UNIQUE (account_id, external_id);


--
-- Name: service_calls uq_service_calls_idempotency_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_calls
    ADD CONSTRAINT uq_service_calls_idempotency_key UNIQUE (idempotency_key);


--
-- Name: user_sessions uq_user_sessions_token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_sessions
    ADD CONSTRAINT uq_user_sessions_token_hash UNIQUE (token_hash);


--
-- Name: users uq_users_username; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT uq_users_username UNIQUE (username);


--
-- Name: ix_api_tokens_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_api_tokens_user_id ON public.api_tokens USING btree (user_id);


--
-- Name: ix_catalog_offering_categories_category_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_catalog_offering_categories_category_id ON public.catalog_offering_categories USING btree (category_id);


--
-- Name: ix_catalog_offerings_lifecycle_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_catalog_offerings_lifecycle_status ON public.catalog_offerings USING btree (lifecycle_status);


--
-- Name: ix_catalog_prices_offering_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_catalog_prices_offering_id ON public.catalog_prices USING btree (offering_id);


--
-- Name: ix_catalog_spec_relationships_source_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_catalog_spec_relationships_source_id ON public.catalog_spec_relationships USING btree (source_id);


--
-- Name: ix_catalog_spec_relationships_target_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_catalog_spec_relationships_target_id ON public.catalog_spec_relationships USING btree (target_id);


--
-- Name: ix_catalog_specifications_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_catalog_specifications_kind ON public.catalog_specifications USING btree (kind);


--
-- Name: ix_contracts_account_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_contracts_account_id ON public.contracts USING btree (account_id);


--
-- Name: ix_contracts_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_contracts_order_id ON public.contracts USING btree (order_id);


--
-- Name: ix_contracts_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_contracts_product_id ON public.contracts USING btree (product_id);


--
-- Name: ix_customer_contacts_account_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_customer_contacts_account_id ON public.customer_contacts USING btree (account_id);


--
-- Name: ix_decision_versions_decision_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_decision_versions_decision_id ON public.decision_versions USING btree (decision_id);


--
-- Name: ix_decision_versions_deployment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_decision_versions_deployment_id ON public.decision_versions USING btree (deployment_id);


--
-- Name: ix_domain_orders_history; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_domain_orders_history ON public.domain_orders USING btree (spec_name, plan, state, completed_at);


--
-- Name: ix_domain_orders_instance_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_domain_orders_instance_id ON public.domain_orders USING btree (instance_id);


--
-- Name: ix_domain_orders_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_domain_orders_order_id ON public.domain_orders USING btree (order_id);


--
-- Name: ix_domain_orders_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_domain_orders_state ON public.domain_orders USING btree (state);


--
-- Name: ix_entitlements_account_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_entitlements_account_id ON public.entitlements USING btree (account_id);


--
-- Name: ix_entitlements_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_entitlements_order_id ON public.entitlements USING btree (order_id);


--
-- Name: ix_entitlements_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_entitlements_product_id ON public.entitlements USING btree (product_id);


--
-- Name: ix_fallout_events_fallout_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_fallout_events_fallout_id ON public.fallout_events USING btree (fallout_id);


--
-- Name: ix_fallouts_instance_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_fallouts_instance_id ON public.fallouts USING btree (instance_id);


--
-- Name: ix_fallouts_next_retry_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_fallouts_next_retry_at ON public.fallouts USING btree (next_retry_at);


--
-- Name: ix_fallouts_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_fallouts_order_id ON public.fallouts USING btree (order_id);


--
-- Name: ix_fallouts_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_fallouts_status ON public.fallouts USING btree (status);


--
-- Name: ix_form_versions_deployment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_form_versions_deployment_id ON public.form_versions USING btree (deployment_id);


--
-- Name: ix_form_versions_filename; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_form_versions_filename ON public.form_versions USING btree (filename);


--
-- Name: ix_import_rows_batch_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_import_rows_batch_id ON public.import_rows USING btree (batch_id);


--
-- Name: ix_instance_events_instance_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_instance_events_instance_id ON public.instance_events USING btree (instance_id);


--
-- Name: ix_instance_migrations_process_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_instance_migrations_process_id ON public.instance_migrations USING btree (process_id);


--
-- Name: ix_inventory_products_account_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_inventory_products_account_id ON public.inventory_products USING btree (account_id);


--
-- Name: ix_inventory_products_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_inventory_products_order_id ON public.inventory_products USING btree (order_id);


--
-- Name: ix_jeopardy_alerts_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_jeopardy_alerts_role ON public.jeopardy_alerts USING btree (role);


--
-- Name: ix_jeopardy_alerts_watch_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_jeopardy_alerts_watch_id ON public.jeopardy_alerts USING btree (watch_id);


--
-- Name: ix_jeopardy_watches_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_jeopardy_watches_due ON public.jeopardy_watches USING btree (closed, state, warn_at, due_at);


--
-- Name: ix_jeopardy_watches_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_jeopardy_watches_order_id ON public.jeopardy_watches USING btree (order_id);


--
-- Name: ix_model_drafts_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_drafts_user_id ON public.model_drafts USING btree (user_id);


--
-- Name: ix_model_files_deployment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_files_deployment_id ON public.model_files USING btree (deployment_id);


--
-- Name: ix_model_test_cases_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_test_cases_model_id ON public.model_test_cases USING btree (model_id);


--
-- Name: ix_order_cancellations_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_order_cancellations_order_id ON public.order_cancellations USING btree (order_id);


--
-- Name: ix_order_revisions_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_order_revisions_order_id ON public.order_revisions USING btree (order_id);


--
-- Name: ix_process_instances_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_process_instances_order_id ON public.process_instances USING btree (order_id);


--
-- Name: ix_process_instances_process_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_process_instances_process_id ON public.process_instances USING btree (process_id);


--
-- Name: ix_process_instances_process_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_process_instances_process_version_id ON public.process_instances USING btree (process_version_id);


--
-- Name: ix_process_instances_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_process_instances_status ON public.process_instances USING btree (status);


--
-- Name: ix_process_instances_timer_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_process_instances_timer_due ON public.process_instances USING btree (next_timer_at);


--
-- Name: ix_process_versions_deployment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_process_versions_deployment_id ON public.process_versions USING btree (deployment_id);


--
-- Name: ix_process_versions_process_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_process_versions_process_id ON public.process_versions USING btree (process_id);


--
-- Name: ix_product_order_events_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_product_order_events_order_id ON public.product_order_events USING btree (order_id);


--
-- Name: ix_product_order_items_offering_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_product_order_items_offering_id ON public.product_order_items USING btree (offering_id);


--
-- Name: ix_product_order_items_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_product_order_items_order_id ON public.product_order_items USING btree (order_id);


--
-- Name: ix_product_order_items_product_ref; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_product_order_items_product_ref ON public.product_order_items USING btree (product_ref);


--
-- Name: ix_product_orders_account_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_product_orders_account_id ON public.product_orders USING btree (account_id);


--
-- Name: ix_product_orders_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_product_orders_state ON public.product_orders USING btree (state);


--
-- Name: ix_service_calls_instance_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_service_calls_instance_id ON public.service_calls USING btree (instance_id);


--
-- Name: ix_service_calls_next_check_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_service_calls_next_check_at ON public.service_calls USING btree (next_check_at);


--
-- Name: ix_service_calls_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_service_calls_status ON public.service_calls USING btree (status);


--
-- Name: ix_simulator_rules_connector; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_simulator_rules_connector ON public.simulator_rules USING btree (connector);


--
-- Name: ix_tmf_deliveries_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tmf_deliveries_due ON public.tmf_deliveries USING btree (status, next_attempt_at);


--
-- Name: ix_tmf_deliveries_event_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tmf_deliveries_event_id ON public.tmf_deliveries USING btree (event_id);


--
-- Name: ix_tmf_deliveries_hub_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tmf_deliveries_hub_id ON public.tmf_deliveries USING btree (hub_id);


--
-- Name: ix_tmf_events_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tmf_events_order_id ON public.tmf_events USING btree (order_id);


--
-- Name: ix_tmf_events_resource; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tmf_events_resource ON public.tmf_events USING btree (resource);


--
-- Name: ix_tmf_hubs_api; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tmf_hubs_api ON public.tmf_hubs USING btree (api);


--
-- Name: ix_user_sessions_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_user_sessions_user_id ON public.user_sessions USING btree (user_id);


--
-- Name: ix_work_items_assignee_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_work_items_assignee_id ON public.work_items USING btree (assignee_id);


--
-- Name: ix_work_items_inbox; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_work_items_inbox ON public.work_items USING btree (status, role, id);


--
-- Name: ix_work_items_instance_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_work_items_instance_id ON public.work_items USING btree (instance_id);


--
-- Name: api_tokens fk_api_tokens_user_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT fk_api_tokens_user_id_users FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: catalog_bundle_members fk_catalog_bundle_members_bundle_id_catalog_offerings; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_bundle_members
    ADD CONSTRAINT fk_catalog_bundle_members_bundle_id_catalog_offerings FOREIGN KEY (bundle_id) REFERENCES public.catalog_offerings(id) ON DELETE CASCADE;


--
-- Name: catalog_bundle_members fk_catalog_bundle_members_member_id_catalog_offerings; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_bundle_members
    ADD CONSTRAINT fk_catalog_bundle_members_member_id_catalog_offerings FOREIGN KEY (member_id) REFERENCES public.catalog_offerings(id) ON DELETE CASCADE;


--
-- Name: catalog_categories fk_catalog_categories_parent_id_catalog_categories; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_categories
    ADD CONSTRAINT fk_catalog_categories_parent_id_catalog_categories FOREIGN KEY (parent_id) REFERENCES public.catalog_categories(id) ON DELETE SET NULL;


--
-- Name: catalog_characteristics fk_catalog_characteristics_specification_id_catalog_spe_2a1d; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_characteristics
    ADD CONSTRAINT fk_catalog_characteristics_specification_id_catalog_spe_2a1d FOREIGN KEY (specification_id) REFERENCES public.catalog_specifications(id) ON DELETE CASCADE;


--
-- Name: catalog_offering_categories fk_catalog_offering_categories_category_id_catalog_categories; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_offering_categories
    ADD CONSTRAINT fk_catalog_offering_categories_category_id_catalog_categories FOREIGN KEY (category_id) REFERENCES public.catalog_categories(id) ON DELETE CASCADE;


--
-- Name: catalog_offering_categories fk_catalog_offering_categories_offering_id_catalog_offerings; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_offering_categories
    ADD CONSTRAINT fk_catalog_offering_categories_offering_id_catalog_offerings FOREIGN KEY (offering_id) REFERENCES public.catalog_offerings(id) ON DELETE CASCADE;


--
-- Name: catalog_offerings fk_catalog_offerings_product_spec_id_catalog_specifications; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_offerings
    ADD CONSTRAINT fk_catalog_offerings_product_spec_id_catalog_specifications FOREIGN KEY (product_spec_id) REFERENCES public.catalog_specifications(id);


--
-- Name: catalog_prices fk_catalog_prices_offering_id_catalog_offerings; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_prices
    ADD CONSTRAINT fk_catalog_prices_offering_id_catalog_offerings FOREIGN KEY (offering_id) REFERENCES public.catalog_offerings(id) ON DELETE CASCADE;


--
-- Name: catalog_spec_relationships fk_catalog_spec_relationships_source_id_catalog_specifications; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_spec_relationships
    ADD CONSTRAINT fk_catalog_spec_relationships_source_id_catalog_specifications FOREIGN KEY (source_id) REFERENCES public.catalog_specifications(id) ON DELETE CASCADE;


--
-- Name: catalog_spec_relationships fk_catalog_spec_relationships_target_id_catalog_specifications; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_spec_relationships
    ADD CONSTRAINT fk_catalog_spec_relationships_target_id_catalog_specifications FOREIGN KEY (target_id) REFERENCES public.catalog_specifications(id) ON DELETE CASCADE;


--
-- Name: contracts fk_contracts_account_id_customer_accounts; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contracts
    ADD CONSTRAINT fk_contracts_account_id_customer_accounts FOREIGN KEY (account_id) REFERENCES public.customer_accounts(id);


--
-- Name: contracts fk_contracts_order_id_product_orders; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contracts
    ADD CONSTRAINT fk_contracts_order_id_product_orders FOREIGN KEY (order_id) REFERENCES public.product_orders(id);


--
-- Name: contracts fk_contracts_product_id_inventory_products; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contracts
    ADD CONSTRAINT fk_contracts_product_id_inventory_products FOREIGN KEY (product_id) REFERENCES public.inventory_products(id);


--
-- Name: customer_account_users fk_customer_account_users_account_id_customer_accounts; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_account_users
    ADD CONSTRAINT fk_customer_account_users_account_id_customer_accounts FOREIGN KEY (account_id) REFERENCES public.customer_accounts(id) ON DELETE CASCADE;


--
-- Name: customer_account_users fk_customer_account_users_user_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_account_users
    ADD CONSTRAINT fk_customer_account_users_user_id_users FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: customer_contacts fk_customer_contacts_account_id_customer_accounts; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_contacts
    ADD CONSTRAINT fk_customer_contacts_account_id_customer_accounts FOREIGN KEY (account_id) REFERENCES public.customer_accounts(id);


--
-- Name: decision_versions fk_decision_versions_deployment_id_deployments; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision_versions
    ADD CONSTRAINT fk_decision_versions_deployment_id_deployments FOREIGN KEY (deployment_id) REFERENCES public.deployments(id);


--
-- Name: decision_versions fk_decision_versions_file_id_model_files; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision_versions
    ADD CONSTRAINT fk_decision_versions_file_id_model_files FOREIGN KEY (file_id) REFERENCES public.model_files(id);


--
-- Name: deployments fk_deployments_deployed_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deployments
    ADD CONSTRAINT fk_deployments_deployed_by_id_users FOREIGN KEY (deployed_by_id) REFERENCES public.users(id);


--
-- Name: domain_orders fk_domain_orders_instance_id_process_instances; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_orders
    ADD CONSTRAINT fk_domain_orders_instance_id_process_instances FOREIGN KEY (instance_id) REFERENCES public.process_instances(id);


--
-- Name: domain_orders fk_domain_orders_order_id_product_orders; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_orders
    ADD CONSTRAINT fk_domain_orders_order_id_product_orders FOREIGN KEY (order_id) REFERENCES public.product_orders(id) ON DELETE CASCADE;


--
-- Name: entitlements fk_entitlements_account_id_customer_accounts; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entitlements
    ADD CONSTRAINT fk_entitlements_account_id_customer_accounts FOREIGN KEY (account_id) REFERENCES public.customer_accounts(id);


--
-- Name: entitlements fk_entitlements_order_id_product_orders; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entitlements
    ADD CONSTRAINT fk_entitlements_order_id_product_orders FOREIGN KEY (order_id) REFERENCES public.product_orders(id);


--
-- Name: entitlements fk_entitlements_product_id_inventory_products; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entitlements
    ADD CONSTRAINT fk_entitlements_product_id_inventory_products FOREIGN KEY (product_id) REFERENCES public.inventory_products(id);


--
-- Name: fallout_events fk_fallout_events_actor_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fallout_events
    ADD CONSTRAINT fk_fallout_events_actor_id_users FOREIGN KEY (actor_id) REFERENCES public.users(id);


--
-- Name: fallout_events fk_fallout_events_fallout_id_fallouts; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fallout_events
    ADD CONSTRAINT fk_fallout_events_fallout_id_fallouts FOREIGN KEY (fallout_id) REFERENCES public.fallouts(id);


--
-- Name: fallouts fk_fallouts_assignee_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fallouts
    ADD CONSTRAINT fk_fallouts_assignee_id_users FOREIGN KEY (assignee_id) REFERENCES public.users(id);


--
-- Name: fallouts fk_fallouts_instance_id_process_instances; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fallouts
    ADD CONSTRAINT fk_fallouts_instance_id_process_instances FOREIGN KEY (instance_id) REFERENCES public.process_instances(id);


--
-- Name: form_versions fk_form_versions_deployment_id_deployments; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.form_versions
    ADD CONSTRAINT fk_form_versions_deployment_id_deployments FOREIGN KEY (deployment_id) REFERENCES public.deployments(id);


--
-- Name: form_versions fk_form_versions_file_id_model_files; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.form_versions
    ADD CONSTRAINT fk_form_versions_file_id_model_files FOREIGN KEY (file_id) REFERENCES public.model_files(id);


--
-- Name: import_batches fk_import_batches_user_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_batches
    ADD CONSTRAINT fk_import_batches_user_id_users FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: import_rows fk_import_rows_batch_id_import_batches; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_rows
    ADD CONSTRAINT fk_import_rows_batch_id_import_batches FOREIGN KEY (batch_id) REFERENCES public.import_batches(id);


--
-- Name: import_rows fk_import_rows_order_id_product_orders; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_rows
    ADD CONSTRAINT fk_import_rows_order_id_product_orders FOREIGN KEY (order_id) REFERENCES public.product_orders(id);


--
-- Name: instance_events fk_instance_events_actor_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_events
    ADD CONSTRAINT fk_instance_events_actor_id_users FOREIGN KEY (actor_id) REFERENCES public.users(id);


--
-- Name: instance_events fk_instance_events_instance_id_process_instances; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_events
    ADD CONSTRAINT fk_instance_events_instance_id_process_instances FOREIGN KEY (instance_id) REFERENCES public.process_instances(id);


--
-- Name: instance_migrations fk_instance_migrations_requested_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_migrations
    ADD CONSTRAINT fk_instance_migrations_requested_by_id_users FOREIGN KEY (requested_by_id) REFERENCES public.users(id);


--
-- Name: inventory_products fk_inventory_products_account_id_customer_accounts; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_products
    ADD CONSTRAINT fk_inventory_products_account_id_customer_accounts FOREIGN KEY (account_id) REFERENCES public.customer_accounts(id);


--
-- Name: inventory_products fk_inventory_products_offering_id_catalog_offerings; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_products
    ADD CONSTRAINT fk_inventory_products_offering_id_catalog_offerings FOREIGN KEY (offering_id) REFERENCES public.catalog_offerings(id);


--
-- Name: inventory_products fk_inventory_products_order_id_product_orders; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_products
    ADD CONSTRAINT fk_inventory_products_order_id_product_orders FOREIGN KEY (order_id) REFERENCES public.product_orders(id);


--
-- Name: jeopardy_alerts fk_jeopardy_alerts_acknowledged_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jeopardy_alerts
    ADD CONSTRAINT fk_jeopardy_alerts_acknowledged_by_id_users FOREIGN KEY (acknowledged_by_id) REFERENCES public.users(id);


--
-- Name: jeopardy_alerts fk_jeopardy_alerts_watch_id_jeopardy_watches; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jeopardy_alerts
    ADD CONSTRAINT fk_jeopardy_alerts_watch_id_jeopardy_watches FOREIGN KEY (watch_id) REFERENCES public.jeopardy_watches(id);


--
-- Name: model_drafts fk_model_drafts_user_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_drafts
    ADD CONSTRAINT fk_model_drafts_user_id_users FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: model_files fk_model_files_deployment_id_deployments; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_files
    ADD CONSTRAINT fk_model_files_deployment_id_deployments FOREIGN KEY (deployment_id) REFERENCES public.deployments(id);


--
-- Name: model_test_cases fk_model_test_cases_created_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_test_cases
    ADD CONSTRAINT fk_model_test_cases_created_by_id_users FOREIGN KEY (created_by_id) REFERENCES public.users(id);


--
-- Name: order_cancellations fk_order_cancellations_order_id_product_orders; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_cancellations
    ADD CONSTRAINT fk_order_cancellations_order_id_product_orders FOREIGN KEY (order_id) REFERENCES public.product_orders(id) ON DELETE CASCADE;


--
-- Name: order_cancellations fk_order_cancellations_requested_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_cancellations
    ADD CONSTRAINT fk_order_cancellations_requested_by_id_users FOREIGN KEY (requested_by_id) REFERENCES public.users(id);


--
-- Name: order_revisions fk_order_revisions_actor_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_revisions
    ADD CONSTRAINT fk_order_revisions_actor_id_users FOREIGN KEY (actor_id) REFERENCES public.users(id);


--
-- Name: order_revisions fk_order_revisions_order_id_product_orders; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_revisions
    ADD CONSTRAINT fk_order_revisions_order_id_product_orders FOREIGN KEY (order_id) REFERENCES public.product_orders(id) ON DELETE CASCADE;


--
-- Name: process_instances fk_process_instances_process_version_id_process_versions; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_instances
    ADD CONSTRAINT fk_process_instances_process_version_id_process_versions FOREIGN KEY (process_version_id) REFERENCES public.process_versions(id);


--
-- Name: process_instances fk_process_instances_started_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_instances
    ADD CONSTRAINT fk_process_instances_started_by_id_users FOREIGN KEY (started_by_id) REFERENCES public.users(id);


--
-- Name: process_versions fk_process_versions_deployment_id_deployments; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_versions
    ADD CONSTRAINT fk_process_versions_deployment_id_deployments FOREIGN KEY (deployment_id) REFERENCES public.deployments(id);


--
-- Name: process_versions fk_process_versions_file_id_model_files; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_versions
    ADD CONSTRAINT fk_process_versions_file_id_model_files FOREIGN KEY (file_id) REFERENCES public.model_files(id);


--
-- Name: product_order_events fk_product_order_events_actor_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_order_events
    ADD CONSTRAINT fk_product_order_events_actor_id_users FOREIGN KEY (actor_id) REFERENCES public.users(id);


--
-- Name: product_order_events fk_product_order_events_order_id_product_orders; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_order_events
    ADD CONSTRAINT fk_product_order_events_order_id_product_orders FOREIGN KEY (order_id) REFERENCES public.product_orders(id) ON DELETE CASCADE;


--
-- Name: product_order_items fk_product_order_items_offering_id_catalog_offerings; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_order_items
    ADD CONSTRAINT fk_product_order_items_offering_id_catalog_offerings FOREIGN KEY (offering_id) REFERENCES public.catalog_offerings(id);


--
-- Name: product_order_items fk_product_order_items_order_id_product_orders; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_order_items
    ADD CONSTRAINT fk_product_order_items_order_id_product_orders FOREIGN KEY (order_id) REFERENCES public.product_orders(id) ON DELETE CASCADE;


--
-- Name: product_orders fk_product_orders_account_id_customer_accounts; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_orders
    ADD CONSTRAINT fk_product_orders_account_id_customer_accounts FOREIGN KEY (account_id) REFERENCES public.customer_accounts(id);


--
-- Name: product_orders fk_product_orders_created_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_orders
    ADD CONSTRAINT fk_product_orders_created_by_id_users FOREIGN KEY (created_by_id) REFERENCES public.users(id);


--
-- Name: product_orders fk_product_orders_instance_id_process_instances; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_orders
    ADD CONSTRAINT fk_product_orders_instance_id_process_instances FOREIGN KEY (instance_id) REFERENCES public.process_instances(id);


--
-- Name: service_calls fk_service_calls_instance_id_process_instances; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_calls
    ADD CONSTRAINT fk_service_calls_instance_id_process_instances FOREIGN KEY (instance_id) REFERENCES public.process_instances(id);


--
-- Name: tmf_catalog_jobs fk_tmf_catalog_jobs_created_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_catalog_jobs
    ADD CONSTRAINT fk_tmf_catalog_jobs_created_by_id_users FOREIGN KEY (created_by_id) REFERENCES public.users(id);


--
-- Name: tmf_deliveries fk_tmf_deliveries_event_id_tmf_events; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_deliveries
    ADD CONSTRAINT fk_tmf_deliveries_event_id_tmf_events FOREIGN KEY (event_id) REFERENCES public.tmf_events(id) ON DELETE CASCADE;


--
-- Name: tmf_deliveries fk_tmf_deliveries_hub_id_tmf_hubs; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_deliveries
    ADD CONSTRAINT fk_tmf_deliveries_hub_id_tmf_hubs FOREIGN KEY (hub_id) REFERENCES public.tmf_hubs(id) ON DELETE CASCADE;


--
-- Name: tmf_hubs fk_tmf_hubs_created_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tmf_hubs
    ADD CONSTRAINT fk_tmf_hubs_created_by_id_users FOREIGN KEY (created_by_id) REFERENCES public.users(id);


--
-- Name: user_roles fk_user_roles_user_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT fk_user_roles_user_id_users FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: user_sessions fk_user_sessions_user_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_sessions
    ADD CONSTRAINT fk_user_sessions_user_id_users FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: work_items fk_work_items_assignee_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_items
    ADD CONSTRAINT fk_work_items_assignee_id_users FOREIGN KEY (assignee_id) REFERENCES public.users(id);


--
-- Name: work_items fk_work_items_completed_by_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_items
    ADD CONSTRAINT fk_work_items_completed_by_id_users FOREIGN KEY (completed_by_id) REFERENCES public.users(id);


--
-- Name: work_items fk_work_items_instance_id_process_instances; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_items
    ADD CONSTRAINT fk_work_items_instance_id_process_instances FOREIGN KEY (instance_id) REFERENCES public.process_instances(id);


--
-- PostgreSQL database dump complete
--

\unrestrict VDtRcIKAoKd3Y8xlISj7tDxN3fXTaJ58N2DPwkwbK3HQzfwujsn9zHzvhD2nQfv

