--
-- PostgreSQL database dump
--

\restrict EtcF2qM09HamK6oo8iCkQgGO3oTnWLNtQK44V8KSuirbkWjEgwsZdldynnPEslU

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
    revoked_at timestamp with time zone
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
    unit character varying(20) NOT NULL
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
9caeefc1caa6
\.


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_tokens (id, user_id, name, token_hash, created_at, expires_at, revoked_at) FROM stdin;
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
1	Connectivity	Internet access for business sites and the addresses routed to it.	Active	\N	2026-12-06 07:23:22.344237+00
2	Voice	Business telephony over SIP.	Active	\N	2026-12-06 07:23:22.35023+00
3	Equipment	Customer premises equipment, rented and managed.	Active	\N	2026-12-06 07:23:22.355667+00
4	Professional services	Work done on site by Ordra's engineers.	Active	\N	2026-12-06 07:23:22.364305+00
\.


--
-- Data for Name: catalog_characteristics; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_characteristics (id, specification_id, "position", name, description, value_type, allowed_values, min_value, max_value, mandatory, default_value, unit) FROM stdin;
1	1	0	bandwidth	Symmetric bandwidth of the line.	integer	[100, 500, 1000]	\N	\N	t	\N	Mbps
2	1	1	static_ip	Route a static IPv4 address instead of a dynamic one.	boolean	[]	\N	\N	f	false	
3	1	2	site_postcode	Postcode of the site.	string	[]	\N	\N	t	\N	
4	1	3	contract_term	Minimum term; longer terms lower the monthly price and the connection fee.	integer	[12, 24, 36]	\N	\N	f	24	months
5	2	0	wifi	Enable the built-in Wi-Fi.	boolean	[]	\N	\N	f	true	
6	4	0	channels	Concurrent calls the trunk carries.	integer	[]	2	30	t	\N	
7	4	1	numbers	Geographic numbers on the trunk.	integer	[]	1	100	f	1	
8	5	0	access_notes	Parking, access hours, site contact.	string	[]	\N	\N	f	\N	
\.


--
-- Data for Name: catalog_offering_categories; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_offering_categories (offering_id, category_id) FROM stdin;
1	1
3	1
4	2
2	3
5	4
\.


--
-- Data for Name: catalog_offerings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_offerings (id, name, description, lifecycle_status, valid_from, valid_to, product_spec_id, is_bundle, last_update) FROM stdin;
1	Business Fibre Internet	Dedicated, uncontended fibre internet at 100 Mbps, 500 Mbps or 1 Gbps, symmetric, with a 99.95% availability SLA and 4-hour fix. Price by bandwidth and contract term.	Active	2024-01-01 00:00:00+00	\N	1	f	2026-12-06 07:23:22.316819+00
2	Managed Router	A business-grade router configured before delivery, monitored around the clock and replaced next business day if it fails.	Active	2024-01-01 00:00:00+00	\N	2	f	2026-12-06 07:23:22.324376+00
3	Static IP Block	A /29 block of public IPv4 addresses (five usable) routed to your fibre line, with reverse DNS. Needs Business Fibre Internet.	Active	2024-01-01 00:00:00+00	\N	3	f	2026-12-06 07:23:22.328947+00
4	Business Voice	SIP trunk telephony with 2 to 30 concurrent channels and up to 100 geographic numbers, including number porting. Priced by channel tier.	Active	2024-01-01 00:00:00+00	\N	4	f	2026-12-06 07:23:22.333264+00
5	Installation	A field engineer installs and tests the equipment on site within a booked half-day slot. Charged once.	Active	2024-01-01 00:00:00+00	\N	5	f	2026-12-06 07:23:22.337379+00
\.


--
-- Data for Name: catalog_prices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_prices (id, offering_id, name, price_type, recurring_period, amount, currency, decision_id, decision_output, description, lifecycle_status, last_update) FROM stdin;
1	1	Monthly charge	recurring	month	\N	GBP	pricing_fibre	monthly_price		Active	2026-12-06 07:23:22.31962+00
2	1	Connection fee	oneTime	\N	\N	GBP	pricing_fibre	setup_fee		Active	2026-12-06 07:23:22.319624+00
3	2	Router rental	recurring	month	15.00	GBP	\N	\N		Active	2026-12-06 07:23:22.325139+00
4	2	Delivery and configuration	oneTime	\N	45.00	GBP	\N	\N		Active	2026-12-06 07:23:22.325142+00
5	3	Address block	recurring	month	10.00	GBP	\N	\N		Active	2026-12-06 07:23:22.329673+00
6	3	Block setup	oneTime	\N	25.00	GBP	\N	\N		Active	2026-12-06 07:23:22.329677+00
7	4	Monthly charge	recurring	month	\N	GBP	pricing_voice	monthly_price		Active	2026-12-06 07:23:22.333982+00
8	4	Connection fee	oneTime	\N	\N	GBP	pricing_voice	setup_fee		Active	2026-12-06 07:23:22.333985+00
9	5	Site installation	oneTime	\N	195.00	GBP	\N	\N		Active	2026-12-06 07:23:22.338453+00
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
1	product	Fibre Internet Product	Symmetric business internet over a dedicated fibre line.	Active	2026-12-06 07:23:22.198359+00
2	product	Managed Router Product	A business router supplied, configured and monitored by us.	Active	2026-12-06 07:23:22.201396+00
3	product	Static IP Product	A routed block of public IPv4 addresses.	Active	2026-12-06 07:23:22.203999+00
4	product	Voice Product	SIP trunk voice with concurrent channels and geographic numbers.	Active	2026-12-06 07:23:22.206528+00
5	product	Installation Product	An engineer visit to install and test equipment on site.	Active	2026-12-06 07:23:22.209015+00
6	cfs	Internet Access	Internet connectivity as the customer sees it: bandwidth, availability.	Active	2026-12-06 07:23:22.211559+00
7	cfs	Managed CPE	Customer premises equipment, managed and monitored.	Active	2026-12-06 07:23:22.214234+00
8	cfs	Static Addressing	Public addresses routed to the customer's internet access.	Active	2026-12-06 07:23:22.216651+00
9	cfs	Voice Service	Inbound and outbound calls on the customer's numbers.	Active	2026-12-06 07:23:22.219069+00
10	cfs	Site Installation	Equipment installed and tested at the customer's site.	Active	2026-12-06 07:23:22.221504+00
11	rfs	Access Line	The physical fibre access from the exchange to the site.	Active	2026-12-06 07:23:22.223978+00
12	rfs	IP Connectivity	Routing, addressing and the BGP/RADIUS profile of a connection.	Active	2026-12-06 07:23:22.226455+00
13	rfs	CPE Provisioning	Zero-touch configuration of the router from the management platform.	Active	2026-12-06 07:23:22.229026+00
14	rfs	SIP Trunk	A SIP trunk on the voice platform with its channel limit and number range.	Active	2026-12-06 07:23:22.231706+00
15	rfs	Field Visit	A scheduled visit by a field engineer.	Active	2026-12-06 07:23:22.234452+00
16	resource	ONT	Optical network terminal installed at the site.	Active	2026-12-06 07:23:22.237233+00
17	resource	Access Port	A port on the aggregation switch in the exchange.	Active	2026-12-06 07:23:22.239801+00
18	resource	IPv4 Address	One public IPv4 address from the dynamic pool.	Active	2026-12-06 07:23:22.241881+00
19	resource	IPv4 Block	A /29 block of public IPv4 addresses (five usable).	Active	2026-12-06 07:23:22.244004+00
20	resource	Router	A router unit from stock, with serial number.	Active	2026-12-06 07:23:22.246156+00
21	resource	Voice Channel	Concurrent call capacity on the session border controller.	Active	2026-12-06 07:23:22.248405+00
22	resource	Telephone Number	A geographic telephone number from the number range.	Active	2026-12-06 07:23:22.250429+00
23	resource	Technician Slot	A bookable half-day slot in a field engineer's diary.	Active	2026-12-06 07:23:22.25279+00
\.


--
-- Data for Name: contracts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.contracts (id, account_id, order_id, product_id, term_months, recurring_charge, one_time_charge, currency, start_date, end_date, insert_sentinel) FROM stdin;
1	2	6	1	24	159.00	250.00	GBP	2026-12-06 07:23:24.606992+00	2028-12-06 07:23:24.606992+00	0
2	2	6	2	12	10.00	25.00	GBP	2026-12-06 07:23:24.607337+00	2027-12-06 07:23:24.607337+00	1
3	2	6	3	12	15.00	45.00	GBP	2026-12-06 07:23:24.607497+00	2027-12-06 07:23:24.607497+00	2
4	2	6	4	0	0.00	195.00	GBP	2026-12-06 07:23:24.607657+00	\N	3
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
1	Acme Ltd	enterprise		2026-12-06 07:23:22.414636+00
2	Bravo plc	smb		2026-12-06 07:23:22.426127+00
3	Cobalt Council	public_sector		2026-12-06 07:23:22.431359+00
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
5	enrichment_site	1	Site enrichment	1	15	{"hit_policy": "FIRST"}
6	enrichment_customer	1	Customer enrichment	1	15	{"hit_policy": "FIRST"}
7	pricing_fibre	1	Business Fibre Internet price matrix	1	16	{"hit_policy": "UNIQUE"}
8	pricing_voice	1	Business Voice channel tiers	1	17	{"hit_policy": "UNIQUE"}
9	revision_approval	1	Revision approval	1	18	{"hit_policy": "FIRST"}
\.


--
-- Data for Name: demo_connector_ledger; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.demo_connector_ledger (id, idempotency_key, connector, request, response, created_at) FROM stdin;
1	3:ebf3d5ff-0bbf-491f-9f1a-53236c7ededa:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-706336", "resource_type": "ONT", "serial_number": "SN6869952747", "status": "reserved"}	2026-12-06 07:23:22.829897+00
2	4:ad5e88f8-9e55-47d9-8889-b29e5df775d2:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-284292", "resource_type": "Access Port", "serial_number": "SN0595659136", "status": "reserved"}	2026-12-06 07:23:22.837473+00
3	5:aadd5f7b-528f-4b5e-9742-4200c67f88d6:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-684126", "resource_type": "IPv4 Address", "serial_number": "SN5098706325", "status": "reserved"}	2026-12-06 07:23:22.839573+00
4	6:d18dee17-9e56-4cb4-83cc-457c268f3ce8:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-842525", "resource_type": "IPv4 Block", "serial_number": "SN3644123988", "status": "reserved"}	2026-12-06 07:23:22.841304+00
5	7:3b5b3310-70dc-4d9c-936f-dc9dfdfd225c:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-411604", "resource_type": "Router", "serial_number": "SN3477227235", "status": "reserved"}	2026-12-06 07:23:22.843254+00
6	8:360b8f9e-1713-4660-94af-0ea59c042e07:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-016959", "resource_type": "Technician Slot", "serial_number": "SN3044239455", "status": "reserved"}	2026-12-06 07:23:22.845254+00
7	11:bb99df70-5efc-4c53-a789-0e4ffc3e68a3:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-790211", "resource_type": "ONT", "serial_number": "SN1561473728", "status": "reserved"}	2026-12-06 07:23:23.095376+00
8	12:53d52c83-ec9e-429d-b9b4-3add1c92545f:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-092603", "resource_type": "Access Port", "serial_number": "SN5009379259", "status": "reserved"}	2026-12-06 07:23:23.098132+00
9	13:35b31865-3d61-4e35-b7ab-385438c9cda7:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-708653", "resource_type": "IPv4 Address", "serial_number": "SN2593687026", "status": "reserved"}	2026-12-06 07:23:23.100065+00
10	14:777cf2c4-8867-451f-8653-f096e00fc85b:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-307233", "resource_type": "IPv4 Block", "serial_number": "SN2637197433", "status": "reserved"}	2026-12-06 07:23:23.101688+00
11	15:49965eef-d27d-4ab0-9a79-16e6edf195cf:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-711386", "resource_type": "Router", "serial_number": "SN6701795557", "status": "reserved"}	2026-12-06 07:23:23.10337+00
12	16:7ae3e187-2444-4992-a1a0-78105385164e:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-653493", "resource_type": "Technician Slot", "serial_number": "SN8039361624", "status": "reserved"}	2026-12-06 07:23:23.10491+00
13	18:a4e0de74-7581-4682-86b4-b91cb01bc477:1	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-388982", "access_port": "ge-0/2/38", "ip_address": "10.232.55.184", "status": "active"}	2026-12-06 07:23:23.2245+00
14	19:e680b9a9-c232-4537-a0c4-1c419ee58d3c:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-452328", "access_port": "ge-0/0/24", "ip_address": "10.78.59.130", "status": "active"}	2026-12-06 07:23:23.228463+00
15	20:5ef6a7cf-e4dc-4950-83e8-79cb6aea5f33:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	{"service_id": "SVC-687196", "access_port": "ge-0/0/28", "ip_address": "10.196.248.198", "status": "active"}	2026-12-06 07:23:23.230454+00
16	21:c8c8aa1f-e69f-4ea3-aec4-67a39ffe5dc8:1	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	{"service_id": "SVC-635382", "access_port": "ge-0/2/6", "ip_address": "10.132.41.184", "status": "active"}	2026-12-06 07:23:23.23271+00
17	17:c6423369-0121-4b60-9a7d-212017e2286b:1	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 3}	{"visit_id": "FSV-943248", "engineer": "Sam Patel", "date": "2026-12-12", "slot": "08:00-12:00", "status": "scheduled"}	2026-12-06 07:23:23.234947+00
18	22:d8beac23-d0d9-45ba-b1f1-a2cd4edd348b:1	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	{"billing_item_id": "BIL-7165431", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}	2026-12-06 07:23:23.309736+00
19	23:36279aec-5a69-48b6-a9bf-318f76b0fb34:1	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	{"billing_item_id": "BIL-1952022", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}	2026-12-06 07:23:23.31251+00
20	24:79a19024-2ac4-446c-b33b-af047356c5c7:1	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	{"billing_item_id": "BIL-2324555", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}	2026-12-06 07:23:23.313683+00
21	26:0ba4b2d5-21c2-4233-bd62-30b9fc4f240f:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-942664", "resource_type": "ONT", "serial_number": "SN8823127717", "status": "reserved"}	2026-12-06 07:23:23.508923+00
22	27:9e55be44-8d56-40f5-aa0e-c6c68317a5f7:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-829709", "resource_type": "Access Port", "serial_number": "SN6226349486", "status": "reserved"}	2026-12-06 07:23:23.511144+00
23	28:64a17610-1dc3-48b8-a7b1-e1eb295e192d:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-988279", "resource_type": "IPv4 Address", "serial_number": "SN7057756305", "status": "reserved"}	2026-12-06 07:23:23.512575+00
24	29:7beb05f5-6cc6-48af-88d3-a23c1ce58a03:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-546460", "resource_type": "IPv4 Block", "serial_number": "SN8585663939", "status": "reserved"}	2026-12-06 07:23:23.514209+00
25	30:b36927ef-0762-457f-a80e-74edb77e69df:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-069186", "resource_type": "Router", "serial_number": "SN4084218293", "status": "reserved"}	2026-12-06 07:23:23.516012+00
26	31:6ba9ff10-73eb-42c4-a6be-a3a0e5553fab:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-598401", "resource_type": "Technician Slot", "serial_number": "SN1455094588", "status": "reserved"}	2026-12-06 07:23:23.517693+00
31	32:c054b3fc-a965-41f4-b3e4-af735cb40c91:1	field_service/schedule	{"site_postcode": "ZZ1 1ZZ", "work": "Install ONT", "order_id": 4}	{"visit_id": "FSV-488036", "engineer": "Sam Patel", "date": "2026-12-10", "slot": "08:00-12:00", "status": "scheduled"}	2026-12-06 07:23:23.615623+00
32	38:1b13ba2e-a053-4d8e-8021-e4ed1df0be72:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-413077", "resource_type": "ONT", "serial_number": "SN0062187627", "status": "reserved"}	2026-12-06 07:23:23.902865+00
33	39:87cb4cd0-3092-4c7f-b86a-fedaf01b3deb:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-076482", "resource_type": "Access Port", "serial_number": "SN3387937320", "status": "reserved"}	2026-12-06 07:23:23.905572+00
34	40:137a4f7e-0606-47db-8455-bd42aaf9bd25:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-073826", "resource_type": "IPv4 Address", "serial_number": "SN0423700766", "status": "reserved"}	2026-12-06 07:23:23.907284+00
35	41:a20854f3-e751-486b-b1ae-084f65b414d5:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-674415", "resource_type": "IPv4 Block", "serial_number": "SN4017062879", "status": "reserved"}	2026-12-06 07:23:23.911494+00
36	42:f21419a4-4873-41a5-b01d-6c47e183d328:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-458595", "resource_type": "Router", "serial_number": "SN6580503417", "status": "reserved"}	2026-12-06 07:23:23.913752+00
37	43:2f6f4da8-1a08-4482-87c9-6b8b123c30f1:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-311096", "resource_type": "Technician Slot", "serial_number": "SN3898638104", "status": "reserved"}	2026-12-06 07:23:23.915723+00
42	44:1d26b2e3-e4a1-4617-bde4-d11ca3192193:1	field_service/schedule	{"site_postcode": "TT1 1TT", "work": "Install ONT", "order_id": 5}	{"visit_id": "FSV-850215", "engineer": "Lee Wong", "date": "2026-12-09", "slot": "13:00-17:00", "status": "scheduled"}	2026-12-06 07:23:24.034405+00
43	50:2b3e96ac-aa76-4760-87f0-23e7963b37ee:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-133020", "resource_type": "ONT", "serial_number": "SN6369405809", "status": "reserved"}	2026-12-06 07:23:24.304596+00
44	51:303e19b6-6fa3-4ee3-889d-d7a071cb10d7:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-297937", "resource_type": "Access Port", "serial_number": "SN7536691065", "status": "reserved"}	2026-12-06 07:23:24.307677+00
45	52:4c146532-b5ae-4007-905d-85734eb13237:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-463025", "resource_type": "IPv4 Address", "serial_number": "SN1662564184", "status": "reserved"}	2026-12-06 07:23:24.309461+00
46	53:13ef82ad-9c45-4de9-9e23-9ea5fdf51033:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-920230", "resource_type": "IPv4 Block", "serial_number": "SN2932654112", "status": "reserved"}	2026-12-06 07:23:24.311587+00
47	54:528e4ac3-d345-4bb4-a3a5-e550924be32d:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-091767", "resource_type": "Router", "serial_number": "SN0100787912", "status": "reserved"}	2026-12-06 07:23:24.313429+00
48	55:e33b9f24-5bae-4738-af3e-2ca6d1cc0cde:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-175458", "resource_type": "Technician Slot", "serial_number": "SN9493160467", "status": "reserved"}	2026-12-06 07:23:24.315529+00
49	57:bc52f891-1098-453b-95cc-4e0c1e74f3a1:1	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-124783", "access_port": "ge-0/3/31", "ip_address": "10.33.249.185", "status": "active"}	2026-12-06 07:23:24.420147+00
50	58:56d9eb43-1519-4b0c-b385-c540a4346bde:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-951295", "access_port": "ge-0/3/31", "ip_address": "10.45.55.97", "status": "active"}	2026-12-06 07:23:24.423285+00
51	59:942d8095-cfd5-438e-bbbb-1b87c4229dcf:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	{"service_id": "SVC-904847", "access_port": "ge-0/3/47", "ip_address": "10.97.119.49", "status": "active"}	2026-12-06 07:23:24.424904+00
52	60:fb709a33-ea58-4106-8ccb-6985f065fe2b:1	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	{"service_id": "SVC-844060", "access_port": "ge-0/0/28", "ip_address": "10.60.126.62", "status": "active"}	2026-12-06 07:23:24.426428+00
53	56:ce452655-80ba-439c-a283-ecc74dff5f21:1	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 6}	{"visit_id": "FSV-998291", "engineer": "Lee Wong", "date": "2026-12-07", "slot": "13:00-17:00", "status": "scheduled"}	2026-12-06 07:23:24.428085+00
54	61:8b6bd90c-7f98-45dc-8c51-2c3908693c23:1	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	{"billing_item_id": "BIL-5933323", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}	2026-12-06 07:23:24.489564+00
55	62:4c6d5b06-b925-4712-a80b-b1bd5721a229:1	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	{"billing_item_id": "BIL-1897439", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}	2026-12-06 07:23:24.492772+00
56	63:ad6721ff-e465-4af1-8a05-17cab1c7c662:1	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	{"billing_item_id": "BIL-3529259", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}	2026-12-06 07:23:24.495008+00
57	64:37d9bdb3-ec2b-4fc5-8a9a-39016f452509:1	billing/activate	{"account_id": 2, "product": "Installation", "action": "add", "recurring": "0.00", "one_time": "195.00"}	{"billing_item_id": "BIL-4858648", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}	2026-12-06 07:23:24.565099+00
\.


--
-- Data for Name: deployments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deployments (id, deployed_by_id, deployed_at, note, warnings, forced_test_failures) FROM stdin;
1	\N	2026-12-06 07:23:22.12162+00	ordra seed	[]	[]
\.


--
-- Data for Name: domain_orders; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.domain_orders (id, order_id, type, name, spec_name, action, item_seqs, state, plan, instance_id, depends_on, requires, data, result, created_at, started_at, completed_at, rule, insert_sentinel) FROM stdin;
3	2	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	pending	plan_service_order	\N	[1, 2]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 3}	{}	2026-12-06 07:23:22.768564+00	\N	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
5	2	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	pending	plan_service_order	\N	[4]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 5}	{}	2026-12-06 07:23:22.768567+00	\N	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
6	2	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[3, 5]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 6}	{}	2026-12-06 07:23:22.768568+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
8	2	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	pending	plan_service_order	\N	[7]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 8}	{}	2026-12-06 07:23:22.76857+00	\N	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
9	2	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[8]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 9}	{}	2026-12-06 07:23:22.768571+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
11	2	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	pending	plan_service_order	\N	[10]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 11}	{}	2026-12-06 07:23:22.768573+00	\N	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
12	2	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[11]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 12}	{}	2026-12-06 07:23:22.768574+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
15	2	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[14]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 15}	{}	2026-12-06 07:23:22.768577+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
1	2	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	3	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 1}	{"resource": {"resource_id": "RES-706336", "resource_type": "ONT", "serial_number": "SN6869952747", "status": "reserved"}}	2026-12-06 07:23:22.768557+00	2026-12-06 07:23:22.797109+00	2026-12-06 07:23:22.884602+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
10	2	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	7	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 10}	{"resource": {"resource_id": "RES-411604", "resource_type": "Router", "serial_number": "SN3477227235", "status": "reserved"}}	2026-12-06 07:23:22.768572+00	2026-12-06 07:23:22.797109+00	2026-12-06 07:23:22.8848+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
2	2	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	4	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 2}	{"resource": {"resource_id": "RES-284292", "resource_type": "Access Port", "serial_number": "SN0595659136", "status": "reserved"}}	2026-12-06 07:23:22.768563+00	2026-12-06 07:23:22.797109+00	2026-12-06 07:23:22.884681+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
4	2	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	5	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 4}	{"resource": {"resource_id": "RES-684126", "resource_type": "IPv4 Address", "serial_number": "SN5098706325", "status": "reserved"}}	2026-12-06 07:23:22.768565+00	2026-12-06 07:23:22.797109+00	2026-12-06 07:23:22.884721+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
7	2	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	6	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 7}	{"resource": {"resource_id": "RES-842525", "resource_type": "IPv4 Block", "serial_number": "SN3644123988", "status": "reserved"}}	2026-12-06 07:23:22.768569+00	2026-12-06 07:23:22.797109+00	2026-12-06 07:23:22.884759+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
13	2	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	8	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 13}	{"resource": {"resource_id": "RES-016959", "resource_type": "Technician Slot", "serial_number": "SN3044239455", "status": "reserved"}}	2026-12-06 07:23:22.768575+00	2026-12-06 07:23:22.797109+00	2026-12-06 07:23:22.884843+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
14	2	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	9	[13]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14}	{}	2026-12-06 07:23:22.768576+00	2026-12-06 07:23:22.906894+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
34	4	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	28	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 34}	{"resource": {"resource_id": "RES-988279", "resource_type": "IPv4 Address", "serial_number": "SN7057756305", "status": "reserved"}}	2026-12-06 07:23:23.452186+00	2026-12-06 07:23:23.480326+00	2026-12-06 07:23:23.538639+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
44	4	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	32	[43]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44}	{}	2026-12-06 07:23:23.452198+00	2026-12-06 07:23:23.548467+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
47	5	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	39	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 47}	{"resource": {"resource_id": "RES-076482", "resource_type": "Access Port", "serial_number": "SN3387937320", "status": "reserved"}}	2026-12-06 07:23:23.84879+00	2026-12-06 07:23:23.878629+00	2026-12-06 07:23:23.940218+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
49	5	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	40	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 49}	{"resource": {"resource_id": "RES-073826", "resource_type": "IPv4 Address", "serial_number": "SN0423700766", "status": "reserved"}}	2026-12-06 07:23:23.848795+00	2026-12-06 07:23:23.878629+00	2026-12-06 07:23:23.940247+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
18	3	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	completed	plan_service_order	18	[16, 17]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 18, "survey_result": "ready"}	{"service": {"service_id": "SVC-388982", "access_port": "ge-0/2/38", "ip_address": "10.232.55.184", "status": "active"}}	2026-12-06 07:23:23.021932+00	2026-12-06 07:23:23.207834+00	2026-12-06 07:23:23.283871+00	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
30	3	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[29]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 30}	{}	2026-12-06 07:23:23.02196+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
16	3	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	11	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 16}	{"resource": {"resource_id": "RES-790211", "resource_type": "ONT", "serial_number": "SN1561473728", "status": "reserved"}}	2026-12-06 07:23:23.021921+00	2026-12-06 07:23:23.071648+00	2026-12-06 07:23:23.127111+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
29	3	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	17	[28]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29}	{}	2026-12-06 07:23:23.021958+00	2026-12-06 07:23:23.139186+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
21	3	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	completed	plan_product_order	22	[18, 20]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 21}	{"billing": {"billing_item_id": "BIL-7165431", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}	2026-12-06 07:23:23.021939+00	2026-12-06 07:23:23.301905+00	2026-12-06 07:23:23.328394+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
24	3	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	completed	plan_product_order	23	[23]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 24}	{"billing": {"billing_item_id": "BIL-1952022", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}	2026-12-06 07:23:23.021947+00	2026-12-06 07:23:23.301905+00	2026-12-06 07:23:23.328457+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
27	3	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	completed	plan_product_order	24	[26]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 27}	{"billing": {"billing_item_id": "BIL-2324555", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}	2026-12-06 07:23:23.021953+00	2026-12-06 07:23:23.301905+00	2026-12-06 07:23:23.328493+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
17	3	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	12	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 17}	{"resource": {"resource_id": "RES-092603", "resource_type": "Access Port", "serial_number": "SN5009379259", "status": "reserved"}}	2026-12-06 07:23:23.02193+00	2026-12-06 07:23:23.071648+00	2026-12-06 07:23:23.127193+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
19	3	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	13	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 19}	{"resource": {"resource_id": "RES-708653", "resource_type": "IPv4 Address", "serial_number": "SN2593687026", "status": "reserved"}}	2026-12-06 07:23:23.021934+00	2026-12-06 07:23:23.071648+00	2026-12-06 07:23:23.127243+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
22	3	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	14	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 22}	{"resource": {"resource_id": "RES-307233", "resource_type": "IPv4 Block", "serial_number": "SN2637197433", "status": "reserved"}}	2026-12-06 07:23:23.021942+00	2026-12-06 07:23:23.071648+00	2026-12-06 07:23:23.127287+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
25	3	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	15	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 25}	{"resource": {"resource_id": "RES-711386", "resource_type": "Router", "serial_number": "SN6701795557", "status": "reserved"}}	2026-12-06 07:23:23.021949+00	2026-12-06 07:23:23.071648+00	2026-12-06 07:23:23.127337+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
28	3	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	16	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 28}	{"resource": {"resource_id": "RES-653493", "resource_type": "Technician Slot", "serial_number": "SN8039361624", "status": "reserved"}}	2026-12-06 07:23:23.021955+00	2026-12-06 07:23:23.071648+00	2026-12-06 07:23:23.127392+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
26	3	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	completed	plan_service_order	21	[25]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 26, "survey_result": "ready"}	{"service": {"service_id": "SVC-635382", "access_port": "ge-0/2/6", "ip_address": "10.132.41.184", "status": "active"}}	2026-12-06 07:23:23.021951+00	2026-12-06 07:23:23.207834+00	2026-12-06 07:23:23.284083+00	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
20	3	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	completed	plan_service_order	19	[19]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 20, "survey_result": "ready"}	{"service": {"service_id": "SVC-452328", "access_port": "ge-0/0/24", "ip_address": "10.78.59.130", "status": "active"}}	2026-12-06 07:23:23.021937+00	2026-12-06 07:23:23.207834+00	2026-12-06 07:23:23.283962+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
23	3	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	completed	plan_service_order	20	[22]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 23, "survey_result": "ready"}	{"service": {"service_id": "SVC-687196", "access_port": "ge-0/0/28", "ip_address": "10.196.248.198", "status": "active"}}	2026-12-06 07:23:23.021944+00	2026-12-06 07:23:23.207834+00	2026-12-06 07:23:23.284021+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
36	4	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[33, 35]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 36}	{}	2026-12-06 07:23:23.452188+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
33	4	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	failed	plan_service_order	33	[31, 32]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 33, "survey_result": "ready"}	{}	2026-12-06 07:23:23.452185+00	2026-12-06 07:23:23.590595+00	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
35	4	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	failed	plan_service_order	34	[34]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 35, "survey_result": "ready"}	{}	2026-12-06 07:23:23.452187+00	2026-12-06 07:23:23.590595+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
39	4	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[38]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 39}	{}	2026-12-06 07:23:23.452192+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
42	4	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[41]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 42}	{}	2026-12-06 07:23:23.452195+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
45	4	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[44]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 45}	{}	2026-12-06 07:23:23.452199+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
31	4	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	26	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 31}	{"resource": {"resource_id": "RES-942664", "resource_type": "ONT", "serial_number": "SN8823127717", "status": "reserved"}}	2026-12-06 07:23:23.452177+00	2026-12-06 07:23:23.480326+00	2026-12-06 07:23:23.538534+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
32	4	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	27	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 32}	{"resource": {"resource_id": "RES-829709", "resource_type": "Access Port", "serial_number": "SN6226349486", "status": "reserved"}}	2026-12-06 07:23:23.452183+00	2026-12-06 07:23:23.480326+00	2026-12-06 07:23:23.538604+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
38	4	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	failed	plan_service_order	35	[37]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 38, "survey_result": "ready"}	{}	2026-12-06 07:23:23.452191+00	2026-12-06 07:23:23.590595+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
41	4	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	failed	plan_service_order	36	[40]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 41, "survey_result": "ready"}	{}	2026-12-06 07:23:23.452194+00	2026-12-06 07:23:23.590595+00	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
37	4	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	29	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 37}	{"resource": {"resource_id": "RES-546460", "resource_type": "IPv4 Block", "serial_number": "SN8585663939", "status": "reserved"}}	2026-12-06 07:23:23.45219+00	2026-12-06 07:23:23.480326+00	2026-12-06 07:23:23.538668+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
40	4	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	30	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 40}	{"resource": {"resource_id": "RES-069186", "resource_type": "Router", "serial_number": "SN4084218293", "status": "reserved"}}	2026-12-06 07:23:23.452193+00	2026-12-06 07:23:23.480326+00	2026-12-06 07:23:23.538696+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
43	4	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	31	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 43}	{"resource": {"resource_id": "RES-598401", "resource_type": "Technician Slot", "serial_number": "SN1455094588", "status": "reserved"}}	2026-12-06 07:23:23.452197+00	2026-12-06 07:23:23.480326+00	2026-12-06 07:23:23.538727+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
48	5	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	failed	plan_service_order	45	[46, 47]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 48, "survey_result": "ready"}	{}	2026-12-06 07:23:23.848793+00	2026-12-06 07:23:24.006664+00	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
50	5	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	failed	plan_service_order	46	[49]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 50, "survey_result": "ready"}	{}	2026-12-06 07:23:23.848797+00	2026-12-06 07:23:24.006664+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
51	5	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[48, 50]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 51}	{}	2026-12-06 07:23:23.848799+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
54	5	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[53]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 54}	{}	2026-12-06 07:23:23.848806+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
57	5	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[56]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 57}	{}	2026-12-06 07:23:23.848814+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
60	5	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[59]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 60}	{}	2026-12-06 07:23:23.848821+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
46	5	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	38	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 46}	{"resource": {"resource_id": "RES-413077", "resource_type": "ONT", "serial_number": "SN0062187627", "status": "reserved"}}	2026-12-06 07:23:23.848782+00	2026-12-06 07:23:23.878629+00	2026-12-06 07:23:23.940165+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
59	5	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	44	[58]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59}	{}	2026-12-06 07:23:23.848819+00	2026-12-06 07:23:23.949178+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
53	5	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	failed	plan_service_order	47	[52]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 53, "survey_result": "ready"}	{}	2026-12-06 07:23:23.848804+00	2026-12-06 07:23:24.006664+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
56	5	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	failed	plan_service_order	48	[55]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 56, "survey_result": "ready"}	{}	2026-12-06 07:23:23.848811+00	2026-12-06 07:23:24.006664+00	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
52	5	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	41	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 52}	{"resource": {"resource_id": "RES-674415", "resource_type": "IPv4 Block", "serial_number": "SN4017062879", "status": "reserved"}}	2026-12-06 07:23:23.848802+00	2026-12-06 07:23:23.878629+00	2026-12-06 07:23:23.940272+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
55	5	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	42	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 55}	{"resource": {"resource_id": "RES-458595", "resource_type": "Router", "serial_number": "SN6580503417", "status": "reserved"}}	2026-12-06 07:23:23.848809+00	2026-12-06 07:23:23.878629+00	2026-12-06 07:23:23.9403+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
58	5	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	43	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 58}	{"resource": {"resource_id": "RES-311096", "resource_type": "Technician Slot", "serial_number": "SN3898638104", "status": "reserved"}}	2026-12-06 07:23:23.848816+00	2026-12-06 07:23:23.878629+00	2026-12-06 07:23:23.940329+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
63	6	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	completed	plan_service_order	57	[61, 62]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 63, "survey_result": "ready"}	{"service": {"service_id": "SVC-124783", "access_port": "ge-0/3/31", "ip_address": "10.33.249.185", "status": "active"}}	2026-12-06 07:23:24.242363+00	2026-12-06 07:23:24.404055+00	2026-12-06 07:23:24.465039+00	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
65	6	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	completed	plan_service_order	58	[64]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 65, "survey_result": "ready"}	{"service": {"service_id": "SVC-951295", "access_port": "ge-0/3/31", "ip_address": "10.45.55.97", "status": "active"}}	2026-12-06 07:23:24.242367+00	2026-12-06 07:23:24.404055+00	2026-12-06 07:23:24.465334+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
61	6	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	50	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 61}	{"resource": {"resource_id": "RES-133020", "resource_type": "ONT", "serial_number": "SN6369405809", "status": "reserved"}}	2026-12-06 07:23:24.242352+00	2026-12-06 07:23:24.27898+00	2026-12-06 07:23:24.340379+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
62	6	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	51	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 62}	{"resource": {"resource_id": "RES-297937", "resource_type": "Access Port", "serial_number": "SN7536691065", "status": "reserved"}}	2026-12-06 07:23:24.24236+00	2026-12-06 07:23:24.27898+00	2026-12-06 07:23:24.340452+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
68	6	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	completed	plan_service_order	59	[67]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 68, "survey_result": "ready"}	{"service": {"service_id": "SVC-904847", "access_port": "ge-0/3/47", "ip_address": "10.97.119.49", "status": "active"}}	2026-12-06 07:23:24.242373+00	2026-12-06 07:23:24.404055+00	2026-12-06 07:23:24.465409+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
66	6	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	completed	plan_product_order	61	[63, 65]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 66}	{"billing": {"billing_item_id": "BIL-5933323", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}	2026-12-06 07:23:24.24237+00	2026-12-06 07:23:24.479778+00	2026-12-06 07:23:24.521951+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
69	6	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	completed	plan_product_order	62	[68]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 69}	{"billing": {"billing_item_id": "BIL-1897439", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}	2026-12-06 07:23:24.242375+00	2026-12-06 07:23:24.479778+00	2026-12-06 07:23:24.522013+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
72	6	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	completed	plan_product_order	63	[71]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 72}	{"billing": {"billing_item_id": "BIL-3529259", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}	2026-12-06 07:23:24.242381+00	2026-12-06 07:23:24.479778+00	2026-12-06 07:23:24.522047+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
75	6	product	Installation Product (Installation)	Installation Product	add	[4]	completed	plan_product_order	64	[74]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 75}	{"billing": {"billing_item_id": "BIL-4858648", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}}	2026-12-06 07:23:24.242387+00	2026-12-06 07:23:24.556197+00	2026-12-06 07:23:24.581583+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
64	6	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	52	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 64}	{"resource": {"resource_id": "RES-463025", "resource_type": "IPv4 Address", "serial_number": "SN1662564184", "status": "reserved"}}	2026-12-06 07:23:24.242365+00	2026-12-06 07:23:24.27898+00	2026-12-06 07:23:24.340481+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
67	6	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	53	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 67}	{"resource": {"resource_id": "RES-920230", "resource_type": "IPv4 Block", "serial_number": "SN2932654112", "status": "reserved"}}	2026-12-06 07:23:24.242372+00	2026-12-06 07:23:24.27898+00	2026-12-06 07:23:24.340508+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
70	6	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	54	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 70}	{"resource": {"resource_id": "RES-091767", "resource_type": "Router", "serial_number": "SN0100787912", "status": "reserved"}}	2026-12-06 07:23:24.242377+00	2026-12-06 07:23:24.27898+00	2026-12-06 07:23:24.340535+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
73	6	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	55	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 73}	{"resource": {"resource_id": "RES-175458", "resource_type": "Technician Slot", "serial_number": "SN9493160467", "status": "reserved"}}	2026-12-06 07:23:24.242383+00	2026-12-06 07:23:24.27898+00	2026-12-06 07:23:24.340565+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
71	6	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	completed	plan_service_order	60	[70]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 71, "survey_result": "ready"}	{"service": {"service_id": "SVC-844060", "access_port": "ge-0/0/28", "ip_address": "10.60.126.62", "status": "active"}}	2026-12-06 07:23:24.242379+00	2026-12-06 07:23:24.404055+00	2026-12-06 07:23:24.465541+00	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
74	6	service	Field Visit (Installation)	Field Visit	add	[4]	completed	plan_field_visit	56	[73]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74}	{"visit": {"visit_id": "FSV-998291", "engineer": "Lee Wong", "date": "2026-12-07", "slot": "13:00-17:00", "status": "scheduled"}, "survey_result": "ready", "ont_serial": "ONT1234567"}	2026-12-06 07:23:24.242385+00	2026-12-06 07:23:24.349821+00	2026-12-06 07:23:24.547944+00	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
\.


--
-- Data for Name: entitlements; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.entitlements (id, account_id, order_id, product_id, service, status, created_at, insert_sentinel) FROM stdin;
1	2	6	1	Access Line	active	2026-12-06 07:23:24.622873+00	0
2	2	6	1	IP Connectivity	active	2026-12-06 07:23:24.62288+00	1
3	2	6	2	IP Connectivity	active	2026-12-06 07:23:24.622882+00	2
4	2	6	3	CPE Provisioning	active	2026-12-06 07:23:24.622883+00	3
\.


--
-- Data for Name: fallout_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fallout_events (id, fallout_id, at, actor_id, kind, detail) FROM stdin;
1	1	2026-12-06 07:23:23.658806+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
2	2	2026-12-06 07:23:23.674966+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
3	3	2026-12-06 07:23:23.686825+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
4	4	2026-12-06 07:23:23.698912+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
5	5	2026-12-06 07:23:24.052742+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
6	6	2026-12-06 07:23:24.065606+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
7	7	2026-12-06 07:23:24.078293+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
8	8	2026-12-06 07:23:24.091949+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
\.


--
-- Data for Name: fallouts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fallouts (id, instance_id, order_id, task_name, connector, error_code, message, payload, response, attempt, category, action, assign_to, assignee_id, status, next_retry_at, policy, created_at, updated_at, resolved_at) FROM stdin;
1	33	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "Access Line", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 07:23:23.635597+00	2026-12-06 07:23:23.648546+00	\N
2	34	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 07:23:23.670774+00	2026-12-06 07:23:23.67078+00	\N
3	35	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 07:23:23.682828+00	2026-12-06 07:23:23.682832+00	\N
4	36	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "CPE Provisioning", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"wifi": true}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 07:23:23.695052+00	2026-12-06 07:23:23.695057+00	\N
5	45	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "Access Line", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 07:23:54.049702+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 07:23:24.050146+00	2026-12-06 07:23:24.050148+00	\N
6	46	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 07:23:54.062836+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 07:23:24.063228+00	2026-12-06 07:23:24.063231+00	\N
7	47	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 07:23:54.075475+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 07:23:24.07591+00	2026-12-06 07:23:24.075914+00	\N
8	48	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "CPE Provisioning", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"wifi": true}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 07:23:54.088526+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 07:23:24.088967+00	2026-12-06 07:23:24.08897+00	\N
\.


--
-- Data for Name: form_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.form_versions (id, filename, version, deployment_id, file_id, schema) FROM stdin;
1	approval.json	1	1	1	{"title": "Approval", "type": "object", "required": ["decision"], "properties": {"decision": {"type": "string", "title": "Decision", "enum": ["approve", "reject"]}, "reason": {"type": "string", "title": "Reason", "maxLength": 300}}}
2	approve_adjustments.json	1	1	2	{"title": "Approve price adjustments", "type": "object", "required": ["adjustments_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "adjustments_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve the discounts"}, {"const": "reject", "title": "Reject the order"}]}, "adjustments_note": {"type": "string", "title": "Note to the order agent", "maxLength": 500}}}
3	customer_request_handling-uischema.json	1	1	3	{"ui:order": ["customer", "order_id", "order_state", "request_kind", "requested_by", "request_text", "resolution", "resolution_note"], "request_text": {"ui:widget": "textarea"}, "resolution": {"ui:widget": "radio"}, "resolution_note": {"ui:widget": "textarea", "ui:help": "Written for the customer: what was done, or why not."}}
4	customer_request_handling.json	1	1	4	{"title": "Handle customer request", "description": "The customer's request is shown as they wrote it. Open the order (linked above) and choose what happens: 'Cancel the order' cancels it now, if its plans still allow it; a change is made with Revise on the order page first. The customer sees what actually happened, and your note.", "type": "object", "required": ["resolution", "resolution_note"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "order_id": {"type": "integer", "title": "Order", "readOnly": true}, "order_state": {"type": "string", "title": "Order state when asked", "readOnly": true}, "request_kind": {"type": "string", "title": "Request", "readOnly": true, "oneOf": [{"const": "issue", "title": "Issue"}, {"const": "change", "title": "Change"}, {"const": "cancellation", "title": "Cancellation"}]}, "request_text": {"type": "string", "title": "What the customer wrote", "readOnly": true}, "requested_by": {"type": "string", "title": "Asked by", "readOnly": true}, "resolution": {"type": "string", "title": "What happens", "oneOf": [{"const": "cancel_order", "title": "Cancel the order (refused and reported if it is past its point of no return)"}, {"const": "answered", "title": "Answered (an issue explained, or a change already made with Revise)"}, {"const": "declined", "title": "Declined: the note says why"}, {"const": "escalated", "title": "Passed to a specialist team"}]}, "resolution_note": {"type": "string", "title": "Note to the customer", "minLength": 1, "maxLength": 2000}}}
5	install_ont.json	1	1	5	{"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}
6	order_approval.json	1	1	6	{"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}
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
1	1	2026-12-06 07:23:22.518626+00	2	started		customer_order version 1	{}
2	1	2026-12-06 07:23:22.51867+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
3	1	2026-12-06 07:23:22.518674+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
4	1	2026-12-06 07:23:22.52168+00	\N	service_call	Record enrichment on the order		{"call": 1, "connector": "ordra/record_enrichment", "attempt": 1}
5	1	2026-12-06 07:23:22.528782+00	\N	service_result	Record enrichment on the order		{"call": 1}
6	1	2026-12-06 07:23:22.560032+00	\N	task_ready	Approve order		{"work_item": 1, "role": "order_approver"}
7	2	2026-12-06 07:23:22.627939+00	2	started		customer_order version 1	{}
8	2	2026-12-06 07:23:22.62798+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
9	2	2026-12-06 07:23:22.627984+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
10	2	2026-12-06 07:23:22.629246+00	\N	service_call	Record enrichment on the order		{"call": 2, "connector": "ordra/record_enrichment", "attempt": 1}
11	2	2026-12-06 07:23:22.63378+00	\N	service_result	Record enrichment on the order		{"call": 2}
12	2	2026-12-06 07:23:22.642409+00	\N	task_ready	Approve order		{"work_item": 2, "role": "order_approver"}
13	2	2026-12-06 07:23:22.679881+00	5	task_completed	Approve order		{"work_item": 2, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
14	2	2026-12-06 07:23:22.687667+00	\N	service_call	Decompose into domain orders		{"call": 3, "connector": "ordra/decompose", "attempt": 1}
15	3	2026-12-06 07:23:22.792812+00	\N	started		plan_resource_order version 1	{}
16	4	2026-12-06 07:23:22.792995+00	\N	started		plan_resource_order version 1	{}
17	5	2026-12-06 07:23:22.793059+00	\N	started		plan_resource_order version 1	{}
18	6	2026-12-06 07:23:22.793106+00	\N	started		plan_resource_order version 1	{}
19	7	2026-12-06 07:23:22.793149+00	\N	started		plan_resource_order version 1	{}
20	8	2026-12-06 07:23:22.793199+00	\N	started		plan_resource_order version 1	{}
21	3	2026-12-06 07:23:22.796624+00	\N	service_call	Reserve resource		{"call": 4, "connector": "inventory/reserve", "attempt": 1}
22	4	2026-12-06 07:23:22.796651+00	\N	service_call	Reserve resource		{"call": 5, "connector": "inventory/reserve", "attempt": 1}
23	5	2026-12-06 07:23:22.796663+00	\N	service_call	Reserve resource		{"call": 6, "connector": "inventory/reserve", "attempt": 1}
24	6	2026-12-06 07:23:22.796671+00	\N	service_call	Reserve resource		{"call": 7, "connector": "inventory/reserve", "attempt": 1}
25	7	2026-12-06 07:23:22.79668+00	\N	service_call	Reserve resource		{"call": 8, "connector": "inventory/reserve", "attempt": 1}
26	8	2026-12-06 07:23:22.796685+00	\N	service_call	Reserve resource		{"call": 9, "connector": "inventory/reserve", "attempt": 1}
27	2	2026-12-06 07:23:22.79768+00	\N	service_result	Decompose into domain orders		{"call": 3}
28	2	2026-12-06 07:23:22.810285+00	\N	service_call	Wait for the domain orders		{"call": 10, "connector": "ordra/await_fulfilment", "attempt": 1}
29	2	2026-12-06 07:23:22.812908+00	\N	service_waiting	Wait for the domain orders		{"call": 10}
30	3	2026-12-06 07:23:22.857386+00	\N	service_result	Reserve resource		{"call": 4}
31	3	2026-12-06 07:23:22.860183+00	\N	completed			{}
32	4	2026-12-06 07:23:22.860439+00	\N	service_result	Reserve resource		{"call": 5}
33	4	2026-12-06 07:23:22.862555+00	\N	completed			{}
34	5	2026-12-06 07:23:22.862774+00	\N	service_result	Reserve resource		{"call": 6}
35	5	2026-12-06 07:23:22.864725+00	\N	completed			{}
36	6	2026-12-06 07:23:22.864943+00	\N	service_result	Reserve resource		{"call": 7}
37	6	2026-12-06 07:23:22.867293+00	\N	completed			{}
38	7	2026-12-06 07:23:22.867498+00	\N	service_result	Reserve resource		{"call": 8}
39	7	2026-12-06 07:23:22.86929+00	\N	completed			{}
40	8	2026-12-06 07:23:22.869506+00	\N	service_result	Reserve resource		{"call": 9}
41	8	2026-12-06 07:23:22.871132+00	\N	completed			{}
42	9	2026-12-06 07:23:22.897999+00	\N	started		plan_field_visit version 1	{}
43	9	2026-12-06 07:23:22.906438+00	\N	task_ready	Survey site		{"work_item": 3, "role": "fulfillment_agent"}
44	10	2026-12-06 07:23:22.962023+00	2	started		customer_order version 1	{}
45	10	2026-12-06 07:23:22.962075+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
46	10	2026-12-06 07:23:22.962086+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
47	10	2026-12-06 07:23:22.963536+00	\N	service_call	Record enrichment on the order		{"call": 11, "connector": "ordra/record_enrichment", "attempt": 1}
48	10	2026-12-06 07:23:22.968986+00	\N	service_result	Record enrichment on the order		{"call": 11}
49	10	2026-12-06 07:23:22.978693+00	\N	task_ready	Approve order		{"work_item": 4, "role": "order_approver"}
50	10	2026-12-06 07:23:22.99731+00	5	task_completed	Approve order		{"work_item": 4, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
51	10	2026-12-06 07:23:23.006885+00	\N	service_call	Decompose into domain orders		{"call": 12, "connector": "ordra/decompose", "attempt": 1}
52	11	2026-12-06 07:23:23.068181+00	\N	started		plan_resource_order version 1	{}
53	12	2026-12-06 07:23:23.068317+00	\N	started		plan_resource_order version 1	{}
54	13	2026-12-06 07:23:23.06837+00	\N	started		plan_resource_order version 1	{}
55	14	2026-12-06 07:23:23.068417+00	\N	started		plan_resource_order version 1	{}
56	15	2026-12-06 07:23:23.068461+00	\N	started		plan_resource_order version 1	{}
57	16	2026-12-06 07:23:23.068505+00	\N	started		plan_resource_order version 1	{}
58	11	2026-12-06 07:23:23.071303+00	\N	service_call	Reserve resource		{"call": 13, "connector": "inventory/reserve", "attempt": 1}
59	12	2026-12-06 07:23:23.071318+00	\N	service_call	Reserve resource		{"call": 14, "connector": "inventory/reserve", "attempt": 1}
60	13	2026-12-06 07:23:23.071324+00	\N	service_call	Reserve resource		{"call": 15, "connector": "inventory/reserve", "attempt": 1}
61	14	2026-12-06 07:23:23.071328+00	\N	service_call	Reserve resource		{"call": 16, "connector": "inventory/reserve", "attempt": 1}
62	15	2026-12-06 07:23:23.071333+00	\N	service_call	Reserve resource		{"call": 17, "connector": "inventory/reserve", "attempt": 1}
63	16	2026-12-06 07:23:23.071337+00	\N	service_call	Reserve resource		{"call": 18, "connector": "inventory/reserve", "attempt": 1}
64	10	2026-12-06 07:23:23.072+00	\N	service_result	Decompose into domain orders		{"call": 12}
65	10	2026-12-06 07:23:23.083602+00	\N	service_call	Wait for the domain orders		{"call": 19, "connector": "ordra/await_fulfilment", "attempt": 1}
66	10	2026-12-06 07:23:23.086686+00	\N	service_waiting	Wait for the domain orders		{"call": 19}
81	17	2026-12-06 07:23:23.169566+00	3	task_completed	Survey site		{"work_item": 5, "data": {"site_postcode": "SW1A 1AA", "survey_result": "ready", "survey_notes": null}}
82	17	2026-12-06 07:23:23.178781+00	\N	service_call	Hand the survey result to the order		{"call": 20, "connector": "ordra/provide_data", "attempt": 1}
83	18	2026-12-06 07:23:23.204478+00	\N	started		plan_service_order version 1	{}
84	19	2026-12-06 07:23:23.204639+00	\N	started		plan_service_order version 1	{}
85	20	2026-12-06 07:23:23.204738+00	\N	started		plan_service_order version 1	{}
86	21	2026-12-06 07:23:23.20483+00	\N	started		plan_service_order version 1	{}
87	18	2026-12-06 07:23:23.20738+00	\N	service_call	Activate service		{"call": 21, "connector": "provisioning/activate", "attempt": 1}
88	19	2026-12-06 07:23:23.207401+00	\N	service_call	Activate service		{"call": 22, "connector": "provisioning/activate", "attempt": 1}
89	20	2026-12-06 07:23:23.207412+00	\N	service_call	Activate service		{"call": 23, "connector": "provisioning/activate", "attempt": 1}
90	21	2026-12-06 07:23:23.207421+00	\N	service_call	Activate service		{"call": 24, "connector": "provisioning/activate", "attempt": 1}
91	17	2026-12-06 07:23:23.208285+00	\N	service_result	Hand the survey result to the order		{"call": 20}
92	17	2026-12-06 07:23:23.216809+00	\N	service_call	Book the engineer visit		{"call": 25, "connector": "field_service/schedule", "attempt": 1}
115	25	2026-12-06 07:23:23.369428+00	2	started		customer_order version 1	{}
116	25	2026-12-06 07:23:23.369462+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "ZZ1 1ZZ"}], "matched_rules": [{"index": 5, "rule_id": "site_other", "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}], "defaulted": false, "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}, "warnings": [], "required_decisions": {}}
117	25	2026-12-06 07:23:23.369466+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
118	25	2026-12-06 07:23:23.370619+00	\N	service_call	Record enrichment on the order		{"call": 29, "connector": "ordra/record_enrichment", "attempt": 1}
119	25	2026-12-06 07:23:23.375568+00	\N	service_result	Record enrichment on the order		{"call": 29}
120	25	2026-12-06 07:23:23.389141+00	\N	task_ready	Enter technical details		{"work_item": 7, "role": "fulfillment_agent"}
121	25	2026-12-06 07:23:23.409404+00	3	task_completed	Enter technical details		{"work_item": 7, "data": {"customer": "Bravo plc", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "LAB-1", "site_notes": null}}
122	25	2026-12-06 07:23:23.418888+00	\N	task_ready	Approve order		{"work_item": 8, "role": "order_approver"}
123	25	2026-12-06 07:23:23.43425+00	5	task_completed	Approve order		{"work_item": 8, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
124	25	2026-12-06 07:23:23.442039+00	\N	service_call	Decompose into domain orders		{"call": 30, "connector": "ordra/decompose", "attempt": 1}
125	26	2026-12-06 07:23:23.47482+00	\N	started		plan_resource_order version 1	{}
126	27	2026-12-06 07:23:23.474999+00	\N	started		plan_resource_order version 1	{}
127	28	2026-12-06 07:23:23.475101+00	\N	started		plan_resource_order version 1	{}
128	29	2026-12-06 07:23:23.475192+00	\N	started		plan_resource_order version 1	{}
129	30	2026-12-06 07:23:23.475275+00	\N	started		plan_resource_order version 1	{}
130	31	2026-12-06 07:23:23.475436+00	\N	started		plan_resource_order version 1	{}
131	26	2026-12-06 07:23:23.47964+00	\N	service_call	Reserve resource		{"call": 31, "connector": "inventory/reserve", "attempt": 1}
132	27	2026-12-06 07:23:23.479671+00	\N	service_call	Reserve resource		{"call": 32, "connector": "inventory/reserve", "attempt": 1}
133	28	2026-12-06 07:23:23.479681+00	\N	service_call	Reserve resource		{"call": 33, "connector": "inventory/reserve", "attempt": 1}
134	29	2026-12-06 07:23:23.479689+00	\N	service_call	Reserve resource		{"call": 34, "connector": "inventory/reserve", "attempt": 1}
135	30	2026-12-06 07:23:23.479698+00	\N	service_call	Reserve resource		{"call": 35, "connector": "inventory/reserve", "attempt": 1}
136	31	2026-12-06 07:23:23.479706+00	\N	service_call	Reserve resource		{"call": 36, "connector": "inventory/reserve", "attempt": 1}
137	25	2026-12-06 07:23:23.480964+00	\N	service_result	Decompose into domain orders		{"call": 30}
138	25	2026-12-06 07:23:23.497483+00	\N	service_call	Wait for the domain orders		{"call": 37, "connector": "ordra/await_fulfilment", "attempt": 1}
139	25	2026-12-06 07:23:23.500359+00	\N	service_waiting	Wait for the domain orders		{"call": 37}
67	11	2026-12-06 07:23:23.110026+00	\N	service_result	Reserve resource		{"call": 13}
68	11	2026-12-06 07:23:23.111652+00	\N	completed			{}
69	12	2026-12-06 07:23:23.111797+00	\N	service_result	Reserve resource		{"call": 14}
70	12	2026-12-06 07:23:23.112937+00	\N	completed			{}
71	13	2026-12-06 07:23:23.113066+00	\N	service_result	Reserve resource		{"call": 15}
72	13	2026-12-06 07:23:23.114116+00	\N	completed			{}
73	14	2026-12-06 07:23:23.114238+00	\N	service_result	Reserve resource		{"call": 16}
74	14	2026-12-06 07:23:23.115423+00	\N	completed			{}
75	15	2026-12-06 07:23:23.115549+00	\N	service_result	Reserve resource		{"call": 17}
76	15	2026-12-06 07:23:23.116876+00	\N	completed			{}
77	16	2026-12-06 07:23:23.117001+00	\N	service_result	Reserve resource		{"call": 18}
78	16	2026-12-06 07:23:23.117985+00	\N	completed			{}
79	17	2026-12-06 07:23:23.135024+00	\N	started		plan_field_visit version 1	{}
80	17	2026-12-06 07:23:23.138797+00	\N	task_ready	Survey site		{"work_item": 5, "role": "fulfillment_agent"}
93	18	2026-12-06 07:23:23.243055+00	\N	service_result	Activate service		{"call": 21}
94	18	2026-12-06 07:23:23.245625+00	\N	completed			{}
95	19	2026-12-06 07:23:23.245847+00	\N	service_result	Activate service		{"call": 22}
96	19	2026-12-06 07:23:23.247815+00	\N	completed			{}
97	20	2026-12-06 07:23:23.247999+00	\N	service_result	Activate service		{"call": 23}
98	20	2026-12-06 07:23:23.249683+00	\N	completed			{}
99	21	2026-12-06 07:23:23.249858+00	\N	service_result	Activate service		{"call": 24}
100	21	2026-12-06 07:23:23.252286+00	\N	completed			{}
101	17	2026-12-06 07:23:23.252534+00	\N	service_result	Book the engineer visit		{"call": 25}
102	17	2026-12-06 07:23:23.278166+00	\N	task_ready	Install ONT on site		{"work_item": 6, "role": "fulfillment_agent"}
103	22	2026-12-06 07:23:23.299127+00	\N	started		plan_product_order version 1	{}
104	23	2026-12-06 07:23:23.299296+00	\N	started		plan_product_order version 1	{}
105	24	2026-12-06 07:23:23.299403+00	\N	started		plan_product_order version 1	{}
106	22	2026-12-06 07:23:23.301707+00	\N	service_call	Activate billing		{"call": 26, "connector": "billing/activate", "attempt": 1}
107	23	2026-12-06 07:23:23.301719+00	\N	service_call	Activate billing		{"call": 27, "connector": "billing/activate", "attempt": 1}
108	24	2026-12-06 07:23:23.301724+00	\N	service_call	Activate billing		{"call": 28, "connector": "billing/activate", "attempt": 1}
109	22	2026-12-06 07:23:23.317864+00	\N	service_result	Activate billing		{"call": 26}
110	22	2026-12-06 07:23:23.319412+00	\N	completed			{}
111	23	2026-12-06 07:23:23.319534+00	\N	service_result	Activate billing		{"call": 27}
112	23	2026-12-06 07:23:23.320613+00	\N	completed			{}
113	24	2026-12-06 07:23:23.320732+00	\N	service_result	Activate billing		{"call": 28}
114	24	2026-12-06 07:23:23.321866+00	\N	completed			{}
140	26	2026-12-06 07:23:23.523063+00	\N	service_result	Reserve resource		{"call": 31}
141	26	2026-12-06 07:23:23.524527+00	\N	completed			{}
142	27	2026-12-06 07:23:23.524702+00	\N	service_result	Reserve resource		{"call": 32}
143	27	2026-12-06 07:23:23.5259+00	\N	completed			{}
144	28	2026-12-06 07:23:23.526023+00	\N	service_result	Reserve resource		{"call": 33}
145	28	2026-12-06 07:23:23.527105+00	\N	completed			{}
146	29	2026-12-06 07:23:23.52722+00	\N	service_result	Reserve resource		{"call": 34}
147	29	2026-12-06 07:23:23.5282+00	\N	completed			{}
148	30	2026-12-06 07:23:23.52831+00	\N	service_result	Reserve resource		{"call": 35}
149	30	2026-12-06 07:23:23.529676+00	\N	completed			{}
150	31	2026-12-06 07:23:23.529792+00	\N	service_result	Reserve resource		{"call": 36}
151	31	2026-12-06 07:23:23.53082+00	\N	completed			{}
152	32	2026-12-06 07:23:23.54558+00	\N	started		plan_field_visit version 1	{}
153	32	2026-12-06 07:23:23.548193+00	\N	task_ready	Survey site		{"work_item": 9, "role": "fulfillment_agent"}
166	33	2026-12-06 07:23:23.623037+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
167	33	2026-12-06 07:23:23.654853+00	\N	fallout_failed	Activate service		{"fallout": 1, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
168	34	2026-12-06 07:23:23.663391+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
169	34	2026-12-06 07:23:23.673297+00	\N	fallout_failed	Activate service		{"fallout": 2, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
170	35	2026-12-06 07:23:23.677956+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
171	35	2026-12-06 07:23:23.684862+00	\N	fallout_failed	Activate service		{"fallout": 3, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
172	36	2026-12-06 07:23:23.689925+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
173	36	2026-12-06 07:23:23.697281+00	\N	fallout_failed	Activate service		{"fallout": 4, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
174	32	2026-12-06 07:23:23.701016+00	\N	service_result	Book the engineer visit		{"call": 43}
175	32	2026-12-06 07:23:23.708946+00	\N	task_ready	Install ONT on site		{"work_item": 10, "role": "fulfillment_agent"}
201	38	2026-12-06 07:23:23.923954+00	\N	service_result	Reserve resource		{"call": 46}
202	38	2026-12-06 07:23:23.925439+00	\N	completed			{}
203	39	2026-12-06 07:23:23.925566+00	\N	service_result	Reserve resource		{"call": 47}
204	39	2026-12-06 07:23:23.926679+00	\N	completed			{}
205	40	2026-12-06 07:23:23.926791+00	\N	service_result	Reserve resource		{"call": 48}
206	40	2026-12-06 07:23:23.927733+00	\N	completed			{}
207	41	2026-12-06 07:23:23.927834+00	\N	service_result	Reserve resource		{"call": 49}
208	41	2026-12-06 07:23:23.928869+00	\N	completed			{}
209	42	2026-12-06 07:23:23.929025+00	\N	service_result	Reserve resource		{"call": 50}
210	42	2026-12-06 07:23:23.930871+00	\N	completed			{}
211	43	2026-12-06 07:23:23.931088+00	\N	service_result	Reserve resource		{"call": 51}
212	43	2026-12-06 07:23:23.93208+00	\N	completed			{}
213	44	2026-12-06 07:23:23.946343+00	\N	started		plan_field_visit version 1	{}
214	44	2026-12-06 07:23:23.94892+00	\N	task_ready	Survey site		{"work_item": 13, "role": "fulfillment_agent"}
227	45	2026-12-06 07:23:24.042034+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
228	45	2026-12-06 07:23:24.051665+00	\N	fallout_failed	Activate service		{"fallout": 5, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
229	46	2026-12-06 07:23:24.056447+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
230	46	2026-12-06 07:23:24.064444+00	\N	fallout_failed	Activate service		{"fallout": 6, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
231	47	2026-12-06 07:23:24.069554+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
232	47	2026-12-06 07:23:24.07714+00	\N	fallout_failed	Activate service		{"fallout": 7, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
233	48	2026-12-06 07:23:24.082071+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
234	48	2026-12-06 07:23:24.090717+00	\N	fallout_failed	Activate service		{"fallout": 8, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
154	32	2026-12-06 07:23:23.566187+00	3	task_completed	Survey site		{"work_item": 9, "data": {"site_postcode": "ZZ1 1ZZ", "survey_result": "ready", "survey_notes": null}}
155	32	2026-12-06 07:23:23.572309+00	\N	service_call	Hand the survey result to the order		{"call": 38, "connector": "ordra/provide_data", "attempt": 1}
156	33	2026-12-06 07:23:23.587701+00	\N	started		plan_service_order version 1	{}
157	34	2026-12-06 07:23:23.587833+00	\N	started		plan_service_order version 1	{}
158	35	2026-12-06 07:23:23.58795+00	\N	started		plan_service_order version 1	{}
159	36	2026-12-06 07:23:23.588015+00	\N	started		plan_service_order version 1	{}
160	33	2026-12-06 07:23:23.590228+00	\N	service_call	Activate service		{"call": 39, "connector": "provisioning/activate", "attempt": 1}
161	34	2026-12-06 07:23:23.590242+00	\N	service_call	Activate service		{"call": 40, "connector": "provisioning/activate", "attempt": 1}
162	35	2026-12-06 07:23:23.590247+00	\N	service_call	Activate service		{"call": 41, "connector": "provisioning/activate", "attempt": 1}
163	36	2026-12-06 07:23:23.590252+00	\N	service_call	Activate service		{"call": 42, "connector": "provisioning/activate", "attempt": 1}
164	32	2026-12-06 07:23:23.590892+00	\N	service_result	Hand the survey result to the order		{"call": 38}
165	32	2026-12-06 07:23:23.597572+00	\N	service_call	Book the engineer visit		{"call": 43, "connector": "field_service/schedule", "attempt": 1}
176	37	2026-12-06 07:23:23.756311+00	2	started		customer_order version 1	{}
177	37	2026-12-06 07:23:23.756345+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "TT1 1TT"}], "matched_rules": [{"index": 5, "rule_id": "site_other", "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}], "defaulted": false, "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}, "warnings": [], "required_decisions": {}}
178	37	2026-12-06 07:23:23.756348+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
179	37	2026-12-06 07:23:23.757264+00	\N	service_call	Record enrichment on the order		{"call": 44, "connector": "ordra/record_enrichment", "attempt": 1}
180	37	2026-12-06 07:23:23.761705+00	\N	service_result	Record enrichment on the order		{"call": 44}
181	37	2026-12-06 07:23:23.769913+00	\N	task_ready	Enter technical details		{"work_item": 11, "role": "fulfillment_agent"}
182	37	2026-12-06 07:23:23.789143+00	3	task_completed	Enter technical details		{"work_item": 11, "data": {"customer": "Bravo plc", "site_postcode": "TT1 1TT", "serving_exchange": "LAB-1", "site_notes": null}}
183	37	2026-12-06 07:23:23.802404+00	\N	task_ready	Approve order		{"work_item": 12, "role": "order_approver"}
184	37	2026-12-06 07:23:23.824488+00	5	task_completed	Approve order		{"work_item": 12, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
185	37	2026-12-06 07:23:23.833894+00	\N	service_call	Decompose into domain orders		{"call": 45, "connector": "ordra/decompose", "attempt": 1}
186	38	2026-12-06 07:23:23.873704+00	\N	started		plan_resource_order version 1	{}
187	39	2026-12-06 07:23:23.873891+00	\N	started		plan_resource_order version 1	{}
188	40	2026-12-06 07:23:23.873984+00	\N	started		plan_resource_order version 1	{}
189	41	2026-12-06 07:23:23.874077+00	\N	started		plan_resource_order version 1	{}
190	42	2026-12-06 07:23:23.87417+00	\N	started		plan_resource_order version 1	{}
191	43	2026-12-06 07:23:23.874261+00	\N	started		plan_resource_order version 1	{}
192	38	2026-12-06 07:23:23.877762+00	\N	service_call	Reserve resource		{"call": 46, "connector": "inventory/reserve", "attempt": 1}
193	39	2026-12-06 07:23:23.877783+00	\N	service_call	Reserve resource		{"call": 47, "connector": "inventory/reserve", "attempt": 1}
194	40	2026-12-06 07:23:23.877793+00	\N	service_call	Reserve resource		{"call": 48, "connector": "inventory/reserve", "attempt": 1}
195	41	2026-12-06 07:23:23.877802+00	\N	service_call	Reserve resource		{"call": 49, "connector": "inventory/reserve", "attempt": 1}
196	42	2026-12-06 07:23:23.877811+00	\N	service_call	Reserve resource		{"call": 50, "connector": "inventory/reserve", "attempt": 1}
197	43	2026-12-06 07:23:23.87782+00	\N	service_call	Reserve resource		{"call": 51, "connector": "inventory/reserve", "attempt": 1}
198	37	2026-12-06 07:23:23.8792+00	\N	service_result	Decompose into domain orders		{"call": 45}
199	37	2026-12-06 07:23:23.891183+00	\N	service_call	Wait for the domain orders		{"call": 52, "connector": "ordra/await_fulfilment", "attempt": 1}
200	37	2026-12-06 07:23:23.894134+00	\N	service_waiting	Wait for the domain orders		{"call": 52}
215	44	2026-12-06 07:23:23.974222+00	3	task_completed	Survey site		{"work_item": 13, "data": {"site_postcode": "TT1 1TT", "survey_result": "ready", "survey_notes": null}}
216	44	2026-12-06 07:23:23.982159+00	\N	service_call	Hand the survey result to the order		{"call": 53, "connector": "ordra/provide_data", "attempt": 1}
217	45	2026-12-06 07:23:24.003028+00	\N	started		plan_service_order version 1	{}
218	46	2026-12-06 07:23:24.003198+00	\N	started		plan_service_order version 1	{}
219	47	2026-12-06 07:23:24.003271+00	\N	started		plan_service_order version 1	{}
220	48	2026-12-06 07:23:24.003337+00	\N	started		plan_service_order version 1	{}
221	45	2026-12-06 07:23:24.006243+00	\N	service_call	Activate service		{"call": 54, "connector": "provisioning/activate", "attempt": 1}
222	46	2026-12-06 07:23:24.00626+00	\N	service_call	Activate service		{"call": 55, "connector": "provisioning/activate", "attempt": 1}
223	47	2026-12-06 07:23:24.006268+00	\N	service_call	Activate service		{"call": 56, "connector": "provisioning/activate", "attempt": 1}
224	48	2026-12-06 07:23:24.006276+00	\N	service_call	Activate service		{"call": 57, "connector": "provisioning/activate", "attempt": 1}
225	44	2026-12-06 07:23:24.007134+00	\N	service_result	Hand the survey result to the order		{"call": 53}
226	44	2026-12-06 07:23:24.015923+00	\N	service_call	Book the engineer visit		{"call": 58, "connector": "field_service/schedule", "attempt": 1}
237	49	2026-12-06 07:23:24.17465+00	2	started		customer_order version 1	{}
238	49	2026-12-06 07:23:24.174702+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
235	44	2026-12-06 07:23:24.094402+00	\N	service_result	Book the engineer visit		{"call": 58}
236	44	2026-12-06 07:23:24.106358+00	\N	task_ready	Install ONT on site		{"work_item": 14, "role": "fulfillment_agent"}
260	50	2026-12-06 07:23:24.321852+00	\N	service_result	Reserve resource		{"call": 61}
261	50	2026-12-06 07:23:24.323523+00	\N	completed			{}
262	51	2026-12-06 07:23:24.323661+00	\N	service_result	Reserve resource		{"call": 62}
263	51	2026-12-06 07:23:24.325138+00	\N	completed			{}
264	52	2026-12-06 07:23:24.325282+00	\N	service_result	Reserve resource		{"call": 63}
265	52	2026-12-06 07:23:24.32644+00	\N	completed			{}
266	53	2026-12-06 07:23:24.326684+00	\N	service_result	Reserve resource		{"call": 64}
267	53	2026-12-06 07:23:24.328304+00	\N	completed			{}
268	54	2026-12-06 07:23:24.328486+00	\N	service_result	Reserve resource		{"call": 65}
269	54	2026-12-06 07:23:24.330341+00	\N	completed			{}
270	55	2026-12-06 07:23:24.330564+00	\N	service_result	Reserve resource		{"call": 66}
271	55	2026-12-06 07:23:24.331585+00	\N	completed			{}
272	56	2026-12-06 07:23:24.347022+00	\N	started		plan_field_visit version 1	{}
273	56	2026-12-06 07:23:24.34943+00	\N	task_ready	Survey site		{"work_item": 16, "role": "fulfillment_agent"}
286	57	2026-12-06 07:23:24.433718+00	\N	service_result	Activate service		{"call": 69}
287	57	2026-12-06 07:23:24.436223+00	\N	completed			{}
288	58	2026-12-06 07:23:24.436419+00	\N	service_result	Activate service		{"call": 70}
289	58	2026-12-06 07:23:24.438152+00	\N	completed			{}
290	59	2026-12-06 07:23:24.438322+00	\N	service_result	Activate service		{"call": 71}
291	59	2026-12-06 07:23:24.43998+00	\N	completed			{}
292	60	2026-12-06 07:23:24.440144+00	\N	service_result	Activate service		{"call": 72}
293	60	2026-12-06 07:23:24.44245+00	\N	completed			{}
294	56	2026-12-06 07:23:24.442677+00	\N	service_result	Book the engineer visit		{"call": 73}
295	56	2026-12-06 07:23:24.45821+00	\N	task_ready	Install ONT on site		{"work_item": 17, "role": "fulfillment_agent"}
296	61	2026-12-06 07:23:24.477027+00	\N	started		plan_product_order version 1	{}
297	62	2026-12-06 07:23:24.477199+00	\N	started		plan_product_order version 1	{}
298	63	2026-12-06 07:23:24.477294+00	\N	started		plan_product_order version 1	{}
299	61	2026-12-06 07:23:24.479463+00	\N	service_call	Activate billing		{"call": 74, "connector": "billing/activate", "attempt": 1}
300	62	2026-12-06 07:23:24.479483+00	\N	service_call	Activate billing		{"call": 75, "connector": "billing/activate", "attempt": 1}
301	63	2026-12-06 07:23:24.479493+00	\N	service_call	Activate billing		{"call": 76, "connector": "billing/activate", "attempt": 1}
302	61	2026-12-06 07:23:24.503758+00	\N	service_result	Activate billing		{"call": 74}
303	61	2026-12-06 07:23:24.506203+00	\N	completed			{}
304	62	2026-12-06 07:23:24.506387+00	\N	service_result	Activate billing		{"call": 75}
305	62	2026-12-06 07:23:24.508159+00	\N	completed			{}
306	63	2026-12-06 07:23:24.508324+00	\N	service_result	Activate billing		{"call": 76}
307	63	2026-12-06 07:23:24.509961+00	\N	completed			{}
312	64	2026-12-06 07:23:24.572431+00	\N	service_result	Activate billing		{"call": 77}
313	64	2026-12-06 07:23:24.575126+00	\N	completed			{}
314	49	2026-12-06 07:23:24.587419+00	\N	service_result	Wait for the domain orders		{"call": 67}
315	49	2026-12-06 07:23:24.597771+00	\N	service_call	Close order: inventory, contracts, entitlements		{"call": 78, "connector": "ordra/close_order", "attempt": 1}
316	49	2026-12-06 07:23:24.608084+00	\N	service_result	Close order: inventory, contracts, entitlements		{"call": 78}
317	49	2026-12-06 07:23:24.613301+00	\N	completed			{}
239	49	2026-12-06 07:23:24.174708+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
240	49	2026-12-06 07:23:24.176079+00	\N	service_call	Record enrichment on the order		{"call": 59, "connector": "ordra/record_enrichment", "attempt": 1}
241	49	2026-12-06 07:23:24.182754+00	\N	service_result	Record enrichment on the order		{"call": 59}
242	49	2026-12-06 07:23:24.198435+00	\N	task_ready	Approve order		{"work_item": 15, "role": "order_approver"}
243	49	2026-12-06 07:23:24.216575+00	5	task_completed	Approve order		{"work_item": 15, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
244	49	2026-12-06 07:23:24.225402+00	\N	service_call	Decompose into domain orders		{"call": 60, "connector": "ordra/decompose", "attempt": 1}
245	50	2026-12-06 07:23:24.273844+00	\N	started		plan_resource_order version 1	{}
246	51	2026-12-06 07:23:24.274036+00	\N	started		plan_resource_order version 1	{}
247	52	2026-12-06 07:23:24.274129+00	\N	started		plan_resource_order version 1	{}
248	53	2026-12-06 07:23:24.274214+00	\N	started		plan_resource_order version 1	{}
249	54	2026-12-06 07:23:24.274293+00	\N	started		plan_resource_order version 1	{}
250	55	2026-12-06 07:23:24.274371+00	\N	started		plan_resource_order version 1	{}
251	50	2026-12-06 07:23:24.278258+00	\N	service_call	Reserve resource		{"call": 61, "connector": "inventory/reserve", "attempt": 1}
252	51	2026-12-06 07:23:24.278286+00	\N	service_call	Reserve resource		{"call": 62, "connector": "inventory/reserve", "attempt": 1}
253	52	2026-12-06 07:23:24.278298+00	\N	service_call	Reserve resource		{"call": 63, "connector": "inventory/reserve", "attempt": 1}
254	53	2026-12-06 07:23:24.278308+00	\N	service_call	Reserve resource		{"call": 64, "connector": "inventory/reserve", "attempt": 1}
255	54	2026-12-06 07:23:24.278318+00	\N	service_call	Reserve resource		{"call": 65, "connector": "inventory/reserve", "attempt": 1}
256	55	2026-12-06 07:23:24.278328+00	\N	service_call	Reserve resource		{"call": 66, "connector": "inventory/reserve", "attempt": 1}
257	49	2026-12-06 07:23:24.279581+00	\N	service_result	Decompose into domain orders		{"call": 60}
258	49	2026-12-06 07:23:24.292694+00	\N	service_call	Wait for the domain orders		{"call": 67, "connector": "ordra/await_fulfilment", "attempt": 1}
259	49	2026-12-06 07:23:24.295369+00	\N	service_waiting	Wait for the domain orders		{"call": 67}
274	56	2026-12-06 07:23:24.368216+00	3	task_completed	Survey site		{"work_item": 16, "data": {"site_postcode": "SW1A 1AA", "survey_result": "ready", "survey_notes": null}}
275	56	2026-12-06 07:23:24.378276+00	\N	service_call	Hand the survey result to the order		{"call": 68, "connector": "ordra/provide_data", "attempt": 1}
276	57	2026-12-06 07:23:24.400141+00	\N	started		plan_service_order version 1	{}
277	58	2026-12-06 07:23:24.400307+00	\N	started		plan_service_order version 1	{}
278	59	2026-12-06 07:23:24.400387+00	\N	started		plan_service_order version 1	{}
279	60	2026-12-06 07:23:24.40046+00	\N	started		plan_service_order version 1	{}
280	57	2026-12-06 07:23:24.403622+00	\N	service_call	Activate service		{"call": 69, "connector": "provisioning/activate", "attempt": 1}
281	58	2026-12-06 07:23:24.403644+00	\N	service_call	Activate service		{"call": 70, "connector": "provisioning/activate", "attempt": 1}
282	59	2026-12-06 07:23:24.403654+00	\N	service_call	Activate service		{"call": 71, "connector": "provisioning/activate", "attempt": 1}
283	60	2026-12-06 07:23:24.403662+00	\N	service_call	Activate service		{"call": 72, "connector": "provisioning/activate", "attempt": 1}
284	56	2026-12-06 07:23:24.404448+00	\N	service_result	Hand the survey result to the order		{"call": 68}
285	56	2026-12-06 07:23:24.412517+00	\N	service_call	Book the engineer visit		{"call": 73, "connector": "field_service/schedule", "attempt": 1}
308	56	2026-12-06 07:23:24.538083+00	3	task_completed	Install ONT on site		{"work_item": 17, "data": {"site_postcode": "SW1A 1AA", "ont_serial": "ONT1234567", "install_notes": null}}
309	56	2026-12-06 07:23:24.544738+00	\N	completed			{}
310	64	2026-12-06 07:23:24.554125+00	\N	started		plan_product_order version 1	{}
311	64	2026-12-06 07:23:24.556011+00	\N	service_call	Activate billing		{"call": 77, "connector": "billing/activate", "attempt": 1}
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
1	2	6	1	1	Business Fibre Internet	active	{"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}	[{"service_id": "SVC-124783", "access_port": "ge-0/3/31", "ip_address": "10.33.249.185", "status": "active", "name": "Access Line", "id": "SVC-124783", "domain_order": 63}, {"service_id": "SVC-951295", "access_port": "ge-0/3/31", "ip_address": "10.45.55.97", "status": "active", "name": "IP Connectivity", "id": "SVC-951295", "domain_order": 65}]	[{"resource_id": "RES-133020", "resource_type": "ONT", "serial_number": "SN6369405809", "status": "reserved", "name": "ONT", "id": "RES-133020", "domain_order": 61}, {"resource_id": "RES-297937", "resource_type": "Access Port", "serial_number": "SN7536691065", "status": "reserved", "name": "Access Port", "id": "RES-297937", "domain_order": 62}, {"resource_id": "RES-463025", "resource_type": "IPv4 Address", "serial_number": "SN1662564184", "status": "reserved", "name": "IPv4 Address", "id": "RES-463025", "domain_order": 64}]	2026-12-06 07:23:24.602706+00	\N	2026-12-06 07:23:24.602714+00	0
2	2	6	2	3	Static IP Block	active	{}	[{"service_id": "SVC-904847", "access_port": "ge-0/3/47", "ip_address": "10.97.119.49", "status": "active", "name": "IP Connectivity", "id": "SVC-904847", "domain_order": 68}]	[{"resource_id": "RES-920230", "resource_type": "IPv4 Block", "serial_number": "SN2932654112", "status": "reserved", "name": "IPv4 Block", "id": "RES-920230", "domain_order": 67}]	2026-12-06 07:23:24.602716+00	\N	2026-12-06 07:23:24.602726+00	1
3	2	6	3	2	Managed Router	active	{"wifi": true}	[{"service_id": "SVC-844060", "access_port": "ge-0/0/28", "ip_address": "10.60.126.62", "status": "active", "name": "CPE Provisioning", "id": "SVC-844060", "domain_order": 71}]	[{"resource_id": "RES-091767", "resource_type": "Router", "serial_number": "SN0100787912", "status": "reserved", "name": "Router", "id": "RES-091767", "domain_order": 70}]	2026-12-06 07:23:24.602728+00	\N	2026-12-06 07:23:24.602729+00	2
4	2	6	4	5	Installation	active	{}	[{"visit_id": "FSV-998291", "engineer": "Lee Wong", "date": "2026-12-07", "slot": "13:00-17:00", "status": "scheduled", "survey_result": "ready", "ont_serial": "ONT1234567", "name": "Field Visit", "id": null, "domain_order": 74}]	[{"resource_id": "RES-175458", "resource_type": "Technician Slot", "serial_number": "SN9493160467", "status": "reserved", "name": "Technician Slot", "id": "RES-175458", "domain_order": 73}]	2026-12-06 07:23:24.602731+00	\N	2026-12-06 07:23:24.602732+00	3
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
1	work_item	1	Approve order	1	order_approver	order_task	normal	bronze	2026-12-06 07:23:22.545491+00	2026-12-06 11:23:22.545491+00	2026-12-07 07:23:22.545491+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
2	work_item	2	Approve order	2	order_approver	order_task	normal	bronze	2026-12-06 07:23:22.636831+00	2026-12-06 11:23:22.636831+00	2026-12-07 07:23:22.636831+00	on_track	t	2026-12-06 07:23:22.688001+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
3	work_item	3	Survey site	2	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:22.90333+00	2026-12-07 07:23:22.90333+00	2026-12-08 07:23:22.90333+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
4	work_item	4	Approve order	3	order_approver	order_task	normal	bronze	2026-12-06 07:23:22.972685+00	2026-12-06 11:23:22.972685+00	2026-12-07 07:23:22.972685+00	on_track	t	2026-12-06 07:23:23.007356+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
5	work_item	5	Survey site	3	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:23.136025+00	2026-12-07 07:23:23.136025+00	2026-12-08 07:23:23.136025+00	on_track	t	2026-12-06 07:23:23.179271+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
6	work_item	6	Install ONT on site	3	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:23.276033+00	2026-12-07 07:23:23.276033+00	2026-12-08 07:23:23.276033+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
7	work_item	7	Enter technical details	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:23.386528+00	2026-12-07 07:23:23.386528+00	2026-12-08 07:23:23.386528+00	on_track	t	2026-12-06 07:23:23.419218+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
8	work_item	8	Approve order	4	order_approver	order_task	normal	bronze	2026-12-06 07:23:23.417329+00	2026-12-06 11:23:23.417329+00	2026-12-07 07:23:23.417329+00	on_track	t	2026-12-06 07:23:23.442358+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
15	work_item	11	Enter technical details	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:23.76465+00	2026-12-07 07:23:23.76465+00	2026-12-08 07:23:23.76465+00	on_track	t	2026-12-06 07:23:23.803018+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
9	work_item	9	Survey site	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:23.546265+00	2026-12-07 07:23:23.546265+00	2026-12-08 07:23:23.546265+00	on_track	t	2026-12-06 07:23:23.572634+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
10	fallout	1	Fallout: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 07:23:23.65011+00	2026-12-06 11:23:23.65011+00	2026-12-06 15:23:23.65011+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
11	fallout	2	Fallout: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 07:23:23.671905+00	2026-12-06 11:23:23.671905+00	2026-12-06 15:23:23.671905+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
12	fallout	3	Fallout: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 07:23:23.683624+00	2026-12-06 11:23:23.683624+00	2026-12-06 15:23:23.683624+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
13	fallout	4	Fallout: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 07:23:23.696012+00	2026-12-06 11:23:23.696012+00	2026-12-06 15:23:23.696012+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
14	work_item	10	Install ONT on site	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:23.707151+00	2026-12-07 07:23:23.707151+00	2026-12-08 07:23:23.707151+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
17	work_item	13	Survey site	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:23.946978+00	2026-12-07 07:23:23.946978+00	2026-12-08 07:23:23.946978+00	on_track	t	2026-12-06 07:23:23.982664+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
18	work_item	14	Install ONT on site	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:24.104129+00	2026-12-07 07:23:24.104129+00	2026-12-08 07:23:24.104129+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
20	work_item	16	Survey site	6	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:24.347643+00	2026-12-07 07:23:24.347643+00	2026-12-08 07:23:24.347643+00	on_track	t	2026-12-06 07:23:24.37888+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
16	work_item	12	Approve order	5	order_approver	order_task	normal	bronze	2026-12-06 07:23:23.800124+00	2026-12-06 11:23:23.800124+00	2026-12-07 07:23:23.800124+00	on_track	t	2026-12-06 07:23:23.83438+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
19	work_item	15	Approve order	6	order_approver	order_task	normal	bronze	2026-12-06 07:23:24.191593+00	2026-12-06 11:23:24.191593+00	2026-12-07 07:23:24.191593+00	on_track	t	2026-12-06 07:23:24.225867+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
21	work_item	17	Install ONT on site	6	fulfillment_agent	work_order	normal	bronze	2026-12-06 07:23:24.455806+00	2026-12-07 07:23:24.455806+00	2026-12-08 07:23:24.455806+00	on_track	t	2026-12-06 07:23:24.556827+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
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
2	1	approve_adjustments.json	form	\\x7b0a2020227469746c65223a2022417070726f76652070726963652061646a7573746d656e7473222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b2261646a7573746d656e74735f6465636973696f6e225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a2020202022726563757272696e675f746f74616c223a207b2274797065223a2022737472696e67222c20227469746c65223a20224d6f6e74686c7920746f74616c202847425029222c2022726561644f6e6c79223a20747275657d2c0a202020202261646a7573746d656e74735f6465636973696f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a20224465636973696f6e222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a2022617070726f7665222c20227469746c65223a2022417070726f76652074686520646973636f756e7473227d2c0a2020202020207b22636f6e7374223a202272656a656374222c20227469746c65223a202252656a65637420746865206f72646572227d5d7d2c0a202020202261646a7573746d656e74735f6e6f7465223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746520746f20746865206f72646572206167656e74222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	7a339a527e2e6720c96aecb4e9f51454e4a0ce1e4d616acbc4250d40c18d215f
3	1	customer_request_handling-uischema.json	form	\\x7b0a20202275693a6f72646572223a205b22637573746f6d6572222c20226f726465725f6964222c20226f726465725f7374617465222c2022726571756573745f6b696e64222c20227265717565737465645f6279222c2022726571756573745f74657874222c20227265736f6c7574696f6e222c20227265736f6c7574696f6e5f6e6f7465225d2c0a202022726571756573745f74657874223a207b2275693a776964676574223a20227465787461726561227d2c0a2020227265736f6c7574696f6e223a207b2275693a776964676574223a2022726164696f227d2c0a2020227265736f6c7574696f6e5f6e6f7465223a207b2275693a776964676574223a20227465787461726561222c202275693a68656c70223a20225772697474656e20666f722074686520637573746f6d65723a20776861742077617320646f6e652c206f7220776879206e6f742e227d0a7d0a	30eea3afcee9ace5cd710722330c8761a4bb19c2d106a762213f6ab47e77c198
4	1	customer_request_handling.json	form	\\x7b0a2020227469746c65223a202248616e646c6520637573746f6d65722072657175657374222c0a2020226465736372697074696f6e223a202254686520637573746f6d6572277320726571756573742069732073686f776e20617320746865792077726f74652069742e204f70656e20746865206f7264657220286c696e6b65642061626f76652920616e642063686f6f736520776861742068617070656e733a202743616e63656c20746865206f72646572272063616e63656c73206974206e6f772c2069662069747320706c616e73207374696c6c20616c6c6f772069743b2061206368616e6765206973206d616465207769746820526576697365206f6e20746865206f7264657220706167652066697273742e2054686520637573746f6d6572207365657320776861742061637475616c6c792068617070656e65642c20616e6420796f7572206e6f74652e222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b0a20202020227265736f6c7574696f6e222c0a20202020227265736f6c7574696f6e5f6e6f7465220a20205d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a2022437573746f6d6572222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020226f726465725f6964223a207b0a2020202020202274797065223a2022696e7465676572222c0a202020202020227469746c65223a20224f72646572222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020226f726465725f7374617465223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a20224f72646572207374617465207768656e2061736b6564222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a2020202022726571756573745f6b696e64223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a202252657175657374222c0a20202020202022726561644f6e6c79223a20747275652c0a202020202020226f6e654f66223a205b0a20202020202020207b0a2020202020202020202022636f6e7374223a20226973737565222c0a20202020202020202020227469746c65223a20224973737565220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a20226368616e6765222c0a20202020202020202020227469746c65223a20224368616e6765220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a202263616e63656c6c6174696f6e222c0a20202020202020202020227469746c65223a202243616e63656c6c6174696f6e220a20202020202020207d0a2020202020205d0a202020207d2c0a2020202022726571756573745f74657874223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a2022576861742074686520637573746f6d65722077726f7465222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020227265717565737465645f6279223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a202241736b6564206279222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020227265736f6c7574696f6e223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a2022576861742068617070656e73222c0a202020202020226f6e654f66223a205b0a20202020202020207b0a2020202020202020202022636f6e7374223a202263616e63656c5f6f72646572222c0a20202020202020202020227469746c65223a202243616e63656c20746865206f7264657220287265667573656420616e64207265706f7274656420696620697420697320706173742069747320706f696e74206f66206e6f2072657475726e29220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a2022616e737765726564222c0a20202020202020202020227469746c65223a2022416e7377657265642028616e206973737565206578706c61696e65642c206f722061206368616e676520616c7265616479206d61646520776974682052657669736529220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a20226465636c696e6564222c0a20202020202020202020227469746c65223a20224465636c696e65643a20746865206e6f7465207361797320776879220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a2022657363616c61746564222c0a20202020202020202020227469746c65223a202250617373656420746f2061207370656369616c697374207465616d220a20202020202020207d0a2020202020205d0a202020207d2c0a20202020227265736f6c7574696f6e5f6e6f7465223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a20224e6f746520746f2074686520637573746f6d6572222c0a202020202020226d696e4c656e677468223a20312c0a202020202020226d61784c656e677468223a20323030300a202020207d0a20207d0a7d0a	b4cf4013a73e2e4d0d7af15559d02ff772ab12e2399799f94d835cb86d8ddd2a
5	1	install_ont.json	form	\\x7b0a2020227469746c65223a2022496e7374616c6c204f4e54206f6e2073697465222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b226f6e745f73657269616c225d2c0a20202270726f70657274696573223a207b0a2020202022736974655f706f7374636f6465223a207b2274797065223a2022737472696e67222c20227469746c65223a20225369746520706f7374636f6465222c2022726561644f6e6c79223a20747275657d2c0a20202020226f6e745f73657269616c223a207b2274797065223a2022737472696e67222c20227469746c65223a20224f4e542073657269616c206e756d626572222c20227061747465726e223a20225e5b412d5a302d395d7b362c32307d24222c20226578616d706c6573223a205b224f4e5431323334353637225d7d2c0a2020202022696e7374616c6c5f6e6f746573223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746573222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	61e3bb90c8bd4ed2ebf345f72666512e3982a7f329ad915bcfb56244833a4d33
6	1	order_approval.json	form	\\x7b0a2020227469746c65223a2022417070726f7665206f72646572222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b22617070726f76616c5f6465636973696f6e225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a2020202022726563757272696e675f746f74616c223a207b2274797065223a2022737472696e67222c20227469746c65223a20224d6f6e74686c7920746f74616c202847425029222c2022726561644f6e6c79223a20747275657d2c0a2020202022617070726f76616c5f6465636973696f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a20224465636973696f6e222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a2022617070726f7665222c20227469746c65223a2022417070726f76653a2066756c66696c20746865206f72646572227d2c0a2020202020207b22636f6e7374223a202272656a656374222c20227469746c65223a202252656a65637420746865206f72646572227d5d7d2c0a2020202022617070726f76616c5f726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022526561736f6e202873686f776e206f6e20746865206f7264657229222c20226d61784c656e677468223a203330307d0a20207d0a7d0a	e263e3aa83fb375733df1b55f2d45776eb2e70294f29271289e8051917917158
7	1	order_technical_details.json	form	\\x7b0a2020227469746c65223a2022546563686e6963616c2064657461696c73222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b2273657276696e675f65786368616e6765225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a2020202022736974655f706f7374636f6465223a207b2274797065223a2022737472696e67222c20227469746c65223a20225369746520706f7374636f6465222c2022726561644f6e6c79223a20747275657d2c0a202020202273657276696e675f65786368616e6765223a207b2274797065223a2022737472696e67222c20227469746c65223a202253657276696e672065786368616e6765222c20226d696e4c656e677468223a20332c20226d61784c656e677468223a2034307d2c0a2020202022736974655f6e6f746573223a207b2274797065223a2022737472696e67222c20227469746c65223a202253697465206e6f74657320666f722074686520656e67696e65657273222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	cee0adb02c0bc4f8e4c747c4e9195d9f89a583c5e408cee0d619e39abddd144b
8	1	revision_approval.json	form	\\x7b0a2020227469746c65223a2022417070726f7665207265766973696f6e222c0a2020226465736372697074696f6e223a202241206368616e676520746f20616e206f7264657220696e20666c69676874206e6565647320796f757220617070726f76616c206265666f72652069742069732063617272696564206f75742e205768617420697420776f756c6420646f20697320636f6d707574656420616761696e206f6e20746865206f72646572206173206974206973207768656e20796f75206465636964652e222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b227265766973696f6e5f6465636973696f6e225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a20202020226f726465725f6964223a207b2274797065223a2022696e7465676572222c20227469746c65223a20224f72646572222c2022726561644f6e6c79223a20747275657d2c0a20202020227265766973696f6e223a207b2274797065223a2022696e7465676572222c20227469746c65223a20225265766973696f6e222c2022726561644f6e6c79223a20747275657d2c0a2020202022617070726f76616c5f726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022576879206974206e6565647320617070726f76616c222c2022726561644f6e6c79223a20747275657d2c0a2020202022696d706163745f73756d6d617279223a207b2274797065223a2022737472696e67222c20227469746c65223a20225768617420697420646f6573222c2022726561644f6e6c79223a20747275657d2c0a20202020227265766973696f6e5f6465636973696f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a20224465636973696f6e222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a2022617070726f7665222c20227469746c65223a2022417070726f76653a206361727279206f757420746865207265766973696f6e227d2c0a2020202020207b22636f6e7374223a202272656a656374222c20227469746c65223a202252656a6563743a20746865206f72646572207374617973206173206974206973227d5d7d2c0a20202020227265766973696f6e5f6e6f7465223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f7465202873686f776e206f6e20746865206f7264657229222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	42e30c28dd4154e28419cec76fdedbd9c1664fe36ca88c6b468a3c86b2dfe94c
9	1	survey_site.json	form	\\x7b0a2020227469746c65223a20225375727665792073697465222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b227375727665795f726573756c74225d2c0a20202270726f70657274696573223a207b0a2020202022736974655f706f7374636f6465223a207b2274797065223a2022737472696e67222c20227469746c65223a20225369746520706f7374636f6465222c2022726561644f6e6c79223a20747275657d2c0a20202020227375727665795f726573756c74223a207b2274797065223a2022737472696e67222c20227469746c65223a2022526573756c74222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a20227265616479222c20227469746c65223a202252656164793a207468652066696272652063616e20626520647261776e20746f20746865206578697374696e672064756374227d2c0a2020202020207b22636f6e7374223a2022636976696c735f6e6565646564222c20227469746c65223a2022436976696c20776f726b73206e6565646564206265666f726520746865206c696e65206973206275696c74227d5d7d2c0a20202020227375727665795f6e6f746573223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746573222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	d55e8c88735e8d5f9c9965688aaad635abbaa7d696a8e053874444d152ff4993
10	1	technical_details.json	form	\\x7b0a2020227469746c65223a2022546563686e6963616c2064657461696c73222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b2262616e647769647468222c2022736974655f706f7374636f6465222c2022696e7374616c6c5f64617465225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a202020202262616e647769647468223a207b2274797065223a2022696e7465676572222c20227469746c65223a202242616e64776964746820284d62707329222c2022656e756d223a205b3130302c203530302c20313030305d7d2c0a2020202022736974655f706f7374636f6465223a207b2274797065223a2022737472696e67222c20227469746c65223a20225369746520706f7374636f6465222c20227061747465726e223a20225e5b412d5a5d7b312c327d5b302d395d5b302d39412d5a5d3f203f5b302d395d5b412d5a5d7b327d24222c20226d61784c656e677468223a20382c20226572726f724d657373616765223a20224120554b20706f7374636f646520696e206361706974616c732c20652e672e2053573141203141412e227d2c0a2020202022696e7374616c6c5f64617465223a207b2274797065223a2022737472696e67222c2022666f726d6174223a202264617465222c20227469746c65223a2022496e7374616c6c6174696f6e2064617465227d2c0a20202020226361626c696e675f6e6565646564223a207b2274797065223a2022626f6f6c65616e222c20227469746c65223a20224e6577206361626c696e67206e6565646564222c202264656661756c74223a2066616c73657d2c0a2020202022666c6f6f72223a207b2274797065223a2022696e7465676572222c20227469746c65223a2022466c6f6f72222c20226d696e696d756d223a202d322c20226d6178696d756d223a2036307d2c0a20202020226e6f746573223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746573222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	721133c2e2338913e9746939953e560b884e62a57cd4b1ab60fd88f97737e4d5
11	1	approval_level.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d22617070726f76616c5f6c6576656c5f6465667322206e616d653d22417070726f76616c206c6576656c22206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d22617070726f76616c5f6c6576656c22206e616d653d22417070726f76616c206c6576656c223e0a202020203c6465636973696f6e5461626c652069643d22617070726f76616c5f6c6576656c5f7461626c652220686974506f6c6963793d22554e49515545223e0a2020202020203c696e7075742069643d22696e5f62616e64776964746822206c6162656c3d2242616e647769647468223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f62616e6477696474682220747970655265663d226e756d626572223e3c746578743e62616e6477696474683c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f73757263686172676522206c6162656c3d22537572636861726765223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f7375726368617267652220747970655265663d226e756d626572223e3c746578743e7375726368617267653c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f6e656564656422206e616d653d22617070726f76616c5f6e65656465642220747970655265663d22626f6f6c65616e22202f3e0a2020202020203c6f75747075742069643d226f75745f6c6576656c22206e616d653d226c6576656c2220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d22725f736d616c6c223e0a20202020202020203c696e707574456e7472792069643d2272315f6277223e3c746578743e266c743b203530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f7363223e3c746578743e303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f6e6565646564223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f6c6576656c223e3c746578743e227374616e64617264223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22725f736d616c6c5f6361626c696e67223e0a20202020202020203c696e707574456e7472792069643d2272325f6277223e3c746578743e266c743b203530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f7363223e3c746578743e2667743b20303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f6c6576656c223e3c746578743e22776f726b73223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22725f6c61726765223e0a20202020202020203c696e707574456e7472792069643d2272335f6277223e3c746578743e5b3530302e2e31303030305d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f7363223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f6c6576656c223e3c746578743e22686967682062616e647769647468223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	d5a3459c778b24419b1ce71ab755ecca1d9db8fef9b6e96c3e7dd242c023aa34
12	1	decomposition.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d226465636f6d706f736974696f6e5f6465667322206e616d653d224465636f6d706f736974696f6e22206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d226465636f6d706f736974696f6e22206e616d653d224465636f6d706f736974696f6e223e0a202020203c212d2d204f6e6520726f77207065722073706563696669636174696f6e206e6f6465206f6620616e206f72646572206c696e653a20776869636820646f6d61696e206f72646572206974206265636f6d657320286e6f6e653a207265616c69736564206279206974730a2020202020202020206368696c6472656e292c2074686520706c616e20746861742072756e732069742c207468652064617461206974206e65656473206265666f7265206974206d6179207374617274202872657175697265732c20636f6d6d612d736570617261746564292c0a20202020202020202074686520646174612069747320706c616e2070726f6475636573202870726f7669646573292c20746865206368617261637465726973746963732077686f7365206368616e6765206d616b65732061206d6f6469667920746f7563682069740a20202020202020202028776174636865733b202a203d20616e792920616e64206974732072616e6b20286c6f7765722072616e6b732066696e697368206265666f72652074686520686967686572206f6e6573207468617420757365207468656d292e0a2020202020202020204e6574776f726b207365727669636573207761697420666f7220746865207369746520737572766579207768656e20746865206f7264657220686173206f6e653a206e6f7468696e6720697320616374697661746564202874686520706c616e73270a202020202020202020706f696e74206f66206e6f2072657475726e29206265666f7265207468652073697465206973206b6e6f776e20746f206265207365727669636561626c652c20736f20616e206f726465722063616e207374696c6c2062652063616e63656c6c65640a2020202020202020206f7220726576697365642c207769746820697473207265736572766174696f6e732072656c65617365642c20756e74696c207468656e2e202d2d3e0a202020203c6465636973696f6e5461626c652069643d226465636f6d706f736974696f6e5f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f6b696e6422206c6162656c3d2253706563206b696e64223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f6b696e642220747970655265663d22737472696e67223e3c746578743e6b696e643c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f7370656322206c6162656c3d2253706563206e616d65223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f737065632220747970655265663d22737472696e67223e3c746578743e737065633c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f616374696f6e22206c6162656c3d224974656d20616374696f6e223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f616374696f6e2220747970655265663d22737472696e67223e3c746578743e616374696f6e3c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f7374617469635f697022206c6162656c3d225374617469632049502077616e746564223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f7374617469635f69702220747970655265663d22626f6f6c65616e223e3c746578743e7374617469635f69703c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f70726f647563745f7370656322206c6162656c3d2250726f647563742073706563206f6620746865206c696e65223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f70726f647563745f737065632220747970655265663d22737472696e67223e3c746578743e70726f647563745f737065633c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f646f6d61696e5f7479706522206e616d653d22646f6d61696e5f747970652220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f706c616e22206e616d653d22706c616e2220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f726571756972657322206e616d653d2272657175697265732220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f70726f766964657322206e616d653d2270726f76696465732220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f7761746368657322206e616d653d22776174636865732220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f72616e6b22206e616d653d2272616e6b2220747970655265663d226e756d62657222202f3e0a2020202020203c72756c652069643d227230223e0a20202020202020203c6465736372697074696f6e3e412073757370656e64206f7220726573756d65206368616e676573206e6f207265736f757263653a20736572766963657320616e642062696c6c696e67206172652073757370656e646564206f7220726573756d65642e3c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272305f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272305f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272305f616374696f6e223e3c746578743e2273757370656e64222c22726573756d65223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272305f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272305f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272305f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227231223e0a20202020202020203c696e707574456e7472792069643d2272315f6b696e64223e3c746578743e22636673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227232223e0a20202020202020203c696e707574456e7472792069643d2272325f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f73706563223e3c746578743e22495076342041646472657373223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f7374617469635f6970223e3c746578743e747275653c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227233223e0a20202020202020203c696e707574456e7472792069643d2272335f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f73706563223e3c746578743e22495076342041646472657373223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f70726f647563745f73706563223e3c746578743e225374617469632049502050726f64756374223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227234223e0a20202020202020203c696e707574456e7472792069643d2272345f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f73706563223e3c746578743e224950763420426c6f636b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f7374617469635f6970223e3c746578743e747275653c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f77617463686573223e3c746578743e227374617469635f6970223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227235223e0a20202020202020203c696e707574456e7472792069643d2272355f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f73706563223e3c746578743e224950763420426c6f636b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f70726f647563745f73706563223e3c746578743e225374617469632049502050726f64756374223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227236223e0a20202020202020203c696e707574456e7472792069643d2272365f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f73706563223e3c746578743e224950763420426c6f636b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227237223e0a20202020202020203c696e707574456e7472792069643d2272375f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f73706563223e3c746578743e22495076342041646472657373223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f77617463686573223e3c746578743e227374617469635f6970223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227238223e0a20202020202020203c696e707574456e7472792069643d2272385f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f73706563223e3c746578743e22566f696365204368616e6e656c223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272385f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f77617463686573223e3c746578743e226368616e6e656c73223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272385f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227239223e0a20202020202020203c696e707574456e7472792069643d2272395f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272395f73706563223e3c746578743e2254656c6570686f6e65204e756d626572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272395f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272395f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272395f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f77617463686573223e3c746578743e226e756d62657273223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272395f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723130223e0a20202020202020203c696e707574456e7472792069643d227231305f6b696e64223e3c746578743e227265736f75726365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231305f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231305f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231305f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231305f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f646f6d61696e5f74797065223e3c746578743e227265736f75726365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f706c616e223e3c746578743e22706c616e5f7265736f757263655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231305f72616e6b223e3c746578743e313c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723131223e0a20202020202020203c696e707574456e7472792069643d227231315f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231315f73706563223e3c746578743e22416363657373204c696e65223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231315f616374696f6e223e3c746578743e22616464223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231315f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231315f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f77617463686573223e3c746578743e2262616e647769647468223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231315f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723132223e0a20202020202020203c696e707574456e7472792069643d227231325f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231325f73706563223e3c746578743e22416363657373204c696e65223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231325f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231325f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231325f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f77617463686573223e3c746578743e2262616e647769647468223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231325f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723133223e0a20202020202020203c696e707574456e7472792069643d227231335f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231335f73706563223e3c746578743e22495020436f6e6e6563746976697479223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231335f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231335f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231335f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f77617463686573223e3c746578743e227374617469635f6970223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231335f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723134223e0a20202020202020203c696e707574456e7472792069643d227231345f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231345f73706563223e3c746578743e224350452050726f766973696f6e696e67223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231345f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231345f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231345f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f77617463686573223e3c746578743e2277696669223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231345f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723135223e0a20202020202020203c696e707574456e7472792069643d227231355f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231355f73706563223e3c746578743e22534950205472756e6b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231355f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231355f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231355f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f77617463686573223e3c746578743e226368616e6e656c732c6e756d62657273223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231355f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723136223e0a20202020202020203c696e707574456e7472792069643d227231365f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231365f73706563223e3c746578743e224669656c64205669736974223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231365f616374696f6e223e3c746578743e22616464223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231365f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231365f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f706c616e223e3c746578743e22706c616e5f6669656c645f7669736974223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f70726f7669646573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231365f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723137223e0a20202020202020203c696e707574456e7472792069643d227231375f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231375f73706563223e3c746578743e224669656c64205669736974223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231375f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231375f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231375f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f646f6d61696e5f74797065223e3c746578743e226e6f6e65223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f706c616e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f77617463686573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231375f72616e6b223e3c746578743e303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723138223e0a20202020202020203c696e707574456e7472792069643d227231385f6b696e64223e3c746578743e22726673223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231385f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231385f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231385f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231385f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f646f6d61696e5f74797065223e3c746578743e2273657276696365223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f706c616e223e3c746578743e22706c616e5f736572766963655f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f7265717569726573223e3c746578743e227375727665795f726573756c74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f77617463686573223e3c746578743e222a223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231385f72616e6b223e3c746578743e323c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22723139223e0a20202020202020203c696e707574456e7472792069643d227231395f6b696e64223e3c746578743e2270726f64756374223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231395f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231395f616374696f6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231395f7374617469635f6970223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227231395f70726f647563745f73706563223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f646f6d61696e5f74797065223e3c746578743e2270726f64756374223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f706c616e223e3c746578743e22706c616e5f70726f647563745f6f72646572223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f7265717569726573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f70726f7669646573223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f77617463686573223e3c746578743e222a223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227231395f72616e6b223e3c746578743e333c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	a515ba94e26f13801086b3a7c26c1914bbd8b6fc959dbc168c97fd41d5a67728
13	1	fallout_policy.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d2266616c6c6f75745f706f6c6963795f6465667322206e616d653d2246616c6c6f757420706f6c696379220a202020202020202020202020206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d2266616c6c6f75745f706f6c69637922206e616d653d2246616c6c6f757420706f6c696379223e0a202020203c6465636973696f6e5461626c652069643d2266616c6c6f75745f706f6c6963795f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f636f646522206c6162656c3d224572726f7220636f6465223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f636f64652220747970655265663d22737472696e67223e3c746578743e6572726f725f636f64653c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f636f6e6e6563746f7222206c6162656c3d22436f6e6e6563746f72223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f636f6e6e6563746f722220747970655265663d22737472696e67223e3c746578743e636f6e6e6563746f723c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f617474656d707422206c6162656c3d22417474656d7074223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f617474656d70742220747970655265663d226e756d626572223e3c746578743e617474656d70743c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f63617465676f727922206e616d653d2263617465676f72792220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f616374696f6e22206e616d653d22616374696f6e2220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f72657472795f616674657222206e616d653d2272657472795f61667465722220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f61737369676e5f746f22206e616d653d2261737369676e5f746f2220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d227472616e7369656e745f7265747279223e0a20202020202020203c6465736372697074696f6e3e5472616e7369656e74206661756c7473206f662065787465726e616c2073797374656d733a20726574727920627920697473656c662c2077697468206261636b6f66663c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272315f636f6465223e3c746578743e2254494d454f5554222c22554e415641494c41424c45222c2242555359223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f617474223e3c746578743e266c743b3d20333c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f636174223e3c746578743e227472616e7369656e74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f616374223e3c746578743e227265747279223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f6166746572223e3c746578743e225054333053223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227472616e7369656e745f6d616e75616c223e0a20202020202020203c6465736372697074696f6e3e5374696c6c206661696c696e67206166746572207468726565206175746f6d6174696320726574726965733a206120706572736f6e206c6f6f6b733c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272325f636f6465223e3c746578743e2254494d454f5554222c22554e415641494c41424c45222c2242555359223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f617474223e3c746578743e2667743b20333c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f636174223e3c746578743e227472616e7369656e74223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d226e6574776f726b5f6361706163697479223e0a20202020202020203c696e707574456e7472792069643d2272335f636f6465223e3c746578743e22504f52545f554e415641494c41424c45223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f617474223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f636174223e3c746578743e226e6574776f726b206361706163697479223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22646174615f6572726f72223e0a20202020202020203c696e707574456e7472792069643d2272345f636f6465223e3c746578743e224d495353494e475f44415441222c22494e56414c49445f44415441223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f617474223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f636174223e3c746578743e2264617461206572726f72223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d226d6f64656c5f6572726f72223e0a20202020202020203c6465736372697074696f6e3e5363726970747320616e642072756c65732074686174206661696c2061726520746865206d6f64656c73272070726f626c656d3c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272355f636f6465223e3c746578743e225343524950545f4552524f52222c224e4f5f52554c45223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f617474223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f636174223e3c746578743e226d6f64656c206572726f72223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f746f223e3c746578743e2266616c6c6f75745f6d616e61676572223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22616e797468696e675f656c7365223e0a20202020202020203c696e707574456e7472792069643d2272365f636f6465223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f636f6e6e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f617474223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f636174223e3c746578743e22756e636c6173736966696564223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f616374223e3c746578743e226d616e75616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f6166746572223e3c746578743e6e756c6c3c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f746f223e3c746578743e2266616c6c6f75745f6167656e74223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	f8bc3f18099b51e8087f64952623601514644d20dbdff108fb841807537e92bd
14	1	jeopardy_sla.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d226a656f70617264795f736c615f6465667322206e616d653d224a656f706172647920534c4173220a202020202020202020202020206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d226a656f70617264795f736c6122206e616d653d224a656f706172647920534c41223e0a202020203c6465636973696f6e5461626c652069643d226a656f70617264795f736c615f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f7479706522206c6162656c3d225461736b2074797065223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f747970652220747970655265663d22737472696e67223e3c746578743e7461736b5f747970653c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f7072696f7269747922206c6162656c3d225072696f72697479223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f7072696f726974792220747970655265663d22737472696e67223e3c746578743e7072696f726974793c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f636c61737322206c6162656c3d22534c4120636c617373223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f636c6173732220747970655265663d22737472696e67223e3c746578743e736c615f636c6173733c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f7761726e22206e616d653d227761726e5f61667465722220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f64756522206e616d653d226475655f61667465722220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d2266616c6c6f75745f757267656e74223e0a20202020202020203c696e707574456e7472792069643d2272315f74223e3c746578743e2266616c6c6f7574223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f70223e3c746578743e2268696768223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272315f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f77223e3c746578743e2250543148223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272315f64223e3c746578743e2250543248223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266616c6c6f7574223e0a20202020202020203c696e707574456e7472792069643d2272325f74223e3c746578743e2266616c6c6f7574223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272325f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f77223e3c746578743e2250543448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272325f64223e3c746578743e2250543848223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22776f726b5f6f726465725f7072656d69756d223e0a20202020202020203c696e707574456e7472792069643d2272335f74223e3c746578743e22776f726b5f6f72646572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272335f63223e3c746578743e227072656d69756d223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f77223e3c746578743e2250543448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272335f64223e3c746578743e2250543848223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22776f726b5f6f72646572223e0a20202020202020203c696e707574456e7472792069643d2272345f74223e3c746578743e22776f726b5f6f72646572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272345f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f77223e3c746578743e22503144223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272345f64223e3c746578743e22503244223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d226f726465725f7461736b223e0a20202020202020203c696e707574456e7472792069643d2272355f74223e3c746578743e226f726465725f7461736b223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272355f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f77223e3c746578743e2250543448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272355f64223e3c746578743e22503144223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22637573746f6d65725f6f72646572223e0a20202020202020203c6465736372697074696f6e3e466f722070726f6d697365642064617465733a207761726e207768656e206c657373207468616e2074686973206d617267696e2028647565206d696e7573207761726e29206973206c6566743c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272365f74223e3c746578743e22637573746f6d65725f6f72646572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272365f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f77223e3c746578743e22503044223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272365f64223e3c746578743e22503244223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22646f6d61696e5f6f72646572223e0a20202020202020203c6465736372697074696f6e3e506c616e7320666f7220746865206f726465722074696d656c696e653a20686f77206c6f6e6720616e206175746f6d6174656420646f6d61696e206f72646572206d61792074616b65202869747320776f726b206f72646572732061646420746865697273293c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d2272375f74223e3c746578743e22646f6d61696e5f6f72646572223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f70223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2272375f63223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f77223e3c746578743e2250543148223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2272375f64223e3c746578743e2250543248223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	bdd8d034b26d68aed75db3c754802c00fc88e6ddfbae9a375c3a0cd8106ed791
15	1	order_enrichment.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d226f726465725f656e726963686d656e745f6465667322206e616d653d224f7264657220656e726963686d656e7422206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d22656e726963686d656e745f7369746522206e616d653d225369746520656e726963686d656e74223e0a202020203c6465636973696f6e5461626c652069643d22656e726963686d656e745f736974655f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f706f7374636f646522206c6162656c3d225369746520706f7374636f6465223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f706f7374636f64652220747970655265663d22737472696e67223e3c746578743e7570706572206361736528736974655f706f7374636f6465293c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f726567696f6e22206e616d653d22726567696f6e2220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f65786368616e676522206e616d653d2273657276696e675f65786368616e67652220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f73757276657922206e616d653d227375727665795f6e65656465642220747970655265663d22626f6f6c65616e22202f3e0a2020202020203c6f75747075742069643d226f75745f64657461696c7322206e616d653d22746563686e6963616c5f64657461696c735f6e65656465642220747970655265663d22626f6f6c65616e22202f3e0a2020202020203c72756c652069643d22736974655f6563223e0a20202020202020203c696e707574456e7472792069643d22736974655f65635f696e223e3c746578743e7374617274732077697468283f2c202245432229206f72207374617274732077697468283f2c2022574322293c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65635f726567696f6e223e3c746578743e224c6f6e646f6e223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65635f65786368616e6765223e3c746578743e224c444e2d43495459223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65635f737572766579223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65635f64657461696c73223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22736974655f7377223e0a20202020202020203c696e707574456e7472792069643d22736974655f73775f696e223e3c746578743e7374617274732077697468283f2c202253572229206f72207374617274732077697468283f2c2022534522293c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f73775f726567696f6e223e3c746578743e224c6f6e646f6e223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f73775f65786368616e6765223e3c746578743e224c444e2d534f555448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f73775f737572766579223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f73775f64657461696c73223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22736974655f6d223e0a20202020202020203c696e707574456e7472792069643d22736974655f6d5f696e223e3c746578743e7374617274732077697468283f2c20224d22293c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6d5f726567696f6e223e3c746578743e224e6f7274682057657374223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6d5f65786368616e6765223e3c746578743e224d414e2d43454e5452414c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6d5f737572766579223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6d5f64657461696c73223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22736974655f6568223e0a20202020202020203c696e707574456e7472792069643d22736974655f65685f696e223e3c746578743e7374617274732077697468283f2c2022454822293c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65685f726567696f6e223e3c746578743e2253636f746c616e64223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65685f65786368616e6765223e3c746578743e224544492d4c45495448223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65685f737572766579223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f65685f64657461696c73223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22736974655f6f74686572223e0a20202020202020203c696e707574456e7472792069643d22736974655f6f746865725f696e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6f746865725f726567696f6e223e3c746578743e22556e6b6e6f776e223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6f746865725f65786368616e6765223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6f746865725f737572766579223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22736974655f6f746865725f64657461696c73223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a20203c6465636973696f6e2069643d22656e726963686d656e745f637573746f6d657222206e616d653d22437573746f6d657220656e726963686d656e74223e0a202020203c6465636973696f6e5461626c652069643d22656e726963686d656e745f637573746f6d65725f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f7365676d656e7422206c6162656c3d22437573746f6d6572207365676d656e74223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f7365676d656e742220747970655265663d22737472696e67223e3c746578743e7365676d656e743c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f7072696f7269747922206e616d653d227072696f726974792220747970655265663d22737472696e6722202f3e0a2020202020203c6f75747075742069643d226f75745f736c6122206e616d653d22736c615f636c6173732220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d227365675f656e7465727072697365223e0a20202020202020203c696e707574456e7472792069643d227365675f656e74657270726973655f696e223e3c746578743e22656e7465727072697365223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f656e74657270726973655f7072696f72697479223e3c746578743e2268696768223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f656e74657270726973655f736c61223e3c746578743e22676f6c64223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227365675f7075626c6963223e0a20202020202020203c696e707574456e7472792069643d227365675f7075626c69635f696e223e3c746578743e227075626c69635f736563746f72223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f7075626c69635f7072696f72697479223e3c746578743e2268696768223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f7075626c69635f736c61223e3c746578743e2273696c766572223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227365675f6f74686572223e0a20202020202020203c696e707574456e7472792069643d227365675f6f746865725f696e223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f6f746865725f7072696f72697479223e3c746578743e226e6f726d616c223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227365675f6f746865725f736c61223e3c746578743e2262726f6e7a65223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	d33223873ab6548ab9b3d1979b761490ba107df2d6c5b95dcb836844ca49f969
16	1	pricing_fibre.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d2270726963696e675f66696272655f6465667322206e616d653d22427573696e65737320466962726520496e7465726e65742070726963696e6722206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d2270726963696e675f666962726522206e616d653d22427573696e65737320466962726520496e7465726e6574207072696365206d6174726978223e0a202020203c6465736372697074696f6e3e4d6f6e74686c7920707269636520284742502c206578636c2e20564154292062792062616e64776964746820616e6420636f6e7472616374207465726d3b206c6f6e676572207465726d7320636f7374206c65737320706572206d6f6e746820616e64207761697665206d6f7265206f662074686520636f6e6e656374696f6e206665652e3c2f6465736372697074696f6e3e0a202020203c6465636973696f6e5461626c652069643d2270726963696e675f66696272655f7461626c652220686974506f6c6963793d22554e49515545223e0a2020202020203c696e7075742069643d22696e5f62616e64776964746822206c6162656c3d2242616e64776964746820284d62707329223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f62616e6477696474682220747970655265663d226e756d626572223e3c746578743e62616e6477696474683c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f636f6e74726163745f7465726d22206c6162656c3d22436f6e7472616374207465726d20286d6f6e74687329223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f636f6e74726163745f7465726d2220747970655265663d226e756d626572223e3c746578743e636f6e74726163745f7465726d3c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f6d6f6e74686c795f707269636522206e616d653d226d6f6e74686c795f70726963652220747970655265663d226e756d62657222202f3e0a2020202020203c6f75747075742069643d226f75745f73657475705f66656522206e616d653d2273657475705f6665652220747970655265663d226e756d62657222202f3e0a2020202020203c72756c652069643d2266696272655f7231223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72315f696e31223e3c746578743e3130303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72315f696e32223e3c746578743e31323c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72315f6f757431223e3c746578743e38392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72315f6f757432223e3c746578743e3435302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7232223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72325f696e31223e3c746578743e3130303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72325f696e32223e3c746578743e32343c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72325f6f757431223e3c746578743e37392e35303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72325f6f757432223e3c746578743e3235302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7233223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72335f696e31223e3c746578743e3130303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72335f696e32223e3c746578743e33363c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72335f6f757431223e3c746578743e36392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72335f6f757432223e3c746578743e302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7234223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72345f696e31223e3c746578743e3530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72345f696e32223e3c746578743e31323c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72345f6f757431223e3c746578743e3137392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72345f6f757432223e3c746578743e3435302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7235223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72355f696e31223e3c746578743e3530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72355f696e32223e3c746578743e32343c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72355f6f757431223e3c746578743e3135392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72355f6f757432223e3c746578743e3235302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7236223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72365f696e31223e3c746578743e3530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72365f696e32223e3c746578743e33363c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72365f6f757431223e3c746578743e3133392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72365f6f757432223e3c746578743e302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7237223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72375f696e31223e3c746578743e313030303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72375f696e32223e3c746578743e31323c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72375f6f757431223e3c746578743e3332392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72375f6f757432223e3c746578743e3435302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7238223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72385f696e31223e3c746578743e313030303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72385f696e32223e3c746578743e32343c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72385f6f757431223e3c746578743e3239352e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72385f6f757432223e3c746578743e3235302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2266696272655f7239223e0a20202020202020203c696e707574456e7472792069643d2266696272655f72395f696e31223e3c746578743e313030303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d2266696272655f72395f696e32223e3c746578743e33363c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72395f6f757431223e3c746578743e3236352e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d2266696272655f72395f6f757432223e3c746578743e302e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	6fe66ef3329dc5ac60adf1f68a2d335eade22d6486cfe842701e638cf22d5451
17	1	pricing_voice.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d2270726963696e675f766f6963655f6465667322206e616d653d22427573696e65737320566f6963652070726963696e6722206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d2270726963696e675f766f69636522206e616d653d22427573696e65737320566f696365206368616e6e656c207469657273223e0a202020203c6465736372697074696f6e3e534950207472756e6b20707269636520284742502c206578636c2e2056415429206279207468652074696572206f6620636f6e63757272656e74206368616e6e656c733b207468652073657475702066656520636f76657273206e756d62657220706f7274696e6720616e64207472756e6b20636f6e66696775726174696f6e2e3c2f6465736372697074696f6e3e0a202020203c6465636973696f6e5461626c652069643d2270726963696e675f766f6963655f7461626c652220686974506f6c6963793d22554e49515545223e0a2020202020203c696e7075742069643d22696e5f6368616e6e656c7322206c6162656c3d224368616e6e656c73223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f6368616e6e656c732220747970655265663d226e756d626572223e3c746578743e6368616e6e656c733c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f6d6f6e74686c795f707269636522206e616d653d226d6f6e74686c795f70726963652220747970655265663d226e756d62657222202f3e0a2020202020203c6f75747075742069643d226f75745f73657475705f66656522206e616d653d2273657475705f6665652220747970655265663d226e756d62657222202f3e0a2020202020203c72756c652069643d22766f6963655f7231223e0a20202020202020203c696e707574456e7472792069643d22766f6963655f72315f696e31223e3c746578743e5b322e2e345d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72315f6f757431223e3c746578743e33362e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72315f6f757432223e3c746578743e39352e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22766f6963655f7232223e0a20202020202020203c696e707574456e7472792069643d22766f6963655f72325f696e31223e3c746578743e5b352e2e31305d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72325f6f757431223e3c746578743e38322e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72325f6f757432223e3c746578743e3134352e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22766f6963655f7233223e0a20202020202020203c696e707574456e7472792069643d22766f6963655f72335f696e31223e3c746578743e5b31312e2e32305d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72335f6f757431223e3c746578743e3134392e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72335f6f757432223e3c746578743e3139352e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22766f6963655f7234223e0a20202020202020203c696e707574456e7472792069643d22766f6963655f72345f696e31223e3c746578743e5b32312e2e33305d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72345f6f757431223e3c746578743e3231302e30303c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22766f6963655f72345f6f757432223e3c746578743e3234352e30303c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	57b8c1ac17b2f6a8dcf8fca389c949237a7b941dc315df7cec62439a076e14b5
18	1	revision_approval.dmn	dmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f222069643d227265766973696f6e5f617070726f76616c5f6465667322206e616d653d225265766973696f6e20617070726f76616c22206e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f646d6e223e0a20203c6465636973696f6e2069643d227265766973696f6e5f617070726f76616c22206e616d653d225265766973696f6e20617070726f76616c223e0a202020203c212d2d20576865746865722061207265766973696f6e206f6620616e206f7264657220696e20666c69676874206d75737420626520617070726f76656420627920616e206f7264657220617070726f766572206265666f72652069742069732063617272696564206f75742e0a202020202020202020726563757272696e675f64656c7461202f206f6e655f74696d655f64656c74613a20746865207072696365206368616e6765206f6620746865207265766973696f6e3b20646973636f756e74735f6f7665725f6c696d69743a2074686520726576697365640a2020202020202020206f72646572206361727269657320646973636f756e74732061626f76652074686520617070726f76616c206c696d69743b2072656d6f7665735f6c696e65733a20746865207265766973696f6e2064656c65746573206c696e65732e202d2d3e0a202020203c6465636973696f6e5461626c652069643d227265766973696f6e5f617070726f76616c5f7461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22696e5f646973636f756e747322206c6162656c3d22446973636f756e7473206f76657220746865206c696d6974223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f646973636f756e74732220747970655265663d22626f6f6c65616e223e3c746578743e646973636f756e74735f6f7665725f6c696d69743c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f726563757272696e6722206c6162656c3d224d6f6e74686c79207072696365206368616e6765223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f726563757272696e672220747970655265663d226e756d626572223e3c746578743e726563757272696e675f64656c74613c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22696e5f6f6e655f74696d6522206c6162656c3d224f6e652d74696d65207072696365206368616e6765223e0a20202020202020203c696e70757445787072657373696f6e2069643d2269655f6f6e655f74696d652220747970655265663d226e756d626572223e3c746578743e6f6e655f74696d655f64656c74613c2f746578743e3c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d226f75745f6e656564656422206e616d653d22617070726f76616c5f6e65656465642220747970655265663d22626f6f6c65616e22202f3e0a2020202020203c6f75747075742069643d226f75745f726561736f6e22206e616d653d22726561736f6e2220747970655265663d22737472696e6722202f3e0a2020202020203c72756c652069643d227265765f646973636f756e7473223e0a20202020202020203c696e707574456e7472792069643d227265765f646973636f756e74735f64223e3c746578743e747275653c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f646973636f756e74735f72223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f646973636f756e74735f6f223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f646973636f756e74735f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f646973636f756e74735f726561736f6e223e3c746578743e227468652072657669736564206f72646572206361727269657320646973636f756e74732061626f766520746865206c696d6974223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227265765f6d6f6e74686c79223e0a20202020202020203c696e707574456e7472792069643d227265765f6d6f6e74686c795f64223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6d6f6e74686c795f72223e3c746578743e2667743b203235303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6d6f6e74686c795f6f223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6d6f6e74686c795f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6d6f6e74686c795f726561736f6e223e3c746578743e22746865206d6f6e74686c7920707269636520676f6573207570206279206d6f7265207468616e203235302e3030223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227265765f6f6e655f74696d65223e0a20202020202020203c696e707574456e7472792069643d227265765f6f6e655f74696d655f64223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6f6e655f74696d655f72223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6f6e655f74696d655f6f223e3c746578743e2667743b203530303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6f6e655f74696d655f6e6565646564223e3c746578743e747275653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6f6e655f74696d655f726561736f6e223e3c746578743e226f6e652d74696d65206368617267657320676f207570206279206d6f7265207468616e203530302e3030223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d227265765f6e6f6e65223e0a20202020202020203c696e707574456e7472792069643d227265765f6e6f6e655f64223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6e6f6e655f72223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d227265765f6e6f6e655f6f223e3c746578743e2d3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6e6f6e655f6e6565646564223e3c746578743e66616c73653c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d227265765f6e6f6e655f726561736f6e223e3c746578743e22223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a3c2f646566696e6974696f6e733e0a	7e8cec62d5cb7d23e5f7a682d3e4fb4a61c622d011b8d69c69bb3bca832b23ce
19	1	change_request.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c220a202020202020202020202020202020202020786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265220a20202020202020202020202020202020202069643d22446566696e6974696f6e735f6368616e67655f7265717565737422207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a636f6c6c61626f726174696f6e2069643d22436f6c6c61626f726174696f6e5f6368616e67655f72657175657374223e0a202020203c62706d6e3a7061727469636970616e742069643d225061727469636970616e745f637222206e616d653d224368616e67652072657175657374222070726f636573735265663d226368616e67655f7265717565737422202f3e0a20203c2f62706d6e3a636f6c6c61626f726174696f6e3e0a20203c62706d6e3a70726f636573732069643d226368616e67655f7265717565737422206e616d653d224368616e676520726571756573742220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f6372223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f66756c66696c6c6d656e7422206e616d653d2246756c66696c6c6d656e74206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e73746172743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e7465725f64657461696c733c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e636f6d707574655f7375726368617267653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e636c6173736966793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6e656564735f617070726f76616c3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e645f6175746f3c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f617070726f76657222206e616d653d224f7264657220617070726f766572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e645f617070726f7665643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d224368616e676520726571756573746564223e0a2020202020203c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a757365725461736b2069643d22656e7465725f64657461696c7322206e616d653d22456e74657220746563686e6963616c2064657461696c73223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22746563686e6963616c5f64657461696c732e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e5369746520666f7220637573746f6d6572207b7b20637573746f6d6572207d7d3a20656e7465722074686520746563686e6963616c2064657461696c732e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a7363726970745461736b2069643d22636f6d707574655f73757263686172676522206e616d653d22436f6d7075746520737572636861726765223e0a2020202020203c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66333c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a7363726970743e737572636861726765203d203530206966206361626c696e675f6e656564656420656c736520300a73756d6d617279203d2066227b62616e6477696474687d204d627073206174207b736974655f706f7374636f64657d223c2f62706d6e3a7363726970743e0a202020203c2f62706d6e3a7363726970745461736b3e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22636c61737369667922206e616d653d22436c617373696679206368616e6765223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e617070726f76616c5f6c6576656c3c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66333c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66343c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226e656564735f617070726f76616c22206e616d653d22417070726f76616c206e65656465643f222064656661756c743d22665f6e6f223e0a2020202020203c62706d6e3a696e636f6d696e673e66343c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f7965733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f6e6f3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22617070726f766522206e616d653d22417070726f7665206368616e6765223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22617070726f76616c2e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e665f7965733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66353c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a656e644576656e742069643d22656e645f617070726f76656422206e616d653d2244656369646564223e0a2020202020203c62706d6e3a696e636f6d696e673e66353c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d22656e645f6175746f22206e616d653d224175746f2d617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e665f6e6f3c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d22656e7465725f64657461696c7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d22656e7465725f64657461696c7322207461726765745265663d22636f6d707574655f73757263686172676522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266332220736f757263655265663d22636f6d707574655f73757263686172676522207461726765745265663d22636c61737369667922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266342220736f757263655265663d22636c61737369667922207461726765745265663d226e656564735f617070726f76616c22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f7965732220736f757263655265663d226e656564735f617070726f76616c22207461726765745265663d22617070726f7665223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e617070726f76616c5f6e6565646564203d3d20547275653c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f6e6f2220736f757263655265663d226e656564735f617070726f76616c22207461726765745265663d22656e645f6175746f22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266352220736f757263655265663d22617070726f766522207461726765745265663d22656e645f617070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22436f6c6c61626f726174696f6e5f6368616e67655f726571756573745f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22436f6c6c61626f726174696f6e5f6368616e67655f726571756573745f706c616e65222062706d6e456c656d656e743d22436f6c6c61626f726174696f6e5f6368616e67655f72657175657374223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d225061727469636970616e745f63725f6469222062706d6e456c656d656e743d225061727469636970616e745f637222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d223132323022206865696768743d22323430222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f66756c66696c6c6d656e745f6469222062706d6e456c656d656e743d224c616e655f66756c66696c6c6d656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d2230222077696474683d223131393022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f617070726f7665725f6469222062706d6e456c656d656e743d224c616e655f617070726f76657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22313230222077696474683d223131393022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d223134322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e7465725f64657461696c735f6469222062706d6e456c656d656e743d22656e7465725f64657461696c73223e0a20202020202020203c64633a426f756e647320783d223237302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6d707574655f7375726368617267655f6469222062706d6e456c656d656e743d22636f6d707574655f737572636861726765223e0a20202020202020203c64633a426f756e647320783d223433302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6173736966795f6469222062706d6e456c656d656e743d22636c617373696679223e0a20202020202020203c64633a426f756e647320783d223539302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e656564735f617070726f76616c5f6469222062706d6e456c656d656e743d226e656564735f617070726f76616c223e0a20202020202020203c64633a426f756e647320783d223737352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f6469222062706d6e456c656d656e743d22617070726f7665223e0a20202020202020203c64633a426f756e647320783d223931302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f617070726f7665645f6469222062706d6e456c656d656e743d22656e645f617070726f766564223e0a20202020202020203c64633a426f756e647320783d22313130322220793d22313632222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6175746f5f6469222062706d6e456c656d656e743d22656e645f6175746f223e0a20202020202020203c64633a426f756e647320783d223934322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223137382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223237302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223337302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223433302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266335f6469222062706d6e456c656d656e743d226633223e0a20202020202020203c64693a776179706f696e7420783d223533302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223539302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266345f6469222062706d6e456c656d656e743d226634223e0a20202020202020203c64693a776179706f696e7420783d223639302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223737352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f7965735f6469222062706d6e456c656d656e743d22665f796573223e0a20202020202020203c64693a776179706f696e7420783d223830302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d223830302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223931302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f6e6f5f6469222062706d6e456c656d656e743d22665f6e6f223e0a20202020202020203c64693a776179706f696e7420783d223832352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223934322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266355f6469222062706d6e456c656d656e743d226635223e0a20202020202020203c64693a776179706f696e7420783d22313031302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22313130322220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a	540a89051dd5c1905709fdf4a27d5bc3bb0f349a96e4af31a8446e5ac3c40e8e
20	1	customer_order.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c220a202020202020202020202020202020202020786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265220a20202020202020202020202020202020202069643d22446566696e6974696f6e735f637573746f6d65725f6f7264657222207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a636f6c6c61626f726174696f6e2069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f72646572223e0a202020203c62706d6e3a7061727469636970616e742069643d225061727469636970616e745f637573746f6d65725f6f7264657222206e616d653d22437573746f6d6572206f72646572222070726f636573735265663d22637573746f6d65725f6f7264657222202f3e0a20203c2f62706d6e3a636f6c6c61626f726174696f6e3e0a20203c62706d6e3a70726f636573732069643d22637573746f6d65725f6f7264657222206e616d653d22437573746f6d6572206f726465722220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f637573746f6d65725f6f72646572223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f6167656e7422206e616d653d224f72646572206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6f726465725f63617074757265643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e726963685f736974653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e726963685f637573746f6d65723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7265636f72645f656e726963686d656e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e64657461696c735f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e64657461696c735f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61646a7573746d656e74735f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61646a7573746d656e74735f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6465636f6d706f73653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61776169745f66756c66696c6d656e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e636c6f73655f6f726465723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6f726465725f636c6f7365643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e72656a6563745f6f726465723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6f726465725f72656a65637465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f66756c66696c6c6d656e745f6167656e7422206e616d653d2246756c66696c6c6d656e74206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e746563686e6963616c5f64657461696c733c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f6d616e6167657222206e616d653d224f72646572206d616e61676572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76655f61646a7573746d656e74733c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61646a7573746d656e74735f646563696465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f617070726f76657222206e616d653d224f7264657220617070726f766572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76655f6f726465723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76616c5f646563696465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d226f726465725f636170747572656422206e616d653d224f72646572206361707475726564223e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f656e726963685f736974653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22656e726963685f7369746522206e616d653d22456e726963682073697465223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e656e726963686d656e745f736974653c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f656e726963685f736974653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f656e726963685f637573746f6d65723c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22656e726963685f637573746f6d657222206e616d653d22456e7269636820637573746f6d6572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e656e726963686d656e745f637573746f6d65723c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f656e726963685f637573746f6d65723c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f7265636f72645f656e726963686d656e743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d227265636f72645f656e726963686d656e7422206e616d653d225265636f726420656e726963686d656e74206f6e20746865206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f7265636f72645f656e726963686d656e742220726573756c745661726961626c653d22656e726963686d656e74223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2276616c7565732220747970653d22616e79222076616c75653d227b27726567696f6e273a20726567696f6e2c202773657276696e675f65786368616e6765273a2073657276696e675f65786368616e67652c20277375727665795f6e6565646564273a207375727665795f6e65656465642c2027746563686e6963616c5f64657461696c735f6e6565646564273a20746563686e6963616c5f64657461696c735f6e65656465642c20277072696f72697479273a207072696f726974792c2027736c615f636c617373273a20736c615f636c6173737d22202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f7265636f72645f656e726963686d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f64657461696c735f676174657761793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2264657461696c735f6761746577617922206e616d653d22546563686e6963616c2064657461696c73206e65656465643f222064656661756c743d22666c6f775f6e6f5f64657461696c73223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f64657461696c735f676174657761793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e656564735f64657461696c733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e6f5f64657461696c733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22746563686e6963616c5f64657461696c7322206e616d653d22456e74657220746563686e6963616c2064657461696c73223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d226f726465725f746563686e6963616c5f64657461696c732e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e5468652073697465207b7b20736974655f706f7374636f6465207d7d206f66206f72646572207b7b206f726465725f6964207d7d20287b7b20637573746f6d6572207d7d29206973206e6f7420696e2061206b6e6f776e2073657276696e6720617265613a20656e746572206974732073657276696e672065786368616e67652e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e656564735f64657461696c733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f64657461696c735f656e74657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2264657461696c735f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f64657461696c735f656e74657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e6f5f64657461696c733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f61646a7573746d656e74735f676174657761793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2261646a7573746d656e74735f6761746577617922206e616d653d22446973636f756e742061626f766520746865206c696d69743f222064656661756c743d22666c6f775f6e6f5f61646a7573746d656e7473223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f61646a7573746d656e74735f676174657761793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e656564735f61646a7573746d656e74733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e6f5f61646a7573746d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22617070726f76655f61646a7573746d656e747322206e616d653d22417070726f76652070726963652061646a7573746d656e7473223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22617070726f76655f61646a7573746d656e74732e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e4f72646572207b7b206f726465725f6964207d7d20666f72207b7b20637573746f6d6572207d7d206361727269657320646973636f756e74732061626f766520746865206c696d69743a207b7b20617070726f76616c5f726561736f6e73207c206a6f696e28223b202229207d7d2e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e656564735f61646a7573746d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f61646a7573746d656e74735f616e7377657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2261646a7573746d656e74735f6465636964656422206e616d653d22446973636f756e747320617070726f7665643f222064656661756c743d22666c6f775f61646a7573746d656e74735f617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f61646a7573746d656e74735f616e7377657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f61646a7573746d656e74735f617070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f61646a7573746d656e74735f72656a65637465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2261646a7573746d656e74735f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f61646a7573746d656e74735f617070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e6f5f61646a7573746d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f617070726f76616c3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22617070726f76655f6f7264657222206e616d653d22417070726f7665206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d226f726465725f617070726f76616c2e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e4f72646572207b7b206f726465725f6964207d7d20666f72207b7b20637573746f6d6572207d7d3a207b7b20726563757272696e675f746f74616c207d7d204742502061206d6f6e74682c207369746520696e207b7b20726567696f6e207d7d202865786368616e6765207b7b2073657276696e675f65786368616e6765207d7d292c207072696f72697479207b7b207072696f72697479207d7d2e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f617070726f76616c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f617070726f76616c5f616e7377657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22617070726f76616c5f6465636964656422206e616d653d22417070726f7665643f222064656661756c743d22666c6f775f617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f617070726f76616c5f616e7377657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f617070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f72656a65637465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a736572766963655461736b2069643d2272656a6563745f6f7264657222206e616d653d2252656a656374206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f72656a6563745f6f726465722220726573756c745661726961626c653d2272656a656374696f6e223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22726561736f6e2220747970653d22737472222076616c75653d22617070726f76616c5f726561736f6e20696620617070726f76616c5f6465636973696f6e203d3d202772656a6563742720656c73652061646a7573746d656e74735f6e6f746522202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f72656a65637465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f61646a7573746d656e74735f72656a65637465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f72656a65637465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d226f726465725f72656a656374656422206e616d653d224f726465722072656a6563746564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f72656a65637465643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d226465636f6d706f736522206e616d653d224465636f6d706f736520696e746f20646f6d61696e206f7264657273223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f6465636f6d706f73652220726573756c745661726961626c653d226465636f6d706f736974696f6e223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2266616374732220747970653d22616e79222076616c75653d227b2773657276696e675f65786368616e6765273a2073657276696e675f65786368616e67652c2027726567696f6e273a20726567696f6e2c20277072696f72697479273a207072696f726974792c2027736c615f636c617373273a20736c615f636c6173732c20277375727665795f6e6565646564273a207375727665795f6e65656465647d22202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f617070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f61776169743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d2261776169745f66756c66696c6d656e7422206e616d653d225761697420666f722074686520646f6d61696e206f7264657273223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f61776169745f66756c66696c6d656e742220726573756c745661726961626c653d2266756c66696c6d656e74223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f61776169743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f636c6f73653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73655f6f7264657222206e616d653d22436c6f7365206f726465723a20696e76656e746f72792c20636f6e7472616374732c20656e7469746c656d656e7473223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f636c6f73655f6f726465722220726573756c745661726961626c653d22636c6f73757265223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f636c6f73653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f636c6f7365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d226f726465725f636c6f73656422206e616d653d224f7264657220636f6d706c65746564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f636c6f7365643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f656e726963685f736974652220736f757263655265663d226f726465725f636170747572656422207461726765745265663d22656e726963685f7369746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f656e726963685f637573746f6d65722220736f757263655265663d22656e726963685f7369746522207461726765745265663d22656e726963685f637573746f6d657222202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f7265636f72645f656e726963686d656e742220736f757263655265663d22656e726963685f637573746f6d657222207461726765745265663d227265636f72645f656e726963686d656e7422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f64657461696c735f676174657761792220736f757263655265663d227265636f72645f656e726963686d656e7422207461726765745265663d2264657461696c735f6761746577617922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e656564735f64657461696c732220736f757263655265663d2264657461696c735f6761746577617922207461726765745265663d22746563686e6963616c5f64657461696c73223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e746563686e6963616c5f64657461696c735f6e65656465643c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e6f5f64657461696c732220736f757263655265663d2264657461696c735f6761746577617922207461726765745265663d2264657461696c735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f64657461696c735f656e74657265642220736f757263655265663d22746563686e6963616c5f64657461696c7322207461726765745265663d2264657461696c735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f61646a7573746d656e74735f676174657761792220736f757263655265663d2264657461696c735f646f6e6522207461726765745265663d2261646a7573746d656e74735f6761746577617922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e656564735f61646a7573746d656e74732220736f757263655265663d2261646a7573746d656e74735f6761746577617922207461726765745265663d22617070726f76655f61646a7573746d656e7473223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e72657175697265735f617070726f76616c3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e6f5f61646a7573746d656e74732220736f757263655265663d2261646a7573746d656e74735f6761746577617922207461726765745265663d2261646a7573746d656e74735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f61646a7573746d656e74735f616e7377657265642220736f757263655265663d22617070726f76655f61646a7573746d656e747322207461726765745265663d2261646a7573746d656e74735f6465636964656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f61646a7573746d656e74735f617070726f7665642220736f757263655265663d2261646a7573746d656e74735f6465636964656422207461726765745265663d2261646a7573746d656e74735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f61646a7573746d656e74735f72656a65637465642220736f757263655265663d2261646a7573746d656e74735f6465636964656422207461726765745265663d2272656a6563745f6f72646572223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e61646a7573746d656e74735f6465636973696f6e203d3d202772656a656374273c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f617070726f76616c2220736f757263655265663d2261646a7573746d656e74735f646f6e6522207461726765745265663d22617070726f76655f6f7264657222202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f617070726f76616c5f616e7377657265642220736f757263655265663d22617070726f76655f6f7264657222207461726765745265663d22617070726f76616c5f6465636964656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f617070726f7665642220736f757263655265663d22617070726f76616c5f6465636964656422207461726765745265663d226465636f6d706f736522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f72656a65637465642220736f757263655265663d22617070726f76616c5f6465636964656422207461726765745265663d2272656a6563745f6f72646572223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e617070726f76616c5f6465636973696f6e203d3d202772656a656374273c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f72656a65637465642220736f757263655265663d2272656a6563745f6f7264657222207461726765745265663d226f726465725f72656a656374656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f61776169742220736f757263655265663d226465636f6d706f736522207461726765745265663d2261776169745f66756c66696c6d656e7422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f636c6f73652220736f757263655265663d2261776169745f66756c66696c6d656e7422207461726765745265663d22636c6f73655f6f7264657222202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f636c6f7365642220736f757263655265663d22636c6f73655f6f7264657222207461726765745265663d226f726465725f636c6f73656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f726465725f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f726465725f706c616e65222062706d6e456c656d656e743d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f72646572223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d225061727469636970616e745f637573746f6d65725f6f726465725f6469222062706d6e456c656d656e743d225061727469636970616e745f637573746f6d65725f6f7264657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d223238323022206865696768743d22363030222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f6167656e745f6469222062706d6e456c656d656e743d224c616e655f6f726465725f6167656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d2230222077696474683d223237393022206865696768743d22323430222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f66756c66696c6c6d656e745f6167656e745f6469222062706d6e456c656d656e743d224c616e655f66756c66696c6c6d656e745f6167656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22323430222077696474683d223237393022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f6d616e616765725f6469222062706d6e456c656d656e743d224c616e655f6f726465725f6d616e6167657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22333630222077696474683d223237393022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f617070726f7665725f6469222062706d6e456c656d656e743d224c616e655f6f726465725f617070726f76657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22343830222077696474683d223237393022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f726465725f63617074757265645f6469222062706d6e456c656d656e743d226f726465725f6361707475726564223e0a20202020202020203c64633a426f756e647320783d223134322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e726963685f736974655f6469222062706d6e456c656d656e743d22656e726963685f73697465223e0a20202020202020203c64633a426f756e647320783d223237302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e726963685f637573746f6d65725f6469222062706d6e456c656d656e743d22656e726963685f637573746f6d6572223e0a20202020202020203c64633a426f756e647320783d223433302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265636f72645f656e726963686d656e745f6469222062706d6e456c656d656e743d227265636f72645f656e726963686d656e74223e0a20202020202020203c64633a426f756e647320783d223539302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264657461696c735f676174657761795f6469222062706d6e456c656d656e743d2264657461696c735f67617465776179223e0a20202020202020203c64633a426f756e647320783d223737352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746563686e6963616c5f64657461696c735f6469222062706d6e456c656d656e743d22746563686e6963616c5f64657461696c73223e0a20202020202020203c64633a426f756e647320783d223931302220793d22323630222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264657461696c735f646f6e655f6469222062706d6e456c656d656e743d2264657461696c735f646f6e65223e0a20202020202020203c64633a426f756e647320783d22313039352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261646a7573746d656e74735f676174657761795f6469222062706d6e456c656d656e743d2261646a7573746d656e74735f67617465776179223e0a20202020202020203c64633a426f756e647320783d22313235352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f61646a7573746d656e74735f6469222062706d6e456c656d656e743d22617070726f76655f61646a7573746d656e7473223e0a20202020202020203c64633a426f756e647320783d22313339302220793d22333830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261646a7573746d656e74735f646563696465645f6469222062706d6e456c656d656e743d2261646a7573746d656e74735f64656369646564223e0a20202020202020203c64633a426f756e647320783d22313537352220793d22333935222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261646a7573746d656e74735f646f6e655f6469222062706d6e456c656d656e743d2261646a7573746d656e74735f646f6e65223e0a20202020202020203c64633a426f756e647320783d22313733352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f6f726465725f6469222062706d6e456c656d656e743d22617070726f76655f6f72646572223e0a20202020202020203c64633a426f756e647320783d22313837302220793d22353030222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5f646563696465645f6469222062706d6e456c656d656e743d22617070726f76616c5f64656369646564223e0a20202020202020203c64633a426f756e647320783d22323035352220793d22353135222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272656a6563745f6f726465725f6469222062706d6e456c656d656e743d2272656a6563745f6f72646572223e0a20202020202020203c64633a426f756e647320783d22323139302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f726465725f72656a65637465645f6469222062706d6e456c656d656e743d226f726465725f72656a6563746564223e0a20202020202020203c64633a426f756e647320783d22323338322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226465636f6d706f73655f6469222062706d6e456c656d656e743d226465636f6d706f7365223e0a20202020202020203c64633a426f756e647320783d22323139302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261776169745f66756c66696c6d656e745f6469222062706d6e456c656d656e743d2261776169745f66756c66696c6d656e74223e0a20202020202020203c64633a426f756e647320783d22323335302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73655f6f726465725f6469222062706d6e456c656d656e743d22636c6f73655f6f72646572223e0a20202020202020203c64633a426f756e647320783d22323531302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f726465725f636c6f7365645f6469222062706d6e456c656d656e743d226f726465725f636c6f736564223e0a20202020202020203c64633a426f756e647320783d22323730322220793d22313632222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f656e726963685f736974655f6469222062706d6e456c656d656e743d22666c6f775f656e726963685f73697465223e0a20202020202020203c64693a776179706f696e7420783d223137382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223237302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f656e726963685f637573746f6d65725f6469222062706d6e456c656d656e743d22666c6f775f656e726963685f637573746f6d6572223e0a20202020202020203c64693a776179706f696e7420783d223337302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223433302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f7265636f72645f656e726963686d656e745f6469222062706d6e456c656d656e743d22666c6f775f7265636f72645f656e726963686d656e74223e0a20202020202020203c64693a776179706f696e7420783d223533302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223539302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f64657461696c735f676174657761795f6469222062706d6e456c656d656e743d22666c6f775f746f5f64657461696c735f67617465776179223e0a20202020202020203c64693a776179706f696e7420783d223639302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223737352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e656564735f64657461696c735f6469222062706d6e456c656d656e743d22666c6f775f6e656564735f64657461696c73223e0a20202020202020203c64693a776179706f696e7420783d223830302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d223830302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d223931302220793d22333030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e6f5f64657461696c735f6469222062706d6e456c656d656e743d22666c6f775f6e6f5f64657461696c73223e0a20202020202020203c64693a776179706f696e7420783d223832352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313039352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f64657461696c735f656e74657265645f6469222062706d6e456c656d656e743d22666c6f775f64657461696c735f656e7465726564223e0a20202020202020203c64693a776179706f696e7420783d22313031302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313037352220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313037352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313039352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f61646a7573746d656e74735f676174657761795f6469222062706d6e456c656d656e743d22666c6f775f746f5f61646a7573746d656e74735f67617465776179223e0a20202020202020203c64693a776179706f696e7420783d22313134352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313235352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e656564735f61646a7573746d656e74735f6469222062706d6e456c656d656e743d22666c6f775f6e656564735f61646a7573746d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22313238302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d22313238302220793d22343230222f3e0a20202020202020203c64693a776179706f696e7420783d22313339302220793d22343230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e6f5f61646a7573746d656e74735f6469222062706d6e456c656d656e743d22666c6f775f6e6f5f61646a7573746d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22313330352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f61646a7573746d656e74735f616e7377657265645f6469222062706d6e456c656d656e743d22666c6f775f61646a7573746d656e74735f616e737765726564223e0a20202020202020203c64693a776179706f696e7420783d22313439302220793d22343230222f3e0a20202020202020203c64693a776179706f696e7420783d22313537352220793d22343230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f61646a7573746d656e74735f617070726f7665645f6469222062706d6e456c656d656e743d22666c6f775f61646a7573746d656e74735f617070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d22333935222f3e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f61646a7573746d656e74735f72656a65637465645f6469222062706d6e456c656d656e743d22666c6f775f61646a7573746d656e74735f72656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d22333935222f3e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323139302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f617070726f76616c5f6469222062706d6e456c656d656e743d22666c6f775f746f5f617070726f76616c223e0a20202020202020203c64693a776179706f696e7420783d22313736302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d22313736302220793d22353430222f3e0a20202020202020203c64693a776179706f696e7420783d22313837302220793d22353430222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f617070726f76616c5f616e7377657265645f6469222062706d6e456c656d656e743d22666c6f775f617070726f76616c5f616e737765726564223e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d22353430222f3e0a20202020202020203c64693a776179706f696e7420783d22323035352220793d22353430222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f617070726f7665645f6469222062706d6e456c656d656e743d22666c6f775f617070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22323038302220793d22353135222f3e0a20202020202020203c64693a776179706f696e7420783d22323038302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323139302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f72656a65637465645f6469222062706d6e456c656d656e743d22666c6f775f72656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d22323038302220793d22353135222f3e0a20202020202020203c64693a776179706f696e7420783d22323038302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323139302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f72656a65637465645f6469222062706d6e456c656d656e743d22666c6f775f746f5f72656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d22323239302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323338322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f61776169745f6469222062706d6e456c656d656e743d22666c6f775f746f5f6177616974223e0a20202020202020203c64693a776179706f696e7420783d22323239302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323335302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f636c6f73655f6469222062706d6e456c656d656e743d22666c6f775f746f5f636c6f7365223e0a20202020202020203c64693a776179706f696e7420783d22323435302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323531302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f636c6f7365645f6469222062706d6e456c656d656e743d22666c6f775f746f5f636c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22323631302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323730322220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a	4111adc780d9fcdd6f909b1535a2b0193d1660d957b4124f7046ce4b9e0349f4
21	1	customer_request.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f637573746f6d65725f7265717565737422207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a636f6c6c61626f726174696f6e2069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f72657175657374223e0a202020203c62706d6e3a7061727469636970616e742069643d225061727469636970616e745f637573746f6d65725f7265717565737422206e616d653d22437573746f6d65722072657175657374222070726f636573735265663d22637573746f6d65725f72657175657374222f3e0a20203c2f62706d6e3a636f6c6c61626f726174696f6e3e0a20203c62706d6e3a70726f636573732069643d22637573746f6d65725f7265717565737422206e616d653d22437573746f6d657220726571756573742220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e4120637573746f6d65722072616973656420616e2069737375652c206f722061736b656420666f722061206368616e6765206f7220612063616e63656c6c6174696f6e2c206f6e206f6e65206f66207468656972206f72646572730a696e2074686520706f7274616c2e205374617274656420776974683a206f726465725f69642c20637573746f6d65722c206f726465725f73746174652c20726571756573745f6b696e6420286973737565207c206368616e6765207c2063616e63656c6c6174696f6e292c0a726571756573745f746578742c207265717565737465645f62792e20416e206f72646572206167656e742063686f6f73657320776861742068617070656e7320616e64207772697465732061206e6f74653b2022536574746c6520746865207265717565737422207468656e0a63617272696573206974206f7574206f6e20746865206f726465722028612063616e63656c6c6174696f6e20697320617474656d707465642c20616e64207265667573656420776974682069747320726561736f6e2070617374206120706f696e74206f66206e6f2072657475726e290a616e64207265636f72647320746865206f7574636f6d652074686520637573746f6d657220726561647320696e2074686520706f7274616c2e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f637573746f6d65725f72657175657374223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f6167656e7422206e616d653d224f72646572206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e726571756573745f72656365697665643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e68616e646c655f726571756573743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e736574746c655f726571756573743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e726571756573745f616e7377657265643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d22726571756573745f726563656976656422206e616d653d22437573746f6d65722072657175657374207265636569766564223e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f68616e646c653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a757365725461736b2069643d2268616e646c655f7265717565737422206e616d653d2248616e646c6520637573746f6d65722072657175657374223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22637573746f6d65725f726571756573745f68616e646c696e672e6a736f6e222f3e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d5569536368656d6146696c656e616d65222076616c75653d22637573746f6d65725f726571756573745f68616e646c696e672d7569736368656d612e6a736f6e222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e437573746f6d6572207265717565737420287b7b20726571756573745f6b696e64207d7d292066726f6d207b7b20637573746f6d6572207d7d206f6e206f72646572207b7b206f726465725f6964207d7d2c20776869636820776173207b7b206f726465725f7374617465207d7d207768656e20746865792061736b65642e204f70656e20746865206f726465722c207468656e2063686f6f736520776861742068617070656e733a2074686520637573746f6d657220697320746f6c6420746865206f7574636f6d6520746861742061637475616c6c792068617070656e65642c207769746820796f7572206e6f74652e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f68616e646c653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f736574746c653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d22736574746c655f7265717565737422206e616d653d22536574746c65207468652072657175657374223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f736574746c655f637573746f6d65725f726571756573742220726573756c745661726961626c653d22736574746c656d656e74223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f6964222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d227265736f6c7574696f6e2220747970653d22616e79222076616c75653d227265736f6c7574696f6e222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226e6f74652220747970653d22616e79222076616c75653d227265736f6c7574696f6e5f6e6f7465222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f736574746c653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f656e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d22726571756573745f616e73776572656422206e616d653d225265717565737420616e737765726564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f656e643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f68616e646c652220736f757263655265663d22726571756573745f726563656976656422207461726765745265663d2268616e646c655f72657175657374222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f736574746c652220736f757263655265663d2268616e646c655f7265717565737422207461726765745265663d22736574746c655f72657175657374222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f656e642220736f757263655265663d22736574746c655f7265717565737422207461726765745265663d22726571756573745f616e737765726564222f3e0a20203c2f62706d6e3a70726f636573733e0a202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f726571756573745f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f726571756573745f706c616e65222062706d6e456c656d656e743d22436f6c6c61626f726174696f6e5f637573746f6d65725f72657175657374223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d225061727469636970616e745f637573746f6d65725f726571756573745f6469222062706d6e456c656d656e743d225061727469636970616e745f637573746f6d65725f7265717565737422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d2237343022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f6167656e745f6469222062706d6e456c656d656e743d224c616e655f6f726465725f6167656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d2230222077696474683d2237313022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726571756573745f72656365697665645f6469222062706d6e456c656d656e743d22726571756573745f7265636569766564223e0a20202020202020203c64633a426f756e647320783d223134322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2268616e646c655f726571756573745f6469222062706d6e456c656d656e743d2268616e646c655f72657175657374223e0a20202020202020203c64633a426f756e647320783d223237302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22736574746c655f726571756573745f6469222062706d6e456c656d656e743d22736574746c655f72657175657374223e0a20202020202020203c64633a426f756e647320783d223433302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726571756573745f616e7377657265645f6469222062706d6e456c656d656e743d22726571756573745f616e737765726564223e0a20202020202020203c64633a426f756e647320783d223632322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f68616e646c655f6469222062706d6e456c656d656e743d22666c6f775f746f5f68616e646c65223e0a20202020202020203c64693a776179706f696e7420783d223137382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223237302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f736574746c655f6469222062706d6e456c656d656e743d22666c6f775f746f5f736574746c65223e0a20202020202020203c64693a776179706f696e7420783d223337302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223433302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f656e645f6469222062706d6e456c656d656e743d22666c6f775f746f5f656e64223e0a20202020202020203c64693a776179706f696e7420783d223533302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223632322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	64163df040d1905f1156bd46b91cd01f5103caaf8f2838fbd4d60e2e5c11cc21
22	1	plan_field_visit.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f706c616e5f6669656c645f766973697422207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a6d6573736167652069643d226f726465725f616d656e6465645f6d65737361676522206e616d653d226f726465725f616d656e646564222f3e0a20203c62706d6e3a70726f636573732069643d22706c616e5f6669656c645f766973697422206e616d653d224669656c6420766973697420706c616e2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e576f726b206f72646572732061742074686520637573746f6d6572277320736974653a2073757276657920287768656e20656e726963686d656e742061736b7320666f72206974292c20626f6f6b207468652076697369742c20696e7374616c6c20746865204f4e542e0a4120626f6f6b65642076697369742069732063616e63656c6c656420696620746865206f726465722069732028636f6d70656e736174696f6e293b206f6e636520746865204f4e5420697320696e7374616c6c6564207468657265206973206e6f20676f696e67206261636b2e0a416e206f726465722072657669736564207768696c6520746865207369746520737572766579206973206f70656e2028652e672e207468652073697465206d6f7665642920726561636865732074686520706c616e20617320746865206d6573736167650a6f726465725f616d656e6465643a20746865207375727665792073746f70732c2074686520706c616e2074616b65732074686520616d656e646564206461746120616e64206465636964657320616761696e2077686574686572206120737572766579206973206e65656465642e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c212d2d2054686520706c616e277320726573756c743a20776861742069747320646f6d61696e206f72646572206b656570732c2068616e647320746f2074686520706c616e732061667465722069742028757073747265616d290a202020202020202020616e64206769766573207468652070726f6475637420696e76656e746f727920286170702f6f726368657374726174696f6e2f696e76656e746f72792e7079292e202d2d3e0a202020203c62706d6e3a696f53706563696669636174696f6e2069643d22706c616e5f6669656c645f76697369745f696f223e0a2020202020203c62706d6e3a646174614f75747075742069643d22766973697422206e616d653d227669736974222f3e0a2020202020203c62706d6e3a646174614f75747075742069643d227375727665795f726573756c7422206e616d653d227375727665795f726573756c74222f3e0a2020202020203c62706d6e3a646174614f75747075742069643d226f6e745f73657269616c22206e616d653d226f6e745f73657269616c222f3e0a2020202020203c62706d6e3a696e7075745365742069643d22706c616e5f6669656c645f76697369745f696e70757473222f3e0a2020202020203c62706d6e3a6f75747075745365742069643d22706c616e5f6669656c645f76697369745f6f757470757473223e3c62706d6e3a646174614f7574707574526566733e76697369743c2f62706d6e3a646174614f7574707574526566733e3c62706d6e3a646174614f7574707574526566733e7375727665795f726573756c743c2f62706d6e3a646174614f7574707574526566733e3c62706d6e3a646174614f7574707574526566733e6f6e745f73657269616c3c2f62706d6e3a646174614f7574707574526566733e3c2f62706d6e3a6f75747075745365743e0a202020203c2f62706d6e3a696f53706563696669636174696f6e3e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f6669656c64223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f73797374656d22206e616d653d224f72646572206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e73746172743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7375727665795f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e74616b655f616d656e646d656e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6e6f5f7375727665793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7375727665795f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e70726f766964655f7375727665793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7363686564756c655f76697369743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7363686564756c655f76697369745f756e646f3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e63616e63656c5f76697369743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f66756c66696c6c6d656e7422206e616d653d2246756c66696c6c6d656e74206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7375727665795f736974653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e696e7374616c6c5f6f6e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7375727665795f616d656e6465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d224669656c64207669736974206f726465726564223e3c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e3c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227375727665795f6761746577617922206e616d653d22537572766579206e65656465643f222064656661756c743d22665f6e6f5f737572766579223e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e665f616d656e6465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f7375727665793c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f6e6f5f7375727665793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d227375727665795f7369746522206e616d653d225375727665792073697465223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d227375727665795f736974652e6a736f6e222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e537572766579207468652073697465207b7b20736974655f706f7374636f6465207d7d20286f72646572207b7b206f726465725f6964207d7d2c2065786368616e6765207b7b2073657276696e675f65786368616e6765207d7d293a2063616e2074686520666962726520626520647261776e20696e3f3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e665f7375727665793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f73757276657965643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a626f756e646172794576656e742069643d227375727665795f616d656e64656422206e616d653d224f7264657220616d656e64656422206174746163686564546f5265663d227375727665795f73697465222063616e63656c41637469766974793d2274727565223e0a2020202020203c62706d6e3a6f7574676f696e673e665f74616b655f616d656e646d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227375727665795f616d656e6465645f646566696e6974696f6e22206d6573736167655265663d226f726465725f616d656e6465645f6d657373616765223e0a20202020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a202020202020202020203c7370696666776f726b666c6f773a6d6573736167655661726961626c653e616d656e646d656e743c2f7370696666776f726b666c6f773a6d6573736167655661726961626c653e0a20202020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c2f62706d6e3a6d6573736167654576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a626f756e646172794576656e743e0a202020203c62706d6e3a7363726970745461736b2069643d2274616b655f616d656e646d656e7422206e616d653d2254616b652074686520616d656e646564206f72646572223e0a2020202020203c62706d6e3a696e636f6d696e673e665f74616b655f616d656e646d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f616d656e6465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a7363726970743e736974655f706f7374636f6465203d20616d656e646d656e742e6765742827736974655f706f7374636f6465272c20736974655f706f7374636f6465290a73657276696e675f65786368616e6765203d20616d656e646d656e742e676574282773657276696e675f65786368616e6765272c2073657276696e675f65786368616e6765290a7375727665795f6e6565646564203d20616d656e646d656e742e67657428277375727665795f6e6565646564272c207375727665795f6e6565646564290a636861726163746572697374696373203d20616d656e646d656e742e6765742827636861726163746572697374696373272c20636861726163746572697374696373293c2f62706d6e3a7363726970743e0a202020203c2f62706d6e3a7363726970745461736b3e0a202020203c62706d6e3a7363726970745461736b2069643d226e6f5f73757276657922206e616d653d224e6f20737572766579206e6565646564223e0a2020202020203c62706d6e3a696e636f6d696e673e665f6e6f5f7375727665793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e665f736b69707065643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a7363726970743e7375727665795f726573756c74203d20226e6f745f7265717569726564223c2f62706d6e3a7363726970743e0a202020203c2f62706d6e3a7363726970745461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227375727665795f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e665f73757276657965643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e665f736b69707065643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a736572766963655461736b2069643d2270726f766964655f73757276657922206e616d653d2248616e64207468652073757276657920726573756c7420746f20746865206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f70726f766964655f646174612220726573756c745661726961626c653d227375727665795f68616e6465645f6f766572223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226b65792220747970653d22616e79222076616c75653d22277375727665795f726573756c7427222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2276616c75652220747970653d22616e79222076616c75653d227375727665795f726573756c74222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66333c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d227363686564756c655f766973697422206e616d653d22426f6f6b2074686520656e67696e656572207669736974223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226669656c645f736572766963652f7363686564756c652220726573756c745661726961626c653d227669736974223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22736974655f706f7374636f64652220747970653d22616e79222076616c75653d22736974655f706f7374636f6465222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22776f726b2220747970653d22616e79222076616c75653d2227496e7374616c6c204f4e5427222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66333c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66343c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a626f756e646172794576656e742069643d227363686564756c655f76697369745f756e646f22206e616d653d22556e646f20626f6f6b696e6722206174746163686564546f5265663d227363686564756c655f7669736974223e0a2020202020203c62706d6e3a636f6d70656e736174654576656e74446566696e6974696f6e2069643d227363686564756c655f76697369745f756e646f5f646566696e6974696f6e222f3e0a202020203c2f62706d6e3a626f756e646172794576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d2263616e63656c5f766973697422206e616d653d2243616e63656c2074686520656e67696e65657220766973697422206973466f72436f6d70656e736174696f6e3d2274727565223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226669656c645f736572766963652f63616e63656c2220726573756c745661726961626c653d2276697369745f63616e63656c6c6564223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2276697369745f69642220747970653d22616e79222076616c75653d2276697369745b2776697369745f6964275d222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6173736f63696174696f6e2069643d227363686564756c655f76697369745f756e646f5f68616e646c657222206173736f63696174696f6e446972656374696f6e3d224f6e652220736f757263655265663d227363686564756c655f76697369745f756e646f22207461726765745265663d2263616e63656c5f7669736974222f3e0a202020203c62706d6e3a757365725461736b2069643d22696e7374616c6c5f6f6e7422206e616d653d22496e7374616c6c204f4e54206f6e2073697465223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22706f696e744f664e6f52657475726e222076616c75653d2274727565222f3e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22696e7374616c6c5f6f6e742e6a736f6e222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e5669736974207b7b2076697369742e76697369745f6964207d7d206f6e207b7b2076697369742e64617465207d7d207b7b2076697369742e736c6f74207d7d20287b7b2076697369742e656e67696e656572207d7d293a20696e7374616c6c20616e64207465737420746865204f4e54206174207b7b20736974655f706f7374636f6465207d7d2c207468656e20656e746572206974732073657269616c206e756d6265722e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66343c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66353c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a656e644576656e742069643d22656e6422206e616d653d22496e7374616c6c6564223e3c62706d6e3a696e636f6d696e673e66353c2f62706d6e3a696e636f6d696e673e3c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d227375727665795f67617465776179222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f7375727665792220736f757263655265663d227375727665795f6761746577617922207461726765745265663d227375727665795f73697465223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e7375727665795f6e65656465643c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f6e6f5f7375727665792220736f757263655265663d227375727665795f6761746577617922207461726765745265663d226e6f5f737572766579222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f74616b655f616d656e646d656e742220736f757263655265663d227375727665795f616d656e64656422207461726765745265663d2274616b655f616d656e646d656e74222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f616d656e6465642220736f757263655265663d2274616b655f616d656e646d656e7422207461726765745265663d227375727665795f67617465776179222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f73757276657965642220736f757263655265663d227375727665795f7369746522207461726765745265663d227375727665795f646f6e65222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22665f736b69707065642220736f757263655265663d226e6f5f73757276657922207461726765745265663d227375727665795f646f6e65222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d227375727665795f646f6e6522207461726765745265663d2270726f766964655f737572766579222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266332220736f757263655265663d2270726f766964655f73757276657922207461726765745265663d227363686564756c655f7669736974222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266342220736f757263655265663d227363686564756c655f766973697422207461726765745265663d22696e7374616c6c5f6f6e74222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266352220736f757263655265663d22696e7374616c6c5f6f6e7422207461726765745265663d22656e64222f3e0a20203c2f62706d6e3a70726f636573733e0a2020202020202020202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22706c616e5f6669656c645f76697369745f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22706c616e5f6669656c645f76697369745f706c616e65222062706d6e456c656d656e743d22706c616e5f6669656c645f7669736974223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f73797374656d5f6469222062706d6e456c656d656e743d224c616e655f73797374656d22206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d223133353022206865696768743d22323430222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f66756c66696c6c6d656e745f6469222062706d6e456c656d656e743d224c616e655f66756c66696c6c6d656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d22323430222077696474683d223133353022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d223131322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227375727665795f676174657761795f6469222062706d6e456c656d656e743d227375727665795f67617465776179223e0a20202020202020203c64633a426f756e647320783d223236352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227375727665795f736974655f6469222062706d6e456c656d656e743d227375727665795f73697465223e0a20202020202020203c64633a426f756e647320783d223430302220793d22323630222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2274616b655f616d656e646d656e745f6469222062706d6e456c656d656e743d2274616b655f616d656e646d656e74223e0a20202020202020203c64633a426f756e647320783d223536302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f5f7375727665795f6469222062706d6e456c656d656e743d226e6f5f737572766579223e0a20202020202020203c64633a426f756e647320783d223430302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227375727665795f646f6e655f6469222062706d6e456c656d656e743d227375727665795f646f6e65223e0a20202020202020203c64633a426f756e647320783d223538352220793d22313535222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2270726f766964655f7375727665795f6469222062706d6e456c656d656e743d2270726f766964655f737572766579223e0a20202020202020203c64633a426f756e647320783d223732302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227363686564756c655f76697369745f6469222062706d6e456c656d656e743d227363686564756c655f7669736974223e0a20202020202020203c64633a426f756e647320783d223838302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2263616e63656c5f76697369745f6469222062706d6e456c656d656e743d2263616e63656c5f7669736974223e0a20202020202020203c64633a426f756e647320783d22313034302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22696e7374616c6c5f6f6e745f6469222062706d6e456c656d656e743d22696e7374616c6c5f6f6e74223e0a20202020202020203c64633a426f756e647320783d22313034302220793d22323630222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6469222062706d6e456c656d656e743d22656e64223e0a20202020202020203c64633a426f756e647320783d22313233322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227375727665795f616d656e6465645f6469222062706d6e456c656d656e743d227375727665795f616d656e646564223e0a20202020202020203c64633a426f756e647320783d223430342220793d22333232222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227363686564756c655f76697369745f756e646f5f6469222062706d6e456c656d656e743d227363686564756c655f76697369745f756e646f223e0a20202020202020203c64633a426f756e647320783d223838342220793d22323032222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223134382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223236352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f7375727665795f6469222062706d6e456c656d656e743d22665f737572766579223e0a20202020202020203c64693a776179706f696e7420783d223239302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d223239302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d223430302220793d22333030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f6e6f5f7375727665795f6469222062706d6e456c656d656e743d22665f6e6f5f737572766579223e0a20202020202020203c64693a776179706f696e7420783d223331352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223430302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f74616b655f616d656e646d656e745f6469222062706d6e456c656d656e743d22665f74616b655f616d656e646d656e74223e0a20202020202020203c64693a776179706f696e7420783d223434302220793d22333430222f3e0a20202020202020203c64693a776179706f696e7420783d223534302220793d22333430222f3e0a20202020202020203c64693a776179706f696e7420783d223534302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223536302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f616d656e6465645f6469222062706d6e456c656d656e743d22665f616d656e646564223e0a20202020202020203c64693a776179706f696e7420783d223631302220793d22313030222f3e0a20202020202020203c64693a776179706f696e7420783d223631302220793d22313230222f3e0a20202020202020203c64693a776179706f696e7420783d223239302220793d22313230222f3e0a20202020202020203c64693a776179706f696e7420783d223239302220793d223835222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f73757276657965645f6469222062706d6e456c656d656e743d22665f7375727665796564223e0a20202020202020203c64693a776179706f696e7420783d223530302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223538352220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22665f736b69707065645f6469222062706d6e456c656d656e743d22665f736b6970706564223e0a20202020202020203c64693a776179706f696e7420783d223530302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223538352220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223633352220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223732302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266335f6469222062706d6e456c656d656e743d226633223e0a20202020202020203c64693a776179706f696e7420783d223832302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223838302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266345f6469222062706d6e456c656d656e743d226634223e0a20202020202020203c64693a776179706f696e7420783d223938302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22313032302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22313032302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313034302220793d22333030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266355f6469222062706d6e456c656d656e743d226635223e0a20202020202020203c64693a776179706f696e7420783d22313134302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313231322220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313231322220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313233322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227363686564756c655f76697369745f756e646f5f68616e646c65725f6469222062706d6e456c656d656e743d227363686564756c655f76697369745f756e646f5f68616e646c6572223e0a20202020202020203c64693a776179706f696e7420783d223930322220793d22323032222f3e0a20202020202020203c64693a776179706f696e7420783d223930322220793d22323131222f3e0a20202020202020203c64693a776179706f696e7420783d22313039302220793d22323131222f3e0a20202020202020203c64693a776179706f696e7420783d22313039302220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	4bce8170076cb488eac14f05373066cb4802b235460a49175334f81752f3408a
23	1	plan_product_order.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f706c616e5f70726f647563745f6f7264657222207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a70726f636573732069643d22706c616e5f70726f647563745f6f7264657222206e616d653d2250726f64756374206f7264657220706c616e2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e5374617274202872652d726174652c2073757370656e642c20726573756d65206f722073746f70292062696c6c696e6720666f72207468652070726f64756374206f6e6365206974732073657276696365732072756e2e2042696c6c696e670a737461727465642069732074686520706c616e277320706f696e74206f66206e6f2072657475726e2e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c212d2d2054686520706c616e277320726573756c743a20776861742069747320646f6d61696e206f72646572206b656570732c2068616e647320746f2074686520706c616e732061667465722069742028757073747265616d290a202020202020202020616e64206769766573207468652070726f6475637420696e76656e746f727920286170702f6f726368657374726174696f6e2f696e76656e746f72792e7079292e202d2d3e0a202020203c62706d6e3a696f53706563696669636174696f6e2069643d22706c616e5f70726f647563745f6f726465725f696f223e0a2020202020203c62706d6e3a646174614f75747075742069643d2262696c6c696e6722206e616d653d2262696c6c696e67222f3e0a2020202020203c62706d6e3a696e7075745365742069643d22706c616e5f70726f647563745f6f726465725f696e70757473222f3e0a2020202020203c62706d6e3a6f75747075745365742069643d22706c616e5f70726f647563745f6f726465725f6f757470757473223e3c62706d6e3a646174614f7574707574526566733e62696c6c696e673c2f62706d6e3a646174614f7574707574526566733e3c2f62706d6e3a6f75747075745365743e0a202020203c2f62706d6e3a696f53706563696669636174696f6e3e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d22446f6d61696e206f726465722073746172746564223e3c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e3c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d2261637469766174655f62696c6c696e6722206e616d653d2241637469766174652062696c6c696e67223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22706f696e744f664e6f52657475726e222076616c75653d2274727565222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d2262696c6c696e672f61637469766174652220726573756c745661726961626c653d2262696c6c696e67223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226163636f756e745f69642220747970653d22616e79222076616c75653d226163636f756e745f6964222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2270726f647563742220747970653d22616e79222076616c75653d226e616d65222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22616374696f6e2220747970653d22616e79222076616c75653d22616374696f6e222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22726563757272696e672220747970653d22616e79222076616c75653d22726563757272696e67222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f6e655f74696d652220747970653d22616e79222076616c75653d226f6e655f74696d65222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d22656e6422206e616d653d22446f6d61696e206f7264657220646f6e65223e3c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e3c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d2261637469766174655f62696c6c696e67222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d2261637469766174655f62696c6c696e6722207461726765745265663d22656e64222f3e0a20203c2f62706d6e3a70726f636573733e0a202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22706c616e5f70726f647563745f6f726465725f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22706c616e5f70726f647563745f6f726465725f706c616e65222062706d6e456c656d656e743d22706c616e5f70726f647563745f6f72646572223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d2238322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261637469766174655f62696c6c696e675f6469222062706d6e456c656d656e743d2261637469766174655f62696c6c696e67223e0a20202020202020203c64633a426f756e647320783d223231302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6469222062706d6e456c656d656e743d22656e64223e0a20202020202020203c64633a426f756e647320783d223430322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223131382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223231302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223331302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223430322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	c49a7d32761645b2857e90c90539383653b0c2fd1fcb53132ba5cb05aa0d48f6
24	1	plan_resource_order.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f706c616e5f7265736f757263655f6f7264657222207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a70726f636573732069643d22706c616e5f7265736f757263655f6f7264657222206e616d653d225265736f75726365206f7264657220706c616e2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e5265736572766520286f722072656c6561736529206f6e65207265736f7572636520696e207265736f7572636520696e76656e746f72792028544d46363532292e2041207265736572766174696f6e20697320756e646f6e650a62792072656c656173696e6720746865207265736f75726365202869747320636f6d70656e736174696f6e2068616e646c657229207768656e20746865206f726465722069732063616e63656c6c6564206f7220726576697365642e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c212d2d2054686520706c616e277320726573756c743a20776861742069747320646f6d61696e206f72646572206b656570732c2068616e647320746f2074686520706c616e732061667465722069742028757073747265616d290a202020202020202020616e64206769766573207468652070726f6475637420696e76656e746f727920286170702f6f726368657374726174696f6e2f696e76656e746f72792e7079292e202d2d3e0a202020203c62706d6e3a696f53706563696669636174696f6e2069643d22706c616e5f7265736f757263655f6f726465725f696f223e0a2020202020203c62706d6e3a646174614f75747075742069643d227265736f7572636522206e616d653d227265736f75726365222f3e0a2020202020203c62706d6e3a696e7075745365742069643d22706c616e5f7265736f757263655f6f726465725f696e70757473222f3e0a2020202020203c62706d6e3a6f75747075745365742069643d22706c616e5f7265736f757263655f6f726465725f6f757470757473223e3c62706d6e3a646174614f7574707574526566733e7265736f757263653c2f62706d6e3a646174614f7574707574526566733e3c2f62706d6e3a6f75747075745365743e0a202020203c2f62706d6e3a696f53706563696669636174696f6e3e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d22446f6d61696e206f726465722073746172746564223e3c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e3c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22726573657276655f7265736f7572636522206e616d653d2252657365727665207265736f75726365223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d22696e76656e746f72792f726573657276652220726573756c745661726961626c653d227265736f75726365223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d227265736f757263655f747970652220747970653d22616e79222076616c75653d2273706563222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22616374696f6e2220747970653d22616e79222076616c75653d22616374696f6e222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22736974655f706f7374636f64652220747970653d22616e79222076616c75653d22736974655f706f7374636f6465222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a626f756e646172794576656e742069643d22726573657276655f7265736f757263655f756e646f22206e616d653d22556e646f207265736572766174696f6e22206174746163686564546f5265663d22726573657276655f7265736f75726365223e0a2020202020203c62706d6e3a636f6d70656e736174654576656e74446566696e6974696f6e2069643d22726573657276655f7265736f757263655f756e646f5f646566696e6974696f6e222f3e0a202020203c2f62706d6e3a626f756e646172794576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d2272656c656173655f7265736f7572636522206e616d653d2252656c65617365207265736f7572636522206973466f72436f6d70656e736174696f6e3d2274727565223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d22696e76656e746f72792f72656c656173652220726573756c745661726961626c653d2272656c6561736564223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d227265736f757263655f69642220747970653d22616e79222076616c75653d227265736f757263655b277265736f757263655f6964275d222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22616e79222076616c75653d226f726465725f6964222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6173736f63696174696f6e2069643d22726573657276655f7265736f757263655f756e646f5f68616e646c657222206173736f63696174696f6e446972656374696f6e3d224f6e652220736f757263655265663d22726573657276655f7265736f757263655f756e646f22207461726765745265663d2272656c656173655f7265736f75726365222f3e0a202020203c62706d6e3a656e644576656e742069643d22656e6422206e616d653d22446f6d61696e206f7264657220646f6e65223e3c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e3c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d22726573657276655f7265736f75726365222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d22726573657276655f7265736f7572636522207461726765745265663d22656e64222f3e0a20203c2f62706d6e3a70726f636573733e0a2020202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22706c616e5f7265736f757263655f6f726465725f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22706c616e5f7265736f757263655f6f726465725f706c616e65222062706d6e456c656d656e743d22706c616e5f7265736f757263655f6f72646572223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d2238322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726573657276655f7265736f757263655f6469222062706d6e456c656d656e743d22726573657276655f7265736f75726365223e0a20202020202020203c64633a426f756e647320783d223231302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272656c656173655f7265736f757263655f6469222062706d6e456c656d656e743d2272656c656173655f7265736f75726365223e0a20202020202020203c64633a426f756e647320783d223337302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6469222062706d6e456c656d656e743d22656e64223e0a20202020202020203c64633a426f756e647320783d223430322220793d22313632222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726573657276655f7265736f757263655f756e646f5f6469222062706d6e456c656d656e743d22726573657276655f7265736f757263655f756e646f223e0a20202020202020203c64633a426f756e647320783d223231342220793d223832222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223131382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223231302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223331302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223338322220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223338322220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d223430322220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22726573657276655f7265736f757263655f756e646f5f68616e646c65725f6469222062706d6e456c656d656e743d22726573657276655f7265736f757263655f756e646f5f68616e646c6572223e0a20202020202020203c64693a776179706f696e7420783d223233322220793d223832222f3e0a20202020202020203c64693a776179706f696e7420783d223233322220793d223931222f3e0a20202020202020203c64693a776179706f696e7420783d223432302220793d223931222f3e0a20202020202020203c64693a776179706f696e7420783d223432302220793d22313030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	83c6fbca39e5f16ef08debfbf673eae20273dd81f1c406b42aa73db5612c5898
25	1	plan_service_order.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d27312e302720656e636f64696e673d275554462d38273f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265222069643d22446566696e6974696f6e735f706c616e5f736572766963655f6f7264657222207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a70726f636573732069643d22706c616e5f736572766963655f6f7264657222206e616d653d2253657276696365206f7264657220706c616e2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e416374697661746520286f72206368616e67652c2073757370656e642c20726573756d65206f7220636561736529206f6e652073657276696365206f6e20746865206e6574776f726b2028544d46363431292e204f6e6365207468650a73657276696365206973206163746976617465642074686520637573746f6d65722063616e207573652069743a207468617420737465702069732074686520706c616e277320706f696e74206f66206e6f2072657475726e2e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c212d2d2054686520706c616e277320726573756c743a20776861742069747320646f6d61696e206f72646572206b656570732c2068616e647320746f2074686520706c616e732061667465722069742028757073747265616d290a202020202020202020616e64206769766573207468652070726f6475637420696e76656e746f727920286170702f6f726368657374726174696f6e2f696e76656e746f72792e7079292e202d2d3e0a202020203c62706d6e3a696f53706563696669636174696f6e2069643d22706c616e5f736572766963655f6f726465725f696f223e0a2020202020203c62706d6e3a646174614f75747075742069643d227365727669636522206e616d653d2273657276696365222f3e0a2020202020203c62706d6e3a696e7075745365742069643d22706c616e5f736572766963655f6f726465725f696e70757473222f3e0a2020202020203c62706d6e3a6f75747075745365742069643d22706c616e5f736572766963655f6f726465725f6f757470757473223e3c62706d6e3a646174614f7574707574526566733e736572766963653c2f62706d6e3a646174614f7574707574526566733e3c2f62706d6e3a6f75747075745365743e0a202020203c2f62706d6e3a696f53706563696669636174696f6e3e0a202020203c62706d6e3a73746172744576656e742069643d22737461727422206e616d653d22446f6d61696e206f726465722073746172746564223e3c62706d6e3a6f7574676f696e673e66313c2f62706d6e3a6f7574676f696e673e3c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d2261637469766174655f7365727669636522206e616d653d2241637469766174652073657276696365223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22706f696e744f664e6f52657475726e222076616c75653d2274727565222f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d2270726f766973696f6e696e672f61637469766174652220726573756c745661726961626c653d2273657276696365223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22736572766963652220747970653d22616e79222076616c75653d2273706563222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22616374696f6e2220747970653d22616e79222076616c75653d22616374696f6e222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22736974655f706f7374636f64652220747970653d22616e79222076616c75653d22736974655f706f7374636f6465222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2273657276696e675f65786368616e67652220747970653d22616e79222076616c75653d2273657276696e675f65786368616e6765222f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226368617261637465726973746963732220747970653d22616e79222076616c75653d22636861726163746572697374696373222f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e66313c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e66323c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d22656e6422206e616d653d22446f6d61696e206f7264657220646f6e65223e3c62706d6e3a696e636f6d696e673e66323c2f62706d6e3a696e636f6d696e673e3c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266312220736f757263655265663d22737461727422207461726765745265663d2261637469766174655f73657276696365222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2266322220736f757263655265663d2261637469766174655f7365727669636522207461726765745265663d22656e64222f3e0a20203c2f62706d6e3a70726f636573733e0a202020203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22706c616e5f736572766963655f6f726465725f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22706c616e5f736572766963655f6f726465725f706c616e65222062706d6e456c656d656e743d22706c616e5f736572766963655f6f72646572223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2273746172745f6469222062706d6e456c656d656e743d227374617274223e0a20202020202020203c64633a426f756e647320783d2238322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261637469766174655f736572766963655f6469222062706d6e456c656d656e743d2261637469766174655f73657276696365223e0a20202020202020203c64633a426f756e647320783d223231302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e645f6469222062706d6e456c656d656e743d22656e64223e0a20202020202020203c64633a426f756e647320783d223430322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266315f6469222062706d6e456c656d656e743d226631223e0a20202020202020203c64693a776179706f696e7420783d223131382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223231302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2266325f6469222062706d6e456c656d656e743d226632223e0a20202020202020203c64693a776179706f696e7420783d223331302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223430322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e	4b01d954ac8139309030885dc53fdaf83fcabdd91e8289d7e2d60689e2c889df
26	1	revision_approval.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c220a202020202020202020202020202020202020786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265220a20202020202020202020202020202020202069643d22446566696e6974696f6e735f7265766973696f6e5f617070726f76616c22207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a70726f636573732069643d227265766973696f6e5f617070726f76616c22206e616d653d225265766973696f6e20617070726f76616c2220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e41207265766973696f6e206f6620616e206f7264657220696e20666c69676874207468617420746865207265766973696f6e5f617070726f76616c206465636973696f6e2073617973206d75737420626520617070726f7665642e0a5374617274656420776974683a206f726465725f69642c20637573746f6d65722c207265766973696f6e2c20617070726f76616c5f726561736f6e2c20696d706163745f73756d6d6172792e2054686520617070726f7665722773206465636973696f6e20697320636172726965640a6f7574206279202244656369646520746865207265766973696f6e223a20617070726f7665642c20746865207265766973696f6e20697320636f6d707574656420616761696e206f6e20746865206f72646572206173206974206973207468656e20616e64206170706c6965640a286f7220726566757365642c206966206120646f6d61696e206f72646572207061737365642069747320706f696e74206f66206e6f2072657475726e206d65616e7768696c65293b2072656a65637465642c20746865206f726465722073746179732061732069742069732e3c2f62706d6e3a646f63756d656e746174696f6e3e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f7265766973696f6e5f617070726f76616c223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f617070726f76657222206e616d653d224f7264657220617070726f766572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7265766973696f6e5f7265717565737465643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76655f7265766973696f6e3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6465636964655f7265766973696f6e3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7265766973696f6e5f646563696465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d227265766973696f6e5f72657175657374656422206e616d653d225265766973696f6e20726571756573746564223e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f617070726f76653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a757365725461736b2069643d22617070726f76655f7265766973696f6e22206e616d653d22417070726f7665207265766973696f6e223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d227265766973696f6e5f617070726f76616c2e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e5265766973696f6e207b7b207265766973696f6e207d7d206f66206f72646572207b7b206f726465725f6964207d7d20666f72207b7b20637573746f6d6572207d7d206e6565647320617070726f76616c3a207b7b20617070726f76616c5f726561736f6e207d7d2e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f617070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f6465636964653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d226465636964655f7265766973696f6e22206e616d653d2244656369646520746865207265766973696f6e223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f6465636964655f7265766973696f6e2220726573756c745661726961626c653d227265766973696f6e5f6f7574636f6d65223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d227265766973696f6e2220747970653d22696e74222076616c75653d227265766973696f6e22202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226465636973696f6e2220747970653d22616e79222076616c75653d227265766973696f6e5f6465636973696f6e22202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226e6f74652220747970653d22616e79222076616c75653d227265766973696f6e5f6e6f746522202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f6465636964653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f656e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d227265766973696f6e5f6465636964656422206e616d653d225265766973696f6e2064656369646564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f656e643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f617070726f76652220736f757263655265663d227265766973696f6e5f72657175657374656422207461726765745265663d22617070726f76655f7265766973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f6465636964652220736f757263655265663d22617070726f76655f7265766973696f6e22207461726765745265663d226465636964655f7265766973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f656e642220736f757263655265663d226465636964655f7265766973696f6e22207461726765745265663d227265766973696f6e5f6465636964656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d227265766973696f6e5f617070726f76616c5f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227265766973696f6e5f617070726f76616c5f706c616e65222062706d6e456c656d656e743d227265766973696f6e5f617070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f617070726f7665725f6469222062706d6e456c656d656e743d224c616e655f617070726f76657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d2237313022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265766973696f6e5f7265717565737465645f6469222062706d6e456c656d656e743d227265766973696f6e5f726571756573746564223e0a20202020202020203c64633a426f756e647320783d223131322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f7265766973696f6e5f6469222062706d6e456c656d656e743d22617070726f76655f7265766973696f6e223e0a20202020202020203c64633a426f756e647320783d223234302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226465636964655f7265766973696f6e5f6469222062706d6e456c656d656e743d226465636964655f7265766973696f6e223e0a20202020202020203c64633a426f756e647320783d223430302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265766973696f6e5f646563696465645f6469222062706d6e456c656d656e743d227265766973696f6e5f64656369646564223e0a20202020202020203c64633a426f756e647320783d223539322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f617070726f76655f6469222062706d6e456c656d656e743d22666c6f775f746f5f617070726f7665223e0a20202020202020203c64693a776179706f696e7420783d223134382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223234302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f6465636964655f6469222062706d6e456c656d656e743d22666c6f775f746f5f646563696465223e0a20202020202020203c64693a776179706f696e7420783d223334302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223430302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f656e645f6469222062706d6e456c656d656e743d22666c6f775f746f5f656e64223e0a20202020202020203c64693a776179706f696e7420783d223530302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223539322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a	794fc404c51652a85fb0653557c5af12805d72babdfc1bb40f0629c7e21bae50
\.


--
-- Data for Name: model_generation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_generation (id, generation) FROM stdin;
1	1521629075801968670
\.


--
-- Data for Name: model_test_cases; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_test_cases (id, kind, model_id, name, "case", source, created_by_id, created_at, updated_at) FROM stdin;
1	decision	approval_level	row 1 (r_small)	{"inputs": {"bandwidth": 499, "surcharge": 0}, "expected": {"approval_needed": false, "level": "standard"}}	shipped	\N	2026-12-06 07:23:21.744273+00	2026-12-06 07:23:21.744283+00
2	decision	approval_level	row 2 (r_small_cabling)	{"inputs": {"bandwidth": 499, "surcharge": 1}, "expected": {"approval_needed": true, "level": "works"}}	shipped	\N	2026-12-06 07:23:21.748663+00	2026-12-06 07:23:21.74867+00
3	decision	approval_level	row 3 (r_large)	{"inputs": {"bandwidth": 500, "surcharge": 0}, "expected": {"approval_needed": true, "level": "high bandwidth"}}	shipped	\N	2026-12-06 07:23:21.751348+00	2026-12-06 07:23:21.751356+00
4	decision	decomposition	row 1 (r0): A suspend or resume changes no resource: services and billing are suspended or resumed.	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 07:23:21.7544+00	2026-12-06 07:23:21.754406+00
5	decision	decomposition	row 2 (r1)	{"inputs": {"kind": "cfs", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 07:23:21.756862+00	2026-12-06 07:23:21.756866+00
6	decision	decomposition	row 3 (r2)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 07:23:21.759142+00	2026-12-06 07:23:21.759146+00
7	decision	decomposition	row 4 (r3)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": false, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 07:23:21.761394+00	2026-12-06 07:23:21.761398+00
8	decision	decomposition	row 5 (r4)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "static_ip", "rank": 1}}	shipped	\N	2026-12-06 07:23:21.763359+00	2026-12-06 07:23:21.763363+00
9	decision	decomposition	row 6 (r5)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": false, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "", "rank": 1}}	shipped	\N	2026-12-06 07:23:21.765215+00	2026-12-06 07:23:21.765218+00
10	decision	decomposition	row 7 (r6)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": false, "product_spec": "zzz-other"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 07:23:21.767215+00	2026-12-06 07:23:21.767219+00
11	decision	decomposition	row 8 (r7)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": false, "product_spec": "zzz-other"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "static_ip", "rank": 1}}	shipped	\N	2026-12-06 07:23:21.769+00	2026-12-06 07:23:21.769004+00
12	decision	decomposition	row 9 (r8)	{"inputs": {"kind": "resource", "spec": "Voice Channel", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "channels", "rank": 1}}	shipped	\N	2026-12-06 07:23:21.770992+00	2026-12-06 07:23:21.770996+00
13	decision	decomposition	row 10 (r9)	{"inputs": {"kind": "resource", "spec": "Telephone Number", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "numbers", "rank": 1}}	shipped	\N	2026-12-06 07:23:21.772725+00	2026-12-06 07:23:21.772729+00
14	decision	decomposition	row 11 (r10)	{"inputs": {"kind": "resource", "spec": "Access Line", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "", "rank": 1}}	shipped	\N	2026-12-06 07:23:21.774434+00	2026-12-06 07:23:21.774438+00
15	decision	decomposition	row 12 (r11)	{"inputs": {"kind": "rfs", "spec": "Access Line", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "bandwidth", "rank": 2}}	shipped	\N	2026-12-06 07:23:21.776254+00	2026-12-06 07:23:21.776258+00
16	decision	decomposition	row 13 (r12)	{"inputs": {"kind": "rfs", "spec": "Access Line", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "", "provides": "", "watches": "bandwidth", "rank": 2}}	shipped	\N	2026-12-06 07:23:21.777914+00	2026-12-06 07:23:21.777917+00
17	decision	decomposition	row 14 (r13)	{"inputs": {"kind": "rfs", "spec": "IP Connectivity", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "static_ip", "rank": 2}}	shipped	\N	2026-12-06 07:23:21.779738+00	2026-12-06 07:23:21.779742+00
18	decision	decomposition	row 15 (r14)	{"inputs": {"kind": "rfs", "spec": "CPE Provisioning", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "wifi", "rank": 2}}	shipped	\N	2026-12-06 07:23:21.781397+00	2026-12-06 07:23:21.781401+00
19	decision	decomposition	row 16 (r15)	{"inputs": {"kind": "rfs", "spec": "SIP Trunk", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "channels,numbers", "rank": 2}}	shipped	\N	2026-12-06 07:23:21.783112+00	2026-12-06 07:23:21.783116+00
20	decision	decomposition	row 17 (r16)	{"inputs": {"kind": "rfs", "spec": "Field Visit", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_field_visit", "requires": "", "provides": "survey_result", "watches": "", "rank": 2}}	shipped	\N	2026-12-06 07:23:21.784735+00	2026-12-06 07:23:21.784739+00
21	decision	decomposition	row 18 (r17)	{"inputs": {"kind": "rfs", "spec": "Field Visit", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 07:23:21.786375+00	2026-12-06 07:23:21.786379+00
22	decision	decomposition	row 19 (r18)	{"inputs": {"kind": "rfs", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "*", "rank": 2}}	shipped	\N	2026-12-06 07:23:21.788133+00	2026-12-06 07:23:21.788136+00
23	decision	decomposition	row 20 (r19)	{"inputs": {"kind": "product", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "product", "plan": "plan_product_order", "requires": "", "provides": "", "watches": "*", "rank": 3}}	shipped	\N	2026-12-06 07:23:21.789527+00	2026-12-06 07:23:21.78953+00
24	decision	enrichment_customer	row 1 (seg_enterprise)	{"inputs": {"segment": "enterprise"}, "expected": {"priority": "high", "sla_class": "gold"}}	shipped	\N	2026-12-06 07:23:21.791636+00	2026-12-06 07:23:21.79164+00
25	decision	enrichment_customer	row 2 (seg_public)	{"inputs": {"segment": "public_sector"}, "expected": {"priority": "high", "sla_class": "silver"}}	shipped	\N	2026-12-06 07:23:21.793663+00	2026-12-06 07:23:21.793666+00
26	decision	enrichment_customer	row 3 (seg_other)	{"inputs": {"segment": "zzz-other"}, "expected": {"priority": "normal", "sla_class": "bronze"}}	shipped	\N	2026-12-06 07:23:21.79522+00	2026-12-06 07:23:21.795223+00
27	decision	enrichment_site	row 1 (site_ec)	{"inputs": {"site_postcode": "EC1A 1AA"}, "expected": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false}}	shipped	\N	2026-12-06 07:23:21.797488+00	2026-12-06 07:23:21.797491+00
28	decision	enrichment_site	row 2 (site_sw)	{"inputs": {"site_postcode": "SW1A 1AA"}, "expected": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 07:23:21.799252+00	2026-12-06 07:23:21.799256+00
29	decision	enrichment_site	row 3 (site_m)	{"inputs": {"site_postcode": "M1A 1AA"}, "expected": {"region": "North West", "serving_exchange": "MAN-CENTRAL", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 07:23:21.800886+00	2026-12-06 07:23:21.800889+00
30	decision	enrichment_site	row 4 (site_eh)	{"inputs": {"site_postcode": "EH1A 1AA"}, "expected": {"region": "Scotland", "serving_exchange": "EDI-LEITH", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 07:23:21.802806+00	2026-12-06 07:23:21.802809+00
31	decision	enrichment_site	row 5 (site_other)	{"inputs": {"site_postcode": "zzz-other"}, "expected": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}	shipped	\N	2026-12-06 07:23:21.804256+00	2026-12-06 07:23:21.80426+00
32	decision	fallout_policy	row 1 (transient_retry): Transient faults of external systems: retry by itself, with backoff	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": 3}, "expected": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 07:23:21.806273+00	2026-12-06 07:23:21.806276+00
33	decision	fallout_policy	row 2 (transient_manual): Still failing after three automatic retries: a person looks	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": 4}, "expected": {"category": "transient", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 07:23:21.807913+00	2026-12-06 07:23:21.807917+00
34	decision	fallout_policy	row 3 (network_capacity)	{"inputs": {"error_code": "PORT_UNAVAILABLE", "connector": null, "attempt": 3}, "expected": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 07:23:21.809483+00	2026-12-06 07:23:21.809486+00
35	decision	fallout_policy	row 4 (data_error)	{"inputs": {"error_code": "MISSING_DATA", "connector": null, "attempt": 3}, "expected": {"category": "data error", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 07:23:21.811243+00	2026-12-06 07:23:21.811246+00
36	decision	fallout_policy	row 5 (model_error): Scripts and rules that fail are the models' problem	{"inputs": {"error_code": "SCRIPT_ERROR", "connector": null, "attempt": 3}, "expected": {"category": "model error", "action": "manual", "retry_after": null, "assign_to": "fallout_manager"}}	shipped	\N	2026-12-06 07:23:21.812929+00	2026-12-06 07:23:21.812933+00
37	decision	fallout_policy	row 6 (anything_else)	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": null}, "expected": {"category": "unclassified", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 07:23:21.814214+00	2026-12-06 07:23:21.814217+00
38	decision	jeopardy_sla	row 1 (fallout_urgent)	{"inputs": {"task_type": "fallout", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT1H", "due_after": "PT2H"}}	shipped	\N	2026-12-06 07:23:21.816766+00	2026-12-06 07:23:21.81677+00
39	decision	jeopardy_sla	row 2 (fallout)	{"inputs": {"task_type": "fallout", "priority": "zzz-other", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "PT8H"}}	shipped	\N	2026-12-06 07:23:21.818594+00	2026-12-06 07:23:21.818597+00
40	decision	jeopardy_sla	row 3 (work_order_premium)	{"inputs": {"task_type": "work_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "PT8H"}}	shipped	\N	2026-12-06 07:23:21.820267+00	2026-12-06 07:23:21.82027+00
41	decision	jeopardy_sla	row 4 (work_order)	{"inputs": {"task_type": "work_order", "priority": "high", "sla_class": "zzz-other"}, "expected": {"warn_after": "P1D", "due_after": "P2D"}}	shipped	\N	2026-12-06 07:23:21.821949+00	2026-12-06 07:23:21.821953+00
42	decision	jeopardy_sla	row 5 (order_task)	{"inputs": {"task_type": "order_task", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "P1D"}}	shipped	\N	2026-12-06 07:23:21.823593+00	2026-12-06 07:23:21.823596+00
43	decision	jeopardy_sla	row 6 (customer_order): For promised dates: warn when less than this margin (due minus warn) is left	{"inputs": {"task_type": "customer_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "P0D", "due_after": "P2D"}}	shipped	\N	2026-12-06 07:23:21.825159+00	2026-12-06 07:23:21.825162+00
44	decision	jeopardy_sla	row 7 (domain_order): Plans for the order timeline: how long an automated domain order may take (its work orders	{"inputs": {"task_type": "domain_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT1H", "due_after": "PT2H"}}	shipped	\N	2026-12-06 07:23:21.826655+00	2026-12-06 07:23:21.826658+00
45	decision	pricing_fibre	row 1 (fibre_r1)	{"inputs": {"bandwidth": 100, "contract_term": 12}, "expected": {"monthly_price": 89, "setup_fee": 450}}	shipped	\N	2026-12-06 07:23:21.828591+00	2026-12-06 07:23:21.828594+00
46	decision	pricing_fibre	row 2 (fibre_r2)	{"inputs": {"bandwidth": 100, "contract_term": 24}, "expected": {"monthly_price": 79.5, "setup_fee": 250}}	shipped	\N	2026-12-06 07:23:21.830269+00	2026-12-06 07:23:21.830273+00
47	decision	pricing_fibre	row 3 (fibre_r3)	{"inputs": {"bandwidth": 100, "contract_term": 36}, "expected": {"monthly_price": 69, "setup_fee": 0}}	shipped	\N	2026-12-06 07:23:21.83195+00	2026-12-06 07:23:21.831953+00
48	decision	pricing_fibre	row 4 (fibre_r4)	{"inputs": {"bandwidth": 500, "contract_term": 12}, "expected": {"monthly_price": 179, "setup_fee": 450}}	shipped	\N	2026-12-06 07:23:21.833575+00	2026-12-06 07:23:21.833579+00
49	decision	pricing_fibre	row 5 (fibre_r5)	{"inputs": {"bandwidth": 500, "contract_term": 24}, "expected": {"monthly_price": 159, "setup_fee": 250}}	shipped	\N	2026-12-06 07:23:21.835468+00	2026-12-06 07:23:21.835471+00
50	decision	pricing_fibre	row 6 (fibre_r6)	{"inputs": {"bandwidth": 500, "contract_term": 36}, "expected": {"monthly_price": 139, "setup_fee": 0}}	shipped	\N	2026-12-06 07:23:21.836707+00	2026-12-06 07:23:21.83671+00
51	decision	pricing_fibre	row 7 (fibre_r7)	{"inputs": {"bandwidth": 1000, "contract_term": 12}, "expected": {"monthly_price": 329, "setup_fee": 450}}	shipped	\N	2026-12-06 07:23:21.837917+00	2026-12-06 07:23:21.837919+00
52	decision	pricing_fibre	row 8 (fibre_r8)	{"inputs": {"bandwidth": 1000, "contract_term": 24}, "expected": {"monthly_price": 295, "setup_fee": 250}}	shipped	\N	2026-12-06 07:23:21.839175+00	2026-12-06 07:23:21.839177+00
53	decision	pricing_fibre	row 9 (fibre_r9)	{"inputs": {"bandwidth": 1000, "contract_term": 36}, "expected": {"monthly_price": 265, "setup_fee": 0}}	shipped	\N	2026-12-06 07:23:21.840206+00	2026-12-06 07:23:21.840209+00
54	decision	pricing_voice	row 1 (voice_r1)	{"inputs": {"channels": 2}, "expected": {"monthly_price": 36, "setup_fee": 95}}	shipped	\N	2026-12-06 07:23:21.841713+00	2026-12-06 07:23:21.841716+00
55	decision	pricing_voice	row 2 (voice_r2)	{"inputs": {"channels": 5}, "expected": {"monthly_price": 82, "setup_fee": 145}}	shipped	\N	2026-12-06 07:23:21.842941+00	2026-12-06 07:23:21.842944+00
56	decision	pricing_voice	row 3 (voice_r3)	{"inputs": {"channels": 11}, "expected": {"monthly_price": 149, "setup_fee": 195}}	shipped	\N	2026-12-06 07:23:21.844211+00	2026-12-06 07:23:21.844213+00
57	decision	pricing_voice	row 4 (voice_r4)	{"inputs": {"channels": 21}, "expected": {"monthly_price": 210, "setup_fee": 245}}	shipped	\N	2026-12-06 07:23:21.845247+00	2026-12-06 07:23:21.845249+00
58	decision	revision_approval	row 1 (rev_discounts)	{"inputs": {"discounts_over_limit": true, "recurring_delta": 251, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "the revised order carries discounts above the limit"}}	shipped	\N	2026-12-06 07:23:21.846931+00	2026-12-06 07:23:21.846933+00
59	decision	revision_approval	row 2 (rev_monthly)	{"inputs": {"discounts_over_limit": false, "recurring_delta": 251, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "the monthly price goes up by more than 250.00"}}	shipped	\N	2026-12-06 07:23:21.848101+00	2026-12-06 07:23:21.848103+00
60	decision	revision_approval	row 3 (rev_one_time)	{"inputs": {"discounts_over_limit": false, "recurring_delta": -999999, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "one-time charges go up by more than 500.00"}}	shipped	\N	2026-12-06 07:23:21.849338+00	2026-12-06 07:23:21.849341+00
61	decision	revision_approval	row 4 (rev_none)	{"inputs": {"discounts_over_limit": false, "recurring_delta": -999999, "one_time_delta": -999999}, "expected": {"approval_needed": false, "reason": ""}}	shipped	\N	2026-12-06 07:23:21.850545+00	2026-12-06 07:23:21.850547+00
62	process	change_request	small change goes through	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": false}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "end_auto"], "expected_data": {"surcharge": 0, "summary": "100 Mbps at SW1A 1AA", "approval_needed": false, "level": "standard"}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.852289+00	2026-12-06 07:23:21.852292+00
63	process	change_request	small change with cabling needs approval	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": true}, "approve": {"approved": true}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "approve", "end_approved"], "expected_data": {"surcharge": 50, "summary": "100 Mbps at SW1A 1AA", "approval_needed": true, "level": "works"}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.853599+00	2026-12-06 07:23:21.853602+00
64	process	change_request	high bandwidth needs approval	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": false}, "approve": {"approved": true}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "approve", "end_approved"], "expected_data": {"surcharge": 0, "summary": "1000 Mbps at SW1A 1AA", "approval_needed": true, "level": "high bandwidth"}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.854761+00	2026-12-06 07:23:21.854763+00
65	process	customer_order	known site, no discount: approved and closed	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "approve_order", "approval_decided", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.856463+00	2026-12-06 07:23:21.856466+00
66	process	customer_order	unknown site: technical details first	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "ZZ9 9ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"technical_details": {"site_postcode": "SW1A 1AA"}, "approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "technical_details", "details_done", "adjustments_gateway", "adjustments_done", "approve_order", "approval_decided", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.857927+00	2026-12-06 07:23:21.857929+00
67	process	customer_order	discount above the limit approved, order approved	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": true, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"approve_adjustments": {"adjustments_decision": "approve"}, "approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "approve_adjustments", "adjustments_decided", "adjustments_done", "approve_order", "approval_decided", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.859325+00	2026-12-06 07:23:21.859328+00
68	process	customer_order	discount above the limit rejected	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": true, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"approve_adjustments": {"adjustments_decision": "reject", "adjustments_note": "too generous"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "approve_adjustments", "adjustments_decided", "reject_order", "order_rejected"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.86064+00	2026-12-06 07:23:21.860643+00
69	process	customer_order	order rejected at approval	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"approve_order": {"approval_decision": "reject", "approval_reason": "credit check failed"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "approve_order", "approval_decided", "reject_order", "order_rejected"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.861794+00	2026-12-06 07:23:21.861797+00
70	process	customer_request	request answered	{"start_data": {"order_id": 1, "request": "cancel", "request_kind": "cancel"}, "user_tasks": {"handle_request": {"resolution": "accepted", "resolution_note": "done"}}, "connectors": {"settle_request": {"settled": true}}, "messages": {}, "timers": {}, "expected_path": ["request_received", "handle_request", "settle_request", "request_answered"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.863221+00	2026-12-06 07:23:21.863223+00
71	process	plan_field_visit.compensation	undo: cancel the booked visit	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "visit": {"visit_id": "V-1"}, "compensate": ["schedule_visit"]}, "user_tasks": {}, "connectors": {"cancel_visit": {"cancelled": true}}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "cancel_visit", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.865117+00	2026-12-06 07:23:21.865122+00
72	process	plan_field_visit.compensation	undo: nothing was booked	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "compensate": []}, "user_tasks": {}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.866581+00	2026-12-06 07:23:21.866584+00
73	process	plan_field_visit	survey needed: survey, book, install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"survey_site": {"survey_result": "ok"}, "install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "survey_gateway", "survey_site", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.868398+00	2026-12-06 07:23:21.868401+00
74	process	plan_field_visit	no survey needed: book and install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "survey_gateway", "no_survey", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.869926+00	2026-12-06 07:23:21.869929+00
75	process	plan_field_visit	order amended during the survey: no survey after all, book and install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {"order_amended": {"survey_needed": false, "site_postcode": "SW1A 2AA"}}, "timers": {}, "expected_path": ["start", "survey_gateway", "survey_amended", "take_amendment", "survey_gateway", "no_survey", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {"site_postcode": "SW1A 2AA", "survey_result": "not_required"}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.871313+00	2026-12-06 07:23:21.871316+00
76	process	plan_product_order	activate billing	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "Business Fibre Internet", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"activate_billing": {"billing_account": "B-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "activate_billing", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.873097+00	2026-12-06 07:23:21.873099+00
77	process	plan_resource_order.compensation	undo: release the reserved resource	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "resource": {"resource_id": "R-1"}, "compensate": ["reserve_resource"]}, "user_tasks": {}, "connectors": {"release_resource": {"released": true}}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "release_resource", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.875389+00	2026-12-06 07:23:21.875392+00
78	process	plan_resource_order.compensation	undo: nothing was reserved	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "compensate": []}, "user_tasks": {}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.876899+00	2026-12-06 07:23:21.876903+00
79	process	plan_resource_order	reserve the resource	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"reserve_resource": {"resource_id": "R-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "reserve_resource", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.878436+00	2026-12-06 07:23:21.878438+00
80	process	plan_service_order	activate the service	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "Business Fibre CFS", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"activate_service": {"service_id": "S-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "activate_service", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.88039+00	2026-12-06 07:23:21.880393+00
81	process	revision_approval	revision approved	{"start_data": {"order_id": 1, "revision": 2}, "user_tasks": {"approve_revision": {"revision_decision": "approve", "revision_note": ""}}, "connectors": {"decide_revision": {"applied": true}}, "messages": {}, "timers": {}, "expected_path": ["revision_requested", "approve_revision", "decide_revision", "revision_decided"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.882213+00	2026-12-06 07:23:21.882217+00
82	process	revision_approval	revision rejected	{"start_data": {"order_id": 1, "revision": 2}, "user_tasks": {"approve_revision": {"revision_decision": "reject", "revision_note": "no"}}, "connectors": {"decide_revision": {"applied": false}}, "messages": {}, "timers": {}, "expected_path": ["revision_requested", "approve_revision", "decide_revision", "revision_decided"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 07:23:21.883592+00	2026-12-06 07:23:21.883595+00
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
1	2	customer_order	1	waiting	{"data":{},"correlations":{},"last_task":"bda65ac8-a68e-4535-80ad-42a90193515d","success":true,"completed":false,"tasks":{"e2b959ed-37ac-49fb-b9d1-02fcbbf12541":{"id":"e2b959ed-37ac-49fb-b9d1-02fcbbf12541","parent":null,"children":["47871ea1-d048-4190-b54d-342838c72ed9"],"last_state_change":1796541802.4984524,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":1,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"47871ea1-d048-4190-b54d-342838c72ed9":{"id":"47871ea1-d048-4190-b54d-342838c72ed9","parent":"e2b959ed-37ac-49fb-b9d1-02fcbbf12541","children":["784512cf-2f04-479f-b988-842f4ea80ac6"],"last_state_change":1796541802.4986317,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"784512cf-2f04-479f-b988-842f4ea80ac6":{"id":"784512cf-2f04-479f-b988-842f4ea80ac6","parent":"47871ea1-d048-4190-b54d-342838c72ed9","children":["566db363-3b68-48fa-984a-f745172090ae"],"last_state_change":1796541802.511343,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"566db363-3b68-48fa-984a-f745172090ae":{"id":"566db363-3b68-48fa-984a-f745172090ae","parent":"784512cf-2f04-479f-b988-842f4ea80ac6","children":["6e5700bf-7e8a-47ac-a1b0-faceeb57da44"],"last_state_change":1796541802.513689,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"6e5700bf-7e8a-47ac-a1b0-faceeb57da44":{"id":"6e5700bf-7e8a-47ac-a1b0-faceeb57da44","parent":"566db363-3b68-48fa-984a-f745172090ae","children":["d322d413-7a77-4be0-8673-57c775283564"],"last_state_change":1796541802.5293787,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":1,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"d322d413-7a77-4be0-8673-57c775283564":{"id":"d322d413-7a77-4be0-8673-57c775283564","parent":"6e5700bf-7e8a-47ac-a1b0-faceeb57da44","children":["cdc36f42-27d2-49b9-bef2-750c99df2e93"],"last_state_change":1796541802.5296757,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"cdc36f42-27d2-49b9-bef2-750c99df2e93":{"id":"cdc36f42-27d2-49b9-bef2-750c99df2e93","parent":"d322d413-7a77-4be0-8673-57c775283564","children":["24f893a5-a9d6-41ef-b61e-bca39120d300"],"last_state_change":1796541802.529804,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"24f893a5-a9d6-41ef-b61e-bca39120d300":{"id":"24f893a5-a9d6-41ef-b61e-bca39120d300","parent":"cdc36f42-27d2-49b9-bef2-750c99df2e93","children":["bda65ac8-a68e-4535-80ad-42a90193515d"],"last_state_change":1796541802.5299242,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"bda65ac8-a68e-4535-80ad-42a90193515d":{"id":"bda65ac8-a68e-4535-80ad-42a90193515d","parent":"24f893a5-a9d6-41ef-b61e-bca39120d300","children":["842308db-2b63-4593-8f81-38b8a9c221be"],"last_state_change":1796541802.5300372,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"842308db-2b63-4593-8f81-38b8a9c221be":{"id":"842308db-2b63-4593-8f81-38b8a9c221be","parent":"bda65ac8-a68e-4535-80ad-42a90193515d","children":["e6aa5b28-be79-410d-8708-4b4dbc0f7b32"],"last_state_change":1796541802.5300596,"state":16,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e6aa5b28-be79-410d-8708-4b4dbc0f7b32":{"id":"e6aa5b28-be79-410d-8708-4b4dbc0f7b32","parent":"842308db-2b63-4593-8f81-38b8a9c221be","children":["ca2b9afd-b6dc-49bb-abf0-c1ef9f3ff220","4af907b6-4fc7-48e6-8f0e-534f194a4ea2"],"last_state_change":1796541802.5299878,"state":4,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment"]},"typename":"Task"},"ca2b9afd-b6dc-49bb-abf0-c1ef9f3ff220":{"id":"ca2b9afd-b6dc-49bb-abf0-c1ef9f3ff220","parent":"e6aa5b28-be79-410d-8708-4b4dbc0f7b32","children":["5c3ad42f-809b-4aa2-a35a-48962a89356c"],"last_state_change":1796541802.5300055,"state":2,"task_spec":"decompose","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4af907b6-4fc7-48e6-8f0e-534f194a4ea2":{"id":"4af907b6-4fc7-48e6-8f0e-534f194a4ea2","parent":"e6aa5b28-be79-410d-8708-4b4dbc0f7b32","children":["ef6b40e7-46b4-4e58-be77-f29709f6544f"],"last_state_change":1796541802.5300117,"state":1,"task_spec":"reject_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5c3ad42f-809b-4aa2-a35a-48962a89356c":{"id":"5c3ad42f-809b-4aa2-a35a-48962a89356c","parent":"ca2b9afd-b6dc-49bb-abf0-c1ef9f3ff220","children":[],"last_state_change":1796541802.5300229,"state":2,"task_spec":"await_fulfilment","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ef6b40e7-46b4-4e58-be77-f29709f6544f":{"id":"ef6b40e7-46b4-4e58-be77-f29709f6544f","parent":"4af907b6-4fc7-48e6-8f0e-534f194a4ea2","children":[],"last_state_change":1796541802.5300333,"state":1,"task_spec":"order_rejected","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"e2b959ed-37ac-49fb-b9d1-02fcbbf12541","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 1, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}			\N	2	2026-12-06 07:23:22.500557+00	2026-12-06 07:23:22.531068+00	\N	3	\N	\N
3	7	plan_resource_order	2	completed	z1:eJztVttu3DYQ/RWDz6YrSqIk7puDumiLwgFqF3kIAoGXkSNES25Iyqlr7L9nuHcX3YZBgRQF+iYOR8OZc85w+EyMjJIsnkkA/zjahx5+1++lfQCyIL98f0vvXv92/yO5JB4eRmeT0VmDH5dk5Ufnx/iENuv8Uk5oC5Ps9SRDQKPyzv4ByTj7R3jqLYABQxbRz3BJnDfg+xHX5SWRWrvZxv1yjLDsA3wkC5b24vZgaUwKtgKNi9e397iwcpnyfDWH0UIIFz+MysPFTzaCtxA3OToz69h7GNAPDVibx4jgxxBHHVLhSlrzaTTxPVnwosATosStflyRxSCngLkGTKhfuRC1M+m8uzfs+oJdX6d4zsYUsMeQS0y+Xv+tuwc9e48wo5lxcVUUaHQW+jhuKil5sbUZt5Sj7Y8oIRLzKkQPEo95XqdQwc1eQyph/73xJL/e3NG2aKqqIUe3Pj6t4AAckj3KqbfzUoFPKd42XSMEL9u6JVsI5sQh/o2yQNbW61Sr9zDJREfY5oBMY+UyfEDXuihYV5YNLRpd0RoqTaWpGG2VZlXL2rYrxUYMWkPSx1YG2i1XE8SjLlK0DS26LUVrREGhFTWtOyap6OqOVqyu27bWnVA8+W1KznJGOUgPNpKFnacpaWGcDBrI4i0pG9XWynBaQgO0NlxT1VaCKmO45EYxMWjybldxggf6fZuwVjS8Zl1RXrUdqzvebAHErabeFtTvVHsXpU+yjH58eACfqt5JbNxoFinZtSOC+39j/hcbMxEH057D1HQ7LO5Tm6ApS2l7XWc5H3Wd2wenygc1VIYPAy2UGmgt2EDFgP/xqqwa3SZpyCzl846VZ5UfspVP4BFr6YfR7zV57IUTcBF0NEI4WGF3L71999e4Z9W5xz3L+QT3TJ5OceeNHORgGO2aUtC6KYDKulVUcCWV1I3ihfoy7h3vmqrjZ3HfXeD9YVpkUYDNY0FH5/G/jzOE+MKIYUebSHL+6bvdAVsw5DK8GEcvZs6f74vzzXhyBa3XX2L/XxiEGWrLYnevtiznE7VlqvNFl7OCD6zUVGjR0RqblapBGFoyFKjSpquqIkttHS/FWbWBNV853f5RR+fUdOjoHOcTjDM5OcU46wWUgbEoeN2dxXg1SXto5+0curqx5mc32m+IfVate+wzn4ZHfedxdYJ9Dqqs6aqzqN58Q+Wmx7tzXzGuw6zwvZSezfsz1Gpp+82gDNvqTw55hXtvnP8wTO4TWX8GX0tWrw==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 1, "upstream": {}, "resource": {"resource_id": "RES-706336", "resource_type": "ONT", "serial_number": "SN6869952747", "status": "reserved"}}			\N	\N	2026-12-06 07:23:22.789364+00	2026-12-06 07:23:22.860127+00	2026-12-06 07:23:22.860138+00	2	\N	0
2	2	customer_order	2	running	{"data":{},"correlations":{},"last_task":"db6fc57b-c7a0-4f5a-95b0-051d64d5367e","success":true,"completed":false,"tasks":{"9e0af9e3-5eb5-43bc-a6d6-bc2c885e15c4":{"id":"9e0af9e3-5eb5-43bc-a6d6-bc2c885e15c4","parent":null,"children":["62a75623-76fc-41e3-aed9-b0cc47113d1f"],"last_state_change":1796541802.6234236,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":2,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"62a75623-76fc-41e3-aed9-b0cc47113d1f":{"id":"62a75623-76fc-41e3-aed9-b0cc47113d1f","parent":"9e0af9e3-5eb5-43bc-a6d6-bc2c885e15c4","children":["ead9e7dc-a5db-4f6d-aeaa-8b53087dfbb8"],"last_state_change":1796541802.6235344,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ead9e7dc-a5db-4f6d-aeaa-8b53087dfbb8":{"id":"ead9e7dc-a5db-4f6d-aeaa-8b53087dfbb8","parent":"62a75623-76fc-41e3-aed9-b0cc47113d1f","children":["f7f684b8-5238-42b5-b80c-33aca1e6e7b9"],"last_state_change":1796541802.6237698,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"f7f684b8-5238-42b5-b80c-33aca1e6e7b9":{"id":"f7f684b8-5238-42b5-b80c-33aca1e6e7b9","parent":"ead9e7dc-a5db-4f6d-aeaa-8b53087dfbb8","children":["6e5269cd-c9d9-4e11-8046-b594e2c063f2"],"last_state_change":1796541802.6239374,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"6e5269cd-c9d9-4e11-8046-b594e2c063f2":{"id":"6e5269cd-c9d9-4e11-8046-b594e2c063f2","parent":"f7f684b8-5238-42b5-b80c-33aca1e6e7b9","children":["e35a12cb-b7d1-46ad-99a5-b4bce54c2c7e"],"last_state_change":1796541802.6343868,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":2,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"e35a12cb-b7d1-46ad-99a5-b4bce54c2c7e":{"id":"e35a12cb-b7d1-46ad-99a5-b4bce54c2c7e","parent":"6e5269cd-c9d9-4e11-8046-b594e2c063f2","children":["fba60ac2-f063-4a06-b49e-7fedb1453e13"],"last_state_change":1796541802.634785,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"fba60ac2-f063-4a06-b49e-7fedb1453e13":{"id":"fba60ac2-f063-4a06-b49e-7fedb1453e13","parent":"e35a12cb-b7d1-46ad-99a5-b4bce54c2c7e","children":["f8f3d4c6-e3db-4785-b9b3-e9a0dc90b684"],"last_state_change":1796541802.6349702,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f8f3d4c6-e3db-4785-b9b3-e9a0dc90b684":{"id":"f8f3d4c6-e3db-4785-b9b3-e9a0dc90b684","parent":"fba60ac2-f063-4a06-b49e-7fedb1453e13","children":["20e0af94-cf28-4ec7-a955-a353656f5a41"],"last_state_change":1796541802.6351135,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"20e0af94-cf28-4ec7-a955-a353656f5a41":{"id":"20e0af94-cf28-4ec7-a955-a353656f5a41","parent":"f8f3d4c6-e3db-4785-b9b3-e9a0dc90b684","children":["1505f57a-37d0-4f02-bb01-223f807ee837"],"last_state_change":1796541802.6352315,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1505f57a-37d0-4f02-bb01-223f807ee837":{"id":"1505f57a-37d0-4f02-bb01-223f807ee837","parent":"20e0af94-cf28-4ec7-a955-a353656f5a41","children":["56543319-6f42-4556-8cbc-77abcc74ce1e"],"last_state_change":1796541802.6831553,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null},"deletions":[]},"typename":"Task"},"56543319-6f42-4556-8cbc-77abcc74ce1e":{"id":"56543319-6f42-4556-8cbc-77abcc74ce1e","parent":"1505f57a-37d0-4f02-bb01-223f807ee837","children":["db6fc57b-c7a0-4f5a-95b0-051d64d5367e"],"last_state_change":1796541802.6835358,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"db6fc57b-c7a0-4f5a-95b0-051d64d5367e":{"id":"db6fc57b-c7a0-4f5a-95b0-051d64d5367e","parent":"56543319-6f42-4556-8cbc-77abcc74ce1e","children":["7ae0b46c-7201-44c6-9e4d-f0a9fa604eee"],"last_state_change":1796541802.7987,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":2,"facts":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":2,"domain_orders":[{"id":1,"type":"resource","spec":"ONT","state":"inProgress"},{"id":2,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":3,"type":"service","spec":"Access Line","state":"pending"},{"id":4,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":5,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":6,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":7,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":8,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":9,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":10,"type":"resource","spec":"Router","state":"inProgress"},{"id":11,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":12,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":13,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":14,"type":"service","spec":"Field Visit","state":"waiting"},{"id":15,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"7ae0b46c-7201-44c6-9e4d-f0a9fa604eee":{"id":"7ae0b46c-7201-44c6-9e4d-f0a9fa604eee","parent":"db6fc57b-c7a0-4f5a-95b0-051d64d5367e","children":["ea83b249-1fd4-4262-a9b8-03f347baacc0"],"last_state_change":1796541802.7990353,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":2}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ea83b249-1fd4-4262-a9b8-03f347baacc0":{"id":"ea83b249-1fd4-4262-a9b8-03f347baacc0","parent":"7ae0b46c-7201-44c6-9e4d-f0a9fa604eee","children":["50b5f1f3-6fd9-4877-82fb-de1ae4a08b98"],"last_state_change":1796541802.6834896,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","decomposition"]},"typename":"Task"},"50b5f1f3-6fd9-4877-82fb-de1ae4a08b98":{"id":"50b5f1f3-6fd9-4877-82fb-de1ae4a08b98","parent":"ea83b249-1fd4-4262-a9b8-03f347baacc0","children":["4ea2a692-3fe7-4af1-86c4-95e43d0890a6"],"last_state_change":1796541802.6835022,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4ea2a692-3fe7-4af1-86c4-95e43d0890a6":{"id":"4ea2a692-3fe7-4af1-86c4-95e43d0890a6","parent":"50b5f1f3-6fd9-4877-82fb-de1ae4a08b98","children":["429bf214-8bbe-44b7-897f-e4658eb4ce6a"],"last_state_change":1796541802.6835153,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"429bf214-8bbe-44b7-897f-e4658eb4ce6a":{"id":"429bf214-8bbe-44b7-897f-e4658eb4ce6a","parent":"4ea2a692-3fe7-4af1-86c4-95e43d0890a6","children":[],"last_state_change":1796541802.6835268,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"9e0af9e3-5eb5-43bc-a6d6-bc2c885e15c4","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 2, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "decomposition": {"order_id": 2, "domain_orders": [{"id": 1, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 2, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 3, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 4, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 5, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 6, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 7, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 8, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 9, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 10, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 11, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 12, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 13, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 14, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 15, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 07:23:22.626607+00	2026-12-06 07:23:22.800234+00	\N	4	\N	\N
10	2	customer_order	3	running	{"data":{},"correlations":{},"last_task":"c18b0fcc-b521-44b7-b9f0-1a0743f8f0da","success":true,"completed":false,"tasks":{"0a2a1622-24e0-40c3-8d9f-2538d5b3d399":{"id":"0a2a1622-24e0-40c3-8d9f-2538d5b3d399","parent":null,"children":["635a18cb-423b-4c00-92e4-5471c48d5547"],"last_state_change":1796541802.9573247,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":3,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"635a18cb-423b-4c00-92e4-5471c48d5547":{"id":"635a18cb-423b-4c00-92e4-5471c48d5547","parent":"0a2a1622-24e0-40c3-8d9f-2538d5b3d399","children":["4ebdd44f-6423-4746-a487-1e6442cf9266"],"last_state_change":1796541802.9574382,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4ebdd44f-6423-4746-a487-1e6442cf9266":{"id":"4ebdd44f-6423-4746-a487-1e6442cf9266","parent":"635a18cb-423b-4c00-92e4-5471c48d5547","children":["04749972-0ab9-4ebb-bc02-7df5f7d902e9"],"last_state_change":1796541802.9577045,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"04749972-0ab9-4ebb-bc02-7df5f7d902e9":{"id":"04749972-0ab9-4ebb-bc02-7df5f7d902e9","parent":"4ebdd44f-6423-4746-a487-1e6442cf9266","children":["5615339b-8cec-4092-b3e7-0c7621560eee"],"last_state_change":1796541802.9578955,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"5615339b-8cec-4092-b3e7-0c7621560eee":{"id":"5615339b-8cec-4092-b3e7-0c7621560eee","parent":"04749972-0ab9-4ebb-bc02-7df5f7d902e9","children":["3f155f47-d535-4efc-a2ca-f69bdac2b44a"],"last_state_change":1796541802.9697118,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":3,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"3f155f47-d535-4efc-a2ca-f69bdac2b44a":{"id":"3f155f47-d535-4efc-a2ca-f69bdac2b44a","parent":"5615339b-8cec-4092-b3e7-0c7621560eee","children":["2ccfc295-42d5-4b50-82ad-464a43e6a83f"],"last_state_change":1796541802.9700794,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2ccfc295-42d5-4b50-82ad-464a43e6a83f":{"id":"2ccfc295-42d5-4b50-82ad-464a43e6a83f","parent":"3f155f47-d535-4efc-a2ca-f69bdac2b44a","children":["1ea65989-c917-4379-99a3-4f047ebc38fb"],"last_state_change":1796541802.9702325,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1ea65989-c917-4379-99a3-4f047ebc38fb":{"id":"1ea65989-c917-4379-99a3-4f047ebc38fb","parent":"2ccfc295-42d5-4b50-82ad-464a43e6a83f","children":["9e4a2af5-d594-44d3-bcd5-0573a2208508"],"last_state_change":1796541802.9703786,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9e4a2af5-d594-44d3-bcd5-0573a2208508":{"id":"9e4a2af5-d594-44d3-bcd5-0573a2208508","parent":"1ea65989-c917-4379-99a3-4f047ebc38fb","children":["6cd2fdc6-b5fc-42f8-857b-6457c4f177e7"],"last_state_change":1796541802.9706018,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"6cd2fdc6-b5fc-42f8-857b-6457c4f177e7":{"id":"6cd2fdc6-b5fc-42f8-857b-6457c4f177e7","parent":"9e4a2af5-d594-44d3-bcd5-0573a2208508","children":["41939b9e-b0d9-46f7-ba39-f1a78497c9d3"],"last_state_change":1796541803.0006027,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null},"deletions":[]},"typename":"Task"},"41939b9e-b0d9-46f7-ba39-f1a78497c9d3":{"id":"41939b9e-b0d9-46f7-ba39-f1a78497c9d3","parent":"6cd2fdc6-b5fc-42f8-857b-6457c4f177e7","children":["c18b0fcc-b521-44b7-b9f0-1a0743f8f0da"],"last_state_change":1796541803.0012476,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c18b0fcc-b521-44b7-b9f0-1a0743f8f0da":{"id":"c18b0fcc-b521-44b7-b9f0-1a0743f8f0da","parent":"41939b9e-b0d9-46f7-ba39-f1a78497c9d3","children":["6b7db082-918a-4641-af0b-83da458bd1da"],"last_state_change":1796541803.0731041,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":3,"facts":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":3,"domain_orders":[{"id":16,"type":"resource","spec":"ONT","state":"inProgress"},{"id":17,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":18,"type":"service","spec":"Access Line","state":"pending"},{"id":19,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":20,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":21,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":22,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":23,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":24,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":25,"type":"resource","spec":"Router","state":"inProgress"},{"id":26,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":27,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":28,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":29,"type":"service","spec":"Field Visit","state":"waiting"},{"id":30,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"6b7db082-918a-4641-af0b-83da458bd1da":{"id":"6b7db082-918a-4641-af0b-83da458bd1da","parent":"c18b0fcc-b521-44b7-b9f0-1a0743f8f0da","children":["8dfeffeb-345a-408d-9dd2-2df6c7efc4de"],"last_state_change":1796541803.0734134,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":3}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8dfeffeb-345a-408d-9dd2-2df6c7efc4de":{"id":"8dfeffeb-345a-408d-9dd2-2df6c7efc4de","parent":"6b7db082-918a-4641-af0b-83da458bd1da","children":["00a1a759-5f17-44e2-88b5-99761f9967f9"],"last_state_change":1796541803.0011737,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","decomposition"]},"typename":"Task"},"00a1a759-5f17-44e2-88b5-99761f9967f9":{"id":"00a1a759-5f17-44e2-88b5-99761f9967f9","parent":"8dfeffeb-345a-408d-9dd2-2df6c7efc4de","children":["270e98d6-07c9-4e37-9cb3-96db4930f6fc"],"last_state_change":1796541803.0011942,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"270e98d6-07c9-4e37-9cb3-96db4930f6fc":{"id":"270e98d6-07c9-4e37-9cb3-96db4930f6fc","parent":"00a1a759-5f17-44e2-88b5-99761f9967f9","children":["511de37a-c7b7-45fe-b793-47e7fd729b11"],"last_state_change":1796541803.0012112,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"511de37a-c7b7-45fe-b793-47e7fd729b11":{"id":"511de37a-c7b7-45fe-b793-47e7fd729b11","parent":"270e98d6-07c9-4e37-9cb3-96db4930f6fc","children":[],"last_state_change":1796541803.0012314,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"0a2a1622-24e0-40c3-8d9f-2538d5b3d399","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 3, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "decomposition": {"order_id": 3, "domain_orders": [{"id": 16, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 17, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 18, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 19, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 20, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 21, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 22, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 23, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 24, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 25, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 26, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 27, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 28, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 29, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 30, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 07:23:22.95961+00	2026-12-06 07:23:23.074918+00	\N	4	\N	\N
33	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"d1739261-fe75-48e0-99e4-4592df5a5858","success":true,"completed":false,"tasks":{"ff499959-2023-42ee-8242-0f48e389d7ea":{"id":"ff499959-2023-42ee-8242-0f48e389d7ea","parent":null,"children":["d1739261-fe75-48e0-99e4-4592df5a5858"],"last_state_change":1796541803.5791504,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":1,"action":"add","spec":"Access Line","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24},"site_postcode":"ZZ1 1ZZ","recurring":"159.00","one_time":"250.00","domain_order_id":33,"survey_result":"ready","upstream":{"ONT":{"resource":{"resource_id":"RES-942664","resource_type":"ONT","serial_number":"SN8823127717","status":"reserved"}},"Access Port":{"resource":{"resource_id":"RES-829709","resource_type":"Access Port","serial_number":"SN6226349486","status":"reserved"}}}},"delta":{},"typename":"Task"},"d1739261-fe75-48e0-99e4-4592df5a5858":{"id":"d1739261-fe75-48e0-99e4-4592df5a5858","parent":"ff499959-2023-42ee-8242-0f48e389d7ea","children":["f4c3afed-ca20-4586-b057-7a3577fe3bcf"],"last_state_change":1796541803.5792913,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f4c3afed-ca20-4586-b057-7a3577fe3bcf":{"id":"f4c3afed-ca20-4586-b057-7a3577fe3bcf","parent":"d1739261-fe75-48e0-99e4-4592df5a5858","children":["b3d33891-896c-4101-bf19-02e853354a7f"],"last_state_change":1796541803.6223483,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"Access Line","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b3d33891-896c-4101-bf19-02e853354a7f":{"id":"b3d33891-896c-4101-bf19-02e853354a7f","parent":"f4c3afed-ca20-4586-b057-7a3577fe3bcf","children":["25f6718e-75e6-406b-baa1-e81b2fc13b69"],"last_state_change":1796541803.579003,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"25f6718e-75e6-406b-baa1-e81b2fc13b69":{"id":"25f6718e-75e6-406b-baa1-e81b2fc13b69","parent":"b3d33891-896c-4101-bf19-02e853354a7f","children":["4eacf156-b47b-44dd-9ceb-51c75f50660c"],"last_state_change":1796541803.5790138,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4eacf156-b47b-44dd-9ceb-51c75f50660c":{"id":"4eacf156-b47b-44dd-9ceb-51c75f50660c","parent":"25f6718e-75e6-406b-baa1-e81b2fc13b69","children":[],"last_state_change":1796541803.5790248,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"ff499959-2023-42ee-8242-0f48e389d7ea","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 33, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-942664", "resource_type": "ONT", "serial_number": "SN8823127717", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-829709", "resource_type": "Access Port", "serial_number": "SN6226349486", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 07:23:23.585463+00	2026-12-06 07:23:23.623007+00	\N	2	\N	0
34	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"1db11f33-b304-428f-82c7-bc5a98fc7012","success":true,"completed":false,"tasks":{"eaa377cf-815c-47fc-8093-f188fae738c0":{"id":"eaa377cf-815c-47fc-8093-f188fae738c0","parent":null,"children":["1db11f33-b304-428f-82c7-bc5a98fc7012"],"last_state_change":1796541803.5805643,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":1,"action":"add","spec":"IP Connectivity","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24},"site_postcode":"ZZ1 1ZZ","recurring":"159.00","one_time":"250.00","domain_order_id":35,"survey_result":"ready","upstream":{"IPv4 Address":{"resource":{"resource_id":"RES-988279","resource_type":"IPv4 Address","serial_number":"SN7057756305","status":"reserved"}}}},"delta":{},"typename":"Task"},"1db11f33-b304-428f-82c7-bc5a98fc7012":{"id":"1db11f33-b304-428f-82c7-bc5a98fc7012","parent":"eaa377cf-815c-47fc-8093-f188fae738c0","children":["31fd3fb6-7e73-4db5-a277-0b4c23d64c46"],"last_state_change":1796541803.580664,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"31fd3fb6-7e73-4db5-a277-0b4c23d64c46":{"id":"31fd3fb6-7e73-4db5-a277-0b4c23d64c46","parent":"1db11f33-b304-428f-82c7-bc5a98fc7012","children":["44ad4d69-5433-457d-84a3-114c981baaca"],"last_state_change":1796541803.6627939,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"44ad4d69-5433-457d-84a3-114c981baaca":{"id":"44ad4d69-5433-457d-84a3-114c981baaca","parent":"31fd3fb6-7e73-4db5-a277-0b4c23d64c46","children":["2910a387-9742-4736-9a45-b405d4531dd8"],"last_state_change":1796541803.580449,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"2910a387-9742-4736-9a45-b405d4531dd8":{"id":"2910a387-9742-4736-9a45-b405d4531dd8","parent":"44ad4d69-5433-457d-84a3-114c981baaca","children":["d3799f8c-6997-4a7a-a90c-8a09dfc06459"],"last_state_change":1796541803.5804577,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d3799f8c-6997-4a7a-a90c-8a09dfc06459":{"id":"d3799f8c-6997-4a7a-a90c-8a09dfc06459","parent":"2910a387-9742-4736-9a45-b405d4531dd8","children":[],"last_state_change":1796541803.5804675,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"eaa377cf-815c-47fc-8093-f188fae738c0","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 35, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-988279", "resource_type": "IPv4 Address", "serial_number": "SN7057756305", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 07:23:23.585466+00	2026-12-06 07:23:23.663362+00	\N	2	\N	1
35	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"3d4f8a47-3322-4e04-8b87-35674ef0c658","success":true,"completed":false,"tasks":{"603ba9ec-3bac-48ff-b89c-0a7bd25d8189":{"id":"603ba9ec-3bac-48ff-b89c-0a7bd25d8189","parent":null,"children":["3d4f8a47-3322-4e04-8b87-35674ef0c658"],"last_state_change":1796541803.5817335,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":2,"action":"add","spec":"IP Connectivity","name":"Static IP Block","product_ref":"","characteristics":{},"site_postcode":"ZZ1 1ZZ","recurring":"10.00","one_time":"25.00","domain_order_id":38,"survey_result":"ready","upstream":{"IPv4 Block":{"resource":{"resource_id":"RES-546460","resource_type":"IPv4 Block","serial_number":"SN8585663939","status":"reserved"}}}},"delta":{},"typename":"Task"},"3d4f8a47-3322-4e04-8b87-35674ef0c658":{"id":"3d4f8a47-3322-4e04-8b87-35674ef0c658","parent":"603ba9ec-3bac-48ff-b89c-0a7bd25d8189","children":["0a7092d5-ef13-4466-b204-4b36b69048da"],"last_state_change":1796541803.5818145,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0a7092d5-ef13-4466-b204-4b36b69048da":{"id":"0a7092d5-ef13-4466-b204-4b36b69048da","parent":"3d4f8a47-3322-4e04-8b87-35674ef0c658","children":["611f8600-9c07-4067-a928-9d7b17fdc2cd"],"last_state_change":1796541803.677457,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"611f8600-9c07-4067-a928-9d7b17fdc2cd":{"id":"611f8600-9c07-4067-a928-9d7b17fdc2cd","parent":"0a7092d5-ef13-4466-b204-4b36b69048da","children":["f693e724-5c66-4067-9aea-3f294d0a45ff"],"last_state_change":1796541803.58162,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"f693e724-5c66-4067-9aea-3f294d0a45ff":{"id":"f693e724-5c66-4067-9aea-3f294d0a45ff","parent":"611f8600-9c07-4067-a928-9d7b17fdc2cd","children":["ce81f2a2-3e71-418f-a4fe-0e0eef6f86f1"],"last_state_change":1796541803.58163,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ce81f2a2-3e71-418f-a4fe-0e0eef6f86f1":{"id":"ce81f2a2-3e71-418f-a4fe-0e0eef6f86f1","parent":"f693e724-5c66-4067-9aea-3f294d0a45ff","children":[],"last_state_change":1796541803.5816402,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"603ba9ec-3bac-48ff-b89c-0a7bd25d8189","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 38, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-546460", "resource_type": "IPv4 Block", "serial_number": "SN8585663939", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 07:23:23.585468+00	2026-12-06 07:23:23.677932+00	\N	2	\N	2
4	7	plan_resource_order	2	completed	z1:eJztVk1vGzcQ/SsGz6a730vq5qAu2qJIizpFDkGw4JKzCpEVqZBcp66h/57hSrLWTZQwKJCiQG/ax9GQ8+Y9Dh+IEkGQ1QPx4O60WXfwp3wjzBrIivzy/XN6++sfL34kl8TBWlsTQWsU/rgkW6et0+EeMWPdRoyI+VF0chTeI9g7a/6CCE7uDu47A6BAkVVwE1wS6xS4TuN3cUmElHYy4fipA2w6D+/IKo9rYb+xUCom24LEj2spwfuL36wLCBqxied9NnltIvyD7h1c/GQCOANhPqtVkwydgwHjEMAaHWYGp33Q0kcCemHUe63CG7Kqswx3CgKXOr0lq0GMHs/s8WDd1vogrYr73b7Mry/y6+uYz5oQE3aYcoNFVLvPhjuQk3NIN8J5za+yDEFroAt6rqSosz2m7EZo0z1ha9r64EDgNg+7mMrbyUmIJRx/z5Hk95tbWrCq4AU5hXXhfgsfEYjN12LszLTpwcWjPs9qXjc1z8uG7KmYYk8xC8oEu7jbxZqdg1HE9vj9WbDzyIDwbzG0ZLJibcVpmRc9rfocaN+rgbbl0PK8KVUm535O80GOspB2sx0hnHQSs83tKfuqLVgz0LJnklZNXlMxtCXNyqriTALP+MzBXHpSMMpCODCBrMw0jlETelQIkNUrAjkXjA897QUraSWEoLwoMlqjiBVAlguZkdeHiiM90B1tk7e8qaucZcVVywpWFM2eQFxqqn1B3UHFt0HM9Aen12twseqD1PSsXWzJwZ5I7v9G/S8bNTYQxmMvowkPXLyIdkEoSXFHfScFn/Sd6oelA4SqgbGBUQ51TatWccoY47QvEFBD29aqSHIAz84bwCcbgMAdltIN2h2lebLEglvkHEHwjygcrqdXrz9Ne1KZR9qTghe0J7ZpSXsNqu/boqR1VQ+0yqqG8kwyqiTL8qzJW8n6L9POmryo8vO8H+7x7nF4JLUAvWNABuvwf+8m8OEJiGm1iU2y7v67wwZ7MsTGP5lOnxxBf78+znty4bHd7ksq+BfnY4L6krp9VF9S8EJ9iWpdqq/sJW9KWdKiqHNaKdVSVrKallBAxUHUVVsmqa/kvD2rPjDqK4feP3F4Uk2nh0NC8ILjxJ484TjlYZTCcV3x8w7fjsI82ns/lq5ujPrZavMtuU+p9ZH7tBfjYqgl9WrBfQqrTdmeZ/XmGyo3vu2t/Yrp7acen0/x2jru0W83ppsHp99Xv9jkGa69tO7tMNr3ZPcBH5BiQw==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 2, "upstream": {}, "resource": {"resource_id": "RES-284292", "resource_type": "Access Port", "serial_number": "SN0595659136", "status": "reserved"}}			\N	\N	2026-12-06 07:23:22.789366+00	2026-12-06 07:23:22.862457+00	2026-12-06 07:23:22.862521+00	2	\N	1
5	7	plan_resource_order	2	completed	z1:eJztVttu3DYQ/RWDz0uXlKjbvjmoi6Yo0qJOkYcgEChqtCGiJTck5dQ19t8z3KvcZFMGBVIU6Js0Gs3lzDkcPpJeBkmWj8SDu9dm1cIf6q00KyBL8vP3L+jdL7+//JEsiIOVtiYarenxYUE2TlunwwPajHVrOaLNj7JVo/QejZ2z5k+Ixsndw0NrAHroyTK4CRbEuh5cq/E9WxCplJ1MOL7qAOvWw3uy5PFb2CeWfR+DbUDhy/Nf78XVTd87wFwLYuQ6Fvxs8tqg5eoH3Tm4em4COANhV6ztJxVaBwP6oQGbdBganPZBKx8R6KTpP+g+vCXLgjFMFSR+avWGLAc5eizaY2XtxvqgbB/z3b3iN1f85ibGsybEgC2GXGMXYvtFdwdqcg7xRjMvmmvG0GgNtEHvOskKtrf1di21ac9wiQWZNj44kJjmcRtDeTs5BbGF4/POk/x2e0fLWvCsJGe3Njxs4FMEcfxajq2Z1h24WOuLgjV1xco8K8geiylOFd2RKDjH7TY27RyMMg7I74vB2SME0r+LPfSqL3inKAyZpCJXOa1lU9MmbzqhKl4OXbWjh1KxhgMxlF1vRghnpsRou/kUEjLecUZFVxVUlN1AO8YrmrMKmcWEaOQOhF3vSc7IC+nABLI00zhGUugRAUG2vSZcZsVQ5oJCX2H1XVZSybjCPgBDQJFJhPzNoeMID7RH4fCqKQvBa5ZdV3XelELsAcRPpdg31B54fBeki/wMTq9W4GLXB67pHXlxJAeBIrj/S/U/LdU4QRiPw4wyPGDxMuoFTUmUOxI8yflM8FRBzCUgcY7FUHW0yOoB/yuANpXIqMgYU2U11HVfpkhAYPTiogR8sgQI3GMv7aDdkZxnUczARdDRCP5khcMB9frN53FP6vOIe5LzDPfEOT3BPeOya2pBVQmCCsU4bbIio13BBsDDlGUs4eipMWmVXcb9cJK3p/2RNAIUjwEVrMP/3k/gwxMjhtUmDsm6h+8OCfZgyLV/sqA+v4X+eoJcVuXsUNpu/44G/+aOTOFfyrxP/EtxnvEvka9z/oHIZF40DWW55FSwEo8KDopyMdTQlFU98DyJfyUX+UX+gem/cvH9E40n9XTEOMl5jnHaTOYYJ12OUjCuSnZZ45tRmpPA95vp+tb0P1ltviH2Sb0esU+8NZ6wT5zVDPsUVOuGXb603X5D5sYLvrVfscD91OENKt6ojzm6zdq0u9Xp993PkjzDb6+sezeM9gPZfgT0wmW7	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 4, "upstream": {}, "resource": {"resource_id": "RES-684126", "resource_type": "IPv4 Address", "serial_number": "SN5098706325", "status": "reserved"}}			\N	\N	2026-12-06 07:23:22.789367+00	2026-12-06 07:23:22.864691+00	2026-12-06 07:23:22.864698+00	2	\N	2
6	7	plan_resource_order	2	completed	z1:eJztVkuP2zYQ/isLns2tKFGU5NsGXaApijTopsghCAQ+Rq6wMulQ1Lbbxf73DG3LVoIYYVA0vfRmDcccfo/h8IkYGSRZP5ER/ENvNy38pf+QdgNkTX758RW9+/X3Nz+RFfGw6Z2NQWcN/liRne+d78MjxqzzWzlgbBxkqwc5jhhU3tm/IQYn/wCPrQUwYMg6+AlWxHkDvu3xO18RqbWbbJg/+wDbdoQPx7VwKCyNiZvtQOPHy9cP/OrF4PQ9xqzcxuPeBRl6ffXy9Wlh552ZdGg9dLiOAYTmcUPw/YipeMqnZ9wS67U7NwbtzH6ft+zmit3c7FHryXukBcMsu84yjDkLbej3FfPyEDJuK3vbnjFVKzLtxuBBbg81PIxu8hoi0/PvfSb57faO1jwv85Kc09rwuIPPYaJCvRxaO20V+HjOV4XgnOVFU9dxGeFPkXjcBLVEqp+xsHbewyAjh0e4KE9ogxzvo0aZMZ2RHTUyA8oLqWjdaUVLnulG5FXNNNsrqDVEUQ/aabfdDRDOYsbd4u6kFp1SlRK0EnlOueqA1kWuKWOFquqSVybXMW+PPCkZRZQebCBrOw1DVLAfDAbI+h1hBQdVZ4IyqQzlTcVoXYmKliAVN7UuuBHk/RFxpAfa2dusakTJWZ3l11iKZbk4EIhLgh8AtUeroa18wHME32824CPqTg4jwu4tOsmiJMceQnL/76Z/v5sizTDMjMdOOR75TTQ1hpJ8MbswKfnswlTXLn1qWG0AWEUbKAXlWnH8i9aUl5XORd0VGuo0n+I5L/p0TPYpgQfE0na9nx10du6CXCQdgzCeonC8Rd69/zLvSThn3pOSF7wn6rTkvatLAQ1eZ7lQGeW1KqhqjKJK6K7sGHQik1/nvRYiK/lF2o+3bXu64ZMU0M5a0MF5/N+HCcbwSRC37W3UyPnHH44FDlzI7fjJCPnSnPi8xy835OLaeH7+mgf+uxmWYL0kqWfrJSUvrJdo1aX1ZMWlgkJTkcuScpAVDlYjad40meCCGaMTRhNaL2csv+g9sOYbB9M/ae8kTDPHSckLjhM1WXKc9HhJ4bgQ7HJ/7wZpT819GErXt9b87Hr7HblPwjpzn/iqO3GfqNWC+xRWednUF1m9/Y7Ojc9v575hdo+TwrdOfPHONdRua9v91BwP6BdFXuDaW+fvu8H9SZ4/AtfbLAk=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 7, "upstream": {}, "resource": {"resource_id": "RES-842525", "resource_type": "IPv4 Block", "serial_number": "SN3644123988", "status": "reserved"}}			\N	\N	2026-12-06 07:23:22.789368+00	2026-12-06 07:23:22.867256+00	2026-12-06 07:23:22.867264+00	2	\N	3
7	7	plan_resource_order	2	completed	z1:eJztVk2P2zYQ/SsBz8utSOrTty26QFG0KZBNkUMQCBQ5conIpENRm24D//cOLctWghhhUGB7KXwxh6MZzntvOPxEtAySbD6REfyjsdsW/lJ/SrsFsiG//vSSPvz+x+ufyQ3xsDXORqOzGv/ckL03zpvwhDbr/E4OaBsH2apBjiMaO+/s3xCNk3+Ep9YCaNBkE/wEN8R5Db41uOY3RCrlJhuWpQmwa0f4QDYi7oU5sdQ6BtuDwsUrNwXwuLZyF4/6m7RyC/rF2b73Tk8qtB563EYDVuUxFngzBqPGWPJH05v5PAcMjFnbvRuDcjpGfHjD7l6wu7tj7WryHsFBMytuswxtzkIbzDF3fjJpt5PGtpfKWHZDpv0YPMgd5jvESKObvIKYffl/dCWv7h9ozliZ5eTi1oanPayrRZKMHFo77Tpc4yFfiryqOK+4KOJ2kGGK2GMApBPRPmBS5byHQUYYx/kYyFBogxzfo2vWMyjqvqKKqZ7mkue0YbqnncyzTHDZQTmTqBREXmf6lNvtBwgXPmO0I6iyrjPFOAboOaM5lBmta5CUiaLPoVBd1+TR71h1kjOSKT3YQDZ2GobIpBk0GsjmLSlUxrOeF1RzIWmugVNZMEUryCrNoNZllZN3p4ojPNAu8mZVUxY5qzN+W9UlF/mMH+6U+VxPexLbQ5A+4DGCN9st+Fh0L4cRqzYWebHIyKmLENv/++nZ+imiDcMCfOyV0+lfR2mjKUkdixaTnC9aTNXuWq2iKzohWEarTCtM0SjaiLKnWjW6xx/nhUpSq8AkV+U6JsuVwCPW0vbGL0K6CHgFLoKORhjPVjjdJW/ffR33pDoX3JOcV7gn8rTGndWi1hnDT2SPn/SdoFJ0Fc2rRrC8ZFVR9N/GvS5rVrDqKu6nS7c9X/JJFChnLajgPH73YYIxfGbEsMZGkpx/+uGUYAZD7sbPpsiXo+LLPr/ejqur43D4lgD+mxGWoLkkjhfNJTmvNJeo0bXmGlHxoiwKqnotaK5QsHXHayqlVKwrNO+rJklzvG6u9zpY/Z2D6d/0dVJNC8ZJziuMEzlZY5z0dknBOBesvorxfpD23NTzOLq9t/oXZ+wzYp9U64J94qPujH0iVyvsU1At+HXh3j+jcOPD27nvmNnj1OF7J753lxzdfmfb47Qc5+JXSX7EvTfOv+8H95Ec/gF95Suw	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 10, "upstream": {}, "resource": {"resource_id": "RES-411604", "resource_type": "Router", "serial_number": "SN3477227235", "status": "reserved"}}			\N	\N	2026-12-06 07:23:22.789369+00	2026-12-06 07:23:22.869254+00	2026-12-06 07:23:22.869262+00	2	\N	4
8	7	plan_resource_order	2	completed	z1:eJztVkuP2zYQ/isBz+ZWD+pB37boAm1RpEC9RQ5BIFDkyCEikQ5Fbbtd+L93aFlrpYgRBgE2l96k4WjI7zEaPhElvCDbJzKCe9Bm38Df8r0weyBb8ttPr+nu9z/vfyYb4mCvrQlBaxQ+bMjBaeu0f8SYsW4QPcbGXjSyF+OIwdZZ8w+E4OQe4LExAAoU2Xo3wYZYp8A1Gt+zDRFS2sn45VV7GJoRPpItC2t+3lgoFYodQOLLPcj3RkstzKtdbz0uGDGEM/9iRi/6Xpw+Coe0apK+cdDhIgYQnMOS4PTotcRzPh2xKO7YHOzopVWhyO5Nevsqvb094ZaTc0gMhpObJMGQNdB4fdot5cUcU3YQ2jQXVGm+IdNh9A7EMG/iYLSTkxDIXp5PqeSPux1N0pIXnFzSGv94gM8iRaW06BszDS24cNrXecJYlnNWFGHZCz8FAbASaoqUH3F3aZ2DmZYzaJTJN16MHzBVtUnKIBNUtm1NWdcVtFYpo0q2hSply1Nen5SUEoK4s4bSDoce/EXUUC1UJ7UseFKKlPKuVJRBXlGhWEshyfKOQ9aVrA55J/hRySilcGA82Zqp74OOulcYINu3pMtSlkOhaMdzLCCKlNYJK2lZ1x1nVcGF4uTdGXGgB5rF42nFy4KldZLdVHWVVUG2UwbZlmwG1Jwtt/PCBfq90/s9uIC6E/2IsLVBPxmU5NxLSO7/XfUiXRWYhn4hPXTM+cD3wdcYirLGYsSo5IsRY427tmpeJi0WA5qi1Sgry4RyJjqagCi4TFgGSRVl1bxI2FWrjtFWJfCAWJpOu8VEF/OuyEXSMQjjcxTOP5K37z7PexTOhfeo5BXvkTqteW/bsmZZDVTkFaOsqjmta6ZoVWWihFyIjndf5r2ukjSvy6u8n/+4zfOvPkoCaY0B6a3D7z5OMPpPglhWmyCSdY8/nDeYyRDD+MksuTow/tvs1/ty9f84Hr/khO880SJcGKX64sKo5JULI127dmGtZFUwJmmXdxVFhJK2qZQ0KVjJ27YCnrEoF2ZFft2FYNRXjqlv6fQoTM+jPiZ5xXGkJmuOo64yMRznZXaV4kMvzHOXz/Pp5s6oX602L0h9FNSF+sgr3mW4xUm1oj6GVJZd9+3dC/o23Met/YohPk4t3nrC7XfZoz0MpjmNz3EGv9rkR1x7Y92Hrrd/keO/Frku2A==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 13, "upstream": {}, "resource": {"resource_id": "RES-016959", "resource_type": "Technician Slot", "serial_number": "SN3044239455", "status": "reserved"}}			\N	\N	2026-12-06 07:23:22.78937+00	2026-12-06 07:23:22.871105+00	2026-12-06 07:23:22.871111+00	2	\N	5
9	4	plan_field_visit	2	waiting	{"data":{},"correlations":{},"last_task":"8682266c-6fbd-4524-83e7-739f9b321f6f","success":true,"completed":false,"tasks":{"730a6e25-ba0f-4dec-aeae-a5f04cf59563":{"id":"730a6e25-ba0f-4dec-aeae-a5f04cf59563","parent":null,"children":["79faff17-0737-42c8-8d05-d403258b2d01"],"last_state_change":1796541802.8929262,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":2,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"SW1A 1AA","recurring":"0.00","one_time":"195.00","domain_order_id":14,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-016959","resource_type":"Technician Slot","serial_number":"SN3044239455","status":"reserved"}}}},"delta":{},"typename":"Task"},"79faff17-0737-42c8-8d05-d403258b2d01":{"id":"79faff17-0737-42c8-8d05-d403258b2d01","parent":"730a6e25-ba0f-4dec-aeae-a5f04cf59563","children":["69192c3b-e4f6-488a-a4ac-0cfd0f4c3e3b"],"last_state_change":1796541802.8930633,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"69192c3b-e4f6-488a-a4ac-0cfd0f4c3e3b":{"id":"69192c3b-e4f6-488a-a4ac-0cfd0f4c3e3b","parent":"79faff17-0737-42c8-8d05-d403258b2d01","children":["8682266c-6fbd-4524-83e7-739f9b321f6f"],"last_state_change":1796541802.8934872,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8682266c-6fbd-4524-83e7-739f9b321f6f":{"id":"8682266c-6fbd-4524-83e7-739f9b321f6f","parent":"69192c3b-e4f6-488a-a4ac-0cfd0f4c3e3b","children":["f409ba2e-84f9-471a-b206-c49e00c64478","74809ecc-ebf7-49e0-944c-637bba32e7bb"],"last_state_change":1796541802.8936129,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f409ba2e-84f9-471a-b206-c49e00c64478":{"id":"f409ba2e-84f9-471a-b206-c49e00c64478","parent":"8682266c-6fbd-4524-83e7-739f9b321f6f","children":["cdabfa04-68fa-4655-ae8f-617774742b8d","297614d2-9fcd-46fa-9797-a541bb4b4ce9"],"last_state_change":1796541802.8936458,"state":16,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"74809ecc-ebf7-49e0-944c-637bba32e7bb":{"id":"74809ecc-ebf7-49e0-944c-637bba32e7bb","parent":"8682266c-6fbd-4524-83e7-739f9b321f6f","children":["ed76466e-449c-4a34-94f2-428c60b4d89b","4a7f8e83-92da-4731-8110-092d2761df37"],"last_state_change":1796541802.8935986,"state":8,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"cdabfa04-68fa-4655-ae8f-617774742b8d":{"id":"cdabfa04-68fa-4655-ae8f-617774742b8d","parent":"f409ba2e-84f9-471a-b206-c49e00c64478","children":[],"last_state_change":1796541802.8933978,"state":4,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"297614d2-9fcd-46fa-9797-a541bb4b4ce9":{"id":"297614d2-9fcd-46fa-9797-a541bb4b4ce9","parent":"f409ba2e-84f9-471a-b206-c49e00c64478","children":["7363aaf7-cd33-4d03-90f5-d29cf5c0bec1"],"last_state_change":1796541802.893412,"state":4,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"7363aaf7-cd33-4d03-90f5-d29cf5c0bec1":{"id":"7363aaf7-cd33-4d03-90f5-d29cf5c0bec1","parent":"297614d2-9fcd-46fa-9797-a541bb4b4ce9","children":["a57ad775-042d-4035-9eba-83d6bcea38e3"],"last_state_change":1796541802.8934374,"state":2,"task_spec":"provide_survey","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a57ad775-042d-4035-9eba-83d6bcea38e3":{"id":"a57ad775-042d-4035-9eba-83d6bcea38e3","parent":"7363aaf7-cd33-4d03-90f5-d29cf5c0bec1","children":[],"last_state_change":1796541802.8934526,"state":2,"task_spec":"schedule_visit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ed76466e-449c-4a34-94f2-428c60b4d89b":{"id":"ed76466e-449c-4a34-94f2-428c60b4d89b","parent":"74809ecc-ebf7-49e0-944c-637bba32e7bb","children":[],"last_state_change":1796541802.8934712,"state":1,"task_spec":"take_amendment","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"4a7f8e83-92da-4731-8110-092d2761df37":{"id":"4a7f8e83-92da-4731-8110-092d2761df37","parent":"74809ecc-ebf7-49e0-944c-637bba32e7bb","children":[],"last_state_change":1796541802.893479,"state":1,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"}},"root":"730a6e25-ba0f-4dec-aeae-a5f04cf59563","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-016959", "resource_type": "Technician Slot", "serial_number": "SN3044239455", "status": "reserved"}}}}			\N	\N	2026-12-06 07:23:22.895855+00	2026-12-06 07:23:22.894915+00	\N	1	\N	\N
11	7	plan_resource_order	3	completed	z1:eJztVttu3DYQ/RWDz0uXlERd9s1BXbRF4QC1izwEgUCRo40QLbkhKaeusf+e4V7lotswKJCiQN/E4Wg4c84ZDp+JlkGS5TPx4B4Hs2rhd/VemhWQJfnl+zt6//q3hx/JgjhYDdZEozUaPxZk4wbrhvCENmPdWo5o86Ns1Si9R2PnrPkDonFyj/DUGgANmiyDm2BBrNPg2gHX+YJIpexkwm6ZLcgQYN16+EiWPO6F/cFS6xhsAwoXr+8ecGHkOub5avKDAe+vfhg6B1c/mQDOQNjlaPWkQuugRz80YG0OI4IbfBiUj4V30uhPgw7vyVIwhicEiVvtsCHLXo4ec/WYULuxPiir43n3b/jNFb+5ifGsCTFgiyHXmHyx/Vt3B2pyDmFGMxfNNWNotAbaMOwqyQTb27Rdy8G0Z5R4uSDTxgcHEs953sZY3k5OQazh+L1zJb/e3tOqYRnn5OzWhqcNnJBDtgc5tmZad+BijndclLyo8iqryR6DKZKIf6MukLbtNhbrHIwy8uH3OSDVWLr0H9CVZaCLBjrKRFfRQoiC1oUWVDZMcMVKwYtipwalIApkrwNl15sRwlkYMdqOF80bXpYlo1mhNC2antNaspo2dQWZFLXQfRn9diUnOaMepAMTyNJM4xjFMIwaDWT5llRlqTLIFM0FMFqALmkjK0lF1XOtcoW4FOTdoeIID7THPuFVU4qC1yy/ZjlrhMj3AOJWWewLag+yvQ/SRV0GN6xW4GLVB40NO9EiJYd+RHD/78z/ZGdG5mA8khi77gDGQ+wTNCVJ7SjsJOezsFMbYS79rmsa3VeMCugVLZTIqazqhjIo+l7lUNYyT5E+Z6KoLkrfJ0ufwCPW0vaDO4ry3AwzcBF0NII/WeFwMb1999e4J9V5xD3JeYZ7Ik9z3GupJedNQyuR5bTIckZllmWUK1FplilRlt2XceecVUUtLuJ+uMHb07hIogC7x4AK1uF/Hyfw4YURww4mkmTd03eHA/ZgyLV/MY9eDJ0/XxiXu3F2B223X2L/X5iECWpLYveotiTnmdoS1TlXm8QwTaU1zZVu8GKoBa2bTlCd56quirJQpUhSW10LflFtYPRXjrd/0tFJNR0xTnKeYZzIyRzjpCdQCsZNnZcXMd6M0pzaeT+Irm+N/tkO5htin1TrEfvEt+EJ+0SuZtgnoIrSbbKLqN5+Q+XG17u1XzGu/dThgym+m49ndJu1aXeD0u+rnx3yCvfeWPehH+0nsv0MSSVOAw==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 16, "upstream": {}, "resource": {"resource_id": "RES-790211", "resource_type": "ONT", "serial_number": "SN1561473728", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.043219+00	2026-12-06 07:23:23.111627+00	2026-12-06 07:23:23.111633+00	2	\N	0
12	7	plan_resource_order	3	completed	z1:eJztVtuO2zYQ/ZUFn82tRF3ptw26RVsUadFNkYcgEHgZbYTIpENSm24X/vcM5ZvSxg2DAikK9M06Gg85Z86Z0RPRIgiyfiIe3MNg7jv4Xb0R5h7Imvz07XN69/NvL74nK+LgfrAmgtZo/LEiWzdYN4RHxIx1GzEi5kfRqVF4j6B01vwBEZzcAzx2BkCDJuvgJlgR6zS4bsDnYkWEUnYyYX5kKzIE2HQe3pF1Ht+F/cFC65hsCwofbpQC769+sS4gaMQm3vfZ5AcT4e8G6eDqBxPAGQjzXa2eVOgc9BiHANboMDO4wYdB+UiAFEa/H3R4Q9ZVluFJQeCrbtiSdS9Gj3f2eLFua31QVsfz7l7mN1f5zU3MZ02ICTtMucEiyt3fhjtQk3NIN8J5xa+zDEFroAvDXAmrsj2m7UYMpjuzlTcrMm19cCDwnKddzOXt5BTEGo6/51Dy6+0dzTirs4Kcw7rwuIW/MIjdH8TYmWkjwcW7PkcOeNFwVnGy52KKTcUsqBNs424Xi3YORhH74/d3wdYjBcK/xVBVspLnOVApG07LXNeUt01Jodd927ZctUU9q2O+yFEXym62I4SzUGK2uT9M854LzmlVtTktyzqnUucVLaQAhFlfImMYN5eeFIy6EA5MIGszjWMUxTBqBMj6Fcly1fas0rQRuqQl4z0VeV1Sofu8LCpRVI0irw8VR3qgO/omb3hdlXmbFddZwQrG2z2B+Kou9wV1BxnfBTHTH9xwfw8uVn3Q2jCLF1ty8CeS+79T/9NOjR2E8djM6MIDGS+iXxBKktxR4EnBZ4GnGmJpgarQFUOXUlAc4hGaSi5LWmB/c4WToaz6JAuUOasuWsAnW4DAA9bS9YM7ivNsigW5SDqC4E8oHAbUq9ef5j2pziPvScEL3hP7tOSdybrVRSGpFDUOTmANbYsyo03BcYrqSjZZ/Xne85yxrLlI+2GQd6ftkdQBNI8BFazD/72bwIePQEw7mNgj6x6/ORyw50Js/Efr6ZM76M/z47IpFyNpt/ucCP7FBZkgvqRmn7ZaSvBCfIliXYqvlVqrikmqaxb/0jSUc9lQLVkBQla6LJo08fGKX1QfGP2FW++fGDyppiPHScHLwZrWkyXHSV9GKRwXTX3Z4dtRmJO993vp+tboH+1gviL3SbUeuU/8ZDxxn9irBfcprJaMXWb19isqN37cW/sF29tPEr+f4tg6niG3G9PNe9Pvq18c8gzfvbTubT/a92T3AQIlYjA=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 17, "upstream": {}, "resource": {"resource_id": "RES-092603", "resource_type": "Access Port", "serial_number": "SN5009379259", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.043225+00	2026-12-06 07:23:23.112915+00	2026-12-06 07:23:23.11292+00	2	\N	1
56	4	plan_field_visit	6	completed	z1:eJztWU1v3DYQ/SuGzkuHpEhK9C1BHbRFkQC1mxyCQKDIkS1EK20o7aau4f/eoXa11haxw4UN99CevBp+zntvhkP6NnFmMMnZbdKD39TtVQF/2mvTXkFylvz20zty8f6Py5+TReLhqu7aYOxahz8WycrXna+HG7S1nV+aBm19YwrbmL5HY+m79i8IxrXfwE3RAjhwydng17BIOu/AFzV+q0VirO3W7TB+8kVSD7AsevianInQNmwXNs6FyVZg8eNtDY07+VD39YDG1izDfn9p+8E0jRkHhA12bm2HwkOFjWhAxzxOB77uh9riHm/vcEJcrVh1/WA7Fya5+Mhen7DXr0ef7dp7BAXN9JRSNHUtFEM9rsa03NpctzR1W9x7lOG216t+8GCWAdpLsNdtbWvTnlw03RBMHvpu7S3Mf49jk9/PLwjLpJD5uINd03CzCmv+c6ZFoK02TdGulyX4sP13WuiUKSpUFpoHM6wDGzgTEoz4393d7SlB47oZxlbjbmZUdQPgoHbdNHsbigLpK7pNWOY2+QKB+MN5DqHACT6pdKHkQuWLjH3GZTcjXzh6/LH19+3FB6J1zjXD8dBe1aiT4MhvACcfO8R+ESQanOeUK8I4oaNjI5AJS88oRbzORib23vb2Gty6Ce4GzoZiCxO2vH93yXgq5IhOvRXM3F/sbzvvYauinUZQ0UMxmP4LTqBTCdoBIzmYiogcLDEZAJFgM55Sq/JUjEhaCyEOtnK33XLVwHCv/zBbmD2hgK5XriJUoXsCSiA6KxUBzjSkNjVpkO9tMoIV1RmVbzy0w0Sgva4bhwbkIxGpolRLRySjGnefc5LLXJEqL1NbOWpS5OHzzuMAJxRTOmCZVlKwnIrTVDAlpdwCjk1KbB0qdtF5MRgf5DD4+uoKfPC6Mk0PAXEMvxYFu0s7d4v/E9B/LwEF1qGZBBCm3gF4GWIMTVEynYIiqvN9UMQG0TxsODXMaMmJtirFITYnBhgmHsmNy8qcm9REhU3OM/1g2PTRYZPABn0pqtpPgr4PpBm4KIKQO/u9FXZJ7dPn7+Me5eeEe1TnGe6RPM1xB2AslzrDZKsoEULjYkqnhObAUsqpwhwcgztnqOeHcd/mhyts/GZujsxbT4E7yr0J7qjOM7gj6ZnDXVKKcZGXRDnKieAYFDmkiriyZApcZQwLMc1FKVJa5cRmIgRQqomROSOUMltBVVnDIIoVrvgPWQnp8fQNZmdn/M15kP3FqqmPPV2ewlIUKhNLkRDuWYpkdc6SY5lVGRYfymAwCZNj/rKVJmWa09yVacZ0iUMEd5ktsTFjFRBROUcMllkEU5DUpaQyU3kESxnuL30kZ92z9CyUHFGaRqa0GLHuU1pM5yexFwM4DyDv8OZSfRdwdDLU4y8YBlGym4CM1OgeyMiwORJIiV/H55dfu7p9QVyj4nRf68R0fhKuiaEgSk2BlBDOjZKWRFcuJVA6AFpyUdmYMzfDP/xH4GMh/zxpIw7qKNcmqKM6z8ubOGrmUFsQkuNNiuS0NESkGu+SPMclLOYfV1Wy4hG3MUGlQLQfxBqvIZvaQbHFPK6+tF3bgh06j4n46xr64cCIk+Jlw5tX09TjsBELsxyz+MHt6vtvBRvTrGGf4LeXgpiT4ekPEXFiiSJnEktU55lYIsU1F4s2BiQVmtBSVHjWmPDwoDRxmGurKjMZ8IiqS4g0Fw9rZXo4KTa7m+1zaKUKd+VivN9beDUtcaCXRy7B3zr/5f5uffL+3WVycHuPUM6/8e4UJ7IoUieRRXWeiSxSlHORKYf3AqoUMahO1CXmLyNySbQReEWmApyUPxaZFJTL9OGjd3p369rnqeOPfuKLYCYKiYmZqM4zZiKZPAj/PDNW8Io4zTIsTStOSl2VWFuVpSppltsqjWIm1Y9chbGofMHzOMqnvfpjOs8wjuTkAOOYt90YjPG0f7j2WTWmLbY5ccxHp+ete+GaM8rRPfBxL9734o4j6phaPkAqH4H0/AVlizbfdUc8JPbrEuuk8N+AaY1ytWyL8Qmv33o/W+QNtn3EI69qum/J3d8aYZTf	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-175458", "resource_type": "Technician Slot", "serial_number": "SN9493160467", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [63, 65, 68, 71]}, "visit": {"visit_id": "FSV-998291", "engineer": "Lee Wong", "date": "2026-12-07", "slot": "13:00-17:00", "status": "scheduled"}, "ont_serial": "ONT1234567", "install_notes": null}			\N	\N	2026-12-06 07:23:24.345713+00	2026-12-06 07:23:24.541593+00	2026-12-06 07:23:24.541599+00	5	\N	\N
59	9	plan_service_order	6	completed	z1:eJztVl1v2zYU/SsBn81EoilRylvaBViHoSuWbn0oCoEirzyhMumSkrcs8H/vpWQ52hC3LArkqX4iL+n7ce45l3ogWvaSXD8QD27fmk0F/6i/pNkAuSa//vSa3v32x9ufyYo42LTWBKM1GhcrsnOtdW1/jzZj3VZ2aPOdrFQnvUdj7az5F4JxcHu4rwyABk2uezfAilinwVUt7vMVkUrZwfTjlq1I28O28vBp3EjVT4Gl1sHZDhRuXr25eGmNATzchxxWxMhtyPmul32rLvD8RWfVxzFPqwfVVw4aPEcD1ufQK7jW41VM9eGAfjFotbO+V1aPft6lNxfpzc1YuhqcQ2zQnCaXSYI2a6Dq2zEiyyaTtlvZmmpRWHGq3YEfuh4vO5A6ZDvsfI/rbUD+1Zs9P2aLO7xqB6dguR7dkd9v72jJErZOxqSOR/39DkZATk5WoZet7CozbGtwoZjXrFyzPONpysIxYjT4MZvQdWzK4XBYTQyYAh+XU9y7P1/SMuEFF2RsFXiPSLlQzgZocrW+Gk/aXYUtQpd+wqkUl2laXvJyGTF0cw8khFPWOehk6O6xB0icvuqlRxxIw7JCilrQRK4byqFgtJYio40SqU5SJZo6Hbk15jOzStntroP+kWbBW/BOiixPNMvWtFSppnyNnqXSnAqRZUUqeZoVItwbK466jMySDgzCYIauC7RqOywfqfqeFI1okpILWvMspzytSypZqWgGPOWMN8BzQT4cKw7gQDWrLhVlaFSR8Mt1mWasLCb48CjnU0HVUQTIdewC2ly72YALVTey81h2a5DeBilwVDeC+0PnP3QedB6oAN3MiuD1iOjbIDw0RXH3pJSYy49KiVXWUkslZ7pIyoyqRmf4lwJojT+a1oVQnLFSqyZKSzkX57Xko7VEYI+1VE3rZpY/qmsBLrYejeBPVjhOuvcfnsY9qs4Z96jLS9zj+rTEnYu0VlkuqK45UM4Eo1JnDWWgecMQzxrY13HH1Mp1np3FfXwQwn/n1yeqBWqaCdah4j4N4Pv/GNEtDoN96xFwlPPVHGMCRG794ol7csb8fxadnxlfmaZPjKBJgV+iy3M/xBHcjOLCzM2oywtuRnJ5yU2WFBkOugLHiFpTXudA5VpKmjRpIgUURVFDDDfLJMvPUhOM/sbH9XvkH1XSDHHU5QXEkS1ZQhz1ARYDcVqIsxDvOmlm5U8v6uWt0b/Y1jwj8lGVzshHfpeekI/s1AL5GExZzthZUG+fkbdoc9Z+w8vuhxpncxhdc4x6tzXV+Kb6qfpFkBd49s66j01n/yaHz5YtkxM=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 68, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-920230", "resource_type": "IPv4 Block", "serial_number": "SN2932654112", "status": "reserved"}}}, "service": {"service_id": "SVC-904847", "access_port": "ge-0/3/47", "ip_address": "10.97.119.49", "status": "active"}}			\N	\N	2026-12-06 07:23:24.397129+00	2026-12-06 07:23:24.43995+00	2026-12-06 07:23:24.439956+00	2	\N	2
61	6	plan_product_order	6	completed	z1:eJztVk1v3DYQ/SsGz+ZapD65NztNURdGG8BpcwgCgSJHGyFackNRTl3D/z1D7cqWC9ulWyAoityo4Wg48+bNI2+Ill6S9Q0ZwF11ZlPDH+qjNBsga3Lxwy/08tff3v5EjomDTWdNMFqjcXFMdq6zrvPXaDPWbWWPtqGXterlMKCxcdb8CcE4uiu4rg2ABk3W3o1wTKzT4OoOv4tjIpWyo/HTJz8mnYdtPcBnsmZhz+8PllqHYDtQ+PFj1zg4OjcenAF/9MZZPSqP+0ZuQ+pn49AZGIajh45T2pNr7aBFPzRguQ4PAdcNvlNDwKKRRn/ptP9I1nmS4KFe4lbd7ci6lf2A6Q+YY72zg1dWh/Mu37HTI3Z6GuJZ40PAGkNusZ7s9ll3B2p0DpFHM8vFKknQaA3Uvpsq4Xmyt2m7lZ2pF8AhcuNu8A7kNmR9qlSo+AILv2uoWi6nv8jl768o41lZpWRCHv/B1JzHrQ3Q5CQ9SRnudLsaEXcw9ZIlqzRd8UysWJWTPSBj2AjduQJyizWevzl6ZY2BYJlo8XwKImdc5C9KIctXeb4S5aMJYAZN1/cTkDfzsp6oNJ15dn5Bc5GmKT/UvWTcgRTPEie6UY+Bo6xz0MtA5cAwtOCUIEXk8AkdBU8Fg6ShGWMZzdo2o1Lpiso8abhoUs4SPg3SBNU8Qspudz34+5kK0Sb+thVrm0y0tJIpxqs4o7JRKc1004i0TCvOWfCbgIlyRoikA4MImbHvw9B0PXYG5/I9gZzrNOFAS6UxQF6W2NxCUy6UxkUieZaSD4eKAzhQzxLDSlHkGauSbJUVBZ5W7eHDrSLbF1QfJv7SSxfa4F232YALVR9msZt6JPv6IGUI7ndR+y5q/wtRC1yGfqa1v97BgQtvg3KgKWr45lGPcr4f9VhpWIpB1RSNFomiZSsqPEIrWqmcUa5SkVQ44opHiUHJEvGkFgzRWkDgCkup287NU3qvDgtskXJohOHOCgelfv/hcdijypxhj3JewB7ZpiXsRVHwrJIFbVOpaaagpQKUxAiF4pVildLN38OeJ1lZPA37RMvw63zRRnVA7efHOlSnzyMM/oExaOo+2skcfg+F3E6q9Q8u6r+Ia6QW7WftOWb8l98XEZSNoshM2SjnBWUjKb6krAAtyyKXVLWsoBmvOJVVk9C2LJsSZJKWikVRVuRV9iRnwegXPhr+jSxE1TRjHOW8wDiyJw8wjnlYRmCM11paPInxrpemnp8g01W+em30z7Yz3xL6mFLvoI97cN9BH9mqBfQxoPJElE+C+vobEhdtztoX3PjD2GC/wxNnPqPZbU09XbbDvvrFIWe49866T21vv5Dbr5R0Hyc=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 66, "upstream": {"Access Line": {"service": {"service_id": "SVC-124783", "access_port": "ge-0/3/31", "ip_address": "10.33.249.185", "status": "active"}}, "IP Connectivity": {"service": {"service_id": "SVC-951295", "access_port": "ge-0/3/31", "ip_address": "10.45.55.97", "status": "active"}}}, "billing": {"billing_item_id": "BIL-5933323", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}			\N	\N	2026-12-06 07:23:24.474797+00	2026-12-06 07:23:24.506168+00	2026-12-06 07:23:24.506176+00	2	\N	0
16	7	plan_resource_order	3	completed	z1:eJztVkuP2zYQ/isBz+ZWFEk9fNuiC7RFkQL1FjkEgUBRI0eIRDoUte124f/eoWWtlSBuGBTYXnqThqMZfo8R+UQa5RXZPpER3ENn9hX8qd8rsweyJb/88Jrufv39/keyIQ72nTUhaE2DDxtycJ11nX/EmLFuUD3Gxl5VulfjiMHaWfMXhODkHuCxMgANNGTr3QQbYl0DrurwnW+I0tpOxp9e0w3pPAzVCB/JVoQ1PzdWTROKHUDjyz3o96bTnTKvdr31uGDUEPb8kxm96nt1+ihs0jaT9pWDFhcxgOAclgTXjb7TuM+nIxbFjtXBjl7bJhTZvWG3r9jt7Qm3npxDYjCc3CQJhqyBynenbqyUc6yxg+pMdUGVFhsyHUbvQA1zEwejnZyGQPbyfEolv93taCa5KDm5pFX+8QBfRIpKdaqvzDTU4MJuXxcJL3nGslSEZa/8FATASqgpUn7E7to6BzMtZ9Aok6+8Gj9gKsgygbKtadOknIqiLakq05LmSVrkooFagjwpqTUEcWcNtR0OPfiLqKFaqE5kA1KlmaKpzhMqcq2oErWkuSiKtNW1EK0IeSf4UckopXJgPNmaqe+Djl3fYIBs35JGtE0pNKccUqCCMUWLvK6pklqXss0zBYy8OyMO9EC1eJzlZSYFQwJvEp5lGeczgbiUiRlQdbbczisX6Peu2+/BBdSt6keE3Rn0k0FJzrOE5P4/VS8yVYFp6BfSw8ScN3wffB1WY6yxGDEq+WLEWOOurZor4MCKnKZCCCrKMqWKqYTmBUskLyTLBERZNS8TdtWqY7RVCTwglqrt3GKii3lX5CLpGITxOQrnH8nbd1/mPQrnwntU8or3SJ3WvKecc9VKwMRWUyELRWuWtFSzVEqumahZ/XXeGcu5zOVV3s9/3Or5Vx8lgbbGgPbW4XcfJxj9J0Es25kgknWP350bzGSoYfzkLLl6YHw+7NfncvX/OB6/5oT/+ESLcGGU6osLo5JXLox07dqFpRQl6BpzSijwE6FoyUFSKZOEs7yt85xHuVDw8qoJwTTfeEr9m0GPgrRQHJW8ojhSkjXFUTeZGIol+4dBP/TKPE/5fD7d3JnmZ9uZF+Q+CuvCfeQV75n7SK1W3EexmvH0Kqt3L+jccCG39htO8XGq8doTrr9Lj/owmOp0fo4z+lWT73HtjXUf2t7+QY5/Ay+FLBA=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 28, "upstream": {}, "resource": {"resource_id": "RES-653493", "resource_type": "Technician Slot", "serial_number": "SN8039361624", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.043229+00	2026-12-06 07:23:23.117966+00	2026-12-06 07:23:23.11797+00	2	\N	5
18	9	plan_service_order	3	completed	z1:eJztVk1v3DYQ/SsGz8s1JZH62JvTumiLwClqtzkEgUCJo40QLbUhKaeO4f/eobSy1cQbMyjqQ5G9rDQczcfjm0feEiWdJJtbYsFct3pbwl/1O6m3QDbk5Y8X9PLVH1c/kxUxsG177Y29VviwInvT9qZ1N2jTvdnJDm22k2XdSWvRWJlefwJvHMw13JQaQIEiG2cGWJHeKDBli+/Jisi67gftxtd4RVoHu9LCB7KJ/JqbEkulfLA91PhyVtdg7cnLVvsMWu58vS8Gi+9o/qmtDJz8oh0YDW6stVdD7UoDDfqhAXs0GBlMa11bWw9AJbX62Cr3jmwEY5jJSVwq2z3ZNLKzWLPFwsp9b13dK5/v8nV0dhKdnfl4vXY+YIkhd9gEv/uqu4F6MAbhRnMkijVjaOw1lK4dO4kFm2yq38lWlw9oRfk9oAbs0Dn0NiDVDToPe+vweee7eXVx5f/Qpx9MDcvnMQ75/fySZgWLo2is57DkbvY+v/965SnRyq7Uw64C4xu4iEQa8SzJ4pxMAA12zO/Jg3t7h10fdua33rinC2BFnLLkkQKWUR4rBHeoSLIiFsWRQu5WE6OnzIfHKfHlnz/QJM+LPCYj9TARbpMvl2yBstP4NPHttfsSKYchfeSIreMkXguxjnK+TOnpeQ1j53VvDHTS09UTCi04CcgIad/7CEUKUhScqjTmFEEEKoWIaQVJLOo64alk47CMBc1jUve7fQfuYW58tJGuGUt4niUVzSQDygWTtMhZQRuWZLWKcgX+o1sythzkjGMiDWjEQQ9d52ek7bB/nL03REWpKJgqKKsko7yIaloUSUIbqThnaVHlAsjbQ8ceHChnGYmyIhU8ylmyjgp0Lib0cCXlUz/lYagvnRy325l2uwXj6z9MXjuOMlLgoFaI7Xfd+q5b/0fd8tSGbma5D3tgyZXXEb8aMorz4Ac5Pwx+qFAspUFyYAoyTjORR5SneUzztOK0wmQVi6qaZ1mQNKQ8TY9qgw3WBgLX2EvZtGae2ge1WICLrEMj2HsrHIT7zdvHcQ/qc8Y9yHmBe+A+LXGHmjc8zRoqkialPEkbmjOlaNI0VVRxoSQeKE/iHnMe80gcxX083/y382katAUoKxpq1xsc9g8DWPcPI4ZFYbtuLQKOWnI655gAkTu7OLK/0MzPdfW4WD1xMvz3UjoN89eY9+x3lACeB/Fq5nmQ84LngXOx5HnNpWjyKKNpIgvKK4yeJ4mkjVAQZ0lSNJUM4jlePY7rC2j1jTePf6MlQT3NGAc5LzAO3JMlxkGX0xCMBf6OYrzvpJ51ZLoarM+1+rVv9TNCH9TqDH3gpf0e+sCtWkAfAmoqxHHinj8jcdFm+v4b7gl2qFDpvXrNOar9TpfjCW2n7hdJXuDa6968b7r+I7n7G2tZNIo=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 18, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-790211", "resource_type": "ONT", "serial_number": "SN1561473728", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-092603", "resource_type": "Access Port", "serial_number": "SN5009379259", "status": "reserved"}}}, "service": {"service_id": "SVC-388982", "access_port": "ge-0/2/38", "ip_address": "10.232.55.184", "status": "active"}}			\N	\N	2026-12-06 07:23:23.201783+00	2026-12-06 07:23:23.245585+00	2026-12-06 07:23:23.245594+00	2	\N	0
19	9	plan_service_order	3	completed	z1:eJztVk1v3DYQ/SsGz0tblKivvTmpi7oo0qBOm0MQCBQ52hDRkhtS2tQJ/N87lHZtuegmDIr4lJOk4YjDeXzvkZ+JEoMg68/Eg9trs2ngb/lOmA2QNfntpxf05vc/X/1CVsTBRlsTgtYofFmRndPW6eEWY8a6regx5nvRyF54j8HWWfMJQnB0e7htDIACRdaDG2FFrFPgGo3f2YoIKe1ohukzXRE9wLbx8IGsWRgb5sJCqTDZDiR+XL88e26NARzchzWsiBHbsOZno9cGvD/7WbcOzq7NAM7AMK3XqlEOjYMO8zCAfTqcHZz2g5Y+gNAKoz5qNbwj6zxJsNogcKjRO7LuRO9x3R4X1+ysH6RVod7Na3Z5xi4vw3zWDGHCBqfcYiP87ovpDuToHEKOYZbX50mCQWugGfTUSZonc0zZrdCmeUAsTe5BdeDHfsBsB0IFGMadH/B9G7q5frnnZ5dKYdLUHT7t6CQs36cJyR9XN7RMqiLPpoUdhobbHUxYL6ZZBaJo0Tdm3LbgQksv0rzOiqpM0oLMkI1+WlGgFO743d3daqbXXPrwOle++es55XmapRWZeIA1EC8XWtoATS6Si5TjiN414tgIYcl5WZ0jZCxLlhUDVfZAQjlpnYNeBOqE1jGCrMSdEf49JnYCGBNtS1VXJpQXrKV1VnLaQa1KViJPs4lr47SeI2Wl3e56GB44HGabgFVd0XJRK1okeUl5lQlac1FSlZeqq9Ky5UqGvKnjqGSkq3BgEAYz9n3gqu6xfdTBGwIdr9JaljQtE0Z52ma05VVCKyG7roVSZG1N3h46DuBAc5Q0K+si56xKsnNWF7iAGT0cKfjcT3MQ2M0gXFDN4PRmAy40fVCAniSFDDg4B2L7w0N+eMh395DAM+iPlAvzHrbrVRA1hqJ0cVRhVPKDCmNV+0inRZW0taipRHtDk8tKKhLJKZOc1QB5pTIZpdMyK0/q1EfrlMAeW2k67Y4KelDuAlvcfQyCv4/CwUTfvD0Be0yb97DHJC9gj9ymJeyqgFypFijjDH/heU1rwE9Rio5jfcHK9uuwp7zI84qfxH06a8K/x4Mtagvk7DfWoeg+jOCHR0GcFg1mrz0Cjpq+ONaYARFbvzg9/9O//u1zp43jK079/W1t1vOX2PfUV4YIqkdR6/6cj0leUj1OGo+pntQiVYx2Sij8hQGWSCVt00QCdB1LRcRNAKleoPmepDoY9Y0Xgf9jJ1E9PWAckbx08bg9WWIcdVeMwbiq8+wkxrtemKOVzKf0+ZVRv1ptnhD6qFaP0EfeoRfQR23VAvoYUOs6PU3cqyckLsactd9wU/Bji2YfzOtYo91tTTMd0n7uflHkGY69tu5919uP5O4f2qP3wg==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 20, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-708653", "resource_type": "IPv4 Address", "serial_number": "SN2593687026", "status": "reserved"}}}, "service": {"service_id": "SVC-452328", "access_port": "ge-0/0/24", "ip_address": "10.78.59.130", "status": "active"}}			\N	\N	2026-12-06 07:23:23.201786+00	2026-12-06 07:23:23.247787+00	2026-12-06 07:23:23.247794+00	2	\N	1
20	9	plan_service_order	3	completed	z1:eJztVk1v3DYQ/SsGz0tb1Acp+eakBpqiSIM6bQ5BIFDUaCtES25IaVvX2P+eIbWy1cJOGATwKaeVhqMZzpv3ZvaOtHKU5PKOOLCHXm9r+Ef9JfUWyCX59afX9Oa3P97+TDbEwrY32huNbvFhQ/a2N7Yfb9Gmjd3JAW1ukLUapHNobKzR/4I3TvYAt7UGaKEll6OdYEOMbcHWPb5nGyKVMpMew2u6If0Iu9rBp/Ai1Tgnlm3rg+1B4curN2cvjdaAhwd/hw3RcufvfDPKsVdneP5iMOpjuKdpJzXWFjo8RwPWZzEq2N6hK1717ohxMWm9N25Upg1x3rGrM3Z1FUpXk7WIDZpZcp4kaDMa6rEPGdNiNrVmJ3tdPxSWZve1W3DTMKKzBdn62057N+LzziP/6s0hP90W39DVTFbB+jmEI79f39AsEWmWhUudjsbbPQRA7oNsfC97OdR62jVgfTGvU54JVok8fOsQo8mF2/iuY1OOx+NmZsCc+PQ457358yXlJX7OSWgVOIdIWV/OFmhykVykJZ70+xpbhCHdjBP6n6d5ib/lOqfv5wGIT6iMtTBI399TF5A6Yz1Kh0gQzoFDyYA2UlU0Z52kVZ4WVAqRdI0EyIAHdoUbLbxSZrcfYHwgmo/moxMmpOo6JimA7GjeJJyWhWJUJl0rBGcMuiCEUHOUM3JLWtAIhJ6GwROrHxAAJOt7lBVUVSYFzQveYAAAWom0pBVvi65VSdNVFflwqtiDA/WiOyYqXuSsTDKPHcsyMcOHRzyfC6pPMkC2Yx/QZvvtFqyvupODw7J7jQTXSIKTvhHcH0r/oXSvdE8FGBZW+KgnRN964QWiRHB3UUqU84NSYpW11lIBHZdCdRTyVtG8KhJaZlBSUamGS5BFh8XGaCktRPqklly0lggcsJa66+3C8gd1rcDF1qMR3L0VTpPu/YfHcY+qc8E9ynmFe2Sf1rjnLBVlJVPK85TRnDcVbVRbYZ5OtElVyqSRX8cdd0DBg0Iexz0sBP/tsn+iWqDmmWAsKu7TBG78jxHD4jA49A4BRzlfLDlmQOTOrZbcozPm/7Po6ZnxlWn6yAiaFfglujz/Ko5gZxQbFnZGOa/YGcnmNTv9akwaJigo9M4L/E7KJqFJDiwtM9Z0EMdOLnjxJDtBt9+4X79nAkTVtGAc5bzCOLIna4yj/oPFYFyyJxHeD1Iv2p936vm1bn8xvX5G4KMKXYCP/Gd6D3xko1bAR0Fa5U/T9voZaYs2a8w37HY3NTid/fBacjT7na7DVnVz9askL/DsnbEfu8H8TY6fAfhPnmQ=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 23, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-307233", "resource_type": "IPv4 Block", "serial_number": "SN2637197433", "status": "reserved"}}}, "service": {"service_id": "SVC-687196", "access_port": "ge-0/0/28", "ip_address": "10.196.248.198", "status": "active"}}			\N	\N	2026-12-06 07:23:23.201788+00	2026-12-06 07:23:23.249651+00	2026-12-06 07:23:23.249658+00	2	\N	2
13	7	plan_resource_order	3	completed	z1:eJztVttu3DYQ/RWDz0tXFEVd9s1BXTRFkRZ1ijwEgUCRI4eIltyQlFPX2H/PcC+20mZbBgVSFOjbajg7wznnzAwfiJZRkvUDCeDvjL3t4Tf1VtpbIGvy47cv6M1Pv778nqyIh1vjbDI6q/HHimy9cd7Ee7RZ5zdyQluYZK8mGQIaB+/s75CMs7+D+94CaNBkHf0MK+K8Bt8b/OYrIpVys437z3JFTIRNH+A9WbN0Fg+JpdYp2BYUfjz/+a66uNLaA+ZaESs36cLP5mAsWi6+M4OHi+c2grcQ95d1elax9zCiHxqwSI+hwZsQjQoJgUFa/cHo+JasRVFgqijxqDdbsh7lFPDSAW/Wb12IyumU7+YVu7pgV1cpnrMxBewx5AarqHZ/6e5Bzd4j3mhmorssCjQ6C300+0pKURxs2m2ksf0TXKxbkXkbogeJeR52KVZws1eQajj93ruSX65vaFO0teDkya2P91v4M4TIv5FTb+fNAD5d9kUpOl63TVHW5ADGnGhFd1QKErnbpaq9h0kmhsLhMkg+YiDDO3RVuih5yQoqRyVoVXcDbZtmpLLuKl2MAGOzp3RWKt3hqAzlNtsJ4pNUUrQ9QYVkVSu5oO1YVBiP1XSoRE07zduaF50e2B6Efe1ZzigM6cFGsrbzNCVVmAkBQbm9JrpuZFMIRltWDbRiGugg1UjHsgReCqlHycibY8UJHuhPncOarhYVawt+WXBelc0BPzypq0M9/VHHN1H6pM/oze0t+FT0UWtmL15k5NigiO3/rfrfbtVEIUwnNlMbHsF4mfolneZI7iTwLOcngec2xLIFuBg4w/FBua4ZrQD/PDRyoLwVFW9Vp7RsslpAFJU42wMhuwcI3GEt/Wj8SZ1PXbEAF0FHI4RHKxwH1Os3n8c9q84T7lnOC9wzeVriLjumOVOcyopLWokSaDdCQzmHskOqhqbNGD2M8ao6P3qOg7x/XB9ZDGDzWFDRefzf+xlC/MSIYY1NHDl//80xwQELuQmf7KfPL6E/TpDzXbkYSrvd36ng31yRGfLLovskvyznhfwy5bqU38DbppYto0LhfKgER8UykFQKVjUla5kcdZb8BD+rPrD6C9feP2nwrIpOCGc5LxDOZGSJcNbLKAfhuujOQrydpH3s7sNaury2+gdn7FeEPqvUE/SZL8ZH6DOpWkCfBarg5VlUr7+icNPj3rkvWN5hHvD5lF7TpxzDdmP7/doMh+oXSZ7h2Svn342T+0B2HwFQCWCv	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 19, "upstream": {}, "resource": {"resource_id": "RES-708653", "resource_type": "IPv4 Address", "serial_number": "SN2593687026", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.043226+00	2026-12-06 07:23:23.114095+00	2026-12-06 07:23:23.1141+00	2	\N	2
14	7	plan_resource_order	3	completed	z1:eJztVktv3DYQ/isGz0tXlKjX3hzUQFMUaVCnyCEIBD5GW8FackNRbl1j/3uH0j7kIIswCOBcehOHIw6/x5B8Ilp4QdZPZAD30JlNA/+ov4TZAFmT335+Q+9+//PdL2RFHGw6a0LQGo0fK7JznXWdf8SYsW4reowNvWhUL4YBg9JZ8y+E4Oge4LExABo0WXs3wopYp8E1HY6zFRFK2dH4aZiuSOdh2wzwaRoI5efCQuuw2A4UDl6/feBXr3qr7jFmxDZs984L36mr129PEztn9ah846DFeQwgNIcLgusGTMVdPu1xSazX7OzgldXTOu/ZzRW7uZlQq9E5pAXDLLlOEoxZA43vpoppPoe03YrONGdMKW583A3egdjORRwMdnQKAtXH7ymV/HF7R7OkTLOMnNMa/7iDz3GiRJ3oGzNuJbiw0TdpkZWsLvn074D4x8A8LoJiItd7LKysc9CLQOIBL+rjGy+Ge0zVXFZpzSoqOUjKk4xTqVVJ8xIkz3muM1VPEioFQdVZPGW3ux78Wc2wWlidsIpLxnJJZVqXlFeloEJWCa0TSEWdCC05C3kT8qhkVFE4MJ6szdj3QcKu1xgg6w9EFpguZUuZqAvKeV5QJCOlULNU1pXMioSRjwfEgR5ojuZmZV3knFVJdo2gs7zKZwJxquAzoObgNfSV87gP77rNBlxA3Yp+QNidQSsZlOTQREju/+30Au0UeIb+SHlolcOe3wVXYyjKGEcbRiWfbRhr26VRy7JUbao4raoCf8lZS6siz2ib1AUkSauqXEYZlWeBiwtGHaKNSuABsTRt544WOlt3QS6SjkEYTlE4HCMfPn6Z9yicR96jkhe8R+r07IAQAlqcowpPOZQqx4NOsJKKVNV5Vsk2y7Ov884YL8ryIu2H47Y5HfFRCihrDChvHf73aYTBPwvisp0JGln3+NOhwMyF2A7P7pAvXRSfN/nljlycG/v91zzw4y6xCOtFSX1q+ZjkhfUirbq0XsHSPNVM0RzyhPJQrIZE0yqrVJVUtYSijrJeWST1Re+B0d94M31Pe0dhOnIclbxs7zhNlhxHvV5iOK7wYL3I8a4X5tTc8610fWv0r7YzL8h9FNYj95HPuhP3kVotuI9itWYXSb19QeOG57e133B1D6PEt0548R5ryN3WNNOlOczgF0Ve4dx76+7b3v5N9v8BO2UeIA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 22, "upstream": {}, "resource": {"resource_id": "RES-307233", "resource_type": "IPv4 Block", "serial_number": "SN2637197433", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.043227+00	2026-12-06 07:23:23.1154+00	2026-12-06 07:23:23.115405+00	2	\N	3
15	7	plan_resource_order	3	completed	z1:eJztVk2P2zYQ/SsBz9ZWlER9+LZFFiiKNgWyKXIIAoEfI5eITDoktek28H/v0LZsbRAjDApsL7mJw9EM5703HH4migdO1p+JB/egzaaHv+Vf3GyArMlvL19l93/8+eYXsiIONtqaaLRG4ceK7Jy2TodHtBnrtnxEmx95L0fuPRqFs+YfiMbJPcBjbwAUKLIOboIVsU6B6zWuyxXhUtrJhMOyWBEdYNt7+HjaC8fEXKkYbAcSF6/tFMDh2vBtPOrv3PANqBdn+85ZNcnQOxhwGw1YlcNY4LQPWvpY8ic96ON59hgYs/Y764O0Kka8f0tvX9Db20PtcnIOwUEzZTd5jjZroA/6kLs6mZTdcm36S2UFW5Fp54MDvsV8+xjJ28lJiNnn74MreX13nzWUlm1NLm59eNzBslokSfOxN9NW4BoP+apuctp0jLEmbgcepog9BkA6Ee09JpXWORh5hNEfj4EMhT5w/wFdmeBtJ7oyYwrKrKoEy9qOxa+Kq2Lo2rwuDiRKCZHXI33SbncjhAufMdoB1KKRRQm1zIaiabMKRJu1g6RZ3gmoQPK2FSL6HapOckYyuQMTyNpM4xiZ1KNCA1m/IzlvoWCizlRRqqwqBplxOgwZ5YjkoJSoBCXvTxVHeKCf5Y2w1ayibV7e5CUru7Y5AohbdXUsqD+p7T5wF/AcwenNBlyseuCjx7K1QWIMUnJqIwT3R0M9W0NFtGGcgY/Ncjr9m6htNCXJYxZjkvNFjKniXcq16lBzAAOmaDAFF3nW8abLaA01qIF2TA5Jcq2w56/K1SfLlcAD1tIP2s1Cugh4AS6CjkbwZyucLpN377+Oe1KdM+5JzgvcE3la4t5UedUpXmWlZAKvtkFkoqZ11sm8VZS3Tdk238ad0pq2rLqK++nW7c+3fBIF0hoDMliH/32cwIcnRgyrTSTJusefTgmOYPCtfzJGvpwVX/b59XZcXB37/bcE8P/MsATNJXE8ay7JeaG5RI0uNcfaWsiigayrShyneYeDVcYUbKB1WfC85CxJc8X1wQRGfedY+i9dnVTRjHCS8wLhREaeIJzydElBuGR5cRXj3cjNuaWPw+jmzqhfrTbPiX1KrWfs0950Z+wTuVpgn4RqV19H9e4ZlRsf3tZ+x8j2k8DnTnzvzjnEbmv6w7D0x+oXSX7GvbfWfRhG+4ns/wWgjShx	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 25, "upstream": {}, "resource": {"resource_id": "RES-711386", "resource_type": "Router", "serial_number": "SN6701795557", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.043228+00	2026-12-06 07:23:23.116853+00	2026-12-06 07:23:23.116857+00	2	\N	4
22	6	plan_product_order	3	completed	z1:eJztVm1v2zYQ/isBP4cOKeqF8rek67AMwVYg3fqhKASKPLlCZdKl6HRZkP++o2wlzpqk7AYUw1DAMKTjiXf33HMPeUOMCoosb8gI/qq3qwb+0O+VXQFZkosffqGXv/72+idyTDysemej0VmDD8dk43vn+3CNNuv8Wg1oGwfV6EGNIxpb7+yfEI1bfwXXjQUwYMgy+C0cE+cN+KbHd3FMlNZua8P0mh2TPsC6GeEjWfK4FnaBlTFxsw1ofPmxbz0cndsA3kI4euWd2eqA61atY+pn27G3MI5HDx2ntCfXxkOHfmjAcj0GAd+PoddjxKJV1nzqTXhPlgVjGDQoXGr6DVl2ahgx/RFzbDZuDNqZGO/yDT894qencT9nQ9ywwS3XWE9++6y7B731HpFHMy/qBWNodBaa0E+VZAXb2Yxbq94298BliM52MwYPah2zPtU6VnyBhd81VB8+Tl+Ry99fUCFlLTMyIY/fYGo+4NIKKDvJToTElX7TIOIepl5ytshEtiiKBZc52QGyjQuxO1dAbrHG81dHL5y1EC0TLZ5PIS9wR/l4CphE/kgKlVwgQFywRzPAFNp+GCYkb+bHZuLSFPTs/IJWvCxywclnlNuz4lnmJHfqMXS08x4GFbkcKYYWHBPkiBo/oCOINs8q2dFcioLmJeO0loWgJat5VVaKtXU2TdKE1TxD2q03A4T7oYq7TQTmwije1YzKvOQ0Zwb34zyjtSi6rGMaFM+i3wRMkjNCpDxYRMhuhyFOTT9ga3Aw35KSVUUrhKK81jXN0Z/KMmeUQalrLUULoiDv9hVHcKCZNYZXNXaESyYWWc0K/O3gw6Uy3xXU7Ef+Migf2xB8v1qBj1Xvh7GfeqSGZq9lCO53Vfuuav8PVYtkhmHmdbjewJ4Mr6N0oClp+uZZT3K+n/VUbThUAyNbUDoT1DCDIYpW0ZZ3nKpMmxyMEblsk9QAhe9JMRiTxYDAFZbSdL2fx/ReHg6wRc6hEcY7K+yl+u27x2FPKnOGPcn5APbENh3C3oHsVCEqWpSQ07zCv1ZXFeUchDSy00JnX4ZdcFlU5ZOwT7SMn84nbVIH9G6AnEd5+riFMTwwRlHd7XYyb7+DQq0n2foHJ/Xf1DVRjHaz9hwz/ssXjATKJlFkpmyS8wFlEyn+4N6AspsVXUFLySoUF9FhCCVoVnVdDTnUIFkSZStWyic5C9Z85a3h38hCUk13apzifIBxYk8OMU66WaZgLFnx9N1sMyjbzHeQ6SxfvLTmZ9fbbwh9Uqkz9Ik37ntFTmvVAfRJoBbV02fcy29IXLR5577ixB+3LfY73nHmGO1mbZvpsB131R8EOcO1N85/6Ab3idz+BZW9HGI=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 21, "upstream": {"Access Line": {"service": {"service_id": "SVC-388982", "access_port": "ge-0/2/38", "ip_address": "10.232.55.184", "status": "active"}}, "IP Connectivity": {"service": {"service_id": "SVC-452328", "access_port": "ge-0/0/24", "ip_address": "10.78.59.130", "status": "active"}}}, "billing": {"billing_item_id": "BIL-7165431", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}			\N	\N	2026-12-06 07:23:23.296778+00	2026-12-06 07:23:23.31939+00	2026-12-06 07:23:23.319395+00	2	\N	0
17	4	plan_field_visit	3	waiting	{"data":{},"correlations":{},"last_task":"c6423369-0121-4b60-9a7d-212017e2286b","success":true,"completed":false,"tasks":{"69a06ca8-6f8e-4f0a-9764-47bb4dc66974":{"id":"69a06ca8-6f8e-4f0a-9764-47bb4dc66974","parent":null,"children":["fc4ea5ea-15ba-43a0-a872-a8204d5e8e70"],"last_state_change":1796541803.1287222,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":3,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"SW1A 1AA","recurring":"0.00","one_time":"195.00","domain_order_id":29,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-653493","resource_type":"Technician Slot","serial_number":"SN8039361624","status":"reserved"}}}},"delta":{},"typename":"Task"},"fc4ea5ea-15ba-43a0-a872-a8204d5e8e70":{"id":"fc4ea5ea-15ba-43a0-a872-a8204d5e8e70","parent":"69a06ca8-6f8e-4f0a-9764-47bb4dc66974","children":["1de20434-ebf5-4f25-9a65-54db9a978818"],"last_state_change":1796541803.1289136,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1de20434-ebf5-4f25-9a65-54db9a978818":{"id":"1de20434-ebf5-4f25-9a65-54db9a978818","parent":"fc4ea5ea-15ba-43a0-a872-a8204d5e8e70","children":["10067ee5-f8b7-44d2-89c2-b75228e4c87d"],"last_state_change":1796541803.129402,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"10067ee5-f8b7-44d2-89c2-b75228e4c87d":{"id":"10067ee5-f8b7-44d2-89c2-b75228e4c87d","parent":"1de20434-ebf5-4f25-9a65-54db9a978818","children":["6b1aac2a-5f85-4e7c-97d8-0f6c0cd844af","c73c90ec-d9cd-4cad-9f24-0eefbe4fe02b"],"last_state_change":1796541803.129535,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"6b1aac2a-5f85-4e7c-97d8-0f6c0cd844af":{"id":"6b1aac2a-5f85-4e7c-97d8-0f6c0cd844af","parent":"10067ee5-f8b7-44d2-89c2-b75228e4c87d","children":["a80d9039-8a40-49f0-9ab4-11668d38ffde","185ba090-5409-47db-9d74-cd3e5195130c"],"last_state_change":1796541803.1729703,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"c73c90ec-d9cd-4cad-9f24-0eefbe4fe02b":{"id":"c73c90ec-d9cd-4cad-9f24-0eefbe4fe02b","parent":"10067ee5-f8b7-44d2-89c2-b75228e4c87d","children":[],"last_state_change":1796541803.1730714,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a80d9039-8a40-49f0-9ab4-11668d38ffde":{"id":"a80d9039-8a40-49f0-9ab4-11668d38ffde","parent":"6b1aac2a-5f85-4e7c-97d8-0f6c0cd844af","children":[],"last_state_change":1796541803.1733778,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"185ba090-5409-47db-9d74-cd3e5195130c":{"id":"185ba090-5409-47db-9d74-cd3e5195130c","parent":"6b1aac2a-5f85-4e7c-97d8-0f6c0cd844af","children":["4e059118-4abd-4338-af0f-33df6497fcb2"],"last_state_change":1796541803.1735597,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4e059118-4abd-4338-af0f-33df6497fcb2":{"id":"4e059118-4abd-4338-af0f-33df6497fcb2","parent":"185ba090-5409-47db-9d74-cd3e5195130c","children":["c6423369-0121-4b60-9a7d-212017e2286b"],"last_state_change":1796541803.2093067,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":3,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[18,20,23,26]}},"deletions":[]},"typename":"Task"},"c6423369-0121-4b60-9a7d-212017e2286b":{"id":"c6423369-0121-4b60-9a7d-212017e2286b","parent":"4e059118-4abd-4338-af0f-33df6497fcb2","children":["783c8c2d-7632-4970-b5a2-2623df4bb857"],"last_state_change":1796541803.2541432,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"SW1A 1AA","work":"Install ONT","order_id":3}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-943248","engineer":"Sam Patel","date":"2026-12-12","slot":"08:00-12:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"783c8c2d-7632-4970-b5a2-2623df4bb857":{"id":"783c8c2d-7632-4970-b5a2-2623df4bb857","parent":"c6423369-0121-4b60-9a7d-212017e2286b","children":["95d56b51-3cc8-4e08-bcd7-429b29638756"],"last_state_change":1796541803.2542243,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"95d56b51-3cc8-4e08-bcd7-429b29638756":{"id":"95d56b51-3cc8-4e08-bcd7-429b29638756","parent":"783c8c2d-7632-4970-b5a2-2623df4bb857","children":["bd33b869-ca62-4bc0-8ef7-ba1671ac294a"],"last_state_change":1796541803.1735146,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"bd33b869-ca62-4bc0-8ef7-ba1671ac294a":{"id":"bd33b869-ca62-4bc0-8ef7-ba1671ac294a","parent":"95d56b51-3cc8-4e08-bcd7-429b29638756","children":["b2a9ea5b-b6de-4f46-bf33-c86cef6d2dfd"],"last_state_change":1796541803.1735325,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b2a9ea5b-b6de-4f46-bf33-c86cef6d2dfd":{"id":"b2a9ea5b-b6de-4f46-bf33-c86cef6d2dfd","parent":"bd33b869-ca62-4bc0-8ef7-ba1671ac294a","children":[],"last_state_change":1796541803.1735487,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"69a06ca8-6f8e-4f0a-9764-47bb4dc66974","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-653493", "resource_type": "Technician Slot", "serial_number": "SN8039361624", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [18, 20, 23, 26]}, "visit": {"visit_id": "FSV-943248", "engineer": "Sam Patel", "date": "2026-12-12", "slot": "08:00-12:00", "status": "scheduled"}}			\N	\N	2026-12-06 07:23:23.133184+00	2026-12-06 07:23:23.256139+00	\N	4	\N	\N
21	9	plan_service_order	3	completed	z1:eJztVkuP2zYQ/isLnU2vKFGvvW3SBYqiTYM4bQ5BIFDkyBUikw5JbboN/N871GOtBnHCoMCecjI1HM/jm29m+CmS3PHo5lNkwdx3al/D3+IvrvYQ3US//vSC7H7/4/XP0SYysO+08kKtJB420dF02nTuAWVKmwPvUWZ7XoueW4vCxmj1D3jhYO7hoVYAEmR048wAm0gbCabu8DvdRFwIPSg3fiabqHNwqC18mO/c5JhL6Y0dQeDH85d3Vy+Nvu8sXmLYeKP4wQf9G1d8D/LqlR4cmDFOLQfhagMtXqMA8zNoFUxnXSesT/5j13ZTZCd0gf7ro7ZOaOkt7t7Q2yt6ezuiIAZjvL+biGbbOEaZVlC7bvTNZpHUB96p+pxjkj/CYMAOvUNlA1w+oPJwtA7PBx/HHDSeUE0PRsD6PJqKXt3tSEFpWuZjQPOVezj6CB6zxnJ2vK/VcGi8wWj3Ii9iWlRZlhX+2nE32DEKX3isy+l02kwkmJzOx8nn7s/nJE+ztEyisVpgLSJkfBp7IPF1cu2D6Y41FgktesM03tI02TK6pSVbe/QFvYfIuxPaGOi5L7AvA0qQO6523L5HxargEuKsJU0MKWF5WZJGFiVJuayaRjSUiTGVYYxnIZbQh2MP7sw0b20ssiyypCggIZxKRpjEU5nxnLAKsjRtKE8g9XpjxkHKSC5uQCEMauh7z6yux/yRrW8jSFNZsiIncQuSMJYWpGEVJTwuk4RKiolV0bs5Yw8O1EvjYZnyjNEyTre0qrKSTujhTc6mfOq5DXaOYxFQZrr9HoxPuuW9xaw7hTxQyIC5vxHbH53+o9PnTvdsgH4hhrc4Y/ratx6Kgti79EqQ8rlXQntr3U2iFCXntCWQVy1hwFPCQTCSFzyt2hYyKcqgbsqr7GI32eBuiuAeU6nbziw8P/fXClusOArBPkphHnVv330Z9qA0F9iDlFewB5ZpDTuleQFFkqBiUxCWxS2pEkkJaxIQTdpUFW6Eb8KeZDFj7CLs40Lwf122T1AFhFYKhNMG++zDANb9R4hmj6uhcb34mPDgB7tacV8eMp9Po8uj4hvz9OtDaOrFrzHnqZdyAE2DaLHQNEh5RdNAWq9pKmkj07SsSCwpGm5ZQcq0zAgXLGdJS9OqaoNomuP5Ik9Bye9ctf9nFATl9PhaCVFeYRxYkzXGQa+xEIzx5yLEx56rZQxMS3V7p+QvulNPiHxQpgvygY/U8+4Lq9QK+SBMq+Qyb++ekLcoM1p/x5K3Q4OD2s+uxUdzPKh63K92yn7l5BnevdHmfdvrj9HpX2c6nco=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 26, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-711386", "resource_type": "Router", "serial_number": "SN6701795557", "status": "reserved"}}}, "service": {"service_id": "SVC-635382", "access_port": "ge-0/2/6", "ip_address": "10.132.41.184", "status": "active"}}			\N	\N	2026-12-06 07:23:23.20179+00	2026-12-06 07:23:23.252245+00	2026-12-06 07:23:23.252253+00	2	\N	3
26	7	plan_resource_order	4	completed	z1:eJztVttu3DYQ/RWDz6YrUdRtHwO4QPuQAnWKAg4CgSJHG8JackNSdl1j/73D1V7kotswKJAgQN/E4Wg458wZDl+IEkGQ1Qvx4B61WXfwh/wozBrIipBr4mCtrcHv38yDsU8GTVunrdPhGY3Guo0Y0eZH0clReI/G3lnzJ0Tj5B7huTMAChRZBTfBNbFOges0rvk1EVLayYT9kl0THWDTefhEVnncC/PJQqkYbAsSF7+8fYcLIzYxvzeT1wa8v/pR9w6ufjIBnIGwz9GqSYbOwTDjQEwOI4LTPmjpI+BeGPWkVfhIVmWW4QlB4Fant2Q1iNFjrh4T6rbWB2lVPO/+Pr/K7+9jOGtCjNdhxA3mznf/5u1ATs4huWjNy/Ymy9BoDXRB73GwMpttym6ENt2ZowKJmLY+OBB4zMsuxvJ2chIiguP33pX8entHW86qipOzWxeet3DiDWusxdiZadODQ+vd26ZhRc7qOq/JzMAUS4h/oxqwaLtdxOocjCJWw885YKERufAP6Dq0Cg8tW5r3laK8Yg0VPW8pDDIrBtYOg2j3WpASojxmFUi72Y4QzrKI0fZVYbIt64IpWjAmKRdZTpu+KGiG9j4bemiavVz3kJOcUQ3CgQlkZaZxjFLQo0IDWb0nTDQDZshoX7EWs6/xqy6Alg1UjRrqthYF+XBAHOmB7tgded1WJc+brLjhZVO17cwf7lR8xtMdNHsXhIuiDE6v1+Ai6IPA9F6xWJFDEyK3/7fjd9SOsV4wHksXW+1AxbvYHGhK0tdJzSnOZzWnqn+p96wXvGeqpCyXjHKG3r2qGC2yvh0kHxjPhiS9N2VTXBS8TxY8gUfE0g3aHSV5boEFuUg6GsGfrHC4jd5/+Gfek3AeeU9yXvKeVqcl71U/5KLkA5Vlg7ek4A1t2jKjFc+KvKoF5237ed5LVtRFVV/k/XBtd6cZkVQCbB4DMliH/32awIdXRgyrTSySdc8/HA6YyRAb/2oIvZo0f78uLjbj4gLa7T5X/G8w/RLEllTco9iSnBdiSxTnUmxQM8FVmdOyLSvKM8Zpq1ROe1Y0NRtklRciSWxNVTQXxQZGfeFM+y8NnYTpyHGS84LjxJosOU569qRw3FZ5eZHj7SjMqZvnOXRza9TPVpuvyH0S1iP3ie/BE/eJtVpwn8Aqz3LOLrJ6+xWVG1/s1n7BtPZTj6+l+FY+ntFvN6bbz0k/o18c8gb3frfuYRjtE9n9Ba0cS6M=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 31, "upstream": {}, "resource": {"resource_id": "RES-942664", "resource_type": "ONT", "serial_number": "SN8823127717", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.470776+00	2026-12-06 07:23:23.524503+00	2026-12-06 07:23:23.524508+00	2	\N	0
23	6	plan_product_order	3	completed	z1:eJztlttu3DYQhl/F4PXSpqiz7+w0QFMEbQCnzUUQCDyMtoK1pEJJ27qG370jauWVm2xCI0BQoL2SNByRnG/+4fCeaDEIcnlPenD7xmwr+FP9LswWyCV5/cPP9OaXX9/+SDbEwbaxZjJao/FlQzrXWNcMd2gz1u1Ei7a+FZVqRd+jUTpr/oLJOLo93FUGQIMml4MbYUOs0+CqBr/jDRFK2dEM/pNvSDPArurho/8QapgXFlpPk3Wg8ONmEEOjzl69OXvjrB7VgENG7ODJ0HVr1a3fqXepHNQ4jgaM0OG84JoeXXGz9w84My5bdbYflNV+nnfR1Vl0deWDV6NzSAfNETtnDG3WQDU0fkWeziZtd6Ix1TE0nmzI2PWDA7GbGOOeXlhjAEPae3IH7ApWr/5PcvPbC5oVeVRmxPOBvsfNuQGHtkDZBbvgBY40XYVcHHjiuDX0P+dJgc9ptEcU4zQyQdwDeXjAOGXTtj6U++W18sD9stevXtOoTDnjnHySlwPHzzIORPTpjjAb1jloxZTmQypQQUM1iP4WHRlIxjNW0xJ4TJMkSqhMZEEjDTmaQZRzqKNntMhL2V3XwnDU2zRb72NWPEpEJKmGlNNEM0YLKWPKS1EwXaQsrfnk53EEOSMY4cAgFzO27aSupsWUoGbfE5ZmhUhZQVUNiiZxIamMak11yVjN4kRDrciHQ8QTHKiW8ovyMkuTqGDxOS+RQJnP+HAoS+aAqmM1uKkCBtdst+CmqGvR9hh2Y1DlRrTVocwR7v8F/58q+Cnj0C7JH+46OGB7O9UXmoIkuhREkPOxIEILaF0yccbzUuDsqchKmhQyo6KUNY2jos4zyWoZJ0Elk6fx6ZLpg0uGwB5jqerGLWI+FtEKLuYdjdA/WuFwoL3/8HnuQXEu3IOcV9wD87TmDozrMtcx1TwtaCLwTXIAqgTTdc0lx/++zj1GIZb8JHavy+nXpQsFZUDNNWQdVvTHEfrhiXGS2TzbxTL9jELs/In/jC72j7Mn6BiYS+xLevj3tdwAeQbJYZFnkPNKnoFyXstTF0musjSlKioZxWtATouilDSOdcZUWmaJYEHyLAuWnNQnGP3MPvotR0BQTAvjIOcV48CcPLmthNy1vs6YM5bF2UnGXStMtbRo3zvPXxr9k23Md0QfFOpj1wu7gz6iD0zVCn0I1CiK4pNQX35H4aLNWfuM9t6PEvM9XWmWNWS3M5VvrP0c/WqRaxx7Z91t3do/yMPfuVOJWg==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 24, "upstream": {"IP Connectivity": {"service": {"service_id": "SVC-687196", "access_port": "ge-0/0/28", "ip_address": "10.196.248.198", "status": "active"}}}, "billing": {"billing_item_id": "BIL-1952022", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}			\N	\N	2026-12-06 07:23:23.296782+00	2026-12-06 07:23:23.320591+00	2026-12-06 07:23:23.320596+00	2	\N	1
24	6	plan_product_order	3	completed	z1:eJztlt9v2zYQx/+VgM+mI5HUD+ct7QJsQ7cVS7c+FIVAkSePqEy6FOUuK/K/7yhLtbs0HYsBxYDtTbqjeLzPfY+n90TLIMnVezKAPxi7beB39Zu0WyBX5Nk3P9Lbn3558S1ZEQ9b42w0OqvxYUX23jhvwh3arPM72aNt6GWjejkMaGy9s39ANI7+AHeNBdCgyVXwI6yI8xp8Y/Cdr4hUyo02TK9sRUyAXTPA29kXjoGl1nGzPSh8+UFauQV98bMbA/iL597pUQX0W7mDB/7ptNOKxkOHbjRglh73Bm+GYNQQEbwznTme7x4D4SmavRuCcjruePsyv77Ir68nFmr0HmGhOS/WWYY2Z6EJZootZpN2O2lsc8qUVSsy7ofgQe5ivKfPb+LJD2bADKft5jIoOHucPiW3vz6lJS94zcjEC4YBT+cDurZAs0t2WaLD7BvE5GEqQJ6tc87WIl/ntYjoggxjdESkByD395hma/p+Dj0/NhP+KeiT755RxpkoioI8qNJM9FOwEwE9PBCWxXkPvYw1jzVBC8opNEEOb3Bh1tU5V4rTLtMZFTzLaL3pJGVQ1dWmLOs8U5PiJkCL1pTb7XsIJ/HF3aaK16oECZWgUGlGRS5zKjtdUOCQVUqyOuMqrptoJC1GLtKDRSx27PsoM9NjQVDArwjL6kIWgtGylRUVqi5p24GgXV4XhapZXWpOXs8ZRzjQLL2YY3aFyDHEmm1EKTb5ER+6SnFMqJlb4zZIHzsheLPdgo9Zd7IfMG1jsTxW9s3c8wj3/+7/D3d/rD/0ixTC3R5mfi9it6EpSbBLeyQtPrVHajudN1C1kfkmY4IyqQQVolS05bzF7zJR8aJUhaqSGqjaFPWjDTQkNxCBA+bSdMYv0j611BlcLDsaYfhghfl6e/X609yT8ly4Jy0+455Yp3Pund6USomcsrLgVEAlaS0LTSUr8dKttMpb+ffcOcvz4jPcJ2HGb5eZlFQC5awFFZzH5n47whA+Msab6Ljb5bL9kYXcTU2fPtP+chMl3QLHFvucHv518zdBnUlqWNSZtPhMnYlq/misQs2ruhW00gI/KaqSblpR0kqAqDXP6qqqk9TJCva4OsHqLxyq/+QGSMrpw82bsviMcWJNzhkn/XilMOa8eBTxvpe2WUb1NDjXN1Z/74z9iuSTMl3IJ/6Pnu7etEqdkU9iips+CvXmK+oWbd65Lxjuw9hivePvzBKj3e9sM43V4Zj9WZAn6Hvp/Juud+/I/Z/6E49L	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 27, "upstream": {"CPE Provisioning": {"service": {"service_id": "SVC-635382", "access_port": "ge-0/2/6", "ip_address": "10.132.41.184", "status": "active"}}}, "billing": {"billing_item_id": "BIL-2324555", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}			\N	\N	2026-12-06 07:23:23.296784+00	2026-12-06 07:23:23.321847+00	2026-12-06 07:23:23.321852+00	2	\N	2
27	7	plan_resource_order	4	completed	z1:eJztVttu3DYQ/RWDz6ZLSdRt3xrABdqHoqhbFHAQCBQ52hDWkhuSsusa++8dSntzmm0YFEhRoG/ScDTDc+bMjF6IEkGQ1Qvx4B61WXfwu3wvzBrIipBr4mCtrcHnX82DsU8GTVunrdPhGY3Guo0Y0eZH0clReI/G3lnzB0Tj5B7huTMAChRZBTfBNbFOges0vvNrIqS0kwnza35NdIBN5+EDWWXxLCyZhVIx2BYkvnwrJXh/9ZN1AY1GbOI930xem2j+TvcOrr43AZyBMN/VqkmGzsGw4EFsDiOD0z5o6SPwXhj1pFV4T1YlY5gpCDzq9JasBjF6vLPHi3Vb64O0Kua7v8+usvv7GM6aEON1GHGDGPju77wdyMk5JBmtWdneMIZGa6ALesaRl2yxKbsR2nQnrgpkZ9r64EBgmpddjOXt5CREBIfn2ZX8fHtHm7ytWUtObl143sJf+MOaazF2Ztr04PD07scqz6uCt7ypyMLEFEuKUVAdWMTdLmJ2DkYRq+OXu2DhkQHhH9C15dAzUVe0gqymXBSSNkqWVOW9xNil4mIOPc0XOahC2s12hHCSSYw2VydjMh+YrChjVUF5XwvaM55TqGuAvinzArLoN0NPckZVCAcmkJWZxjFKQo8KDWT1luAXLGeipUNWMMpbULSFeqC5yIci62tQWU/e7RFHeqA7dEtWt1XJs4YVN7xiHNMuBOJRxRdA3V7Ed0HM9Aen12twEfVeaXqWLpZk35VI7v/9+R/sz1g3GA8ljL23p+KX2CVoShLaQdZJzidZp7bBufBbKMseOMdmLSvK2VBSIRhQWcmqKbJalEOdJvymvqh7n6x7Ao8IpRu0Oyjz1Aln3CLnaAR/tMJ+Kr1992nak2AeaE9yPqM9sUzntMuibpq6ZLQSkGOKitGmHBgtC17DkFcNjvHP017mZZazy7zvx3d33BlJJcDeMSCDdfjdhwl8eGXEsNrEIln3/M0+wUKG2PhXS+mTm+fj6XGxJ8/m0W73ORH8i1sxQXxJxT6IL8n5THyJYn217IaizTLVUyh5QzkXA+2rJqetygbIVV/gQ5L48qxqLooPjPrCVfdPGjwJ03GupjifcZxYk1dzNeV3KIXjoqzLixxvR2GO3b2spZtbo36w2nxF7pOwHodr2n/iabim1eqM+xRWeZ5dJPX2Kwo3/tBb+wW72089/jvFqXXI0W83ppvXpl/AnyV5g2e/WfcwjPaJ7P4EG8xeaw==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 32, "upstream": {}, "resource": {"resource_id": "RES-829709", "resource_type": "Access Port", "serial_number": "SN6226349486", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.470784+00	2026-12-06 07:23:23.525878+00	2026-12-06 07:23:23.525883+00	2	\N	1
28	7	plan_resource_order	4	completed	z1:eJztVttu3DYQ/RWDzytXlEhd9q0BXCB9KIq6RQEHgcDL7IawltyQlF3X2H/vcC9epc02DAIkKNA3cTia4TlzhsNnokUUZPlMAvgHY9cD/KHeCbsGsiRkQTysjbP4/Zu9t+7RomnrjfMmPqHROr8RI9rCKAY1ihDQKL2zf0IyTv4BngYLoEGTZfQTLIjzGvxgcM0WRCjlJhv3y2pBTITNEOA9WdK0Fw+ZhdYp2BYULl7//MCuvtfaA+ZaECs26aCvpmAsWq5+MNLD1WsbwVuI+8M6Pak4eFgdACE4j6HBmxCNCgm5FFY/Gh3fkSUvS0wVBW4NZkuWKzEGPHTAkw1bF6JyOuW7u6NX9O4uhXM2pngDRtwgCLb7N28PavIeWUYr5f11WaLRWRii2eOoeHmwabcRxg5nsmpka9qG6EFgmuddihXc5BUkBKfvvSv55ea26Luuantydhvi0xb+SSBW3YhxsNNGgsft25/akrctb+qSkwMVUyoquqM+sIy7XQLtPYwi1SccDoOlRwpEuEfXVddyoVhfgO5pwTTVRc/7rqilqGUvZctkv1eHUukMR10ot9mOEM9CSdH25eF1C1K3XdHrjhdMNbzo2UoUFYeya0ouuFbJb489yxllITzYSJZ2GsekCTMiISi2N6RqBSgGsmCibQrW4r8dUFW0tAHJGJMl6vDtEXGiB4ZTv9C2bzijXVlfs4ayvqoPBOJWww6AhqOMb6PwSZ7Rm/UafEJ9lJrZaxdLcuxLJPf/Dv0vdmgqHIynGqbuO1Lxa2oTNGUp7aTrLOezrnP7YK78hgnaNrQsqFZ1wTrZFaKVtAAKsuo50L7SWcrneIVcVH7IVj6BB8QyrIw/afPcCzNykXQ0QnixwvFeevP247xn4TzxnuU84z2zTnPe63JFJfC+SPduwcqmwV/KumjoSja1blXJyk/zzqumxjv/Iu/HC3x4GRtZJcDmsaCi8/jf+wlC/MCIYY1NRXL+6btjggMZYhM+mEsfHz5/v0AuduXsStrtPqWCbzkZM+SXVe6T/LKcZ/LLlOtcflK0dcOYLioqUbY9ekuoWlSsbjnrsZ+rjIGH8uOUsovyA6s/c9x9SYtnYTpxnOU84zizJnOOs55EWRz3/WWOt6OwL/19mEzXN1b/6Iz9itxnYT1xn/lWfOE+s1Yz7nNYbVh3eWDdfEXlpme9c58xv8Mk8f2U3tGnHHK7scN+coYD+lmSV7j3u/P3q9E9kt1fMpdeTw==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 34, "upstream": {}, "resource": {"resource_id": "RES-988279", "resource_type": "IPv4 Address", "serial_number": "SN7057756305", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.470786+00	2026-12-06 07:23:23.527086+00	2026-12-06 07:23:23.52709+00	2	\N	2
25	2	customer_order	4	running	{"data":{},"correlations":{},"last_task":"f3e9414b-2d84-4c5a-b521-fe0ab697d888","success":true,"completed":false,"tasks":{"6339060e-0c02-4a87-8d47-3b49fb7a73b7":{"id":"6339060e-0c02-4a87-8d47-3b49fb7a73b7","parent":null,"children":["7e81ac2e-5b83-41ec-8e39-e2568c083fd4"],"last_state_change":1796541803.365721,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":4,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"ZZ1 1ZZ","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"7e81ac2e-5b83-41ec-8e39-e2568c083fd4":{"id":"7e81ac2e-5b83-41ec-8e39-e2568c083fd4","parent":"6339060e-0c02-4a87-8d47-3b49fb7a73b7","children":["8dd7076e-27d2-4cb1-8ad6-eefa27e3cd83"],"last_state_change":1796541803.3658335,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8dd7076e-27d2-4cb1-8ad6-eefa27e3cd83":{"id":"8dd7076e-27d2-4cb1-8ad6-eefa27e3cd83","parent":"7e81ac2e-5b83-41ec-8e39-e2568c083fd4","children":["28502881-e30a-4e48-844e-d0d1d188752e"],"last_state_change":1796541803.3661296,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"ZZ1 1ZZ"}],"matched_rules":[{"index":5,"rule_id":"site_other","outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true}}],"defaulted":false,"outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"deletions":[]},"typename":"Task"},"28502881-e30a-4e48-844e-d0d1d188752e":{"id":"28502881-e30a-4e48-844e-d0d1d188752e","parent":"8dd7076e-27d2-4cb1-8ad6-eefa27e3cd83","children":["eefc2547-ec9c-4490-9743-1d063375a85c"],"last_state_change":1796541803.366334,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"eefc2547-ec9c-4490-9743-1d063375a85c":{"id":"eefc2547-ec9c-4490-9743-1d063375a85c","parent":"28502881-e30a-4e48-844e-d0d1d188752e","children":["e991801c-f6ac-4ddb-9f3e-de4f20e392f6"],"last_state_change":1796541803.3762114,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":4,"values":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"e991801c-f6ac-4ddb-9f3e-de4f20e392f6":{"id":"e991801c-f6ac-4ddb-9f3e-de4f20e392f6","parent":"eefc2547-ec9c-4490-9743-1d063375a85c","children":["da4bda39-a55e-4876-9c45-0dadb58078f5"],"last_state_change":1796541803.3765948,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"da4bda39-a55e-4876-9c45-0dadb58078f5":{"id":"da4bda39-a55e-4876-9c45-0dadb58078f5","parent":"e991801c-f6ac-4ddb-9f3e-de4f20e392f6","children":["741a1329-c5bf-45a3-970c-1b81585b1852"],"last_state_change":1796541803.4119887,"state":64,"task_spec":"technical_details","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"serving_exchange":"LAB-1","site_notes":null},"deletions":[]},"typename":"Task"},"741a1329-c5bf-45a3-970c-1b81585b1852":{"id":"741a1329-c5bf-45a3-970c-1b81585b1852","parent":"da4bda39-a55e-4876-9c45-0dadb58078f5","children":["57c87bee-94fc-4b24-a8c6-328fc189a840"],"last_state_change":1796541803.412209,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"57c87bee-94fc-4b24-a8c6-328fc189a840":{"id":"57c87bee-94fc-4b24-a8c6-328fc189a840","parent":"741a1329-c5bf-45a3-970c-1b81585b1852","children":["dedefee1-3ad1-4451-be79-29ba4b9bb114"],"last_state_change":1796541803.4124327,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"dedefee1-3ad1-4451-be79-29ba4b9bb114":{"id":"dedefee1-3ad1-4451-be79-29ba4b9bb114","parent":"57c87bee-94fc-4b24-a8c6-328fc189a840","children":["9bef647a-97d6-4b84-99d6-2efbdc1de85e"],"last_state_change":1796541803.4125645,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9bef647a-97d6-4b84-99d6-2efbdc1de85e":{"id":"9bef647a-97d6-4b84-99d6-2efbdc1de85e","parent":"dedefee1-3ad1-4451-be79-29ba4b9bb114","children":["09974906-56ca-402f-8e16-bc7de2d3704f"],"last_state_change":1796541803.4377491,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null},"deletions":[]},"typename":"Task"},"09974906-56ca-402f-8e16-bc7de2d3704f":{"id":"09974906-56ca-402f-8e16-bc7de2d3704f","parent":"9bef647a-97d6-4b84-99d6-2efbdc1de85e","children":["f3e9414b-2d84-4c5a-b521-fe0ab697d888"],"last_state_change":1796541803.4381108,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f3e9414b-2d84-4c5a-b521-fe0ab697d888":{"id":"f3e9414b-2d84-4c5a-b521-fe0ab697d888","parent":"09974906-56ca-402f-8e16-bc7de2d3704f","children":["d620e7c1-227f-4872-b34d-4288cf0ec4ee"],"last_state_change":1796541803.4824173,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":4,"facts":{"serving_exchange":"LAB-1","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":4,"domain_orders":[{"id":31,"type":"resource","spec":"ONT","state":"inProgress"},{"id":32,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":33,"type":"service","spec":"Access Line","state":"pending"},{"id":34,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":35,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":36,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":37,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":38,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":39,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":40,"type":"resource","spec":"Router","state":"inProgress"},{"id":41,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":42,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":43,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":44,"type":"service","spec":"Field Visit","state":"waiting"},{"id":45,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"d620e7c1-227f-4872-b34d-4288cf0ec4ee":{"id":"d620e7c1-227f-4872-b34d-4288cf0ec4ee","parent":"f3e9414b-2d84-4c5a-b521-fe0ab697d888","children":["97c938ec-f1a1-422c-a17f-562208e7acd8"],"last_state_change":1796541803.4829383,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":4}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"97c938ec-f1a1-422c-a17f-562208e7acd8":{"id":"97c938ec-f1a1-422c-a17f-562208e7acd8","parent":"d620e7c1-227f-4872-b34d-4288cf0ec4ee","children":["3b54946a-4b9e-4d90-8bc1-f5361c15c4fc"],"last_state_change":1796541803.4380682,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","site_notes","decomposition"]},"typename":"Task"},"3b54946a-4b9e-4d90-8bc1-f5361c15c4fc":{"id":"3b54946a-4b9e-4d90-8bc1-f5361c15c4fc","parent":"97c938ec-f1a1-422c-a17f-562208e7acd8","children":["d6e51828-d6a4-461a-a79b-6daf70157b4f"],"last_state_change":1796541803.4380805,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d6e51828-d6a4-461a-a79b-6daf70157b4f":{"id":"d6e51828-d6a4-461a-a79b-6daf70157b4f","parent":"3b54946a-4b9e-4d90-8bc1-f5361c15c4fc","children":["135052de-65ac-4f02-82d4-6b5b3ef44920"],"last_state_change":1796541803.4380918,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"135052de-65ac-4f02-82d4-6b5b3ef44920":{"id":"135052de-65ac-4f02-82d4-6b5b3ef44920","parent":"d6e51828-d6a4-461a-a79b-6daf70157b4f","children":[],"last_state_change":1796541803.4381022,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"6339060e-0c02-4a87-8d47-3b49fb7a73b7","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "ZZ1 1ZZ", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "decomposition": {"order_id": 4, "domain_orders": [{"id": 31, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 32, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 33, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 34, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 35, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 36, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 37, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 38, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 39, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 40, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 41, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 42, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 43, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 44, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 45, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 07:23:23.368035+00	2026-12-06 07:23:23.484934+00	\N	5	\N	\N
29	7	plan_resource_order	4	completed	z1:eJztVkuP1DgQ/isjn9tD4rz7iDQHOCC0LEIahCLHLvdGk9jBcQaGUf93yp1OdwbRwggBl73FZafs71EuPxLJHSfbRzKCvW/1robP4j+ud0C2hGyIhV1rNH6/1XfafNIYGmxrbOseMKiN7XmHsbHjtej4OGKwsUZ/AR+c7D081BpAgiRbZyfYEGMl2LrFcbohXAgzaXcYsg1pHfT1CB8PAy7cvDOX0icbQODgxev79Op5Z8QdxjTv/THfOO5acfXi9WlisEZOwtUW1AwDIVlMCLYdcSme8nGPKXG/ejCjE0b6PLe38VV8e3tALSZrkQ2MxtF1FGHMaKhde9iQZXNImp63uj5DSooNmYbRWeD9vIeF0UxWgGd4+T4sJf/cvKFZmqd5RM7LavcwwLcwUZmWd7We+gasx/uqzMosz5Mqqfw0wp888ZgENUSq97ixMNZCxz2HR7goj6sdH++8RjwqZJkUtIgaTtMojmgTC6CsKhuZx5FSxSH1JAR4UWfthOmHDtxZTJ/NZydVqZJSZIzGqgCalqKhVcMl5XmSAjABuVfikRyQBy1GEbkF7chWT13nFWw7iQGyfU94AlkTx4oqSDABk4yWjCU0rVicRIqJXMbkwxGxpwfqxdNxUeVZGpdRcp3mrMiSbCYQp/J0BlQfrYa2sg7P4Wy724H1qBXvRoTdanSSRkmOtYPk/l9Fv6+KPL3QLUz7Cjke+V9vZgwF+WFxX9Dis/tC3br2Z9FAE2Uqo7kQOf7CFS1LmVDOEoFVlpU8SoL8WSYX3TkGu5PAPSKpVWsX/5z9uqIWKccgjKcoHO+O9x++z3oQyoX1oMUr1gNVWrMODSskRJxWRRrRFKSgZaIkhQYgwns2q1T5Y9YzvBTyqrzI+/GSrU8Xe5AEwmgNwhmL/32cYHRPgpi21V4kYx+eHTeYyeD9+KRzfK89fFviF+txdWns9z/ywN/rXAHWC5J6sV7Q4pX1Aq26tl4a5ZzHSlCVS2ynqmG0ArwjVKEKGXMQBWdB1sPjXLYeaPmT7ehXyjsI08Jx0OIVx4GarDkOerKEcFyw9HLTHzquT7U996TrGy1fmlb/Qe6DsC7cB77lTtwHarXiPojVIr5I6s0fNK5/cxvzE417nBp86Phn7rJHM/S6PjTNcQa/2uQ5zr0z9k515hPZfwVyxisz	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 37, "upstream": {}, "resource": {"resource_id": "RES-546460", "resource_type": "IPv4 Block", "serial_number": "SN8585663939", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.470788+00	2026-12-06 07:23:23.528183+00	2026-12-06 07:23:23.528187+00	2	\N	3
30	7	plan_resource_order	4	completed	z1:eJztVkuP2zYQ/isBz+ZWoqiXjwX2UqA9ZFsU2CAQ+Bi5wsqkQ1K73Qb+7x1alq0NapRB0fTSmzgccfg9huRnokUQZPuZeHDPg9l18Lv6TZgdkC0hG+JgN1iD37+YJ2NfDIYObrBuCK8YNNbtxYgxP4pOjcJ7DEpnzR8Qg5N7htfOAGjQZBvcBBtinQbXDTjmGyKUspMJpyHbkCHAvvPwiWyLOBfmykLruNgBFA7e2ymAw7ER+7jFH4URO9DvLvGDs3pSoXPQzwgQjcO1wA0+DMpHqC9DP8z7OeLCWLU7WB+U1XHFx8f8Xf74eMKuJueQE4zm5V2WYcwa6MJwKs3PIW33YjDdCli2IdPBBwdij+WOcSVvJ6cgFl++T6nk/f0Dzao2bypyTevC6wHWYFGbQYydmfYSx1vy8BPPGs7yhrVFnA4iTJF6XABVRLKPWFRZ52AUkUU/bwMFCl0Q/glTdQOqzypGUYOaciFrKkEwqmpVtDUUUsvqpKFSEGWd1VN2fxghXOWMq504zdpKykyUlNV9S3mrgMpKlbQoNW9KkSuRs5h3Qp2UjFoKByaQrZnGMQo5jBoDZPuB1HXOdNlXtClYT7nqGypZwWjN8qoWjBey4OTjGXGkB7rF1XndViXPm6y441XRZCWfCcSpis+AurPZHoJwAfcR3LDbgYuoezF6hD0YFMagJOfuQXL/76N/u48iyTAufMceOW/+52hpDCW5YvFgUvLVg6meXbtUFlXLauhpVmOj8bLuqWgyoDUHLesaqlb3SS5tGWc3XeqTXUrgGbF0/eAWH119uyIXSccg+EsUzmfIh49/zXsSzoX3pOQV74k6rXlvJBSi6kvaqExQ3tSSypYXtCmBKVG0umgTeC9ZmzF++3Q4H7bd5XBPkkBZY0AF6/C/TxP48CaIyw4mimTd63fnAjMZYu/f3B5fXhFftvnNblz11/H4d/r/NzdXguWSJF4sl5S8slyiRd+0usi5zPuclj1UlDMJtOnxP4m/NHmvZF7KJMvlWdPctBwY/ZXX0T9q6xRMl7ZOSV5xnKjJmuOkJ0sSx019k+LDKMylpefL6O7e6B/sYL4h9UlQF+oTn3JXe6dJtaI+hVRW5OVNVu+/oXHje9var7iy/STxtROfuUsNedib7nRZ+hn9qsj3OPerdU/9aF/I8U/V6SrO	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 40, "upstream": {}, "resource": {"resource_id": "RES-069186", "resource_type": "Router", "serial_number": "SN4084218293", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.470789+00	2026-12-06 07:23:23.529656+00	2026-12-06 07:23:23.529661+00	2	\N	4
31	7	plan_resource_order	4	completed	z1:eJztVkuP2zYQ/isBz8stJepB+VhgD+2hh26KAhsEwogcOcLKpENRm24X/u8dWvZaCWKUQdH00ps0HHH4PUbDF2YgANu8sAn902C3Lf6hP4DdItswdsM8bgdn6fk3+2jdJ0uhvR+cH8IzBa3zOxgpNo3Q6hGmiYKdd/ZPjMHZP+FzaxENGrYJfsYb5rxB3w70Xtww0NrNNhxf8xs2BNy1E348rYWlMhgTN9ujppe3qD/YQQ9g39yPLtCChV086092CjCOcPwoHtKZWYfWY78AIVCetkQ/TGHQdM6XA21KFdu9m4J2Jm7y8JC9yR4ejrj17D3xQVFxKwSFnMU2DMdiWVMuMeN2MNh2BUresHk/BY+wW2p4nNzsNUaOz8/HVPbr3T0vG1WIjF3S2vC8x68CJYEGGFs77zr0lHH/S1aUpWiKUqm4HCDMkX/aiaQkxg9UXTvvcWHlhJlUCm2A6ZFS86bUKs81Ry1qXjTYc1X2Fe8lgOpkLTSRHoXUGqO2i4Ta7fYjhoumcbe4O1MKZN1J4EaIjhd1b3ijVc11VTamKiplGhXzjvCTkklJ8GgD29h5HKOMw2gowDbvWC+FVFnR815ldPpaIe80KK6hN7I2ue6qir0/IY70YHu2dlY3VVlkSsjboirzXJQLgbRUFQug9uS4+wA+0h/8sN2ij6h7GCeCPViykyVJTi1E5P7fTP9mM0WCcTxzHRvldN630c4USnLE2X9JyRf/pfp17dCqg6bvM8FrifRJrgsOVYccJAgsy1L20CU5tMhlddWhU7JDGT4RlrYf/NlDF8+uyCXSKYjTaxRP/49377/OexLOM+9JySveE3Va895lIEssBYe6oBJNXfFOSMlzaABqxLxI4b2UIpOVvMr76Ufbvv7hkyTQzlrUwXn67uOMU/gsSNsONork/PMPpwILGbCbPhshV+fEl71+tS1XjXY4/J0R/uM5lmDCJNHPJkxKXpkw0bRrEyojMiN7wSX0khci73nTScUBQZW0GUKlk0yYZ9c9iNZ842z6J32eBOl1vqckryhOlGRNcdL9JYlipa7fAPYj2NcmX8bT7Z01P7vBfkfuk7CeuU+82F1mW5pWK+5TWJWyuErq3Xc0bryFO/cNM3yaO7rzxDvvuUa339n2OD2nBfyqyI+09rvzj/3oPrHDX4e+NAk=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 43, "upstream": {}, "resource": {"resource_id": "RES-598401", "resource_type": "Technician Slot", "serial_number": "SN1455094588", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.470791+00	2026-12-06 07:23:23.530802+00	2026-12-06 07:23:23.530806+00	2	\N	5
32	4	plan_field_visit	4	waiting	{"data":{},"correlations":{},"last_task":"c054b3fc-a965-41f4-b3e4-af735cb40c91","success":true,"completed":false,"tasks":{"c2c11a2c-1491-4a7b-a309-949ddba1329e":{"id":"c2c11a2c-1491-4a7b-a309-949ddba1329e","parent":null,"children":["d6c30177-ce72-42d8-925e-04b8f8f1400d"],"last_state_change":1796541803.5397072,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"ZZ1 1ZZ","recurring":"0.00","one_time":"195.00","domain_order_id":44,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-598401","resource_type":"Technician Slot","serial_number":"SN1455094588","status":"reserved"}}}},"delta":{},"typename":"Task"},"d6c30177-ce72-42d8-925e-04b8f8f1400d":{"id":"d6c30177-ce72-42d8-925e-04b8f8f1400d","parent":"c2c11a2c-1491-4a7b-a309-949ddba1329e","children":["0b3f051e-8569-46b6-803f-96e32f83ab31"],"last_state_change":1796541803.5398333,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0b3f051e-8569-46b6-803f-96e32f83ab31":{"id":"0b3f051e-8569-46b6-803f-96e32f83ab31","parent":"d6c30177-ce72-42d8-925e-04b8f8f1400d","children":["56e9f844-d4a3-4b02-a5f1-82c56c38989f"],"last_state_change":1796541803.5402608,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"56e9f844-d4a3-4b02-a5f1-82c56c38989f":{"id":"56e9f844-d4a3-4b02-a5f1-82c56c38989f","parent":"0b3f051e-8569-46b6-803f-96e32f83ab31","children":["1d30d090-cdd1-4182-81d2-19a86c670ec2","f23343b5-a355-4bc7-90e6-e79f9ad53e7c"],"last_state_change":1796541803.5403564,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1d30d090-cdd1-4182-81d2-19a86c670ec2":{"id":"1d30d090-cdd1-4182-81d2-19a86c670ec2","parent":"56e9f844-d4a3-4b02-a5f1-82c56c38989f","children":["628f09fe-2bc3-49e0-8d61-0903d7b70803","c3115125-d229-4625-b563-8b998024f833"],"last_state_change":1796541803.568567,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"f23343b5-a355-4bc7-90e6-e79f9ad53e7c":{"id":"f23343b5-a355-4bc7-90e6-e79f9ad53e7c","parent":"56e9f844-d4a3-4b02-a5f1-82c56c38989f","children":[],"last_state_change":1796541803.568625,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"628f09fe-2bc3-49e0-8d61-0903d7b70803":{"id":"628f09fe-2bc3-49e0-8d61-0903d7b70803","parent":"1d30d090-cdd1-4182-81d2-19a86c670ec2","children":[],"last_state_change":1796541803.5688398,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c3115125-d229-4625-b563-8b998024f833":{"id":"c3115125-d229-4625-b563-8b998024f833","parent":"1d30d090-cdd1-4182-81d2-19a86c670ec2","children":["c9c33cb0-b4f8-4232-99ba-8c22ac5e9b26"],"last_state_change":1796541803.5689657,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c9c33cb0-b4f8-4232-99ba-8c22ac5e9b26":{"id":"c9c33cb0-b4f8-4232-99ba-8c22ac5e9b26","parent":"c3115125-d229-4625-b563-8b998024f833","children":["c054b3fc-a965-41f4-b3e4-af735cb40c91"],"last_state_change":1796541803.5915234,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":4,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[33,35,38,41]}},"deletions":[]},"typename":"Task"},"c054b3fc-a965-41f4-b3e4-af735cb40c91":{"id":"c054b3fc-a965-41f4-b3e4-af735cb40c91","parent":"c9c33cb0-b4f8-4232-99ba-8c22ac5e9b26","children":["78412278-5336-443c-b101-f9200c86374c"],"last_state_change":1796541803.7021995,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"ZZ1 1ZZ","work":"Install ONT","order_id":4}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-488036","engineer":"Sam Patel","date":"2026-12-10","slot":"08:00-12:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"78412278-5336-443c-b101-f9200c86374c":{"id":"78412278-5336-443c-b101-f9200c86374c","parent":"c054b3fc-a965-41f4-b3e4-af735cb40c91","children":["d485e57f-b7f1-46b1-9bb1-d5e3ae2d2446"],"last_state_change":1796541803.702261,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d485e57f-b7f1-46b1-9bb1-d5e3ae2d2446":{"id":"d485e57f-b7f1-46b1-9bb1-d5e3ae2d2446","parent":"78412278-5336-443c-b101-f9200c86374c","children":["dc347ee4-cfea-43fa-ba25-ce7fe2e02ed1"],"last_state_change":1796541803.5689347,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"dc347ee4-cfea-43fa-ba25-ce7fe2e02ed1":{"id":"dc347ee4-cfea-43fa-ba25-ce7fe2e02ed1","parent":"d485e57f-b7f1-46b1-9bb1-d5e3ae2d2446","children":["b0e01a41-23db-449c-86d8-5b2fb3b626f6"],"last_state_change":1796541803.5689464,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b0e01a41-23db-449c-86d8-5b2fb3b626f6":{"id":"b0e01a41-23db-449c-86d8-5b2fb3b626f6","parent":"dc347ee4-cfea-43fa-ba25-ce7fe2e02ed1","children":[],"last_state_change":1796541803.5689569,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"c2c11a2c-1491-4a7b-a309-949ddba1329e","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-598401", "resource_type": "Technician Slot", "serial_number": "SN1455094588", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [33, 35, 38, 41]}, "visit": {"visit_id": "FSV-488036", "engineer": "Sam Patel", "date": "2026-12-10", "slot": "08:00-12:00", "status": "scheduled"}}			\N	\N	2026-12-06 07:23:23.544057+00	2026-12-06 07:23:23.703331+00	\N	4	\N	\N
36	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"0d8119c0-c1eb-4263-9e3c-5efaf1ec59b8","success":true,"completed":false,"tasks":{"aa4ffa12-2354-4d99-a67a-204283c7620c":{"id":"aa4ffa12-2354-4d99-a67a-204283c7620c","parent":null,"children":["0d8119c0-c1eb-4263-9e3c-5efaf1ec59b8"],"last_state_change":1796541803.5827937,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":3,"action":"add","spec":"CPE Provisioning","name":"Managed Router","product_ref":"","characteristics":{"wifi":true},"site_postcode":"ZZ1 1ZZ","recurring":"15.00","one_time":"45.00","domain_order_id":41,"survey_result":"ready","upstream":{"Router":{"resource":{"resource_id":"RES-069186","resource_type":"Router","serial_number":"SN4084218293","status":"reserved"}}}},"delta":{},"typename":"Task"},"0d8119c0-c1eb-4263-9e3c-5efaf1ec59b8":{"id":"0d8119c0-c1eb-4263-9e3c-5efaf1ec59b8","parent":"aa4ffa12-2354-4d99-a67a-204283c7620c","children":["049c5461-8a7c-4ea0-9f9b-cc748d176ca7"],"last_state_change":1796541803.5828705,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"049c5461-8a7c-4ea0-9f9b-cc748d176ca7":{"id":"049c5461-8a7c-4ea0-9f9b-cc748d176ca7","parent":"0d8119c0-c1eb-4263-9e3c-5efaf1ec59b8","children":["704b9470-969c-4a91-9fef-b9309cd78a60"],"last_state_change":1796541803.689535,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"CPE Provisioning","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"wifi":true}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"704b9470-969c-4a91-9fef-b9309cd78a60":{"id":"704b9470-969c-4a91-9fef-b9309cd78a60","parent":"049c5461-8a7c-4ea0-9f9b-cc748d176ca7","children":["3d0f5fc8-6d3e-449a-be21-56fe37c1f6f0"],"last_state_change":1796541803.582689,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"3d0f5fc8-6d3e-449a-be21-56fe37c1f6f0":{"id":"3d0f5fc8-6d3e-449a-be21-56fe37c1f6f0","parent":"704b9470-969c-4a91-9fef-b9309cd78a60","children":["7624862c-3dc1-4294-ab5b-3d9d6eedceae"],"last_state_change":1796541803.5826974,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7624862c-3dc1-4294-ab5b-3d9d6eedceae":{"id":"7624862c-3dc1-4294-ab5b-3d9d6eedceae","parent":"3d0f5fc8-6d3e-449a-be21-56fe37c1f6f0","children":[],"last_state_change":1796541803.5827072,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"aa4ffa12-2354-4d99-a67a-204283c7620c","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 41, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-069186", "resource_type": "Router", "serial_number": "SN4084218293", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 07:23:23.585469+00	2026-12-06 07:23:23.689905+00	\N	2	\N	3
38	7	plan_resource_order	5	completed	z1:eJztVk1vJCcQ/SsWZ+NAN/01x5UcKTlspHiiHFarFg3Vs8g9MAu0Hcea/55ivh1lsqwibRQpt6aoLuq9ekXxSrSMkixeSQD/ZOyqh9/UJ2lXQBaE3BIPK+Msfv9iH617tmjaeOO8iS9otM6v5YS2MMleTTIENA7e2d8hGWf/BC+9BdCgySL6GW6J8xp8b3Bd3RKplJtt3C2LW2IirPsAn8mCp724P1lqnYJtQOHip/dLXFi5Tvm9m4OxEMLN92bwcPODjeAtxF2OTs8q9h7GPQ7E5DEieBOiUSEBHqTVz0bHT5gKY3hClLjVmw1ZjHIKmGvAhPqNC1E5nc5bLvkNX6YElLMxxesx4hpzF9u/8/agZu+RXLTyqrtjDI3OQh/NDkdRsb1Nu7U0tj9zJOpbMm9C9CDxmNdtihXc7BUkBMfvnSv5+f6BCl6ypiFntz6+bODEG9bYyKm383oAj9aH94zVBW+bukg/JQbmVEL8G9WARdtuE1bvYZKpGmGfAxYakcvwiK4gxCDGpqSg2paKtu1oW4CirRi7Wg9MQM12WlAKkjz2KlBuvZkgnmWRou2qIgWDCthIdV0zKipVUVm0gqpRjbKoNEjWJb8d5CxnVIP0YCNZ2HmakhTMpNFAFh8IcC5F2zW0QhBUgOioZKqmIxtLroamhaEjHw+IEz3QH7uDN11dCd6y8q6t6qpixZ5A3KrFHlB/EO1DlD6pMnqzWoFPqA8KMzvJYkkOXYjk/t+P/6F+TPWC6Vi61GsHKpapO9CUJbCjnLOcz3LOlf+l4PnAy0EWgIGrkgrdAm1ZwSkI0FyPbICmyBJ8w4v2quBDtuAJPCGWfjT+KMlzC1yQi6SjEcLJCofr6MPHv+Y9C+eR9yznC94z63TJewdDMYpB0q5Jv9TQ0a5SJdWj5G3VtHVdqy/z3hWiZry8yvvh3u5PQyKrBNg8FlR0Hv/7PEOIb4wY1thUJOdfvjscsCdDrsObKfRm1Pz5urjajBcX0Hb7peL/C+MvQ2xZxT2KLcv5QmyZ4rwUW8ULNYKsaY1nUVGUA5VKaFoLycehbaQsqyyxNUXJr4oNrP7KmfZPGjoL05HjLOcLjjNr8ublkPPuyeG45WV1lePNJO2pm/dz6O7e6h+dsd+Q+yyspyGW9yA8cZ9Zqwvus1itxfVr8v4bKjc92Z37imkd5gFfS+mxfDxj2Kxtv5uTYY/+4pB3uPer84/j5J7J9g+HF1Z8	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 46, "upstream": {}, "resource": {"resource_id": "RES-413077", "resource_type": "ONT", "serial_number": "SN0062187627", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.870069+00	2026-12-06 07:23:23.925414+00	2026-12-06 07:23:23.92542+00	2	\N	0
37	2	customer_order	5	running	{"data":{},"correlations":{},"last_task":"4342a300-ac26-478b-86e1-f1d6ee9bcc11","success":true,"completed":false,"tasks":{"1bdf1475-394b-407c-849a-0d603aa80d60":{"id":"1bdf1475-394b-407c-849a-0d603aa80d60","parent":null,"children":["85a0a6d0-dbb4-4c6f-800a-78dd52b05b2a"],"last_state_change":1796541803.753027,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":5,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"TT1 1TT","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"85a0a6d0-dbb4-4c6f-800a-78dd52b05b2a":{"id":"85a0a6d0-dbb4-4c6f-800a-78dd52b05b2a","parent":"1bdf1475-394b-407c-849a-0d603aa80d60","children":["ced738cd-f354-467c-acba-2be60584e175"],"last_state_change":1796541803.7531357,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ced738cd-f354-467c-acba-2be60584e175":{"id":"ced738cd-f354-467c-acba-2be60584e175","parent":"85a0a6d0-dbb4-4c6f-800a-78dd52b05b2a","children":["a5fe31b1-950d-4c7f-9d42-bc50e7a5e6e9"],"last_state_change":1796541803.7533982,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"TT1 1TT"}],"matched_rules":[{"index":5,"rule_id":"site_other","outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true}}],"defaulted":false,"outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"deletions":[]},"typename":"Task"},"a5fe31b1-950d-4c7f-9d42-bc50e7a5e6e9":{"id":"a5fe31b1-950d-4c7f-9d42-bc50e7a5e6e9","parent":"ced738cd-f354-467c-acba-2be60584e175","children":["9859cc27-a02e-4369-a639-54c7e919e5ce"],"last_state_change":1796541803.7535763,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"9859cc27-a02e-4369-a639-54c7e919e5ce":{"id":"9859cc27-a02e-4369-a639-54c7e919e5ce","parent":"a5fe31b1-950d-4c7f-9d42-bc50e7a5e6e9","children":["341241b0-2e00-4308-b75a-9c19e1522787"],"last_state_change":1796541803.76234,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":5,"values":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"341241b0-2e00-4308-b75a-9c19e1522787":{"id":"341241b0-2e00-4308-b75a-9c19e1522787","parent":"9859cc27-a02e-4369-a639-54c7e919e5ce","children":["c3243d40-1f9c-4bf1-b8f9-a68abed4a43e"],"last_state_change":1796541803.762798,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c3243d40-1f9c-4bf1-b8f9-a68abed4a43e":{"id":"c3243d40-1f9c-4bf1-b8f9-a68abed4a43e","parent":"341241b0-2e00-4308-b75a-9c19e1522787","children":["69143311-f0ae-4bc7-aa68-893bd8276f0e"],"last_state_change":1796541803.7922337,"state":64,"task_spec":"technical_details","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"serving_exchange":"LAB-1","site_notes":null},"deletions":[]},"typename":"Task"},"69143311-f0ae-4bc7-aa68-893bd8276f0e":{"id":"69143311-f0ae-4bc7-aa68-893bd8276f0e","parent":"c3243d40-1f9c-4bf1-b8f9-a68abed4a43e","children":["28bfc874-a1a7-4f54-b95a-1c0acb741e3b"],"last_state_change":1796541803.7926054,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"28bfc874-a1a7-4f54-b95a-1c0acb741e3b":{"id":"28bfc874-a1a7-4f54-b95a-1c0acb741e3b","parent":"69143311-f0ae-4bc7-aa68-893bd8276f0e","children":["4536b569-23db-465d-a5e4-4747ec3e5edb"],"last_state_change":1796541803.7929838,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4536b569-23db-465d-a5e4-4747ec3e5edb":{"id":"4536b569-23db-465d-a5e4-4747ec3e5edb","parent":"28bfc874-a1a7-4f54-b95a-1c0acb741e3b","children":["b1c80851-5ab5-4580-8457-d3f90a44891c"],"last_state_change":1796541803.79321,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b1c80851-5ab5-4580-8457-d3f90a44891c":{"id":"b1c80851-5ab5-4580-8457-d3f90a44891c","parent":"4536b569-23db-465d-a5e4-4747ec3e5edb","children":["b246ae71-6afc-41fe-99c7-fa1bd0790cfa"],"last_state_change":1796541803.8281708,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null},"deletions":[]},"typename":"Task"},"b246ae71-6afc-41fe-99c7-fa1bd0790cfa":{"id":"b246ae71-6afc-41fe-99c7-fa1bd0790cfa","parent":"b1c80851-5ab5-4580-8457-d3f90a44891c","children":["4342a300-ac26-478b-86e1-f1d6ee9bcc11"],"last_state_change":1796541803.8287067,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4342a300-ac26-478b-86e1-f1d6ee9bcc11":{"id":"4342a300-ac26-478b-86e1-f1d6ee9bcc11","parent":"b246ae71-6afc-41fe-99c7-fa1bd0790cfa","children":["703b4700-5b82-473f-883a-3640e7e595b8"],"last_state_change":1796541803.8806238,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":5,"facts":{"serving_exchange":"LAB-1","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":5,"domain_orders":[{"id":46,"type":"resource","spec":"ONT","state":"inProgress"},{"id":47,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":48,"type":"service","spec":"Access Line","state":"pending"},{"id":49,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":50,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":51,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":52,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":53,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":54,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":55,"type":"resource","spec":"Router","state":"inProgress"},{"id":56,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":57,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":58,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":59,"type":"service","spec":"Field Visit","state":"waiting"},{"id":60,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"703b4700-5b82-473f-883a-3640e7e595b8":{"id":"703b4700-5b82-473f-883a-3640e7e595b8","parent":"4342a300-ac26-478b-86e1-f1d6ee9bcc11","children":["4fa320a9-9d38-4876-a7d9-6a53d73027fe"],"last_state_change":1796541803.881037,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":5}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4fa320a9-9d38-4876-a7d9-6a53d73027fe":{"id":"4fa320a9-9d38-4876-a7d9-6a53d73027fe","parent":"703b4700-5b82-473f-883a-3640e7e595b8","children":["f1f21ccc-9c3c-4859-80ca-44e0d9e96f08"],"last_state_change":1796541803.828639,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","site_notes","decomposition"]},"typename":"Task"},"f1f21ccc-9c3c-4859-80ca-44e0d9e96f08":{"id":"f1f21ccc-9c3c-4859-80ca-44e0d9e96f08","parent":"4fa320a9-9d38-4876-a7d9-6a53d73027fe","children":["6dfa9bb2-d7b9-4bc6-be90-ff5b19e85ca2"],"last_state_change":1796541803.828658,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"6dfa9bb2-d7b9-4bc6-be90-ff5b19e85ca2":{"id":"6dfa9bb2-d7b9-4bc6-be90-ff5b19e85ca2","parent":"f1f21ccc-9c3c-4859-80ca-44e0d9e96f08","children":["cd1624ce-f49e-46d6-830b-95eed25bb7f7"],"last_state_change":1796541803.828676,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"cd1624ce-f49e-46d6-830b-95eed25bb7f7":{"id":"cd1624ce-f49e-46d6-830b-95eed25bb7f7","parent":"6dfa9bb2-d7b9-4bc6-be90-ff5b19e85ca2","children":[],"last_state_change":1796541803.8286934,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"1bdf1475-394b-407c-849a-0d603aa80d60","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "TT1 1TT", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "decomposition": {"order_id": 5, "domain_orders": [{"id": 46, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 47, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 48, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 49, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 50, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 51, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 52, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 53, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 54, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 55, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 56, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 57, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 58, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 59, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 60, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 07:23:23.755259+00	2026-12-06 07:23:23.883102+00	\N	5	\N	\N
39	7	plan_resource_order	5	completed	z1:eJztVk2P2zYQ/SsLnq0tJerTtwbYAMkhKLoueggCgSJHDrEy6ZDUbrcL//cOLctW2rhhUCBFgd6k4XCG780bDl+I5J6T9QtxYB+V3rbwm/jI9RbImpAVsbBVRuP3L/pBmyeNpr1Vxir/jEZt7I4PaHMDb8XAnUNjZ43+HYJxtI/w3GoACZKsvR1hRYyVYFuF/8WKcCHMqP3xN1sR5WHXOvhE1mlY81NmLmUItgeBPz8KAc7d/GSsR6Pmu3DOV6NTOphfq87CzRvtwWrwx7MaOQrfWugnPIjNYmSwynklXADecS2flPQf8UiUYibPcalVe7Lu+eDwzA4P1u6N88LIkG+zSW/SzSaEM9qHeC1G3CGG/PB33hbEaC2SjNa0aG4pRaPR0Hp1xJEVdLJJs+NKtxeu8mpFxr3zFjimeTmEWM6MVkBAMH8fXcnPd/cJrcq8zsjFrfXPe/gLf1hzxYdWj7sOLK7ev2OsrhpWsSwcIzAxhpJiFFQHFvFwCJithYGH6rjpLFh4ZIC7B3SVZdNnZceSpmIyyZuuSnjBRMJ7noqyEJmQkzaOB5lVIcxuP4C/yCREm6rTM4FbacIoRsn7NE860WdJLnsuBQNWdyz4HaFHOaMquAXtyVqPwxAkoQaJBrJ+TzJWlkXeiaSBFLelsky6Oq8TWRQgCmgorXry4YQ40APt3C1p1eDWtKbsti7qkjbZRCAulfkEqD2J+N7zI/3equ0WbEB9Upo6ShdLcupKJPf//vwP9meoGwxzCUPvnajYhC5BU5TQZllHOV9kHdsGS+HXlehyIcOWBh1F1WOKkic9SN7TtGMSuijhV0VWXRW+ixY+gUfE0vbKztK8tMKCXCQdjeDOVjhdS+8/fJn3KJwz71HOC94j67TkvavTGnpRJ72o0iTnlCU153VSlKKshOSsA/g6701WNCm9fuGc7u/2PDSiSoDNo0F4Y3HfpxGc/8yIYZUORTL2+YdTgokMvnOfTaUvjp4/Xx9Xm3JxIR0OXxPBvzgWI8QXVezzLItxXogvUqxL8fUd0KZvMHoqcEvdlDimizShvJO9TCUwUceJr66viw+0/MZZ908aPArTzHGU8/JijavJkuOo91AEx2VKKbvK8X7g+tzd01y6vdPyrVH6O3IfhXXmPvKheOY+slYL7qNYLbLryr37jsoNT3pjvmF6u7HD11O4tuYc3X6n2+PcdBP6RZJXuParsQ/9YJ7I4Q+JIG1k	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 47, "upstream": {}, "resource": {"resource_id": "RES-076482", "resource_type": "Access Port", "serial_number": "SN3387937320", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.870075+00	2026-12-06 07:23:23.926659+00	2026-12-06 07:23:23.926664+00	2	\N	1
40	7	plan_resource_order	5	completed	z1:eJztVk2P2zYQ/SsLns0tJVEf9K0BtkB6KIruFj0EgUCJI4dYmXRIarfbhf97h5a9VtK4YVAgQYDepOFwZt6bNySfiZJBkvUz8eAetNm08Gf/TpoNkDUhK+Jgo63B79/NvbGPBk07p63T4QmNxrqtHNHmR9n2o/QejZ2z5i+Ixsk9wFNrABQosg5ughWxToFrNf6XKyL73k4mHH7zFdEBtq2H92SdxbUwZ5ZKxWA76PHn9a8P/OpHpRxgrhUxchsLfTV5bdBy9ZPuHFy9NgGcgXAo1qqpD62DYQaE4ByGBqd90L2PyDtp1KNW4R3WxBimChKXWr0j60GOHov2WFm7sz70VsV8d3fZVXZ3F8NZE2K8FiNuEQTf/5u3g35yDllGa1aKa8bQaA20QR9w5CWbbcpupTbtmSwuVmTa+eBAYprnfYzl7eR6iAhO3wdX8tvNLWV10eQVObu14WkH/yQQu67l2Jpp24HD5dtfGM+LmrG6irsjFVNsKrqjPrCN+30E7RyMMvbHz8Vg65EC6e/RVYl8aDpQtFFdRXlRNVSiheZZJ2SlaiirWR19H2s46qK3290I4SyUGO3QnqLMoW6KjDLWFJRXgtGG54IyMSjRsL6URRH9DtiTnFEW0oEJZG2mcYya0CMSgmJ7Q+qiF6VSigrBe8qV4LSrBVA2VFJIUXd1B+TtEXGkB9rTvGS1qEqeNay4biqkkdUzgbhU8RlQe5TxbZAuyjM4vdmAi6iPUtMH7WJLjnOJ5P4/od/jhMbGwXjqYZy+IxV3cUzQlKS0k66TnM+6Tp2DpfKzopZ8qDFmxXBua9XhlrKkneK5lIPoVF4mKb8si4vC98nCJ/CAUNpBu5M0z6Ow4BY5RyP4Fyscj6U3bz9NexLME+1JzgvaE9u0pF0OdZmzIaNSMEb5wARtuoFTybu+UpViXMnP0y7yOsvy5iLvx/O7fbk1klqAs2OgD9bhvvcT+PCBEcNqE5tk3dMPxwQzGXLrP7iWPn33fHx+XBzKxYm0339OBd/yYkyQX1K7T/JLcl7IL1GuS/mVTZVXeVPRTuY15Rw3C1QUlUXHhkJlGS8S5dc01UX5gVFfeNv9lxFPwnTiOMl5wXFiT5YcJ72IUjiOhV7keDdK8zLf88V0fWPUz1abr8h9EtYT94lPxRfuE3u14D6F1YJdJvXmKwo3Puqt/YLb208dvp7iK/qUo9ttTXu4OP0MfpHkFa79Yd39MNpHsv8bxj9c2w==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 49, "upstream": {}, "resource": {"resource_id": "RES-073826", "resource_type": "IPv4 Address", "serial_number": "SN0423700766", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.870077+00	2026-12-06 07:23:23.927717+00	2026-12-06 07:23:23.927721+00	2	\N	2
41	7	plan_resource_order	5	completed	z1:eJztVkuP2zYQ/isLnlcbkSIlyscAe0gPQZC46CEIBJIaucLKpENRm24W/u8dWn5ogxhhUDS99GYOxzP8HiPymbQqKLJ6JiP4x95uGvjL/KnsBsiKkFviYdM7i79/tw/WfbEY2vne+T48YdA6v1UDxsZBNWZQ44hB7Z39CjE4+Ud4aixACy1ZBT/BLXG+Bd/0uBa3RBnjJhsOS3ZL+gDbZoTPh4UyYe6s2jYW24HBxZt3j/zm9eDMA8as2sZjfggq9Obmzbvzxs67djKh8dDNMBCSx4Lg+xFT8ZTPeyyJ/ZqdG4NxbayzXtMbul4fUJvJe2QDozS/y3OMOQtN6A8NmZhDrduq3jYLSHjuaTcGD2o79/AwuskbiAyffh9Syfv7D1lZcU4FuaQ14WkH38JEZXo1NHbaavAR71ue0yovmazquI3wp0g8FkENkeo9NjbOexhU5PAIF+UJTVDjA6YKEGXZ0SqrFa8yzmSd1XXHsqJsWUk1K4XpDgoaA1HUWTvjtrsBwkXMWC1WJxyoLEFCJou6zLihJpO6wqKs4joHXdFSxLwD8qRkFFF5sIGs7DQMUcF+aDFAVh+Jpm2umRIZEx3F0yuTKYkQ2oKZWmjJurIgn46IIz3QnDxNq7oUnMq8uJMly3PKZgJxq+QzoOZoNbSVD3iO4PvNBnxE3alhRNi9RSdZlOQ4O0ju/1P0701RpBeGE9NxQo5HXkczYyjJDyf3JSVf3Jfq1qU/Fcul4F2RQSWwhSx1pqmCLJe8K4XmlLciyZ+Uiev+HJP9SeARsTRd708Oujh2QS6SjkEYz1E4fj0+fvo+70k4T7wnJS94T9RpyTsoKDpZdFnNUS/elnmmq1JlXCswFGTBmPkx7zWTVHBxlffjZ7Y5f9qTJDDOWjDBefzf5wnG8CKIZXsbRXL+6dWxwUyG2o4v7o7vXRDfDvnViVzM2H7/Iw/8d3dXgvWSpD5ZLyl5Yb1Eq74YeaMV+pRmgkmNhZnOZF11mZGtoLSuci2qJOsxJq5bD2z7kxfSPxrvFEzn8U5JXnCcqMmS46RHSxLHdSmvcrwblD3P9nwr3d3b9jfX21/IfRLWE/eJr7mLv9O0WnCfwmrBc36V1ftf6Nz47HbuJ+7ucdL41okv3VMPvdva5nBrjjP6RZPXuPeH8w/d4L6Q/d9MmRxS	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 52, "upstream": {}, "resource": {"resource_id": "RES-674415", "resource_type": "IPv4 Block", "serial_number": "SN4017062879", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.870078+00	2026-12-06 07:23:23.92885+00	2026-12-06 07:23:23.928854+00	2	\N	3
42	7	plan_resource_order	5	completed	z1:eJztVkuP2zYQ/isBz8utHpRI+VhgLwHaQ9ZFD0EgUOTIFVYmHZLa7Tbwf+/QsrzaoMYyKJpecjHE0ZjD7zEafiFaBkk2X4gH9ziYXQt/qj+k2QHZEHJDHOwGa/D5N/Ng7JPB0MEN1g3hGYPGur0cMeZH2apReo/BzlnzF8Tg5B7huTUAGjTZBDfBDbFOg2sHXFc3RCplJxNOy+KGDAH2rYfPZFPGd2GuLLWOmx1A4eKDnQI4XBu5j0f8RRq5A/3uEj84qycVWgf9jADRONwL3ODDoHyE+jT0w3yeI26MVduD9UFZHXfcbvN3+XZ7wq4m55ATjObVbZZhzBpow3Aqzc4hbfdyMO0KGCKbDj44kHssd4w7eTs5BbH48nxKJR/u7imrRNVU5CWtDc8HWINFbQY5tmbad7jekPtf60pkVVaynMfXQYYpUo8boIpI9hGLKuscjDKy6OdjoEChDdI/YCoIXXW5LihnHCjjZUGl7ErKWC6LCoSQ9Yn2SSmIss7qKbs/jBBe5Iy7nTgVZcFVIwva9D2neK6SCgRGedULntdNpvsT/BPqpGTUUjowgWzMNI5RyGHUGCCbj0T1LOO6LmjX1HjmrhS06yWnRc95LbjUfd+RT2fEkR5oF1fnvKkrlousvBV1WeeingnEVzWbAbVns90H6QKeI7hhtwMXUfdy9Ah7MCiMQUnO3YPk/uij/7qPIskwLnzHHjkffhstHR2f4orFg0nJLx5M9ezapX2Rs7yRjDKB2dhYFe2yXNNaYc/lotRlIZJcyll11aQ+2aQEHhFK2w9usdGLbVfcIucYBH+JwvkT8vHTP9OeBHOhPSl5RXuiTK9ol7LJBCtpLeuGsr6qaQec0bJiGRRNWZSI/03am6IRWOAq7+dvbXv5tidJoKwxoIJ1+L/PE/jwKojbDiaKZN3zT+cCMxly718Nj68nxNddfrUZV+11PL6l//8zuFIslyLxxXIpySvLJVp0bbkGvcIbJmnfdThNBf40Git2UJW6E1kjRMI8Qss1/Hqng9HfOIz+TVcnQVooTkpeU5wmyZripAvL2xSXWcavT/zDKM2lo+dRdHtn9Hs7mO9IfRLUhfrEi9yF+kSpVtSnkJrjjLrK6t13NG68bVv7DQPbTx3edeIld6nRHfamPc1KP6NfFfkZ3/1u3UM/2idy/BtwuSAM	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 55, "upstream": {}, "resource": {"resource_id": "RES-458595", "resource_type": "Router", "serial_number": "SN6580503417", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.87008+00	2026-12-06 07:23:23.930809+00	2026-12-06 07:23:23.930818+00	2	\N	4
43	7	plan_resource_order	5	completed	z1:eJztVktv3DYQ/isBz0tXlCiJ3GMBH9pDD/UWPQSBwMfIEawlNxTl1DX2v3e42rXloIswKJpeepOGoxl+jxH5TKyKimyfyQThcXD3HfxhPip3D2RLyIYEuB+8w+ff3IPznx2GDmHwYYhPGHQ+7NWIsWlUnRnVNGFQB+/+hBScwyM8dQ7AgiXbGGbYEB8shG7A93pDlDF+dvH0Wm7IEGHfTfCJbHlai0tnZW0qdgCDLzswH91gBuXe3Y0+4oJT+7TXn9wU1Tiq00dpk97OJnYB+gUIggpYEsIwxcHgPp+PWBQ7dgc/ReNtKrLbsXdstzvhNnMIyAdGi5uiwJB30MXh1IzJeolZv1eD61agxIbMhykGUPulR4DJz8FA4vjyfEolv97e0YqxQjbkNa2LTwf4W6Ao0KDGzs17DQEz7n6phBRNJVjB03JUcU78YyWUEhk/YnfjQ4CFlTNmVCl2UU0PmNqChtqWmloJnPIGeiqt7mlhldRVw6029UlIYyBpu0ho/P4wQnzVNFVL1QnnQvQ9s9T2uqFclpIKVjEKGBR92ZSitinvBD8rGZVUAVwkWzePY5JxGC0GyPY9KaHi0qieil4A5WUvqSqkpD1TJa+1tqLi5MMZcaIHuou1WSubmjNRVDeiqZnkYiEQlxq+AOrOjruLKiT6Yxju7yEk1L0aJ4Q9OLSTQ0nOI4Tk/j9M/+YwJYJhvHCdBuW8312yM4ayHHHxX1byq/9y/frGoX3Tc6sEZaoQFAuUVLRG0kYLzcrKVEXPshzKi7a96tAp26EEHhFL1w/h4qFXz67IRdIxCNNLFM7/j/cfrvCeg/OF95zkFe+ZOq15l62U3BpFi1ZgC1SIasU0bVVZllXLdMP013mXFeNNwa/yfv7Rdi9/+CwJjHcOTPQBv/s0wxTfBLHs4JJIPjz9cG6wkKH205sj5Oo58eWsXx3L1aAdj18zwn98jmWYMEv0iwmzktcmzDPt2oRV07RWlD3lotKUG1NRzaWlWrai1G3fCl5nmRCnv75qQnD2Gw+nfzLoWZguHGclrzjO1GTNcdYFJofjhtXXrwCHUbmXKV/Op5tbZ3/2g/uO3GdhvXCfebN74T5TqxX3Waw2jF1l9fY7Ojfdw73/hlN8mjXeetKt99JDH/auO52f04J+1eRHXPvdh4d+9J/J8S/aeS6m	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 58, "upstream": {}, "resource": {"resource_id": "RES-311096", "resource_type": "Technician Slot", "serial_number": "SN3898638104", "status": "reserved"}}			\N	\N	2026-12-06 07:23:23.870081+00	2026-12-06 07:23:23.932064+00	2026-12-06 07:23:23.932068+00	2	\N	5
45	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"1fb6259e-b8f4-4b7f-89da-7a46763545ac","success":true,"completed":false,"tasks":{"7a3a773a-f839-4ddc-9d63-f3f8db46ee32":{"id":"7a3a773a-f839-4ddc-9d63-f3f8db46ee32","parent":null,"children":["1fb6259e-b8f4-4b7f-89da-7a46763545ac"],"last_state_change":1796541803.991914,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":1,"action":"add","spec":"Access Line","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24},"site_postcode":"TT1 1TT","recurring":"159.00","one_time":"250.00","domain_order_id":48,"survey_result":"ready","upstream":{"ONT":{"resource":{"resource_id":"RES-413077","resource_type":"ONT","serial_number":"SN0062187627","status":"reserved"}},"Access Port":{"resource":{"resource_id":"RES-076482","resource_type":"Access Port","serial_number":"SN3387937320","status":"reserved"}}}},"delta":{},"typename":"Task"},"1fb6259e-b8f4-4b7f-89da-7a46763545ac":{"id":"1fb6259e-b8f4-4b7f-89da-7a46763545ac","parent":"7a3a773a-f839-4ddc-9d63-f3f8db46ee32","children":["864a9626-818c-4a73-a802-37e8ca90c5fa"],"last_state_change":1796541803.9920523,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"864a9626-818c-4a73-a802-37e8ca90c5fa":{"id":"864a9626-818c-4a73-a802-37e8ca90c5fa","parent":"1fb6259e-b8f4-4b7f-89da-7a46763545ac","children":["56d6f2c3-27ff-4b1e-a7c5-6c756f13e6d5"],"last_state_change":1796541804.041371,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"Access Line","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"56d6f2c3-27ff-4b1e-a7c5-6c756f13e6d5":{"id":"56d6f2c3-27ff-4b1e-a7c5-6c756f13e6d5","parent":"864a9626-818c-4a73-a802-37e8ca90c5fa","children":["281a2545-0402-4929-84e5-008a9a08400a"],"last_state_change":1796541803.9917035,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"281a2545-0402-4929-84e5-008a9a08400a":{"id":"281a2545-0402-4929-84e5-008a9a08400a","parent":"56d6f2c3-27ff-4b1e-a7c5-6c756f13e6d5","children":["3367cbb2-aba8-455f-86c2-5a2a80bc5a8b"],"last_state_change":1796541803.9917192,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"3367cbb2-aba8-455f-86c2-5a2a80bc5a8b":{"id":"3367cbb2-aba8-455f-86c2-5a2a80bc5a8b","parent":"281a2545-0402-4929-84e5-008a9a08400a","children":[],"last_state_change":1796541803.9917352,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"7a3a773a-f839-4ddc-9d63-f3f8db46ee32","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 48, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-413077", "resource_type": "ONT", "serial_number": "SN0062187627", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-076482", "resource_type": "Access Port", "serial_number": "SN3387937320", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 07:23:24.000066+00	2026-12-06 07:23:24.042+00	\N	2	\N	0
46	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"e9abdc39-14ed-4ab2-8d0b-a545ff51caa8","success":true,"completed":false,"tasks":{"7f82c891-606c-4c00-83b2-25c478d3d121":{"id":"7f82c891-606c-4c00-83b2-25c478d3d121","parent":null,"children":["e9abdc39-14ed-4ab2-8d0b-a545ff51caa8"],"last_state_change":1796541803.993691,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":1,"action":"add","spec":"IP Connectivity","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24},"site_postcode":"TT1 1TT","recurring":"159.00","one_time":"250.00","domain_order_id":50,"survey_result":"ready","upstream":{"IPv4 Address":{"resource":{"resource_id":"RES-073826","resource_type":"IPv4 Address","serial_number":"SN0423700766","status":"reserved"}}}},"delta":{},"typename":"Task"},"e9abdc39-14ed-4ab2-8d0b-a545ff51caa8":{"id":"e9abdc39-14ed-4ab2-8d0b-a545ff51caa8","parent":"7f82c891-606c-4c00-83b2-25c478d3d121","children":["bff7980d-09f9-4360-83b7-c1b9e4c115af"],"last_state_change":1796541803.993809,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"bff7980d-09f9-4360-83b7-c1b9e4c115af":{"id":"bff7980d-09f9-4360-83b7-c1b9e4c115af","parent":"e9abdc39-14ed-4ab2-8d0b-a545ff51caa8","children":["fed2312f-5fc4-45d0-8da3-0a52b8e51d9c"],"last_state_change":1796541804.0558777,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"fed2312f-5fc4-45d0-8da3-0a52b8e51d9c":{"id":"fed2312f-5fc4-45d0-8da3-0a52b8e51d9c","parent":"bff7980d-09f9-4360-83b7-c1b9e4c115af","children":["0c59533c-b369-4ee2-9987-9b00ed9ee1b5"],"last_state_change":1796541803.9935226,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"0c59533c-b369-4ee2-9987-9b00ed9ee1b5":{"id":"0c59533c-b369-4ee2-9987-9b00ed9ee1b5","parent":"fed2312f-5fc4-45d0-8da3-0a52b8e51d9c","children":["42bbad54-0b99-4759-b108-70f4eaf51dcf"],"last_state_change":1796541803.993536,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"42bbad54-0b99-4759-b108-70f4eaf51dcf":{"id":"42bbad54-0b99-4759-b108-70f4eaf51dcf","parent":"0c59533c-b369-4ee2-9987-9b00ed9ee1b5","children":[],"last_state_change":1796541803.9935503,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"7f82c891-606c-4c00-83b2-25c478d3d121","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 50, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-073826", "resource_type": "IPv4 Address", "serial_number": "SN0423700766", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 07:23:24.00007+00	2026-12-06 07:23:24.056421+00	\N	2	\N	1
44	4	plan_field_visit	5	waiting	{"data":{},"correlations":{},"last_task":"1d26b2e3-e4a1-4617-bde4-d11ca3192193","success":true,"completed":false,"tasks":{"d429fd3f-d2c5-4a07-a8ce-ad1f7a35cbed":{"id":"d429fd3f-d2c5-4a07-a8ce-ad1f7a35cbed","parent":null,"children":["16c41a4b-d88c-440d-9a4e-f0e8038b525c"],"last_state_change":1796541803.941137,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"TT1 1TT","recurring":"0.00","one_time":"195.00","domain_order_id":59,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-311096","resource_type":"Technician Slot","serial_number":"SN3898638104","status":"reserved"}}}},"delta":{},"typename":"Task"},"16c41a4b-d88c-440d-9a4e-f0e8038b525c":{"id":"16c41a4b-d88c-440d-9a4e-f0e8038b525c","parent":"d429fd3f-d2c5-4a07-a8ce-ad1f7a35cbed","children":["a4bb4b8a-d922-4da3-954b-fb2f4703fbe3"],"last_state_change":1796541803.9412372,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a4bb4b8a-d922-4da3-954b-fb2f4703fbe3":{"id":"a4bb4b8a-d922-4da3-954b-fb2f4703fbe3","parent":"16c41a4b-d88c-440d-9a4e-f0e8038b525c","children":["46dfdaae-d194-44de-8e35-e51dd6c3f159"],"last_state_change":1796541803.9415376,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"46dfdaae-d194-44de-8e35-e51dd6c3f159":{"id":"46dfdaae-d194-44de-8e35-e51dd6c3f159","parent":"a4bb4b8a-d922-4da3-954b-fb2f4703fbe3","children":["f9ee2c07-4319-44ff-8e27-3e092d80625b","6fd4bebf-03c4-4123-af07-171bf76e94dd"],"last_state_change":1796541803.9416149,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f9ee2c07-4319-44ff-8e27-3e092d80625b":{"id":"f9ee2c07-4319-44ff-8e27-3e092d80625b","parent":"46dfdaae-d194-44de-8e35-e51dd6c3f159","children":["7380549a-1865-4ee8-8744-6f81e519354d","b3e0afe7-25ea-41f7-80f5-9139c6b2a678"],"last_state_change":1796541803.9768674,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"6fd4bebf-03c4-4123-af07-171bf76e94dd":{"id":"6fd4bebf-03c4-4123-af07-171bf76e94dd","parent":"46dfdaae-d194-44de-8e35-e51dd6c3f159","children":[],"last_state_change":1796541803.9769487,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7380549a-1865-4ee8-8744-6f81e519354d":{"id":"7380549a-1865-4ee8-8744-6f81e519354d","parent":"f9ee2c07-4319-44ff-8e27-3e092d80625b","children":[],"last_state_change":1796541803.977212,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b3e0afe7-25ea-41f7-80f5-9139c6b2a678":{"id":"b3e0afe7-25ea-41f7-80f5-9139c6b2a678","parent":"f9ee2c07-4319-44ff-8e27-3e092d80625b","children":["6116c2cd-c2a9-46f5-adbb-ad74c4614335"],"last_state_change":1796541803.9773767,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"6116c2cd-c2a9-46f5-adbb-ad74c4614335":{"id":"6116c2cd-c2a9-46f5-adbb-ad74c4614335","parent":"b3e0afe7-25ea-41f7-80f5-9139c6b2a678","children":["1d26b2e3-e4a1-4617-bde4-d11ca3192193"],"last_state_change":1796541804.0081978,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":5,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[48,50,53,56]}},"deletions":[]},"typename":"Task"},"1d26b2e3-e4a1-4617-bde4-d11ca3192193":{"id":"1d26b2e3-e4a1-4617-bde4-d11ca3192193","parent":"6116c2cd-c2a9-46f5-adbb-ad74c4614335","children":["238974d0-0d36-4622-9af9-31cefe449b1c"],"last_state_change":1796541804.0958943,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"TT1 1TT","work":"Install ONT","order_id":5}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-850215","engineer":"Lee Wong","date":"2026-12-09","slot":"13:00-17:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"238974d0-0d36-4622-9af9-31cefe449b1c":{"id":"238974d0-0d36-4622-9af9-31cefe449b1c","parent":"1d26b2e3-e4a1-4617-bde4-d11ca3192193","children":["0dbaff12-f3f4-454b-9e87-c4a0b4671858"],"last_state_change":1796541804.0959697,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0dbaff12-f3f4-454b-9e87-c4a0b4671858":{"id":"0dbaff12-f3f4-454b-9e87-c4a0b4671858","parent":"238974d0-0d36-4622-9af9-31cefe449b1c","children":["bd37fcde-df69-4bed-97bc-a6b929b782cf"],"last_state_change":1796541803.9773316,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"bd37fcde-df69-4bed-97bc-a6b929b782cf":{"id":"bd37fcde-df69-4bed-97bc-a6b929b782cf","parent":"0dbaff12-f3f4-454b-9e87-c4a0b4671858","children":["f4fbe89d-416d-41c5-87b3-e04647ad9f19"],"last_state_change":1796541803.9773486,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f4fbe89d-416d-41c5-87b3-e04647ad9f19":{"id":"f4fbe89d-416d-41c5-87b3-e04647ad9f19","parent":"bd37fcde-df69-4bed-97bc-a6b929b782cf","children":[],"last_state_change":1796541803.9773653,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"d429fd3f-d2c5-4a07-a8ce-ad1f7a35cbed","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-311096", "resource_type": "Technician Slot", "serial_number": "SN3898638104", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [48, 50, 53, 56]}, "visit": {"visit_id": "FSV-850215", "engineer": "Lee Wong", "date": "2026-12-09", "slot": "13:00-17:00", "status": "scheduled"}}			\N	\N	2026-12-06 07:23:23.944932+00	2026-12-06 07:23:24.097414+00	\N	4	\N	\N
47	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"0e966420-27ba-43c3-b769-26c174131491","success":true,"completed":false,"tasks":{"1127413f-b22c-4f57-807b-a5c27cf57060":{"id":"1127413f-b22c-4f57-807b-a5c27cf57060","parent":null,"children":["0e966420-27ba-43c3-b769-26c174131491"],"last_state_change":1796541803.9952624,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":2,"action":"add","spec":"IP Connectivity","name":"Static IP Block","product_ref":"","characteristics":{},"site_postcode":"TT1 1TT","recurring":"10.00","one_time":"25.00","domain_order_id":53,"survey_result":"ready","upstream":{"IPv4 Block":{"resource":{"resource_id":"RES-674415","resource_type":"IPv4 Block","serial_number":"SN4017062879","status":"reserved"}}}},"delta":{},"typename":"Task"},"0e966420-27ba-43c3-b769-26c174131491":{"id":"0e966420-27ba-43c3-b769-26c174131491","parent":"1127413f-b22c-4f57-807b-a5c27cf57060","children":["ac33d44d-5304-4675-85c3-0d2a7291017e"],"last_state_change":1796541803.9954667,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ac33d44d-5304-4675-85c3-0d2a7291017e":{"id":"ac33d44d-5304-4675-85c3-0d2a7291017e","parent":"0e966420-27ba-43c3-b769-26c174131491","children":["649060fa-3ec5-48f7-b50a-fd56ac74729c"],"last_state_change":1796541804.0689304,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"649060fa-3ec5-48f7-b50a-fd56ac74729c":{"id":"649060fa-3ec5-48f7-b50a-fd56ac74729c","parent":"ac33d44d-5304-4675-85c3-0d2a7291017e","children":["f93456ef-aa02-41f8-86ec-de9d3dae0528"],"last_state_change":1796541803.9951117,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"f93456ef-aa02-41f8-86ec-de9d3dae0528":{"id":"f93456ef-aa02-41f8-86ec-de9d3dae0528","parent":"649060fa-3ec5-48f7-b50a-fd56ac74729c","children":["8d7117e2-f37f-4597-adce-d9ff91980df0"],"last_state_change":1796541803.995125,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8d7117e2-f37f-4597-adce-d9ff91980df0":{"id":"8d7117e2-f37f-4597-adce-d9ff91980df0","parent":"f93456ef-aa02-41f8-86ec-de9d3dae0528","children":[],"last_state_change":1796541803.995139,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"1127413f-b22c-4f57-807b-a5c27cf57060","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 53, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-674415", "resource_type": "IPv4 Block", "serial_number": "SN4017062879", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 07:23:24.000072+00	2026-12-06 07:23:24.069528+00	\N	2	\N	2
48	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"d2abb176-3844-4bfd-a258-36dbaa0e5cac","success":true,"completed":false,"tasks":{"9cf8ecff-dd06-49ef-903d-0bc3d306e913":{"id":"9cf8ecff-dd06-49ef-903d-0bc3d306e913","parent":null,"children":["d2abb176-3844-4bfd-a258-36dbaa0e5cac"],"last_state_change":1796541803.9968193,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":3,"action":"add","spec":"CPE Provisioning","name":"Managed Router","product_ref":"","characteristics":{"wifi":true},"site_postcode":"TT1 1TT","recurring":"15.00","one_time":"45.00","domain_order_id":56,"survey_result":"ready","upstream":{"Router":{"resource":{"resource_id":"RES-458595","resource_type":"Router","serial_number":"SN6580503417","status":"reserved"}}}},"delta":{},"typename":"Task"},"d2abb176-3844-4bfd-a258-36dbaa0e5cac":{"id":"d2abb176-3844-4bfd-a258-36dbaa0e5cac","parent":"9cf8ecff-dd06-49ef-903d-0bc3d306e913","children":["e9a165c9-0285-4dbb-a42c-bfca3a0adc5c"],"last_state_change":1796541803.9969335,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e9a165c9-0285-4dbb-a42c-bfca3a0adc5c":{"id":"e9a165c9-0285-4dbb-a42c-bfca3a0adc5c","parent":"d2abb176-3844-4bfd-a258-36dbaa0e5cac","children":["b9294cfa-c2f5-44cf-9523-71dc86f27814"],"last_state_change":1796541804.0814438,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"CPE Provisioning","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"wifi":true}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b9294cfa-c2f5-44cf-9523-71dc86f27814":{"id":"b9294cfa-c2f5-44cf-9523-71dc86f27814","parent":"e9a165c9-0285-4dbb-a42c-bfca3a0adc5c","children":["47ce2b46-5ea0-4a84-b306-91488e83b158"],"last_state_change":1796541803.9966743,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"47ce2b46-5ea0-4a84-b306-91488e83b158":{"id":"47ce2b46-5ea0-4a84-b306-91488e83b158","parent":"b9294cfa-c2f5-44cf-9523-71dc86f27814","children":["babad004-6082-40b4-b85c-4ce415ab4f1d"],"last_state_change":1796541803.9966872,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"babad004-6082-40b4-b85c-4ce415ab4f1d":{"id":"babad004-6082-40b4-b85c-4ce415ab4f1d","parent":"47ce2b46-5ea0-4a84-b306-91488e83b158","children":[],"last_state_change":1796541803.9967005,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"9cf8ecff-dd06-49ef-903d-0bc3d306e913","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 56, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-458595", "resource_type": "Router", "serial_number": "SN6580503417", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 07:23:24.000074+00	2026-12-06 07:23:24.082041+00	\N	2	\N	3
50	7	plan_resource_order	6	completed	z1:eJztVt9v2zYQ/lcCPocZJVG//JZiGbZhSIElQx+KQqDIk0tUJl2SSpcF/t97tGxHGeaVxYAOA+Yn8Xi+433fdzw+ESWCIKsn4sE9aLPu4Hf5Xpg1kBX55ftbevf6t/sfySVxsNbWRKM1Cj8uydZp63R4RJuxbiNGtPlRdHIU3qOxd9b8AdE4uQd47AyAAkVWwU1wSaxT4DqN6+qSCCntZMJ+mV8SHWDTefhIVlncC3NioVQMtgWJi9e397gwYhPP+Wry2oD3Fz/o3sHFTyaAMxD2Z7RqkqFzMKAfGrA2hxHBaR+09LHwXhj1SavwnqxKxjBDELjV6S1ZDWL0eFaPB+q21gdpVcx39ya7vsiur2M8a0IM2GHIDR6e7/7W3YGcnEOY0ZyV7RVjaLQGuqD3leQlm23KboQ23QIlhGLa+uBAYJ6nXYzl7eQkxBqO33tX8uvNHc2KguWMPLt14XELJ+SQbS3GzkybHlw8421VVC1nZcNaMmMwRRLx36gLpG23i8U6B6OIfPj5DEg1li78B3RVvM9EWzdUFCApH3hJGyEHmktW1ZDJnpf70JOUEAUy60DazXaE8CyMGG3PS1G3A6taQSUAo7zgirZl3tChHfqmLgeFi+i3LznJGfUgHJhAVmYaxygGPSo0kNVbIkQ2SGgUBaaAcs4b2ld1QUUv67ztM1k2OXl3qDjCA92xT7K6rUqeNYxfIX9NWRQzgLhV8bmg7iDbuyBc1GVwer0GF6s+aEzvRYuUHPoRwf2/M/+TnRmZg/FIYuy6Axj3sU/QlCS1o7CTnJ+FndoIS+nnfQFtJSQVoq4orytGm3pgNC8AlV30RQ2QIv2MZVHvZ6Tvk6VP4AFr6QbtjqJ8boYFuAg6GsGfrHC4mN6++2vck+o84p7kvMA9kacXuPNeZFAUNAMQlGdVQftyqCjjLeDlXTDE9cu4F3le4e8s7ocbvDuNiyQKsHsMyGAd/u/jBD68MGJYbSJJ1j1+d0gwgyE2/sU8ejF0/nxhnO/GRXftdl9i/1+YhClqS2H3pLYU54XaEtW5VFvTsKLnqM2mhoJyxjEFV5JC0dY5ahYz1Elqq9vm/IADo75yvP2Tjk6q6YhxkvMS4zROlhgnPYFSMG7a8xBvR2FO3TzPoasbo3622nxD6JNKPUKf+DQ8QZ9I1QL6FFBbXp4F9eYb6ja+3a39imHtpx6fS/HVfMzRbzem249JPxe/SPIK995Y92EY7Sey+wy8s1NB	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 61, "upstream": {}, "resource": {"resource_id": "RES-133020", "resource_type": "ONT", "serial_number": "SN6369405809", "status": "reserved"}}			\N	\N	2026-12-06 07:23:24.269304+00	2026-12-06 07:23:24.323488+00	2026-12-06 07:23:24.323497+00	2	\N	0
55	7	plan_resource_order	6	completed	z1:eJztVk2P2zYQ/SsBz+ZWFPXp2xZdoC2KFKi3yCEIBIocOUQk0qGobbcL//cOLWutLWKEQYHtpTdxOJrhvPeGwyeihBdk+0RGcA/a7Bv4U34UZg9kS3754S3d/fr7/Y9kQxzstTXBaI3Cjw05OG2d9o9oM9YNokfb2ItG9mIc0dg6a/6CYJzcAzw2BkCBIlvvJtgQ6xS4RuO62BAhpZ2MPy3TDdEehmaEz2SbhT0/JxZKhWAHkLi4B/nRaKmFebPrrccNI4Zw5p/M6EXfi9NP4ZBWTdI3DjrcRAMW5zAkOD16LfGcT0cMihmbgx29tCoE2b1jt2/Y7e2pbjk5h8CgOblJEjRZA43Xp2yszmebsoPQprlUVfINmQ6jdyCGOYmD0U5OQgB7+T65kt/udpSVeZZX5OLW+McDfLFSZEqLvjHT0IILp31bZzVnRZIVZdj2wk+BAIyEnCLkR8wurXMww3IuGmnyjRfjJ3TNE6G4LBVN066gmeoUrYWStOpEUqWcV7WoT0xKCYHcmUNph0MP/kJqiBaik7ZNZZtggLQqa4qnk7RVBae17LpWCsYk1MHvVH6UM1IpHBhPtmbq+8Cj7hUayPY9qVirWikTWvNO0KyqClrlKqeCd0Wu2rKAvCQfzhUHeKBZNM7KusgzViXZTVpknJczfrhTZHM9zVlxOy9cQN87vd+DC0V3oh+xam1QTgYZObcSYvt/U71KUwWkoV9ADw1zPvB9kDWaopSx6DDK+aLDWN2ulQqct3WXZjRvBdCs5BUVHQeaSlEohrklQhWjVMx2ValjtFIJPGApTafdoqGLdlfYIuZohPHZCudr5P2HL8MeVeYCe5TzCvZImtawZxXPVd1WVJYCmUpEQislMqp4krasLOu0k1+HnfOkxnRXcT/ft83zRR9FgbTGgPTW4X+fJxj9CyOG1SaQZN3jd+cEMxhiGF9Mkqvj4p+9fr0tV9fH8fg1JfzH8yxChVGsLyqMcl6pMFK1L1RYMKZShlM1gZxmBc8xRctoyhMOLCsVT9sYFbIkLa93Pxj1jVPq33R6VE3PGMc4rzCO5GSNcdRDJgZjluTX3wKHXpjnNp/n082dUT9bbV4R+6haF+wjX3gX7OO4WmEfhWrOs6uo3r2icsN73NpvmOLj1OKzJ7x+lxztYTDNaYCOc/WrJN/j3jvrPnW9/YMc/wbNfDXd	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 73, "upstream": {}, "resource": {"resource_id": "RES-175458", "resource_type": "Technician Slot", "serial_number": "SN9493160467", "status": "reserved"}}			\N	\N	2026-12-06 07:23:24.269319+00	2026-12-06 07:23:24.331566+00	2026-12-06 07:23:24.33157+00	2	\N	5
57	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SuGzss1KVFfe3NaF20ROEXXbQ5BIFDkaCNES21Iyqkb+L93KK1spfXGDIr6UOSyKw1H8/H45pGfIiWciDafIgvmptW7Cv6Q74TeQbSJXn5/Rbavfrv+MVpFBnZtr72x1wofVtHBtL1p3S3adG/2okOb7UQlO2EtGmvT6z/BGwdzA7eVBlCgoo0zA6yi3igwVYvv2SoSUvaDduNrvIpaB/vKwodow/yamxILpXywA0h8uZASrD172WqfQYu9r/fFYPEdzT+0tYGzn7QDo8GNtfZqkK4y0KAfGrBHg5HBtNa10noAaqHVx1a5d9EmpRQzOYFLVXuINo3oLNZssbDq0Fsne+XzbV+zizN2ceHj9dr5gBWG3GMT/O6L7gbkYAzCjWaWlmtK0dhrqFw7dhKndLKpfi9aXS3QSu4BNWCHzqG3AaFu0Xk4WIfPe9/Nq6tr/4c+/WAkLJ/HONGvl1vCkoTGdKznuORuDz6//3rlKdGKrtLDvgbjG7jKkqzkNC1oGU0ADXbM78mDe3uHXR935pfeuKcLiMu8TPJHClhGeayQPE2yrGQ0S08UcreaGD1lPj5Oibe/f0dYzPMiiUbqYSLcJl9utANCz5PzhOFKe6iQchjSR2Z0nSTrmJdrVnyW0tPzBsbOZW8MdMLT1RMKLTgJyAhh36Mjl4lqkoKTEnhNOI1LUkAiSJ6yLJZMZkU6gjqMBc1jIvv9oQP3MDc+2khXAcCLJqNEJTwjPM4URk4pyRjlRS7LhMvC+40tBznjmAgDGnHQQ9f5GWk77B9n701UpmXTCFAkjnNGuMpzIgpZk0I2sch4mjCeRW+PHXtwoJplhOVllnJWUL5OioKyOJ7gw6WMTw1Vx6neOjHutzPtbgfGd30cvXacZeTAUa4Q3G/C9U24/o/C5akN3cxyH/bIkmsvJGgKmsV58oOcHyY/VCmW2lDLNG6KkhFGy4JgyJqUqZSEA5UMct4kggVpA8vK4qQ22GBtiOAGe6ma1sxT+6AWC3CRdWgEe2+Fo3K/efs47kF9zrgHOS9wD9ynJe4yzXjBaUJUgT88VZIIqgpCVS64SFldN/A07jzheZyfhH083/yn82katAOoKhqk6w3O+ocBrPvMiGFR125ai3ijlJzPOSY8xN4ujux/SObfZfW0Vj1xMPz3SjrN8peI9+x3lACaB9FqpnmQ84LmgWOxpLkSLG9QG0hasxQ/KUucDNGQpEQlpVkjeRoH0bykMT/Jc9DqKy8e/0ZKgnqaMQ5yXmAcuCdLjIMupwEYp5Rnp693h07oWUemm8H6Uquf+1Y/I/RBrc7QB17a76EP3KoF9CGgsjg/LdCXz0hctJm+/4prgh1qVHqvXnOO+rDX1XhA26n7RZIXuPa6N++brv8Y3f0FQlIvoQ==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 63, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-133020", "resource_type": "ONT", "serial_number": "SN6369405809", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-297937", "resource_type": "Access Port", "serial_number": "SN7536691065", "status": "reserved"}}}, "service": {"service_id": "SVC-124783", "access_port": "ge-0/3/31", "ip_address": "10.33.249.185", "status": "active"}}			\N	\N	2026-12-06 07:23:24.397121+00	2026-12-06 07:23:24.436188+00	2026-12-06 07:23:24.436195+00	2	\N	0
58	9	plan_service_order	6	completed	z1:eJztVlFv2zYQ/isBn01HlEjJ8lvaZViGoSvmbn0oCoESz65QmXRJyl1a5L/vKFmJNtQNi6F5KvIQ6ni+4333fUd+Jkp6SdafiQN7bPWugr+bd1LvgKzJbz+9oJvf/3z1C1kQC7vW6GA0WuFiQQ62Nbb1t2jTxu5lhzbXyarppHNorK3RnyAYe3uE20oDKFBk7W0PC2KsAlu1+J0viGwa02s/fKYL0nrYVw4+kDULe35MLJUKwQ7Q4MfNy4vnRmvAzWM4w4JouQ9nfta7VoNzFz+3tYWLG+3BavDDeY3qG19Z2KIfGrBOi9HBts63jQsg1FKrj63y78haJAlm8xK3qvZA1lvZOTy3w8NVB+N8Y1TIt3nNri7Y1VWIZ7QPASsMucdC+N1X3S00vbUIOZqZKJdJgkajofLtUEkqktGmzF62upohJu5BteD6zqO3BakCDP3BeVzvQzU3L4/84kopdBqqw/+mtw3M10NA8sf1hvI8S1IxHOy05W8PMGA9C7MIRGllV+l+X4MNJb1geZ6KnLMVJyNkvRtOFCiFHb+7u1uM9BpTn5Zj5s1fz2kpWFqGzMgDzIF42VDSDmhymV1mDHfaQyWnQghLllwshViWxTxhYMoRSMjWGGuhk4E5oXK0ICmxMdK9D8xMRSNSkdEk45zylGd0lTJG86KQiRJKSpYMvB2OMzG2MftDB/6BwiHayJpawrbIC8rSBiiXTFKpckGzVcFXZZ2yvFkFv6HgKGdkq7SgEQXdd12gatth9SiDN6ThRVpsC0bTQgg8fZnSulaCNhkvecnqVZ0U5O2p4gAOVJOiWVHmAvuU8GW2KvFPjPDhVs7HgqqTwDZe2qAab9vdDmyo+qSAdpAUMuA0ORDcHzPkxwz57jMk8Ay6iXIh7qldr4Kqg+hjhDHJMMr5QYaxsp0LVeSqhBqHCxOspLxOGlpnK0wheCJ5xvMa2/m4UMskSYvVWaG6aKESOGIt1ba1k4QepDsDF9uPRnD3VjiN0Tdvv4x7VJ0T7lHOM9wj+zTHPc2EKrZQ0zwpsFUiX9Ey55IyxFPWvIFt2TyOO8+KhKXpWdyH2yb8drrZolrQjAPHWFTdhx6c/5cRw+KEObYOAUdRX045RkDk3s2uzy8OsP8OuvOT45FR/f3n2ijor7Hvid8MEUyPYtbE9CjnGdMjlTFnOoNUKZ5zukpEQzkOIloCyzFCwVKFACV1GsV0lpVniQ5afeM74P8Mk6iSJoijnGcQR7ZkDnHUWzEG4rQ4i/Chk3oaI+MVvbzW6lfT6icEPqrQ+0ds3Av6HvjIRs2Aj4E0y9lZTK+fkLVos8Z8wyvB9TXO+TC3phz1Ya+r4X52Y/GzJM9w77Wx77ed+Uju/gHVd+Iv	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 65, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-463025", "resource_type": "IPv4 Address", "serial_number": "SN1662564184", "status": "reserved"}}}, "service": {"service_id": "SVC-951295", "access_port": "ge-0/3/31", "ip_address": "10.45.55.97", "status": "active"}}			\N	\N	2026-12-06 07:23:24.397128+00	2026-12-06 07:23:24.438121+00	2026-12-06 07:23:24.438128+00	2	\N	1
49	2	customer_order	6	completed	z1:eJztWktz2zgS/isqnnaqhCwJAnz4lmQntdnKzrjG2Z1DKsUC8ZC5oUiFDzuZlP/7NkhRghw92o7HNQfdLKDZ6P6A/robxjdPiU54F9+8ulG6yQrlXURzT0hZ91U3/KRzT/ZtVy914114rxpxU89WpfTmXqsXS111MNouc/gtr0VV6RJ+i1UBvxv9uddtp1Um6+Wq1F1RVxmsp72Lqi/LUaBodJuJ1aqpbwR8akTZajBgPZA1WrR11XoXHz5aedk3TVEtsq7urLQXJOyF78NadaWzrljqzQwP+DjTFp3OVnXbyVrByt7V78HLWfDypeesorQsWrBuMN2Oae87GyajhfofwGEdb7Oqts54IAyLLK2V3wCVz95FYDHs1hqVsgYao63pFsO+LSrdtrM3Rd7o2duq002lO0doAB50fO5F1RXd1+EHwNuAUhBou0K2dtNyUanbQnXX3gX3ffC1EzCVFasNkEe8l3XVWYUZqFzCPrO7u/nafHrM/Kthkdnby9mrspaf7psdnjR7u054bJ1/i0ostJr9Vvfw9f1l6Gl0bgtTeBdd0+vtiuzYim8rALAsxTB/bz2OcGs4ootR+bu6UoOWVjc3Von+YuNjYTfh3T9+IVe//uf9P+1039zor1mltdJqtHbudVpeV4UcTmYnirLdzK+3ddUUdTOY4lV1s4QTD5pKkclStGCLlzd19Yc9xLpqCnk9hum3v5h1d3MPAg+ooYZTOth1j4ZUvRRFlQ1jY3ANE4B+93VlTQXuqPtGWkfblZYw8usv770xDux8UV029QKkWs+egOFreuTrl1LauLysm+6ElnCjZUBwj5J3EOOOkpWulD1lGw3siB1vL2/Y7KVSw5rHDeGHDYEIfV0DI8N5v7G7ccSYaKMFOE/1sttq2SWp2eV2fq3sVsDuucriU55NvHHMr+RJ/EoP+7WlsdMuxf4Rlzb8dMSdODjszuvLn60JN0MGsqse9iemh/3ZpUuMU+ERp96PMV6IanZV1ieiIWaHvXtT6FLN/gvOHbWFH3bMZeVjbn0EPjF9aYpyorunJZN1EQM89wNcskfJg6lkj45HkMkeLY/ikj16foRN9qh7MJ/s0fEoOtmj55GE8r2mh1HKnu8fxyh7FP0Ip+xR9zhW2aPowaSyR8fjacVRZolFljXUQvo7VlmrtYQSzOk8nLOPd1a8bho96h5Kw7kHpQ9U2qL9BLoTbpj2hSKUC0OYH+YkpzIgiaDS5EHIjTRD8TWE/1R2bS2a6jDQNhS6QapAUgSEikASloYxyXkeEiPSyI99ofN0sNzajBMGx0QzsOjY9MjrogQCgRLtgxcFPB++1cLXhKlYEPjSkDjnXMZpmKoo8D6uPR7gzKbaMojTiLMg8dmLIErjINjgPTAY+JNtg2ngza4pFgvdOMVlMXCHLT7HztVWkecedqeH3de8DoPn1vXcuh5oXYdmrJwiypJmJZYW9veWs2AIFfYTyaCEtySDJSWXhgxnoQykJkmeB4SFCSV5mvuEGhNzFmstYh9FQ0nKD9LQyChSrLrechCGjzx9Az5lpmgmpt4ylAOy168sjbSbUb1OFh8+7scf5e+EP0rYwR+5Xy7+TAQMsKNE8yQnLKeGJCrOSZQyGQRhKJNUIfCPfZrQ6OAGjPcXmeUCHPpbGtz+PUSBcxUyqdvMr6G+guGZc2My9z4Vlf10Epx1Ii/tl9dFB9RUFtLecbx5+9uVbRTEAtqixRiC6+xQVKu+G8m1FPmQV4ZFNrQ29/SXla3Mx7juVyuos6Ro9d926O8nEAQ273d40N43LUUnryE7NX2p111NpfSXgWTs2Oj6oKu9tcTQd6NFz3QZNFyKKW1EX3bOtj27GXPoExtbC2/S8JC21SZtjjR4KlSfzVoEIaACcCIElLBDCEgC2akLmUkNTBGeC+AQHz5JI6YICyKaxpGQTOIIIaLsFB9sqrmn4wRH5X1eeL2e+tO5YbPQVJbeo4ft8EQGtmo9ygPhDg/oRVZ312NJsg1B7H3tyVjGX/w+TTQ+5KL5ZDyhzu+mwMEIO/GEjD83niSUJmFKOUmpiQnTsU8SBj95aFgYcmZCyB+n4ykJ4zA4nGChH4EiJ9s52YiQkuONSd1k6w5pZ3CsnBrx933aAROxbL/r14YT/Xwci/8vBeIc/qX/y4I7/ajTNp1+lLBbXuKixT39QvtxolJDaB4JwmLBSc78lETG10kuZK6SBHP6GdSxh9PJBC0ws74VXx944fAj5TzKvwlvlLCDN3J/XLxVbmKqmE8imkMHJg0niVYRCWmSCqmNiYIYgzenPj/cT014Q1jg6vmnARvl3AQ2StgBG7k5O71rkstESkaEAe2whCRJogMSCB5RIbmKNaZ3TTin0eHD7V73PP8BR/m46Vcxwg7myD1yMfdDKLISbYjxWQQcBIGRcm6IotQP0jwxynAU5jE7fL5dyJ/5jKP8m/BGCbvtAG5/du4HGEu4MCExoQ8cFEbARoZLomMKSAoZKoU44zRIoSEIDwM+PtcZ/633JGg/5lUQsmHDILJp2DDCzg4hd9TdodwP44jDLoa5gppU55QIHqewmIziMDJ5bBANG+inNIxP7NAaToW8RHuakEA5OAGOEnYretwGuYCnCTdCQWrgVELxk4P2xKSwWCiCKFAykikmJBI/jY+VNOOTGuR9GbKQd7UeKOCNkGMXeKLa/b48Rr9m2lMoY8rz8yujvXacXxmdXxmdXxk9+JURLveguH7KPShhJ/cgc9VOy8HCmFGa2hIZlqDaJ0LEigCNMO7HsQ55fjr38CQNYenDyd7ilDmvsJ4yB+1RvjcVITLC+Z3Y+Z3Y+Z3Y+Z3YE78TQ96MYKh4czOCEXZSAzKVuKkhDqSWiciJhs6CMBZJkifMkERHPDJUsEREp1NDFPi+nxzMDPYB3UPadGxS2NX72HzwwOd9iE1GgTptMkrYvY7BHQp3k2koYqkCe08W+YQZmZA8guIhSRNNfRVGaS5Rm0wZPfVcxm7Jc/b5KN8mrFHCDtbIvXGxRr3vxGANqx2+a5z+YT0e/hc/V+pfdVE9I+woNyfYkW9eN7Ajt8mBHQNoBFFzEFBA8NnQg7Gmrh/w9K3tcyAjW+ZNa+SrZZUNj83W/0V3FnkFc7/XzSdT1rfe3f8BaBas3A==	{"order_id": 6, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "decomposition": {"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 70, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "waiting"}]}, "fulfilment": {"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "completed"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "completed"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "completed"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "completed"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "completed"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "completed"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "completed"}, {"id": 70, "type": "resource", "spec": "Router", "state": "completed"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "completed"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "completed"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "completed"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "completed"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "completed"}]}, "closure": {"order_id": 6, "products": [1, 2, 3, 4]}}			\N	2	2026-12-06 07:23:24.17296+00	2026-12-06 07:23:24.613211+00	2026-12-06 07:23:24.613224+00	6	\N	\N
51	7	plan_resource_order	6	completed	z1:eJztVtuO2zYQ/ZUFn80tdZf8tkG3aIsiLbop8hAEAi8jh4hMOiS16Xbhf+9QttdKGycMCqQo0DdxOJrLmXNIPhLFAyfrR+LB3Wuz6eF3+YabDZA1+enb5/Tu599efE9WxMFGWxON1ij8WJGd09bp8IA2Y92Wj2jzI+/lyL1Ho3DW/AHROLl7eOgNgAJF1sFNsCLWKXC9xnW9IlxKO5kwL/MV0QG2vYd3ZJ3FvXBIzJWKwXYgcXEjJXh/9Yt1AY2Gb2O9zyavTTR/p4WDqx9MAGcgzLVaNcnQOxjQDw3Yo8PI4LQPWvoIgOBGvdcqvCHrijHMFDhu9XpH1gMfPdbssbB+Z32QVsV8dy+zm6vs5ibGsybEgD2G3GIT5f6T7g7k5BzCjeas6q4ZQ6M10Ac9d5JX7GBTdsu16RdoIT7TzgcHHPM87mMsbycnIfZw+p5dya+3dzTvmq5oyNmtDw87+BuCOH3Nx95MWwEu1vq8qYq67jJWV+SAxRSHilGQJzjG/T427RyMPM7HH2rB0SME3L9F16oTZdkOkg6ZKCh+VlQUuaTloITErW4QxcyOuZATL6Td7kYIZ6LEaPN8qq5plRwGyqu6pqUsgXYVz2kjoRryulEKS0W/ufUkZ+QFd2ACWZtpHCMp9KjQQNavSCmV7Io8x99kS0umsHrWNZSztpGFFKoWDXl97DjCA/1JN1nT1VWZtay8zqu8q7LuACBu1eWhof5I47vAZ/iD05sNuNj1kWt6Ji+O5KhPBPd/pf6nlRonCONpmFGFRzBeRL2gKYlyJ4InOZ8JniqIpQQKVkDWiZrWA0cBAxS0bTtFVcNZk0mRMZUkgSLL6vqiBHyyBAjcYy/9oN2JnGdRLMBF0NEI/skKxwPq1euP457U5wn3JOcF7olzWuLeMiFK0Q40qxqgZSUryksmKcvzjjHIoRHV53Ev8pJ96ug5nuT90/WRNAJUjwEZrMP/3k3gwwdGDKtNHJJ1D98cExzA4Fv/wf300UvorwfIZVUuVLbff44F/+INmcC+pGmf2JfkvGBfIluX7GOsZkqogRbFUCFhc0U7wBRKSpWrGn/sVBL7sra5SD4w6gtvvX8i8KSWThAnOS8gThzJEuKkl1EKxEWWX4R4N3LzJO7DtXR9a9SPVpuvCH1Sq+dHW9KL8Qn6xFEtoE8CtW3ai6jefkXixre9tV9weftJ4PMpHlqnHGK3Nf18bfpD94skz3DvpXVvh9G+J/s/AS0GaDc=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 62, "upstream": {}, "resource": {"resource_id": "RES-297937", "resource_type": "Access Port", "serial_number": "SN7536691065", "status": "reserved"}}			\N	\N	2026-12-06 07:23:24.269312+00	2026-12-06 07:23:24.325111+00	2026-12-06 07:23:24.325117+00	2	\N	1
52	7	plan_resource_order	6	completed	z1:eJztVttu3DYQ/RWDz0tXpEhpuW8O6qIpirSoU+QhCASKnHWIaMkNRTl1g/33Dvdiy222YVAgRYG+SaPRXM6cw+FHYnXSZPWRjBDvnL/t4DfzVvtbICvy47cv6M1Pv778nixIhFsXfDYGb/FhQbbRhejSPdp8iBs9oG0cdGcGPY5o7GPwv0M2TvEO7jsPYMGSVYoTLEiIFmLn8L1ZEG1MmHzav/IFcQk23QjvyYrlb+mQWFubg23B4Mvzn+/ExZW1ETDXgni9yQU/m0bn0XLxnesjXDz3CaKHtC822MmkLsIa/dCATUYMDdGNyZkxI9Brbz84m96SlawqTJU0furclqzWehix6BEr67ZhTCbYnO/mFbu6YFdXOV7wKQfsMOQGuxC7v3WPYKYYEW80M6kuqwqNwUOX3L4TLquDzYaNdr6bwSUWZNqOKYLGPB93OdYYpmgg93B63ruSX65vqGjqikvy6Nal+y38FUKcv9ND56dNDzEX+4I1DZeNYEtBDmBMeazojkzBQe52uesYYdB5QuOhGBw+YqDHd+gqlATWsjWVy3VFhZU91XLdU9X2DVNG9SDrPT+MyTUcmWHCZjtAeqRKjrYfUMuXgi+5olaolgqpOdWiMZRbVUveMqWtyX773ouckRg6gk9k5adhyKxwAwKCdHtNZCNhLU1NQebqEQeqet5SVtu14gpY03Ly5thxhge6k3JYqxqJP1TikkvJGOMHAOEwvtxQdyTyTdIxEzRFd3sLMXd9JJvbsxdHclQogvu/Vv/bWs0jhOE0zazDIxgvs2DQVMS5E8OLnB8ZXqqIuQaEYaKRNae91EBFVbVUVdLSpWxrAT2red0WaYA3dX1WA2OxBgjcYS/d2sUTOx9VMQMXQUcjjA9WOJ5Qr998GveiPk+4FznPcC+c0xz3igPUzVpSpmVDBSj8RTNNDWjG27YBoeDzuNdctqJuz+J+PMq7hwVSNAJUjweTQsT/3k8wpidGDOt8HlKI998cExzA0JvxyYb69Br68xFyXpYzme12n6PBv7kkC/hXNO8T/4qcZ/wr5Oucf7znqgapaQNyiej0FV1WUmGKuleG837JTRH/lpwvz/IPvP3CzfdPNF7U0wnjIucZxoUzeXK2ltyOijBWip3FeDto/yDww2q6vPb2h+D8V8S+qNeH87Xs2viAfeGsZtiXoKqEFGdRvf6KzM03/BC+YIGPU49XqHylPuXotxvf7VfneOh+luQZfnsV4rv1ED6Q3R+P1FwO	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 64, "upstream": {}, "resource": {"resource_id": "RES-463025", "resource_type": "IPv4 Address", "serial_number": "SN1662564184", "status": "reserved"}}			\N	\N	2026-12-06 07:23:24.269314+00	2026-12-06 07:23:24.326412+00	2026-12-06 07:23:24.326418+00	2	\N	2
53	7	plan_resource_order	6	completed	z1:eJztVk1v3DYQ/SsGz0tXoqivvTmogaYo0qBOkUMQCBQ52gqWSIWi3LrG/vcOpf2QgyzCIIBz6WWxHI5mOO+94fCJKOEE2T6REexDq3cV/CP/EnoHZEt++/kNvfv9z3e/kA2xsGuN9kajFf7ZkMG2xrbuEW3a2F50aBs7UclOjCMaa2v0v+CNk32Ax0oDKFBk6+wEG2KsAlu1uM42REhpJu3mJduQ1kFfjfBpXgjplsRCKR9sAImL128f+NWrzsh7tGnR++PeOeFaefX67WljsEZN0lUWGtxHA5ZmMSDYdkRXPOXTHkNivmowo5NGzXHexzdX8c3NXLWcrEVY0BxH11GENqOhcu2ckaWLSZletLpa1ZRvyDSMzoLolyQWRjNZCR7q4//Zlfxxe0dLFrEkIme3yj0O8HmdSFErukpPfQ3WH/QNKxOWpTyOmd/G+iePPAZBMhHrPSaWxlrohAfxUC/y4yonxnt0xc/jJs0bKpoUKK/ziBZlk1JVpA1EoqlziGcKpQTP6kKeNP3QgTuz6aP56ITXcaTiIqWQJiXlSZRQAQlQmWTAsjxXBUu831x5kDOyKCxoR7Z66jpPYdspNJDtB9IACJVlNc2Ksqa85IyWZZTTAiOUZc2imKXk46FiDw9UR3HHeemBKyJ+zbIIUycLgLiV8aWg6qA11JV1eA5n290OrK+6Ed2IZbcapaSRkkMTIbj/t9MLtJPHGboj5L5VDmd+51WNpiBhHGUY5HyWYahs10KNE2gKJhQtJU8pV1DSEliCPyJtVJPGqL8goXJepBeFOgYLlcAD1lI1rT1K6CzdFbgIOhphPFnhcI18+Phl3IPqPOIe5LzCPZCnZ7iXQkGT4KWWZoLyXOEnccFoHoEqVBJHXGVfxz1hOcuL8iLuh/u2Ot3xQRRIozVIZyx+92mC0T0zYthWe5KMffzpkGABQ/TjsyHypUnxeZdfbslVk+33XxPBj5tiIdoL4fqkvRDnlfYCtfpsOBVZ3SR1RlkUYYqGC1rmgMJltUp4oXKWsCDt8Yjxi9oDrb5xNH1PfwfVdLpXQ5zXGIdxssY46PkSgnHKOLuI8dAJfWruZSxd32r1q2n1C2IfVOsR+8B33fluDeNqhX0QqmV+EdTbFxSuf38b8w2ze5xqfOz4J+8xRz30upqn5rgUv0ryCvfeG3vfdOZvsv8PYVAhUA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 67, "upstream": {}, "resource": {"resource_id": "RES-920230", "resource_type": "IPv4 Block", "serial_number": "SN2932654112", "status": "reserved"}}			\N	\N	2026-12-06 07:23:24.269316+00	2026-12-06 07:23:24.328274+00	2026-12-06 07:23:24.328281+00	2	\N	3
54	7	plan_resource_order	6	completed	z1:eJztVt+P3CYQ/lcinperjbGx9+2qnlRVbSrlUuUhiqwxjLdWvLDBOOk12v+9w/46X5RViCpdX/oGwzDDfN83wGdmIABbf2YT+o+D3bT4l/4T7AbZmv3600t+//sfr39mK+ZxMzgbjc4aGqzYzg/OD+GBbNb5LYxkm0Zo9QjTRMbOO/s3RuPsP+JDaxENGrYOfsYVc96gbweaVysGWrvZhsNUrNgQcNtO+IGti7gWjonBmBhsh5omr9wc0NPcwjYe9TewsEHz4mLfeWdmHVqPPS2TgaryFAv9MIVBT7HkT0M/HM+zp8CUtd25KWhnYsT7N/nti/z29lC7nr0ncMiclzdZRjZnsQ3DIbc8mYzbwmDbx8pUtmLzbgoeYUv59jHS5GavMWY/jw+u7NXdPc+aXFWKPbq14WGHy2qJpAHG1s7bjuZ0yJdZnmWqVk0u4nKAMEfsKQDRSWjvKal23uMIEcbpeAxiKLQBpvfk2kADGfTIm0Ihl6ahUWVqrqQoAXsljKgOJGqNkdcjfdptdyOGRz5jtAOonUYArDquVJ9xWVQZb0SpeSmqpslUVsmujH6HqpOciUzwaANb23kcI5PDaMjA1m+ZgFwWiIpL2sAlYMFrJWou+0aAzlBU2LB3p4ojPNie5Z2rpiplXmfyRlRCyOqIH61U8lhPexLbfQAf6BjBD5sN+lh0D+NEVQ+WeLHEyKmLCNv/++nZ+imijeMZ+Ngrp9O/jtImU5I6zlpMcn7UYqp2l2otRY0SdMFNIUsuu05yKKDkWJZZI2SHhTBJai3qrL4q1ylZrgw/Ui1tP/izkB4FvACXQCcjThcrnu6St+++jntSnWfck5wXuCfytMS96EvZNSh41gNtqfue1xScNzrvVW1qQjb7Nu6FaKRS13E/Xbrt5ZJPokA7a1EH52nfhxmn8MRIYQcbSXL+4YdTgiMYsJ2evCJfPhVf9vn1dlxcHfv9twTw3zxhCZpL4visuSTnheYSNbrUXFObMpeqphQdbRGgONRQ8LyXYJreZHkFSZqr8vK65tCa73yY/k1fJ9V0xjjJeYFxIidPME75u6RgrMpaXsV4N4K9NPXxObq5s+YXN9jnxD6l1gv2aZ+6C/aJXC2wT0G1FqK4iurdMyo3/ryd+45He5o7+vDED+85R7fb2vbwXE7H6hdJfqS1N86/70f3ie3/AfQVJeU=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 70, "upstream": {}, "resource": {"resource_id": "RES-091767", "resource_type": "Router", "serial_number": "SN0100787912", "status": "reserved"}}			\N	\N	2026-12-06 07:23:24.269317+00	2026-12-06 07:23:24.330315+00	2026-12-06 07:23:24.33032+00	2	\N	4
60	9	plan_service_order	6	completed	z1:eJztVkuP2zYQ/isLnU2vqLd82yYLFEWbBnHaHIJAoMihK0QmHZLadBv4v2coWV5tEScMAuwpN3pmPI9vvpnRp0gwx6LNp8iCuevUroF/+T9M7SDaRL8/f0G2f/71+tdoFRnYdVp5oVYCH6voYDptOnePMqXNnvUosz1reM+sRWFrtPoPvHAwd3DfKAABIto4M8Aq0kaAaTr8XawixrkelBt/Jquoc7BvLHyINqnXuSkwE8I7OwDHH89e3l69NPqus6jEtFGj2N4n/QdTbAfi6pUeHJgxTy0G7hoDEtUowPoMegXTWddx64v/2MluyuyIITB+c9DWcS28x+0benNFb25GFPhgjI+3iWi+jmOUaQWN68bY2Ukk9J51qnmosaRnGAzYoXdobICJezQeDtbhe+/zOCWNLzTTg+GwfI+uole3WxLXtCzKMaGTyt0ffAbnqrGdHesbNexb7zDavohpHJdVWdPEqx1zgx2z8I3HvhyPx9VEgino6TnF3P79jFRZFhe+OuwWWIsIGV/GDkh8HV8nFWq6Q4NdQpfeM43XRbymSbEuHkX0Db2DyIfj2hjomW+wbwNKkDuuccy+R0NZJmnBZUwgp5JkwBhhgidYfM6KNBUJ4+1IrzGfmVhc7w89uAemeW9jk6UUQiYgSMbalmRZXpE2l5ykGaMirhGfsvV2Y8VBxkguZkAhDGroe8+srsfyka1vo7oo4hayihRtUqIXUZE6zxipGZRpJpNMyDJ6d6rYgwPNPHi0rIs8o1WcrdM6xWDJBB+qimwqqDnNwdYx7ALKTLfbgfFVS9ZbLLtTSASFFDgNOIL7c9R/jvpp1D0boJ+J4T2eMH3tZw9FQfSdhyXI+GFYQodrOU6yLeOapSkBhtYZjQtScd6Soq5yGRe5hKQNGqckpfXFcbLB4xTBHdbSyM7MRH8YsAW42HIUgj1L4bTs3r77Mu5BdZ6XVIjxAvfAPi1xb1MpE1FkRPAsIRmnlNRJywiVZQaU0pq39Nu44+koaVVexH28Cf6/8wEKagHXSgF32uCkfRjAukdCdHtYrI3rOcYECNvbxZX78pr5/z66vCy+sVG/voamafwadZ76LgfwNIgXM0+DjJf7IYzXS55WyLCyaiuS11B4amek5pKRUoq4KpHzeV4F8bTK0+oiT0GJ7zy2P7ILgmqaMQ4yXmAc2JNHOzjkgywE47qsL3/SHHqm5j0w3dX1rRK/6U49IfRBpZ7XcNiH6hn6wFYtoA8AlcZ5ehHT2yfkLcqM1t9x5u3Q4qL2u2uO0R72qhkPrJ2KXwT5BXVvtHkve/0xOn4GJEiimA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 71, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-091767", "resource_type": "Router", "serial_number": "SN0100787912", "status": "reserved"}}}, "service": {"service_id": "SVC-844060", "access_port": "ge-0/0/28", "ip_address": "10.60.126.62", "status": "active"}}			\N	\N	2026-12-06 07:23:24.397131+00	2026-12-06 07:23:24.442421+00	2026-12-06 07:23:24.442428+00	2	\N	3
64	6	plan_product_order	6	completed	z1:eJztVt+P1DYQ/ldOfl5f88OJnX07VFCpEFS6K/eAUOTYkyUiay+Os+31tP8742Rzt0AXjCqhPvAWj+3xzDffN5N7oqWXZH1PBnD7zmxq+Fu9k2YDZE1e/PqSXr/68+Y3siIONp01wWiNxo8V2bnOus7foc1Yt5U92oZe1qqXw4DGxlnzDwTj6PZwVxsADZqsvRthRazT4OoO1+WKSKXsaPy0zFak87CtB/hA1izs+flhqXVwtgOFi+dm8LLvZdi7+MNZPSqPu0Zu4bPdKdJpv3bQ4iYaMEOHfsF1g+8UBnt/QM/4bL2zg1dWByfXt+nVRXp1NSWvRucQHTQnl0mCJmug9t30WloVs03brexM/ZgaL1Zk3A3egdwGjJ910OuL1x0+FZb7Tz6mG+TZ9WtaVSKrUnQIZtMhbC7ADnBxazGCVahYeDZLspKmGU34BLz1IZR8nSQ05espHgTBj6EUg3oHeuwR/cNDORwMYx/uYHD6bsrII+iuw0KuyauXN2mWs6Lk5IB3mq7vp/Tvl896KtIU8pPnLygThSiZIF/U8oj9l0WJxPQhh8CDPUzRKOsczI6OtUPK+drL4T0eLErIqjZVVIlMY2AlUMEkpyqTqeC6Ejk0EyuVgkDUmY/Kbnc9+EeCBm/BO5GCp7zIcwqiaChLWkWlViXlKi/zRmqOzsO5CYuow4iKdGAQFDP2faBj12s0kPUbokC0uhEt5ZkWlPGqpFIJRUsGuW4SmRSJJG+PGQdwoF70muLhgqUiYZcFE1WapDN8uFWyOaH6KJ9rL13Qi3fdZgMuZN3KfsC0O4OyMLKvj33hsPrZIX52iG91iMAS6BfC+LsdHHG+CZoMko2h9SKiqMOPIooV3anMcmwEjW7wisrwSqsKKmQlaV4ladmyIiuSKkZmVVLk/KzMhmiZEdhjLnXbuUUAj8I7ARe5Emo7PFjh2ATfvP133KPyXHCPOnyCe2SdTnFnhRZcyoxmQnHKWNnSinNONaugyJumbIskAnee5yXLz+I+zYpwd5lbUSVQ1hhQ3jpk/ocRBv+JMfSr2dsvi/sZC7mdx0Tk3PusW0U1jllgX2PD/2xCRzAzigkLM6MOnzAzksmnzEzyRmUVNkxeaYVkTnNayYLTNi3zssk1MF5EMRO/2FlmgtHfOXb/i/qjclowjjp8gnFkTU4xjvo1i8G4FGcR3vXS1Ms8nwbt5VOjf7ed+YHARyW6AB/5w/oAfGShToCPgJRluTjfUJ/+QNqizVn7HXN9GBusd/iZX95odltTTxN1mLM/eeQJ7t1a977t7V/k8BFPYqou	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 75, "upstream": {"Field Visit": {"visit": {"visit_id": "FSV-998291", "engineer": "Lee Wong", "date": "2026-12-07", "slot": "13:00-17:00", "status": "scheduled"}, "survey_result": "ready", "ont_serial": "ONT1234567"}}, "billing": {"billing_item_id": "BIL-4858648", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}}			\N	\N	2026-12-06 07:23:24.552701+00	2026-12-06 07:23:24.575091+00	2026-12-06 07:23:24.575099+00	2	\N	\N
62	6	plan_product_order	6	completed	z1:eJztlt9v2zYQx/+VgM+mox+UKOYt6QqsQ7EVSLc+FIVAkSdPiEy6lOQtC/K/90hbsb3WK4MCxYANfhGPZ5L3ue8d+UC0HCW5eiADuG1nVjX8qX6XZgXkirz+4Wd6+8uvb38kC+Jg1VnjjdZo/FiQjeus68Z7tBnr1rJH29DLWvVyGNDYOGv+Am+c3BbuawOgQZOr0U2wINZpcHWH43JBpFJ2MmMYZgvSjbCuB/gYBlKNu42l1n6xDSgc3I5y7NTFqzcXb5zVkxpxysg1nEzd9FbdhZMGl9pBi/NowAgdrguuG9AVD/vwiCvjtvXGDqOyOqzzLr2+SK+vQ/Bqcg7poDlNlkmCNmugHruwY1bsTNquZWfqo9DEgkybYXQg154xnumFNQYwpG0gt8eu4Ogz/JPc/vaCioRVjJPAB4YBD+dGnFoBTS7zyzDTbWrk4iAQx6MJvkxTsWTCo0IQk7d7hFsgj48YZdP1fQjkYf6sA+6w6c2r1zStBGe5IJ9lZU/xi4QjAX1+IsyFdQ566ZO8TwTqZ6xHOdyhI5OgM15UVOSMUaaSljZVIWijigxKXWklWZBYIDSLS9n1pofxoDa/ml+dQJGoUrYprQpWUZaXLZVlxigXnLeiaqTUzPsFHFHOCEY6MMjFTH3vtdX1mBBU7HvS6pIXigmapcAp4zLD0+uKNhIPXzai5NCQD/uIPRyo5+JLuSgLllYJW7JSpGWZ7/DhVMl2AdWHWnBe/6PrVitwPupW9gOG3RnUuJF9vS9yhPt/uf+Hyt3nG/o59eP9BvbQ3vrqQlOUQOdyiHI+lENs+RwXDFOlLpqkpI3ICtwizaiskoY2aaMLnqUyy0RUweRJJc4WzBBdMAS2GEvddm6W8qGEjuBi1tEIw5MV9u3s/Ycvc4+Kc+Ye5XzEPTJPp42KgUp5RbOikJRBmdImaxhtSp6ytuJcqfzr3IuEp7ngZ7kHYfr/zpdQVArUroSsw4L+OMEwnhh959mtdjkvv2Mh16HhP+MS+1vrieoCuxr7J0H8+27cCH1G6eHQFyKcj/QZqedjfTZaiSrnnKYszSlLspZWiimai4wJaCVnQkbpM8PfWX2C0c+8Rr+lB0TFNDOOcj7pAVE5Oem9MU+tGMYsSc4/Vja9NPV8Q4erc/nS6J9sZ74j+qhQn9pv3BP0CX1kqo7QR0HlBTsL9eV3FC7anLXPuN+HqcF8+xfNvEezWZs63KzDLvqjTW5w7p11d21v/yCPnwCOjYca	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 69, "upstream": {"IP Connectivity": {"service": {"service_id": "SVC-904847", "access_port": "ge-0/3/47", "ip_address": "10.97.119.49", "status": "active"}}}, "billing": {"billing_item_id": "BIL-1897439", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}			\N	\N	2026-12-06 07:23:24.474802+00	2026-12-06 07:23:24.508133+00	2026-12-06 07:23:24.508139+00	2	\N	1
63	6	plan_product_order	6	completed	z1:eJztllGP3DQQx7/KKc/rPTtxnPjeruUkQAUqrtCHqoocZ7JEzdpbx9lyVPfdGWeTu8B1wRVShQRvydgee37zH48/Jo3yKrn6mAzgjp3ZVfCr/kWZHSRXyYuvvie3P/z06utkkzjYddYEozUNfmySg+us6/wd2ox1e9WjbehVpXs1DGisnTW/QTCO7gh3lQFooEmuvBthk1jXgKs6/BebRGltR+On33STdB721QDvk6ssjPnTxqppgrMDaPz5Thm1g+biRzt6cBcvnW1G7XHcqD08GZ9OO82oHLQ4jAaM0qFvcN3gOz0EBB+6tjud7x43wlNUBzt4bZvg8fY1u75g19cTCz06h7DQzPItpWizBirfTXvz2dTYvepM9RhpgbGNh8E7UPuw3/OXN+Hkx27ACCd3cxo0rD6npcntz89JyTkVwTPygmHA0zmPQzsg9JJepiWOdIcKOTmYMsDoVtAtS8VWpAGdV34M9oD0CMn9PYZZd30/bz1/VhP+adNn37wgWZ7KNJfJkyzNRD8FOxLQ0wNhWqxz0KuQ85ATtKCcfOXV8A4nFpKldcNawilowlPREilqQagQBWtTkLyUk+ImQIvWtN0fevCP4gvepowXtZJlkTJ0QDnhqihJTXlOCnRX8JbRumjCvIlG1GTkohwYxGLGvg8y63rMBwr4TSJKKSmvgXCe1hiCzogqMk4yobmuU9XWGSRv54gDHKiWWmSFFDlnJeVbXtAyFyd6OCL4KZ5qroxbr1woBO+63Q5cCLpV/YBRdwazY1RfzSWPbP8v/v9w8Yf8Q79Iwd8dYOb3KhQbmqL0ulRH1OTH6oitpnX9qEbggrYlwEWOS1pGSkVzwgqtaqYLLTDUmPqRMj1fQEN0ASVwxFiqtnOLtB9LagUX045GGB6sMN9ub95+mntUnAv3qMkr7pF5WnOXqtQyzyQps4zirZtrIpVuSJapOs+zVrR58ffcc1qWBTuLfdJlWLp0pKgMaGsMaG8d1vb7EQb/B2O4iE7eLhf3JxRqP9V8fEf700UUdQmcKuyv5PCv674R4owSwyLOqMkrcUaKeS1OJjUIVRQEW39DuMTFMq9TQmlZ5GUrZMl4jDglpTQ/q04wzWf21H9yAUTFtDCOmrxiHJmTNeOoZ1cMY8by84wPvTLV0qqnxrm9Mc23tjNfEH1UqA8vwrjn6AP6yFSt0EdBlTQ7C/XmCwoXbc7az2juw1hjvsNzZtmjPuxNNbXV4RT9apNnOPbaundtbz8k978DZvGMgg==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 72, "upstream": {"CPE Provisioning": {"service": {"service_id": "SVC-844060", "access_port": "ge-0/0/28", "ip_address": "10.60.126.62", "status": "active"}}}, "billing": {"billing_item_id": "BIL-3529259", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}			\N	\N	2026-12-06 07:23:24.474804+00	2026-12-06 07:23:24.509932+00	2026-12-06 07:23:24.509938+00	2	\N	2
\.


--
-- Data for Name: process_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.process_versions (id, process_id, version, name, deployment_id, file_id, executable, not_executable_reason, flavour, spec_json, summary) FROM stdin;
1	change_request	1	Change request	1	19	t		spiff	{"spec": {"name": "change_request", "description": "Change request", "file": "change_request.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "change_request.EndJoin": {"name": "change_request.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end_approved", "end_auto"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["change_request.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["enter_details"], "bpmn_id": "start", "bpmn_name": "Change requested", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "enter_details": {"name": "enter_details", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["start"], "outputs": ["compute_surcharge"], "bpmn_id": "enter_details", "bpmn_name": "Enter technical details", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "technical_details.json"}, "instructionsForEndUser": "Site for customer {{ customer }}: enter the technical details."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "compute_surcharge": {"name": "compute_surcharge", "description": "Script Task", "manual": false, "lookahead": 2, "inputs": ["enter_details"], "outputs": ["classify"], "bpmn_id": "compute_surcharge", "bpmn_name": "Compute surcharge", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "prescript": null, "postscript": null, "script": "surcharge = 50 if cabling_needed else 0\\nsummary = f\\"{bandwidth} Mbps at {site_postcode}\\"", "typename": "ScriptTask"}, "classify": {"name": "classify", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["compute_surcharge"], "outputs": ["needs_approval"], "bpmn_id": "classify", "bpmn_name": "Classify change", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "approval_level"}, "prescript": null, "postscript": null, "decision_ref": "approval_level", "typename": "DecisionTask"}, "needs_approval": {"name": "needs_approval", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["classify"], "outputs": ["end_auto", "approve"], "bpmn_id": "needs_approval", "bpmn_name": "Approval needed?", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "end_auto"}, {"condition": "approval_needed == True", "task_spec": "approve"}], "choice": null, "default_task_spec": "end_auto", "typename": "ExclusiveGateway"}, "approve": {"name": "approve", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["needs_approval"], "outputs": ["end_approved"], "bpmn_id": "approve", "bpmn_name": "Approve change", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "approval.json"}}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "end_approved": {"name": "end_approved", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["approve"], "outputs": ["change_request.EndJoin"], "bpmn_id": "end_approved", "bpmn_name": "Decided", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}, "end_auto": {"name": "end_auto", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["needs_approval"], "outputs": ["change_request.EndJoin"], "bpmn_id": "end_auto", "bpmn_name": "Auto-approved", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Fulfillment agent", "Order approver"], "user_tasks": [{"id": "enter_details", "name": "Enter technical details", "lane": "Fulfillment agent", "form": "technical_details.json"}, {"id": "approve", "name": "Approve change", "lane": "Order approver", "form": "approval.json"}], "decisions": ["approval_level"], "connectors": [], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
2	customer_order	1	Customer order	1	20	t		spiff	{"spec": {"name": "customer_order", "description": "Customer order", "file": "customer_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["order_captured"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "customer_order.EndJoin": {"name": "customer_order.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["order_closed", "order_rejected"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["customer_order.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "order_captured": {"name": "order_captured", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["enrich_site"], "bpmn_id": "order_captured", "bpmn_name": "Order captured", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "enrich_site": {"name": "enrich_site", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["order_captured"], "outputs": ["enrich_customer"], "bpmn_id": "enrich_site", "bpmn_name": "Enrich site", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "enrichment_site"}, "prescript": null, "postscript": null, "decision_ref": "enrichment_site", "typename": "DecisionTask"}, "enrich_customer": {"name": "enrich_customer", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["enrich_site"], "outputs": ["record_enrichment"], "bpmn_id": "enrich_customer", "bpmn_name": "Enrich customer", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "enrichment_customer"}, "prescript": null, "postscript": null, "decision_ref": "enrichment_customer", "typename": "DecisionTask"}, "record_enrichment": {"name": "record_enrichment", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["enrich_customer"], "outputs": ["details_gateway"], "bpmn_id": "record_enrichment", "bpmn_name": "Record enrichment on the order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/record_enrichment", "resultVariable": "enrichment", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "values": {"value": "{'region': region, 'serving_exchange': serving_exchange, 'survey_needed': survey_needed, 'technical_details_needed': technical_details_needed, 'priority': priority, 'sla_class': sla_class}", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/record_enrichment", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "values": {"value": "{'region': region, 'serving_exchange': serving_exchange, 'survey_needed': survey_needed, 'technical_details_needed': technical_details_needed, 'priority': priority, 'sla_class': sla_class}", "type": "any"}}, "result_variable": "enrichment", "typename": "ConnectorTask"}, "details_gateway": {"name": "details_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["record_enrichment"], "outputs": ["details_done", "technical_details"], "bpmn_id": "details_gateway", "bpmn_name": "Technical details needed?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "details_done"}, {"condition": "technical_details_needed", "task_spec": "technical_details"}], "choice": null, "default_task_spec": "details_done", "typename": "ExclusiveGateway"}, "technical_details": {"name": "technical_details", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["details_gateway"], "outputs": ["details_done"], "bpmn_id": "technical_details", "bpmn_name": "Enter technical details", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "order_technical_details.json"}, "instructionsForEndUser": "The site {{ site_postcode }} of order {{ order_id }} ({{ customer }}) is not in a known serving area: enter its serving exchange."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "details_done": {"name": "details_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["technical_details", "details_gateway"], "outputs": ["adjustments_gateway"], "bpmn_id": "details_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "adjustments_gateway"}], "choice": null, "default_task_spec": "adjustments_gateway", "typename": "ExclusiveGateway"}, "adjustments_gateway": {"name": "adjustments_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["details_done"], "outputs": ["adjustments_done", "approve_adjustments"], "bpmn_id": "adjustments_gateway", "bpmn_name": "Discount above the limit?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "adjustments_done"}, {"condition": "requires_approval", "task_spec": "approve_adjustments"}], "choice": null, "default_task_spec": "adjustments_done", "typename": "ExclusiveGateway"}, "approve_adjustments": {"name": "approve_adjustments", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["adjustments_gateway"], "outputs": ["adjustments_decided"], "bpmn_id": "approve_adjustments", "bpmn_name": "Approve price adjustments", "lane": "Order manager", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "approve_adjustments.json"}, "instructionsForEndUser": "Order {{ order_id }} for {{ customer }} carries discounts above the limit: {{ approval_reasons | join(\\"; \\") }}."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "adjustments_decided": {"name": "adjustments_decided", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["approve_adjustments"], "outputs": ["reject_order", "adjustments_done"], "bpmn_id": "adjustments_decided", "bpmn_name": "Discounts approved?", "lane": "Order manager", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": "adjustments_decision == 'reject'", "task_spec": "reject_order"}, {"condition": null, "task_spec": "adjustments_done"}], "choice": null, "default_task_spec": "adjustments_done", "typename": "ExclusiveGateway"}, "adjustments_done": {"name": "adjustments_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["adjustments_decided", "adjustments_gateway"], "outputs": ["approve_order"], "bpmn_id": "adjustments_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "approve_order"}], "choice": null, "default_task_spec": "approve_order", "typename": "ExclusiveGateway"}, "approve_order": {"name": "approve_order", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["adjustments_done"], "outputs": ["approval_decided"], "bpmn_id": "approve_order", "bpmn_name": "Approve order", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "order_approval.json"}, "instructionsForEndUser": "Order {{ order_id }} for {{ customer }}: {{ recurring_total }} GBP a month, site in {{ region }} (exchange {{ serving_exchange }}), priority {{ priority }}."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "approval_decided": {"name": "approval_decided", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["approve_order"], "outputs": ["reject_order", "decompose"], "bpmn_id": "approval_decided", "bpmn_name": "Approved?", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": "approval_decision == 'reject'", "task_spec": "reject_order"}, {"condition": null, "task_spec": "decompose"}], "choice": null, "default_task_spec": "decompose", "typename": "ExclusiveGateway"}, "decompose": {"name": "decompose", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["approval_decided"], "outputs": ["await_fulfilment"], "bpmn_id": "decompose", "bpmn_name": "Decompose into domain orders", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/decompose", "resultVariable": "decomposition", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "facts": {"value": "{'serving_exchange': serving_exchange, 'region': region, 'priority': priority, 'sla_class': sla_class, 'survey_needed': survey_needed}", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/decompose", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "facts": {"value": "{'serving_exchange': serving_exchange, 'region': region, 'priority': priority, 'sla_class': sla_class, 'survey_needed': survey_needed}", "type": "any"}}, "result_variable": "decomposition", "typename": "ConnectorTask"}, "await_fulfilment": {"name": "await_fulfilment", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["decompose"], "outputs": ["close_order"], "bpmn_id": "await_fulfilment", "bpmn_name": "Wait for the domain orders", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/await_fulfilment", "resultVariable": "fulfilment", "parameters": {"order_id": {"value": "order_id", "type": "int"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/await_fulfilment", "operation_params": {"order_id": {"value": "order_id", "type": "int"}}, "result_variable": "fulfilment", "typename": "ConnectorTask"}, "close_order": {"name": "close_order", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["await_fulfilment"], "outputs": ["order_closed"], "bpmn_id": "close_order", "bpmn_name": "Close order: inventory, contracts, entitlements", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/close_order", "resultVariable": "closure", "parameters": {"order_id": {"value": "order_id", "type": "int"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/close_order", "operation_params": {"order_id": {"value": "order_id", "type": "int"}}, "result_variable": "closure", "typename": "ConnectorTask"}, "order_closed": {"name": "order_closed", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["close_order"], "outputs": ["customer_order.EndJoin"], "bpmn_id": "order_closed", "bpmn_name": "Order completed", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}, "reject_order": {"name": "reject_order", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["approval_decided", "adjustments_decided"], "outputs": ["order_rejected"], "bpmn_id": "reject_order", "bpmn_name": "Reject order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/reject_order", "resultVariable": "rejection", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "reason": {"value": "approval_reason if approval_decision == 'reject' else adjustments_note", "type": "str"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/reject_order", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "reason": {"value": "approval_reason if approval_decision == 'reject' else adjustments_note", "type": "str"}}, "result_variable": "rejection", "typename": "ConnectorTask"}, "order_rejected": {"name": "order_rejected", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["reject_order"], "outputs": ["customer_order.EndJoin"], "bpmn_id": "order_rejected", "bpmn_name": "Order rejected", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["order_captured"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order agent", "Fulfillment agent", "Order manager", "Order approver"], "user_tasks": [{"id": "technical_details", "name": "Enter technical details", "lane": "Fulfillment agent", "form": "order_technical_details.json"}, {"id": "approve_adjustments", "name": "Approve price adjustments", "lane": "Order manager", "form": "approve_adjustments.json"}, {"id": "approve_order", "name": "Approve order", "lane": "Order approver", "form": "order_approval.json"}], "decisions": ["enrichment_customer", "enrichment_site"], "connectors": ["ordra/await_fulfilment", "ordra/close_order", "ordra/decompose", "ordra/record_enrichment", "ordra/reject_order"], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
3	customer_request	1	Customer request	1	21	t		spiff	{"spec": {"name": "customer_request", "description": "Customer request", "file": "customer_request.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["request_received"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "customer_request.EndJoin": {"name": "customer_request.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["request_answered"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["customer_request.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "request_received": {"name": "request_received", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["handle_request"], "bpmn_id": "request_received", "bpmn_name": "Customer request received", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "handle_request": {"name": "handle_request", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["request_received"], "outputs": ["settle_request"], "bpmn_id": "handle_request", "bpmn_name": "Handle customer request", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "customer_request_handling.json", "formUiSchemaFilename": "customer_request_handling-uischema.json"}, "instructionsForEndUser": "Customer request ({{ request_kind }}) from {{ customer }} on order {{ order_id }}, which was {{ order_state }} when they asked. Open the order, then choose what happens: the customer is told the outcome that actually happened, with your note."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "settle_request": {"name": "settle_request", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["handle_request"], "outputs": ["request_answered"], "bpmn_id": "settle_request", "bpmn_name": "Settle the request", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/settle_customer_request", "resultVariable": "settlement", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "resolution": {"value": "resolution", "type": "any"}, "note": {"value": "resolution_note", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/settle_customer_request", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "resolution": {"value": "resolution", "type": "any"}, "note": {"value": "resolution_note", "type": "any"}}, "result_variable": "settlement", "typename": "ConnectorTask"}, "request_answered": {"name": "request_answered", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["settle_request"], "outputs": ["customer_request.EndJoin"], "bpmn_id": "request_answered", "bpmn_name": "Request answered", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["request_received"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order agent"], "user_tasks": [{"id": "handle_request", "name": "Handle customer request", "lane": "Order agent", "form": "customer_request_handling.json"}], "decisions": [], "connectors": ["ordra/settle_customer_request"], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
4	plan_field_visit	1	Field visit plan	1	22	t		spiff	{"spec": {"name": "plan_field_visit", "description": "Field visit plan", "file": "plan_field_visit.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_field_visit.EndJoin": {"name": "plan_field_visit.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_field_visit.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["survey_gateway"], "bpmn_id": "start", "bpmn_name": "Field visit ordered", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "survey_gateway": {"name": "survey_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["take_amendment", "start"], "outputs": ["no_survey", "survey_site.BoundaryEventSplit"], "bpmn_id": "survey_gateway", "bpmn_name": "Survey needed?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "no_survey"}, {"condition": "survey_needed", "task_spec": "survey_site.BoundaryEventSplit"}], "choice": null, "default_task_spec": "no_survey", "typename": "ExclusiveGateway"}, "survey_site": {"name": "survey_site", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["survey_site.BoundaryEventSplit"], "outputs": ["survey_site.BoundaryEventJoin", "survey_done"], "bpmn_id": "survey_site", "bpmn_name": "Survey site", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "survey_site.json"}, "instructionsForEndUser": "Survey the site {{ site_postcode }} (order {{ order_id }}, exchange {{ serving_exchange }}): can the fibre be drawn in?"}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "survey_site.BoundaryEventSplit": {"name": "survey_site.BoundaryEventSplit", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["survey_gateway"], "outputs": ["survey_site", "survey_amended"], "bpmn_id": null, "bpmn_name": null, "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "BoundaryEventSplit"}, "survey_site.BoundaryEventJoin": {"name": "survey_site.BoundaryEventJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["survey_site", "survey_amended"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "split_task": "survey_site.BoundaryEventSplit", "threshold": null, "cancel": true, "typename": "BoundaryEventJoin"}, "survey_amended": {"name": "survey_amended", "description": "Interrupting Message Boundary Event", "manual": false, "lookahead": 2, "inputs": ["survey_site.BoundaryEventSplit"], "outputs": ["take_amendment", "survey_site.BoundaryEventJoin"], "bpmn_id": "survey_amended", "bpmn_name": "Order amended", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": null, "name": "order_amended", "correlation_properties": [], "expression": null, "message_var": "amendment", "process_correlations": [], "typename": "MessageEventDefinition"}, "cancel_activity": true, "typename": "BoundaryEvent"}, "take_amendment": {"name": "take_amendment", "description": "Script Task", "manual": false, "lookahead": 2, "inputs": ["survey_amended"], "outputs": ["survey_gateway"], "bpmn_id": "take_amendment", "bpmn_name": "Take the amended order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "prescript": null, "postscript": null, "script": "site_postcode = amendment.get('site_postcode', site_postcode)\\nserving_exchange = amendment.get('serving_exchange', serving_exchange)\\nsurvey_needed = amendment.get('survey_needed', survey_needed)\\ncharacteristics = amendment.get('characteristics', characteristics)", "typename": "ScriptTask"}, "survey_done": {"name": "survey_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["survey_site", "no_survey"], "outputs": ["provide_survey"], "bpmn_id": "survey_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "provide_survey"}], "choice": null, "default_task_spec": "provide_survey", "typename": "ExclusiveGateway"}, "provide_survey": {"name": "provide_survey", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["survey_done"], "outputs": ["schedule_visit"], "bpmn_id": "provide_survey", "bpmn_name": "Hand the survey result to the order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/provide_data", "resultVariable": "survey_handed_over", "parameters": {"order_id": {"value": "order_id", "type": "any"}, "key": {"value": "'survey_result'", "type": "any"}, "value": {"value": "survey_result", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/provide_data", "operation_params": {"order_id": {"value": "order_id", "type": "any"}, "key": {"value": "'survey_result'", "type": "any"}, "value": {"value": "survey_result", "type": "any"}}, "result_variable": "survey_handed_over", "typename": "ConnectorTask"}, "schedule_visit": {"name": "schedule_visit", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["provide_survey"], "outputs": ["install_ont"], "bpmn_id": "schedule_visit", "bpmn_name": "Book the engineer visit", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "field_service/schedule", "resultVariable": "visit", "parameters": {"site_postcode": {"value": "site_postcode", "type": "any"}, "work": {"value": "'Install ONT'", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "field_service/schedule", "operation_params": {"site_postcode": {"value": "site_postcode", "type": "any"}, "work": {"value": "'Install ONT'", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}, "result_variable": "visit", "typename": "ConnectorTask"}, "install_ont": {"name": "install_ont", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["schedule_visit"], "outputs": ["end"], "bpmn_id": "install_ont", "bpmn_name": "Install ONT on site", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"pointOfNoReturn": "true", "formJsonSchemaFilename": "install_ont.json"}, "instructionsForEndUser": "Visit {{ visit.visit_id }} on {{ visit.date }} {{ visit.slot }} ({{ visit.engineer }}): install and test the ONT at {{ site_postcode }}, then enter its serial number."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "end": {"name": "end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["install_ont"], "outputs": ["plan_field_visit.EndJoin"], "bpmn_id": "end", "bpmn_name": "Installed", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}, "no_survey": {"name": "no_survey", "description": "Script Task", "manual": false, "lookahead": 2, "inputs": ["survey_gateway"], "outputs": ["survey_done"], "bpmn_id": "no_survey", "bpmn_name": "No survey needed", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "prescript": null, "postscript": null, "script": "survey_result = \\"not_required\\"", "typename": "ScriptTask"}}, "io_specification": {"data_inputs": [], "data_outputs": [{"bpmn_id": "visit", "bpmn_name": "visit", "typename": "TaskDataReference"}, {"bpmn_id": "survey_result", "bpmn_name": "survey_result", "typename": "TaskDataReference"}, {"bpmn_id": "ont_serial", "bpmn_name": "ont_serial", "typename": "TaskDataReference"}], "typename": "BpmnIoSpecification"}, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order agent", "Fulfillment agent"], "user_tasks": [{"id": "survey_site", "name": "Survey site", "lane": "Fulfillment agent", "form": "survey_site.json"}, {"id": "install_ont", "name": "Install ONT on site", "lane": "Fulfillment agent", "form": "install_ont.json"}], "decisions": [], "connectors": ["field_service/schedule", "ordra/provide_data"], "called_processes": [], "waits_for_people": true, "points_of_no_return": [{"id": "install_ont", "name": "Install ONT on site"}], "compensation": {"schedule_visit": "Cancel the engineer visit"}, "compensation_process": "plan_field_visit.compensation", "outputs": ["visit", "survey_result", "ont_serial"]}
5	plan_field_visit.compensation	1	Compensation of Field visit plan	1	22	t		spiff	{"spec": {"name": "plan_field_visit.compensation", "description": "Compensation of Field visit plan", "file": "plan_field_visit.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["compensation_start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_field_visit.compensation.EndJoin": {"name": "plan_field_visit.compensation.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["compensation_end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_field_visit.compensation.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "compensation_start": {"name": "compensation_start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["compensate_0_check"], "bpmn_id": "compensation_start", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "compensate_0_check": {"name": "compensate_0_check", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["compensation_start"], "outputs": ["compensate_0_done", "cancel_visit"], "bpmn_id": "compensate_0_check", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "compensate_0_done"}, {"condition": "'schedule_visit' in compensate", "task_spec": "cancel_visit"}], "choice": null, "default_task_spec": "compensate_0_done", "typename": "ExclusiveGateway"}, "cancel_visit": {"name": "cancel_visit", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["compensate_0_check"], "outputs": ["compensate_0_done"], "bpmn_id": "cancel_visit", "bpmn_name": "Cancel the engineer visit", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "field_service/cancel", "resultVariable": "visit_cancelled", "parameters": {"visit_id": {"value": "visit['visit_id']", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "field_service/cancel", "operation_params": {"visit_id": {"value": "visit['visit_id']", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}, "result_variable": "visit_cancelled", "typename": "ConnectorTask"}, "compensate_0_done": {"name": "compensate_0_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["cancel_visit", "compensate_0_check"], "outputs": ["compensation_end"], "bpmn_id": "compensate_0_done", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "compensation_end"}], "choice": null, "default_task_spec": "compensation_end", "typename": "ExclusiveGateway"}, "compensation_end": {"name": "compensation_end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["compensate_0_done"], "outputs": ["plan_field_visit.compensation.EndJoin"], "bpmn_id": "compensation_end", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["compensation_start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order agent"], "user_tasks": [], "decisions": [], "connectors": ["field_service/cancel"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
6	plan_product_order	1	Product order plan	1	23	t		spiff	{"spec": {"name": "plan_product_order", "description": "Product order plan", "file": "plan_product_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_product_order.EndJoin": {"name": "plan_product_order.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_product_order.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["activate_billing"], "bpmn_id": "start", "bpmn_name": "Domain order started", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "activate_billing": {"name": "activate_billing", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["start"], "outputs": ["end"], "bpmn_id": "activate_billing", "bpmn_name": "Activate billing", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"pointOfNoReturn": "true"}, "serviceTaskOperator": {"name": "billing/activate", "resultVariable": "billing", "parameters": {"account_id": {"value": "account_id", "type": "any"}, "product": {"value": "name", "type": "any"}, "action": {"value": "action", "type": "any"}, "recurring": {"value": "recurring", "type": "any"}, "one_time": {"value": "one_time", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "billing/activate", "operation_params": {"account_id": {"value": "account_id", "type": "any"}, "product": {"value": "name", "type": "any"}, "action": {"value": "action", "type": "any"}, "recurring": {"value": "recurring", "type": "any"}, "one_time": {"value": "one_time", "type": "any"}}, "result_variable": "billing", "typename": "ConnectorTask"}, "end": {"name": "end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["activate_billing"], "outputs": ["plan_product_order.EndJoin"], "bpmn_id": "end", "bpmn_name": "Domain order done", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": {"data_inputs": [], "data_outputs": [{"bpmn_id": "billing", "bpmn_name": "billing", "typename": "TaskDataReference"}], "typename": "BpmnIoSpecification"}, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": [], "user_tasks": [], "decisions": [], "connectors": ["billing/activate"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [{"id": "activate_billing", "name": "Activate billing"}], "compensation": {}, "compensation_process": null, "outputs": ["billing"]}
7	plan_resource_order	1	Resource order plan	1	24	t		spiff	{"spec": {"name": "plan_resource_order", "description": "Resource order plan", "file": "plan_resource_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_resource_order.EndJoin": {"name": "plan_resource_order.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_resource_order.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["reserve_resource"], "bpmn_id": "start", "bpmn_name": "Domain order started", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "reserve_resource": {"name": "reserve_resource", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["start"], "outputs": ["end"], "bpmn_id": "reserve_resource", "bpmn_name": "Reserve resource", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "inventory/reserve", "resultVariable": "resource", "parameters": {"resource_type": {"value": "spec", "type": "any"}, "action": {"value": "action", "type": "any"}, "site_postcode": {"value": "site_postcode", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "inventory/reserve", "operation_params": {"resource_type": {"value": "spec", "type": "any"}, "action": {"value": "action", "type": "any"}, "site_postcode": {"value": "site_postcode", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}, "result_variable": "resource", "typename": "ConnectorTask"}, "end": {"name": "end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["reserve_resource"], "outputs": ["plan_resource_order.EndJoin"], "bpmn_id": "end", "bpmn_name": "Domain order done", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": {"data_inputs": [], "data_outputs": [{"bpmn_id": "resource", "bpmn_name": "resource", "typename": "TaskDataReference"}], "typename": "BpmnIoSpecification"}, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": [], "user_tasks": [], "decisions": [], "connectors": ["inventory/reserve"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [], "compensation": {"reserve_resource": "Release resource"}, "compensation_process": "plan_resource_order.compensation", "outputs": ["resource"]}
8	plan_resource_order.compensation	1	Compensation of Resource order plan	1	24	t		spiff	{"spec": {"name": "plan_resource_order.compensation", "description": "Compensation of Resource order plan", "file": "plan_resource_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["compensation_start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_resource_order.compensation.EndJoin": {"name": "plan_resource_order.compensation.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["compensation_end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_resource_order.compensation.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "compensation_start": {"name": "compensation_start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["compensate_0_check"], "bpmn_id": "compensation_start", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "compensate_0_check": {"name": "compensate_0_check", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["compensation_start"], "outputs": ["compensate_0_done", "release_resource"], "bpmn_id": "compensate_0_check", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "compensate_0_done"}, {"condition": "'reserve_resource' in compensate", "task_spec": "release_resource"}], "choice": null, "default_task_spec": "compensate_0_done", "typename": "ExclusiveGateway"}, "release_resource": {"name": "release_resource", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["compensate_0_check"], "outputs": ["compensate_0_done"], "bpmn_id": "release_resource", "bpmn_name": "Release resource", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "inventory/release", "resultVariable": "released", "parameters": {"resource_id": {"value": "resource['resource_id']", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "inventory/release", "operation_params": {"resource_id": {"value": "resource['resource_id']", "type": "any"}, "order_id": {"value": "order_id", "type": "any"}}, "result_variable": "released", "typename": "ConnectorTask"}, "compensate_0_done": {"name": "compensate_0_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["release_resource", "compensate_0_check"], "outputs": ["compensation_end"], "bpmn_id": "compensate_0_done", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "compensation_end"}], "choice": null, "default_task_spec": "compensation_end", "typename": "ExclusiveGateway"}, "compensation_end": {"name": "compensation_end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["compensate_0_done"], "outputs": ["plan_resource_order.compensation.EndJoin"], "bpmn_id": "compensation_end", "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["compensation_start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": [], "user_tasks": [], "decisions": [], "connectors": ["inventory/release"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
9	plan_service_order	1	Service order plan	1	25	t		spiff	{"spec": {"name": "plan_service_order", "description": "Service order plan", "file": "plan_service_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "plan_service_order.EndJoin": {"name": "plan_service_order.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["plan_service_order.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["activate_service"], "bpmn_id": "start", "bpmn_name": "Domain order started", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "activate_service": {"name": "activate_service", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["start"], "outputs": ["end"], "bpmn_id": "activate_service", "bpmn_name": "Activate service", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"pointOfNoReturn": "true"}, "serviceTaskOperator": {"name": "provisioning/activate", "resultVariable": "service", "parameters": {"service": {"value": "spec", "type": "any"}, "action": {"value": "action", "type": "any"}, "site_postcode": {"value": "site_postcode", "type": "any"}, "serving_exchange": {"value": "serving_exchange", "type": "any"}, "characteristics": {"value": "characteristics", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "provisioning/activate", "operation_params": {"service": {"value": "spec", "type": "any"}, "action": {"value": "action", "type": "any"}, "site_postcode": {"value": "site_postcode", "type": "any"}, "serving_exchange": {"value": "serving_exchange", "type": "any"}, "characteristics": {"value": "characteristics", "type": "any"}}, "result_variable": "service", "typename": "ConnectorTask"}, "end": {"name": "end", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["activate_service"], "outputs": ["plan_service_order.EndJoin"], "bpmn_id": "end", "bpmn_name": "Domain order done", "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": {"data_inputs": [], "data_outputs": [{"bpmn_id": "service", "bpmn_name": "service", "typename": "TaskDataReference"}], "typename": "BpmnIoSpecification"}, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": [], "user_tasks": [], "decisions": [], "connectors": ["provisioning/activate"], "called_processes": [], "waits_for_people": false, "points_of_no_return": [{"id": "activate_service", "name": "Activate service"}], "compensation": {}, "compensation_process": null, "outputs": ["service"]}
10	revision_approval	1	Revision approval	1	26	t		spiff	{"spec": {"name": "revision_approval", "description": "Revision approval", "file": "revision_approval.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["revision_requested"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "revision_approval.EndJoin": {"name": "revision_approval.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["revision_decided"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["revision_approval.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "revision_requested": {"name": "revision_requested", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["approve_revision"], "bpmn_id": "revision_requested", "bpmn_name": "Revision requested", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "approve_revision": {"name": "approve_revision", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["revision_requested"], "outputs": ["decide_revision"], "bpmn_id": "approve_revision", "bpmn_name": "Approve revision", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "revision_approval.json"}, "instructionsForEndUser": "Revision {{ revision }} of order {{ order_id }} for {{ customer }} needs approval: {{ approval_reason }}."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "decide_revision": {"name": "decide_revision", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["approve_revision"], "outputs": ["revision_decided"], "bpmn_id": "decide_revision", "bpmn_name": "Decide the revision", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/decide_revision", "resultVariable": "revision_outcome", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "revision": {"value": "revision", "type": "int"}, "decision": {"value": "revision_decision", "type": "any"}, "note": {"value": "revision_note", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/decide_revision", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "revision": {"value": "revision", "type": "int"}, "decision": {"value": "revision_decision", "type": "any"}, "note": {"value": "revision_note", "type": "any"}}, "result_variable": "revision_outcome", "typename": "ConnectorTask"}, "revision_decided": {"name": "revision_decided", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["decide_revision"], "outputs": ["revision_approval.EndJoin"], "bpmn_id": "revision_decided", "bpmn_name": "Revision decided", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["revision_requested"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order approver"], "user_tasks": [{"id": "approve_revision", "name": "Approve revision", "lane": "Order approver", "form": "revision_approval.json"}], "decisions": [], "connectors": ["ordra/decide_revision"], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
\.


--
-- Data for Name: product_order_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_order_events (id, order_id, at, actor_id, kind, message, detail) FROM stdin;
1	1	2026-12-06 07:23:22.492503+00	2	captured	captured via api	{}
2	1	2026-12-06 07:23:22.493389+00	2	acknowledged		{}
3	1	2026-12-06 07:23:22.523154+00	2	process_started	customer_order version 1	{"instance": 1}
4	1	2026-12-06 07:23:22.528592+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
5	2	2026-12-06 07:23:22.622556+00	2	captured	captured via api	{}
6	2	2026-12-06 07:23:22.622605+00	2	acknowledged		{}
7	2	2026-12-06 07:23:22.629485+00	2	process_started	customer_order version 1	{"instance": 2}
8	2	2026-12-06 07:23:22.633607+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
9	2	2026-12-06 07:23:22.774595+00	\N	decomposed	15 domain orders	{"domain_orders": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
10	2	2026-12-06 07:23:22.797183+00	\N	domain_order_started	resource order 1: ONT (Business Fibre Internet)	{"domain_order": 1, "instance": 3, "plan": "plan_resource_order"}
11	2	2026-12-06 07:23:22.797207+00	\N	domain_order_started	resource order 2: Access Port (Business Fibre Internet)	{"domain_order": 2, "instance": 4, "plan": "plan_resource_order"}
12	2	2026-12-06 07:23:22.797223+00	\N	domain_order_started	resource order 4: IPv4 Address (Business Fibre Internet)	{"domain_order": 4, "instance": 5, "plan": "plan_resource_order"}
13	2	2026-12-06 07:23:22.797238+00	\N	domain_order_started	resource order 7: IPv4 Block (Static IP Block)	{"domain_order": 7, "instance": 6, "plan": "plan_resource_order"}
14	2	2026-12-06 07:23:22.797253+00	\N	domain_order_started	resource order 10: Router (Managed Router)	{"domain_order": 10, "instance": 7, "plan": "plan_resource_order"}
15	2	2026-12-06 07:23:22.797267+00	\N	domain_order_started	resource order 13: Technician Slot (Installation)	{"domain_order": 13, "instance": 8, "plan": "plan_resource_order"}
16	2	2026-12-06 07:23:22.797338+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
17	2	2026-12-06 07:23:22.884659+00	\N	domain_order_completed	resource order 1: ONT (Business Fibre Internet)	{"domain_order": 1, "instance": 3}
18	2	2026-12-06 07:23:22.884705+00	\N	domain_order_completed	resource order 2: Access Port (Business Fibre Internet)	{"domain_order": 2, "instance": 4}
19	2	2026-12-06 07:23:22.884742+00	\N	domain_order_completed	resource order 4: IPv4 Address (Business Fibre Internet)	{"domain_order": 4, "instance": 5}
20	2	2026-12-06 07:23:22.884779+00	\N	domain_order_completed	resource order 7: IPv4 Block (Static IP Block)	{"domain_order": 7, "instance": 6}
21	2	2026-12-06 07:23:22.884819+00	\N	domain_order_completed	resource order 10: Router (Managed Router)	{"domain_order": 10, "instance": 7}
22	2	2026-12-06 07:23:22.884862+00	\N	domain_order_completed	resource order 13: Technician Slot (Installation)	{"domain_order": 13, "instance": 8}
23	2	2026-12-06 07:23:22.906944+00	\N	domain_order_started	service order 14: Field Visit (Installation)	{"domain_order": 14, "instance": 9, "plan": "plan_field_visit"}
24	3	2026-12-06 07:23:22.956207+00	2	captured	captured via api	{}
25	3	2026-12-06 07:23:22.956251+00	2	acknowledged		{}
26	3	2026-12-06 07:23:22.963761+00	2	process_started	customer_order version 1	{"instance": 10}
27	3	2026-12-06 07:23:22.96879+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
28	3	2026-12-06 07:23:23.030004+00	\N	decomposed	15 domain orders	{"domain_orders": [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
29	3	2026-12-06 07:23:23.07169+00	\N	domain_order_started	resource order 16: ONT (Business Fibre Internet)	{"domain_order": 16, "instance": 11, "plan": "plan_resource_order"}
30	3	2026-12-06 07:23:23.07171+00	\N	domain_order_started	resource order 17: Access Port (Business Fibre Internet)	{"domain_order": 17, "instance": 12, "plan": "plan_resource_order"}
31	3	2026-12-06 07:23:23.071726+00	\N	domain_order_started	resource order 19: IPv4 Address (Business Fibre Internet)	{"domain_order": 19, "instance": 13, "plan": "plan_resource_order"}
32	3	2026-12-06 07:23:23.07174+00	\N	domain_order_started	resource order 22: IPv4 Block (Static IP Block)	{"domain_order": 22, "instance": 14, "plan": "plan_resource_order"}
33	3	2026-12-06 07:23:23.071754+00	\N	domain_order_started	resource order 25: Router (Managed Router)	{"domain_order": 25, "instance": 15, "plan": "plan_resource_order"}
34	3	2026-12-06 07:23:23.071767+00	\N	domain_order_started	resource order 28: Technician Slot (Installation)	{"domain_order": 28, "instance": 16, "plan": "plan_resource_order"}
35	3	2026-12-06 07:23:23.071808+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
36	3	2026-12-06 07:23:23.127164+00	\N	domain_order_completed	resource order 16: ONT (Business Fibre Internet)	{"domain_order": 16, "instance": 11}
37	3	2026-12-06 07:23:23.127223+00	\N	domain_order_completed	resource order 17: Access Port (Business Fibre Internet)	{"domain_order": 17, "instance": 12}
38	3	2026-12-06 07:23:23.127267+00	\N	domain_order_completed	resource order 19: IPv4 Address (Business Fibre Internet)	{"domain_order": 19, "instance": 13}
39	3	2026-12-06 07:23:23.127311+00	\N	domain_order_completed	resource order 22: IPv4 Block (Static IP Block)	{"domain_order": 22, "instance": 14}
40	3	2026-12-06 07:23:23.127362+00	\N	domain_order_completed	resource order 25: Router (Managed Router)	{"domain_order": 25, "instance": 15}
41	3	2026-12-06 07:23:23.127417+00	\N	domain_order_completed	resource order 28: Technician Slot (Installation)	{"domain_order": 28, "instance": 16}
42	3	2026-12-06 07:23:23.139238+00	\N	domain_order_started	service order 29: Field Visit (Installation)	{"domain_order": 29, "instance": 17, "plan": "plan_field_visit"}
43	3	2026-12-06 07:23:23.187658+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [18, 20, 23, 26]}
44	3	2026-12-06 07:23:23.207902+00	\N	domain_order_started	service order 18: Access Line (Business Fibre Internet)	{"domain_order": 18, "instance": 18, "plan": "plan_service_order"}
45	3	2026-12-06 07:23:23.207939+00	\N	domain_order_started	service order 20: IP Connectivity (Business Fibre Internet)	{"domain_order": 20, "instance": 19, "plan": "plan_service_order"}
46	3	2026-12-06 07:23:23.207972+00	\N	domain_order_started	service order 23: IP Connectivity (Static IP Block)	{"domain_order": 23, "instance": 20, "plan": "plan_service_order"}
47	3	2026-12-06 07:23:23.208003+00	\N	domain_order_started	service order 26: CPE Provisioning (Managed Router)	{"domain_order": 26, "instance": 21, "plan": "plan_service_order"}
58	4	2026-12-06 07:23:23.364753+00	2	captured	captured via api	{}
48	3	2026-12-06 07:23:23.283927+00	\N	domain_order_completed	service order 18: Access Line (Business Fibre Internet)	{"domain_order": 18, "instance": 18}
49	3	2026-12-06 07:23:23.283993+00	\N	domain_order_completed	service order 20: IP Connectivity (Business Fibre Internet)	{"domain_order": 20, "instance": 19}
50	3	2026-12-06 07:23:23.284051+00	\N	domain_order_completed	service order 23: IP Connectivity (Static IP Block)	{"domain_order": 23, "instance": 20}
51	3	2026-12-06 07:23:23.284113+00	\N	domain_order_completed	service order 26: CPE Provisioning (Managed Router)	{"domain_order": 26, "instance": 21}
52	3	2026-12-06 07:23:23.301944+00	\N	domain_order_started	product order 21: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 21, "instance": 22, "plan": "plan_product_order"}
53	3	2026-12-06 07:23:23.301963+00	\N	domain_order_started	product order 24: Static IP Product (Static IP Block)	{"domain_order": 24, "instance": 23, "plan": "plan_product_order"}
54	3	2026-12-06 07:23:23.301978+00	\N	domain_order_started	product order 27: Managed Router Product (Managed Router)	{"domain_order": 27, "instance": 24, "plan": "plan_product_order"}
55	3	2026-12-06 07:23:23.328434+00	\N	domain_order_completed	product order 21: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 21, "instance": 22}
56	3	2026-12-06 07:23:23.328475+00	\N	domain_order_completed	product order 24: Static IP Product (Static IP Block)	{"domain_order": 24, "instance": 23}
57	3	2026-12-06 07:23:23.328508+00	\N	domain_order_completed	product order 27: Managed Router Product (Managed Router)	{"domain_order": 27, "instance": 24}
70	4	2026-12-06 07:23:23.538581+00	\N	domain_order_completed	resource order 31: ONT (Business Fibre Internet)	{"domain_order": 31, "instance": 26}
71	4	2026-12-06 07:23:23.538625+00	\N	domain_order_completed	resource order 32: Access Port (Business Fibre Internet)	{"domain_order": 32, "instance": 27}
72	4	2026-12-06 07:23:23.538654+00	\N	domain_order_completed	resource order 34: IPv4 Address (Business Fibre Internet)	{"domain_order": 34, "instance": 28}
73	4	2026-12-06 07:23:23.538681+00	\N	domain_order_completed	resource order 37: IPv4 Block (Static IP Block)	{"domain_order": 37, "instance": 29}
74	4	2026-12-06 07:23:23.538709+00	\N	domain_order_completed	resource order 40: Router (Managed Router)	{"domain_order": 40, "instance": 30}
75	4	2026-12-06 07:23:23.538741+00	\N	domain_order_completed	resource order 43: Technician Slot (Installation)	{"domain_order": 43, "instance": 31}
76	4	2026-12-06 07:23:23.548501+00	\N	domain_order_started	service order 44: Field Visit (Installation)	{"domain_order": 44, "instance": 32, "plan": "plan_field_visit"}
82	4	2026-12-06 07:23:23.713618+00	\N	domain_order_failed	service order 33: Access Line (Business Fibre Internet)	{"domain_order": 33, "instance": 33}
83	4	2026-12-06 07:23:23.713649+00	\N	domain_order_failed	service order 35: IP Connectivity (Business Fibre Internet)	{"domain_order": 35, "instance": 34}
84	4	2026-12-06 07:23:23.71367+00	\N	domain_order_failed	service order 38: IP Connectivity (Static IP Block)	{"domain_order": 38, "instance": 35}
85	4	2026-12-06 07:23:23.713693+00	\N	domain_order_failed	service order 41: CPE Provisioning (Managed Router)	{"domain_order": 41, "instance": 36}
98	5	2026-12-06 07:23:23.940202+00	\N	domain_order_completed	resource order 46: ONT (Business Fibre Internet)	{"domain_order": 46, "instance": 38}
99	5	2026-12-06 07:23:23.940235+00	\N	domain_order_completed	resource order 47: Access Port (Business Fibre Internet)	{"domain_order": 47, "instance": 39}
100	5	2026-12-06 07:23:23.94026+00	\N	domain_order_completed	resource order 49: IPv4 Address (Business Fibre Internet)	{"domain_order": 49, "instance": 40}
101	5	2026-12-06 07:23:23.940286+00	\N	domain_order_completed	resource order 52: IPv4 Block (Static IP Block)	{"domain_order": 52, "instance": 41}
102	5	2026-12-06 07:23:23.940313+00	\N	domain_order_completed	resource order 55: Router (Managed Router)	{"domain_order": 55, "instance": 42}
103	5	2026-12-06 07:23:23.940342+00	\N	domain_order_completed	resource order 58: Technician Slot (Installation)	{"domain_order": 58, "instance": 43}
104	5	2026-12-06 07:23:23.949213+00	\N	domain_order_started	service order 59: Field Visit (Installation)	{"domain_order": 59, "instance": 44, "plan": "plan_field_visit"}
110	5	2026-12-06 07:23:24.112858+00	\N	domain_order_failed	service order 48: Access Line (Business Fibre Internet)	{"domain_order": 48, "instance": 45}
111	5	2026-12-06 07:23:24.112908+00	\N	domain_order_failed	service order 50: IP Connectivity (Business Fibre Internet)	{"domain_order": 50, "instance": 46}
112	5	2026-12-06 07:23:24.112949+00	\N	domain_order_failed	service order 53: IP Connectivity (Static IP Block)	{"domain_order": 53, "instance": 47}
113	5	2026-12-06 07:23:24.112989+00	\N	domain_order_failed	service order 56: CPE Provisioning (Managed Router)	{"domain_order": 56, "instance": 48}
126	6	2026-12-06 07:23:24.34043+00	\N	domain_order_completed	resource order 61: ONT (Business Fibre Internet)	{"domain_order": 61, "instance": 50}
127	6	2026-12-06 07:23:24.340469+00	\N	domain_order_completed	resource order 62: Access Port (Business Fibre Internet)	{"domain_order": 62, "instance": 51}
128	6	2026-12-06 07:23:24.340495+00	\N	domain_order_completed	resource order 64: IPv4 Address (Business Fibre Internet)	{"domain_order": 64, "instance": 52}
129	6	2026-12-06 07:23:24.340521+00	\N	domain_order_completed	resource order 67: IPv4 Block (Static IP Block)	{"domain_order": 67, "instance": 53}
130	6	2026-12-06 07:23:24.340549+00	\N	domain_order_completed	resource order 70: Router (Managed Router)	{"domain_order": 70, "instance": 54}
131	6	2026-12-06 07:23:24.340578+00	\N	domain_order_completed	resource order 73: Technician Slot (Installation)	{"domain_order": 73, "instance": 55}
132	6	2026-12-06 07:23:24.34986+00	\N	domain_order_started	service order 74: Field Visit (Installation)	{"domain_order": 74, "instance": 56, "plan": "plan_field_visit"}
138	6	2026-12-06 07:23:24.465239+00	\N	domain_order_completed	service order 63: Access Line (Business Fibre Internet)	{"domain_order": 63, "instance": 57}
139	6	2026-12-06 07:23:24.465376+00	\N	domain_order_completed	service order 65: IP Connectivity (Business Fibre Internet)	{"domain_order": 65, "instance": 58}
140	6	2026-12-06 07:23:24.465504+00	\N	domain_order_completed	service order 68: IP Connectivity (Static IP Block)	{"domain_order": 68, "instance": 59}
141	6	2026-12-06 07:23:24.465581+00	\N	domain_order_completed	service order 71: CPE Provisioning (Managed Router)	{"domain_order": 71, "instance": 60}
142	6	2026-12-06 07:23:24.479833+00	\N	domain_order_started	product order 66: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 66, "instance": 61, "plan": "plan_product_order"}
143	6	2026-12-06 07:23:24.479866+00	\N	domain_order_started	product order 69: Static IP Product (Static IP Block)	{"domain_order": 69, "instance": 62, "plan": "plan_product_order"}
144	6	2026-12-06 07:23:24.479893+00	\N	domain_order_started	product order 72: Managed Router Product (Managed Router)	{"domain_order": 72, "instance": 63, "plan": "plan_product_order"}
145	6	2026-12-06 07:23:24.521992+00	\N	domain_order_completed	product order 66: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 66, "instance": 61}
146	6	2026-12-06 07:23:24.522031+00	\N	domain_order_completed	product order 69: Static IP Product (Static IP Block)	{"domain_order": 69, "instance": 62}
147	6	2026-12-06 07:23:24.522062+00	\N	domain_order_completed	product order 72: Managed Router Product (Managed Router)	{"domain_order": 72, "instance": 63}
59	4	2026-12-06 07:23:23.364788+00	2	acknowledged		{}
60	4	2026-12-06 07:23:23.370792+00	2	process_started	customer_order version 1	{"instance": 25}
61	4	2026-12-06 07:23:23.375374+00	\N	enriched	region: Unknown, serving_exchange: , survey_needed: True, technical_details_needed: True, priority: normal, sla_class: bronze	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}
62	4	2026-12-06 07:23:23.457416+00	\N	decomposed	15 domain orders	{"domain_orders": [31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45], "facts": {"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
63	4	2026-12-06 07:23:23.480399+00	\N	domain_order_started	resource order 31: ONT (Business Fibre Internet)	{"domain_order": 31, "instance": 26, "plan": "plan_resource_order"}
64	4	2026-12-06 07:23:23.480439+00	\N	domain_order_started	resource order 32: Access Port (Business Fibre Internet)	{"domain_order": 32, "instance": 27, "plan": "plan_resource_order"}
65	4	2026-12-06 07:23:23.480473+00	\N	domain_order_started	resource order 34: IPv4 Address (Business Fibre Internet)	{"domain_order": 34, "instance": 28, "plan": "plan_resource_order"}
66	4	2026-12-06 07:23:23.480501+00	\N	domain_order_started	resource order 37: IPv4 Block (Static IP Block)	{"domain_order": 37, "instance": 29, "plan": "plan_resource_order"}
67	4	2026-12-06 07:23:23.480529+00	\N	domain_order_started	resource order 40: Router (Managed Router)	{"domain_order": 40, "instance": 30, "plan": "plan_resource_order"}
68	4	2026-12-06 07:23:23.480557+00	\N	domain_order_started	resource order 43: Technician Slot (Installation)	{"domain_order": 43, "instance": 31, "plan": "plan_resource_order"}
69	4	2026-12-06 07:23:23.480638+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
77	4	2026-12-06 07:23:23.578336+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [33, 35, 38, 41]}
78	4	2026-12-06 07:23:23.590641+00	\N	domain_order_started	service order 33: Access Line (Business Fibre Internet)	{"domain_order": 33, "instance": 33, "plan": "plan_service_order"}
79	4	2026-12-06 07:23:23.590661+00	\N	domain_order_started	service order 35: IP Connectivity (Business Fibre Internet)	{"domain_order": 35, "instance": 34, "plan": "plan_service_order"}
80	4	2026-12-06 07:23:23.590677+00	\N	domain_order_started	service order 38: IP Connectivity (Static IP Block)	{"domain_order": 38, "instance": 35, "plan": "plan_service_order"}
81	4	2026-12-06 07:23:23.590691+00	\N	domain_order_started	service order 41: CPE Provisioning (Managed Router)	{"domain_order": 41, "instance": 36, "plan": "plan_service_order"}
86	5	2026-12-06 07:23:23.75223+00	2	captured	captured via api	{}
87	5	2026-12-06 07:23:23.752259+00	2	acknowledged		{}
88	5	2026-12-06 07:23:23.757399+00	2	process_started	customer_order version 1	{"instance": 37}
89	5	2026-12-06 07:23:23.761494+00	\N	enriched	region: Unknown, serving_exchange: , survey_needed: True, technical_details_needed: True, priority: normal, sla_class: bronze	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}
90	5	2026-12-06 07:23:23.855179+00	\N	decomposed	15 domain orders	{"domain_orders": [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60], "facts": {"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
91	5	2026-12-06 07:23:23.878693+00	\N	domain_order_started	resource order 46: ONT (Business Fibre Internet)	{"domain_order": 46, "instance": 38, "plan": "plan_resource_order"}
92	5	2026-12-06 07:23:23.878725+00	\N	domain_order_started	resource order 47: Access Port (Business Fibre Internet)	{"domain_order": 47, "instance": 39, "plan": "plan_resource_order"}
93	5	2026-12-06 07:23:23.878753+00	\N	domain_order_started	resource order 49: IPv4 Address (Business Fibre Internet)	{"domain_order": 49, "instance": 40, "plan": "plan_resource_order"}
94	5	2026-12-06 07:23:23.878778+00	\N	domain_order_started	resource order 52: IPv4 Block (Static IP Block)	{"domain_order": 52, "instance": 41, "plan": "plan_resource_order"}
95	5	2026-12-06 07:23:23.878803+00	\N	domain_order_started	resource order 55: Router (Managed Router)	{"domain_order": 55, "instance": 42, "plan": "plan_resource_order"}
96	5	2026-12-06 07:23:23.878829+00	\N	domain_order_started	resource order 58: Technician Slot (Installation)	{"domain_order": 58, "instance": 43, "plan": "plan_resource_order"}
97	5	2026-12-06 07:23:23.87889+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
105	5	2026-12-06 07:23:23.990834+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [48, 50, 53, 56]}
106	5	2026-12-06 07:23:24.006727+00	\N	domain_order_started	service order 48: Access Line (Business Fibre Internet)	{"domain_order": 48, "instance": 45, "plan": "plan_service_order"}
107	5	2026-12-06 07:23:24.006766+00	\N	domain_order_started	service order 50: IP Connectivity (Business Fibre Internet)	{"domain_order": 50, "instance": 46, "plan": "plan_service_order"}
108	5	2026-12-06 07:23:24.0068+00	\N	domain_order_started	service order 53: IP Connectivity (Static IP Block)	{"domain_order": 53, "instance": 47, "plan": "plan_service_order"}
109	5	2026-12-06 07:23:24.006834+00	\N	domain_order_started	service order 56: CPE Provisioning (Managed Router)	{"domain_order": 56, "instance": 48, "plan": "plan_service_order"}
114	6	2026-12-06 07:23:24.168324+00	2	captured	captured via api	{}
115	6	2026-12-06 07:23:24.168381+00	2	acknowledged		{}
116	6	2026-12-06 07:23:24.17629+00	2	process_started	customer_order version 1	{"instance": 49}
117	6	2026-12-06 07:23:24.181628+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
118	6	2026-12-06 07:23:24.249393+00	\N	decomposed	15 domain orders	{"domain_orders": [61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
119	6	2026-12-06 07:23:24.279051+00	\N	domain_order_started	resource order 61: ONT (Business Fibre Internet)	{"domain_order": 61, "instance": 50, "plan": "plan_resource_order"}
120	6	2026-12-06 07:23:24.279089+00	\N	domain_order_started	resource order 62: Access Port (Business Fibre Internet)	{"domain_order": 62, "instance": 51, "plan": "plan_resource_order"}
121	6	2026-12-06 07:23:24.27912+00	\N	domain_order_started	resource order 64: IPv4 Address (Business Fibre Internet)	{"domain_order": 64, "instance": 52, "plan": "plan_resource_order"}
122	6	2026-12-06 07:23:24.279149+00	\N	domain_order_started	resource order 67: IPv4 Block (Static IP Block)	{"domain_order": 67, "instance": 53, "plan": "plan_resource_order"}
123	6	2026-12-06 07:23:24.279175+00	\N	domain_order_started	resource order 70: Router (Managed Router)	{"domain_order": 70, "instance": 54, "plan": "plan_resource_order"}
124	6	2026-12-06 07:23:24.279199+00	\N	domain_order_started	resource order 73: Technician Slot (Installation)	{"domain_order": 73, "instance": 55, "plan": "plan_resource_order"}
125	6	2026-12-06 07:23:24.279267+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
133	6	2026-12-06 07:23:24.386642+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [63, 65, 68, 71]}
134	6	2026-12-06 07:23:24.404117+00	\N	domain_order_started	service order 63: Access Line (Business Fibre Internet)	{"domain_order": 63, "instance": 57, "plan": "plan_service_order"}
135	6	2026-12-06 07:23:24.404148+00	\N	domain_order_started	service order 65: IP Connectivity (Business Fibre Internet)	{"domain_order": 65, "instance": 58, "plan": "plan_service_order"}
136	6	2026-12-06 07:23:24.404176+00	\N	domain_order_started	service order 68: IP Connectivity (Static IP Block)	{"domain_order": 68, "instance": 59, "plan": "plan_service_order"}
137	6	2026-12-06 07:23:24.404203+00	\N	domain_order_started	service order 71: CPE Provisioning (Managed Router)	{"domain_order": 71, "instance": 60, "plan": "plan_service_order"}
148	6	2026-12-06 07:23:24.547997+00	\N	domain_order_completed	service order 74: Field Visit (Installation)	{"domain_order": 74, "instance": 56}
149	6	2026-12-06 07:23:24.556257+00	\N	domain_order_started	product order 75: Installation Product (Installation)	{"domain_order": 75, "instance": 64, "plan": "plan_product_order"}
150	6	2026-12-06 07:23:24.58163+00	\N	domain_order_completed	product order 75: Installation Product (Installation)	{"domain_order": 75, "instance": 64}
151	6	2026-12-06 07:23:24.607804+00	\N	completed	inventory, contracts and entitlements updated	{}
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
1	2	acknowledged	api	UPG-APPROVAL		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	1	2	2026-12-06 07:23:22.486413+00	2026-12-06 07:23:22.534393+00	2026-12-06 07:23:22.493355+00	\N	3	[]	[]	[{"id": "2", "role": "Customer"}]	\N
2	2	inProgress	api	UPG-SURVEY		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	2	2	2026-12-06 07:23:22.619917+00	2026-12-06 07:23:22.806143+00	2026-12-06 07:23:22.622587+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
3	2	inProgress	api	UPG-INSTALL		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	10	2	2026-12-06 07:23:22.952833+00	2026-12-06 07:23:23.080143+00	2026-12-06 07:23:22.95624+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
4	2	inProgress	api	UPG-FALLOUT		\N		184.00	515.00	GBP	[]	f	[]	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}	25	2	2026-12-06 07:23:23.360596+00	2026-12-06 07:23:23.491593+00	2026-12-06 07:23:23.364779+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
5	2	inProgress	api	UPG-TIMER		\N		184.00	515.00	GBP	[]	f	[]	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}	37	2	2026-12-06 07:23:23.749363+00	2026-12-06 07:23:23.888013+00	2026-12-06 07:23:23.752249+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
6	2	completed	api	UPG-DONE		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	49	2	2026-12-06 07:23:24.163893+00	2026-12-06 07:23:24.626536+00	2026-12-06 07:23:24.168364+00	2026-12-06 07:23:24.607757+00	5	[]	[]	[{"id": "2", "role": "Customer"}]	\N
\.


--
-- Data for Name: service_calls; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.service_calls (id, instance_id, task_id, task_name, connector, params, idempotency_key, attempt, status, result, error_code, error_message, created_at, finished_at, next_check_at, requeues, claimed_at, insert_sentinel) FROM stdin;
1	1	6e5700bf-7e8a-47ac-a1b0-faceeb57da44	Record enrichment on the order	ordra/record_enrichment	{"order_id": 1, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	1:6e5700bf-7e8a-47ac-a1b0-faceeb57da44:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 07:23:22.519973+00	2026-12-06 07:23:22.528771+00	2026-12-06 07:23:52.518696+00	0	\N	\N
2	2	6e5269cd-c9d9-4e11-8046-b594e2c063f2	Record enrichment on the order	ordra/record_enrichment	{"order_id": 2, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	2:6e5269cd-c9d9-4e11-8046-b594e2c063f2:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 07:23:22.628293+00	2026-12-06 07:23:22.633771+00	2026-12-06 07:23:52.628008+00	0	\N	\N
3	2	db6fc57b-c7a0-4f5a-95b0-051d64d5367e	Decompose into domain orders	ordra/decompose	{"order_id": 2, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	2:db6fc57b-c7a0-4f5a-95b0-051d64d5367e:1	1	done	{"order_id": 2, "domain_orders": [{"id": 1, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 2, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 3, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 4, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 5, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 6, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 7, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 8, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 9, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 10, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 11, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 12, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 13, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 14, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 15, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 07:23:22.686796+00	2026-12-06 07:23:22.797664+00	2026-12-06 07:23:52.686414+00	0	\N	\N
10	2	7ae0b46c-7201-44c6-9e4d-f0a9fa604eee	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 2}	2:7ae0b46c-7201-44c6-9e4d-f0a9fa604eee:1	1	waiting	\N			2026-12-06 07:23:22.802317+00	\N	2026-12-06 07:23:52.80029+00	0	\N	\N
4	3	ebf3d5ff-0bbf-491f-9f1a-53236c7ededa	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	3:ebf3d5ff-0bbf-491f-9f1a-53236c7ededa:1	1	done	{"resource_id": "RES-706336", "resource_type": "ONT", "serial_number": "SN6869952747", "status": "reserved"}			2026-12-06 07:23:22.794358+00	2026-12-06 07:23:22.857062+00	2026-12-06 07:23:52.79289+00	0	2026-12-06 07:23:22.686556+00	0
5	4	ad5e88f8-9e55-47d9-8889-b29e5df775d2	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	4:ad5e88f8-9e55-47d9-8889-b29e5df775d2:1	1	done	{"resource_id": "RES-284292", "resource_type": "Access Port", "serial_number": "SN0595659136", "status": "reserved"}			2026-12-06 07:23:22.794361+00	2026-12-06 07:23:22.857109+00	2026-12-06 07:23:52.793017+00	0	2026-12-06 07:23:22.686556+00	1
6	5	aadd5f7b-528f-4b5e-9742-4200c67f88d6	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	5:aadd5f7b-528f-4b5e-9742-4200c67f88d6:1	1	done	{"resource_id": "RES-684126", "resource_type": "IPv4 Address", "serial_number": "SN5098706325", "status": "reserved"}			2026-12-06 07:23:22.794363+00	2026-12-06 07:23:22.857138+00	2026-12-06 07:23:52.793073+00	0	2026-12-06 07:23:22.686556+00	2
7	6	d18dee17-9e56-4cb4-83cc-457c268f3ce8	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	6:d18dee17-9e56-4cb4-83cc-457c268f3ce8:1	1	done	{"resource_id": "RES-842525", "resource_type": "IPv4 Block", "serial_number": "SN3644123988", "status": "reserved"}			2026-12-06 07:23:22.794364+00	2026-12-06 07:23:22.857167+00	2026-12-06 07:23:52.793118+00	0	2026-12-06 07:23:22.686556+00	3
8	7	3b5b3310-70dc-4d9c-936f-dc9dfdfd225c	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	7:3b5b3310-70dc-4d9c-936f-dc9dfdfd225c:1	1	done	{"resource_id": "RES-411604", "resource_type": "Router", "serial_number": "SN3477227235", "status": "reserved"}			2026-12-06 07:23:22.794365+00	2026-12-06 07:23:22.857194+00	2026-12-06 07:23:52.793165+00	0	2026-12-06 07:23:22.686556+00	4
9	8	360b8f9e-1713-4660-94af-0ea59c042e07	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	8:360b8f9e-1713-4660-94af-0ea59c042e07:1	1	done	{"resource_id": "RES-016959", "resource_type": "Technician Slot", "serial_number": "SN3044239455", "status": "reserved"}			2026-12-06 07:23:22.794366+00	2026-12-06 07:23:22.857219+00	2026-12-06 07:23:52.793211+00	0	2026-12-06 07:23:22.686556+00	5
11	10	5615339b-8cec-4092-b3e7-0c7621560eee	Record enrichment on the order	ordra/record_enrichment	{"order_id": 3, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	10:5615339b-8cec-4092-b3e7-0c7621560eee:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 07:23:22.962637+00	2026-12-06 07:23:22.968974+00	2026-12-06 07:23:52.962114+00	0	\N	\N
13	11	bb99df70-5efc-4c53-a789-0e4ffc3e68a3	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	11:bb99df70-5efc-4c53-a789-0e4ffc3e68a3:1	1	done	{"resource_id": "RES-790211", "resource_type": "ONT", "serial_number": "SN1561473728", "status": "reserved"}			2026-12-06 07:23:23.069108+00	2026-12-06 07:23:23.109863+00	2026-12-06 07:23:53.068229+00	0	2026-12-06 07:23:23.005701+00	0
14	12	53d52c83-ec9e-429d-b9b4-3add1c92545f	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	12:53d52c83-ec9e-429d-b9b4-3add1c92545f:1	1	done	{"resource_id": "RES-092603", "resource_type": "Access Port", "serial_number": "SN5009379259", "status": "reserved"}			2026-12-06 07:23:23.069111+00	2026-12-06 07:23:23.109885+00	2026-12-06 07:23:53.068333+00	0	2026-12-06 07:23:23.005701+00	1
12	10	c18b0fcc-b521-44b7-b9f0-1a0743f8f0da	Decompose into domain orders	ordra/decompose	{"order_id": 3, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	10:c18b0fcc-b521-44b7-b9f0-1a0743f8f0da:1	1	done	{"order_id": 3, "domain_orders": [{"id": 16, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 17, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 18, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 19, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 20, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 21, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 22, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 23, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 24, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 25, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 26, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 27, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 28, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 29, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 30, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 07:23:23.00601+00	2026-12-06 07:23:23.071993+00	2026-12-06 07:23:53.005582+00	0	\N	\N
19	10	6b7db082-918a-4641-af0b-83da458bd1da	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 3}	10:6b7db082-918a-4641-af0b-83da458bd1da:1	1	waiting	\N			2026-12-06 07:23:23.077551+00	\N	2026-12-06 07:23:53.074998+00	0	\N	\N
15	13	35b31865-3d61-4e35-b7ab-385438c9cda7	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	13:35b31865-3d61-4e35-b7ab-385438c9cda7:1	1	done	{"resource_id": "RES-708653", "resource_type": "IPv4 Address", "serial_number": "SN2593687026", "status": "reserved"}			2026-12-06 07:23:23.069112+00	2026-12-06 07:23:23.109898+00	2026-12-06 07:23:53.068383+00	0	2026-12-06 07:23:23.005701+00	2
16	14	777cf2c4-8867-451f-8653-f096e00fc85b	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	14:777cf2c4-8867-451f-8653-f096e00fc85b:1	1	done	{"resource_id": "RES-307233", "resource_type": "IPv4 Block", "serial_number": "SN2637197433", "status": "reserved"}			2026-12-06 07:23:23.069113+00	2026-12-06 07:23:23.10991+00	2026-12-06 07:23:53.068429+00	0	2026-12-06 07:23:23.005701+00	3
17	15	49965eef-d27d-4ab0-9a79-16e6edf195cf	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	15:49965eef-d27d-4ab0-9a79-16e6edf195cf:1	1	done	{"resource_id": "RES-711386", "resource_type": "Router", "serial_number": "SN6701795557", "status": "reserved"}			2026-12-06 07:23:23.069115+00	2026-12-06 07:23:23.109923+00	2026-12-06 07:23:53.068473+00	0	2026-12-06 07:23:23.005701+00	4
18	16	7ae3e187-2444-4992-a1a0-78105385164e	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	16:7ae3e187-2444-4992-a1a0-78105385164e:1	1	done	{"resource_id": "RES-653493", "resource_type": "Technician Slot", "serial_number": "SN8039361624", "status": "reserved"}			2026-12-06 07:23:23.069116+00	2026-12-06 07:23:23.109935+00	2026-12-06 07:23:53.068517+00	0	2026-12-06 07:23:23.005701+00	5
20	17	4e059118-4abd-4338-af0f-33df6497fcb2	Hand the survey result to the order	ordra/provide_data	{"order_id": 3, "key": "survey_result", "value": "ready"}	17:4e059118-4abd-4338-af0f-33df6497fcb2:1	1	done	{"key": "survey_result", "domain_orders": [18, 20, 23, 26]}			2026-12-06 07:23:23.177562+00	2026-12-06 07:23:23.208271+00	2026-12-06 07:23:53.177124+00	0	\N	\N
21	18	a4e0de74-7581-4682-86b4-b91cb01bc477	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	18:a4e0de74-7581-4682-86b4-b91cb01bc477:1	1	done	{"service_id": "SVC-388982", "access_port": "ge-0/2/38", "ip_address": "10.232.55.184", "status": "active"}			2026-12-06 07:23:23.205494+00	2026-12-06 07:23:23.242777+00	2026-12-06 07:23:53.204527+00	0	2026-12-06 07:23:23.177237+00	0
22	19	e680b9a9-c232-4537-a0c4-1c419ee58d3c	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	19:e680b9a9-c232-4537-a0c4-1c419ee58d3c:1	1	done	{"service_id": "SVC-452328", "access_port": "ge-0/0/24", "ip_address": "10.78.59.130", "status": "active"}			2026-12-06 07:23:23.205499+00	2026-12-06 07:23:23.242816+00	2026-12-06 07:23:53.204668+00	0	2026-12-06 07:23:23.177237+00	1
23	20	5ef6a7cf-e4dc-4950-83e8-79cb6aea5f33	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	20:5ef6a7cf-e4dc-4950-83e8-79cb6aea5f33:1	1	done	{"service_id": "SVC-687196", "access_port": "ge-0/0/28", "ip_address": "10.196.248.198", "status": "active"}			2026-12-06 07:23:23.205502+00	2026-12-06 07:23:23.242844+00	2026-12-06 07:23:53.204764+00	0	2026-12-06 07:23:23.177237+00	2
24	21	c8c8aa1f-e69f-4ea3-aec4-67a39ffe5dc8	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	21:c8c8aa1f-e69f-4ea3-aec4-67a39ffe5dc8:1	1	done	{"service_id": "SVC-635382", "access_port": "ge-0/2/6", "ip_address": "10.132.41.184", "status": "active"}			2026-12-06 07:23:23.205505+00	2026-12-06 07:23:23.242871+00	2026-12-06 07:23:53.204854+00	0	2026-12-06 07:23:23.177237+00	3
29	25	eefc2547-ec9c-4490-9743-1d063375a85c	Record enrichment on the order	ordra/record_enrichment	{"order_id": 4, "values": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	25:eefc2547-ec9c-4490-9743-1d063375a85c:1	1	done	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}			2026-12-06 07:23:23.369795+00	2026-12-06 07:23:23.375557+00	2026-12-06 07:23:53.369484+00	0	\N	\N
31	26	0ba4b2d5-21c2-4233-bd62-30b9fc4f240f	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	26:0ba4b2d5-21c2-4233-bd62-30b9fc4f240f:1	1	done	{"resource_id": "RES-942664", "resource_type": "ONT", "serial_number": "SN8823127717", "status": "reserved"}			2026-12-06 07:23:23.476198+00	2026-12-06 07:23:23.522893+00	2026-12-06 07:23:53.474881+00	0	2026-12-06 07:23:23.441166+00	0
25	17	c6423369-0121-4b60-9a7d-212017e2286b	Book the engineer visit	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 3}	17:c6423369-0121-4b60-9a7d-212017e2286b:1	1	done	{"visit_id": "FSV-943248", "engineer": "Sam Patel", "date": "2026-12-12", "slot": "08:00-12:00", "status": "scheduled"}			2026-12-06 07:23:23.213222+00	2026-12-06 07:23:23.242895+00	2026-12-06 07:23:53.211284+00	0	2026-12-06 07:23:23.177237+00	\N
78	49	f4374229-328d-42e0-aa7d-cce45077e35b	Close order: inventory, contracts, entitlements	ordra/close_order	{"order_id": 6}	49:f4374229-328d-42e0-aa7d-cce45077e35b:1	1	done	{"order_id": 6, "products": [1, 2, 3, 4]}			2026-12-06 07:23:24.596831+00	2026-12-06 07:23:24.608067+00	2026-12-06 07:23:54.596434+00	0	\N	\N
74	61	8b6bd90c-7f98-45dc-8c51-2c3908693c23	Activate billing	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	61:8b6bd90c-7f98-45dc-8c51-2c3908693c23:1	1	done	{"billing_item_id": "BIL-5933323", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}			2026-12-06 07:23:24.477874+00	2026-12-06 07:23:24.503562+00	2026-12-06 07:23:54.477082+00	0	2026-12-06 07:23:24.4835+00	0
75	62	4c6d5b06-b925-4712-a80b-b1bd5721a229	Activate billing	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	62:4c6d5b06-b925-4712-a80b-b1bd5721a229:1	1	done	{"billing_item_id": "BIL-1897439", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}			2026-12-06 07:23:24.477879+00	2026-12-06 07:23:24.503597+00	2026-12-06 07:23:54.477227+00	0	2026-12-06 07:23:24.483522+00	1
26	22	d8beac23-d0d9-45ba-b1f1-a2cd4edd348b	Activate billing	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	22:d8beac23-d0d9-45ba-b1f1-a2cd4edd348b:1	1	done	{"billing_item_id": "BIL-7165431", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}			2026-12-06 07:23:23.29994+00	2026-12-06 07:23:23.31774+00	2026-12-06 07:23:53.299181+00	0	2026-12-06 07:23:23.30465+00	0
27	23	36279aec-5a69-48b6-a9bf-318f76b0fb34	Activate billing	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	23:36279aec-5a69-48b6-a9bf-318f76b0fb34:1	1	done	{"billing_item_id": "BIL-1952022", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}			2026-12-06 07:23:23.299946+00	2026-12-06 07:23:23.317761+00	2026-12-06 07:23:53.299328+00	0	2026-12-06 07:23:23.304664+00	1
28	24	79a19024-2ac4-446c-b33b-af047356c5c7	Activate billing	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	24:79a19024-2ac4-446c-b33b-af047356c5c7:1	1	done	{"billing_item_id": "BIL-2324555", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}			2026-12-06 07:23:23.299948+00	2026-12-06 07:23:23.317773+00	2026-12-06 07:23:53.299431+00	0	2026-12-06 07:23:23.30467+00	2
32	27	9e55be44-8d56-40f5-aa0e-c6c68317a5f7	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	27:9e55be44-8d56-40f5-aa0e-c6c68317a5f7:1	1	done	{"resource_id": "RES-829709", "resource_type": "Access Port", "serial_number": "SN6226349486", "status": "reserved"}			2026-12-06 07:23:23.476205+00	2026-12-06 07:23:23.522915+00	2026-12-06 07:23:53.475028+00	0	2026-12-06 07:23:23.441166+00	1
33	28	64a17610-1dc3-48b8-a7b1-e1eb295e192d	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	28:64a17610-1dc3-48b8-a7b1-e1eb295e192d:1	1	done	{"resource_id": "RES-988279", "resource_type": "IPv4 Address", "serial_number": "SN7057756305", "status": "reserved"}			2026-12-06 07:23:23.476208+00	2026-12-06 07:23:23.522929+00	2026-12-06 07:23:53.475127+00	0	2026-12-06 07:23:23.441166+00	2
47	39	87cb4cd0-3092-4c7f-b86a-fedaf01b3deb	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	39:87cb4cd0-3092-4c7f-b86a-fedaf01b3deb:1	1	done	{"resource_id": "RES-076482", "resource_type": "Access Port", "serial_number": "SN3387937320", "status": "reserved"}			2026-12-06 07:23:23.87506+00	2026-12-06 07:23:23.923817+00	2026-12-06 07:23:53.873917+00	0	2026-12-06 07:23:23.832647+00	1
48	40	137a4f7e-0606-47db-8455-bd42aaf9bd25	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	40:137a4f7e-0606-47db-8455-bd42aaf9bd25:1	1	done	{"resource_id": "RES-073826", "resource_type": "IPv4 Address", "serial_number": "SN0423700766", "status": "reserved"}			2026-12-06 07:23:23.875063+00	2026-12-06 07:23:23.92383+00	2026-12-06 07:23:53.87401+00	0	2026-12-06 07:23:23.832647+00	2
63	52	4c146532-b5ae-4007-905d-85734eb13237	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	52:4c146532-b5ae-4007-905d-85734eb13237:1	1	done	{"resource_id": "RES-463025", "resource_type": "IPv4 Address", "serial_number": "SN1662564184", "status": "reserved"}			2026-12-06 07:23:24.275217+00	2026-12-06 07:23:24.321674+00	2026-12-06 07:23:54.274152+00	0	2026-12-06 07:23:24.22419+00	2
76	63	ad6721ff-e465-4af1-8a05-17cab1c7c662	Activate billing	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	63:ad6721ff-e465-4af1-8a05-17cab1c7c662:1	1	done	{"billing_item_id": "BIL-3529259", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}			2026-12-06 07:23:24.477882+00	2026-12-06 07:23:24.503622+00	2026-12-06 07:23:54.477319+00	0	2026-12-06 07:23:24.483532+00	2
30	25	f3e9414b-2d84-4c5a-b521-fe0ab697d888	Decompose into domain orders	ordra/decompose	{"order_id": 4, "facts": {"serving_exchange": "LAB-1", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	25:f3e9414b-2d84-4c5a-b521-fe0ab697d888:1	1	done	{"order_id": 4, "domain_orders": [{"id": 31, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 32, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 33, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 34, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 35, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 36, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 37, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 38, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 39, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 40, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 41, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 42, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 43, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 44, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 45, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 07:23:23.441388+00	2026-12-06 07:23:23.48095+00	2026-12-06 07:23:53.441085+00	0	\N	\N
37	25	d620e7c1-227f-4872-b34d-4288cf0ec4ee	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 4}	25:d620e7c1-227f-4872-b34d-4288cf0ec4ee:1	1	waiting	\N			2026-12-06 07:23:23.488158+00	\N	2026-12-06 07:23:53.48502+00	0	\N	\N
34	29	7beb05f5-6cc6-48af-88d3-a23c1ce58a03	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	29:7beb05f5-6cc6-48af-88d3-a23c1ce58a03:1	1	done	{"resource_id": "RES-546460", "resource_type": "IPv4 Block", "serial_number": "SN8585663939", "status": "reserved"}			2026-12-06 07:23:23.47621+00	2026-12-06 07:23:23.522941+00	2026-12-06 07:23:53.475215+00	0	2026-12-06 07:23:23.441166+00	3
35	30	b36927ef-0762-457f-a80e-74edb77e69df	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	30:b36927ef-0762-457f-a80e-74edb77e69df:1	1	done	{"resource_id": "RES-069186", "resource_type": "Router", "serial_number": "SN4084218293", "status": "reserved"}			2026-12-06 07:23:23.476213+00	2026-12-06 07:23:23.522953+00	2026-12-06 07:23:53.47536+00	0	2026-12-06 07:23:23.441166+00	4
36	31	6ba9ff10-73eb-42c4-a6be-a3a0e5553fab	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	31:6ba9ff10-73eb-42c4-a6be-a3a0e5553fab:1	1	done	{"resource_id": "RES-598401", "resource_type": "Technician Slot", "serial_number": "SN1455094588", "status": "reserved"}			2026-12-06 07:23:23.476215+00	2026-12-06 07:23:23.522965+00	2026-12-06 07:23:53.475459+00	0	2026-12-06 07:23:23.441166+00	5
38	32	c9c33cb0-b4f8-4232-99ba-8c22ac5e9b26	Hand the survey result to the order	ordra/provide_data	{"order_id": 4, "key": "survey_result", "value": "ready"}	32:c9c33cb0-b4f8-4232-99ba-8c22ac5e9b26:1	1	done	{"key": "survey_result", "domain_orders": [33, 35, 38, 41]}			2026-12-06 07:23:23.571663+00	2026-12-06 07:23:23.590884+00	2026-12-06 07:23:53.571349+00	0	\N	\N
39	33	f4c3afed-ca20-4586-b057-7a3577fe3bcf	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	33:f4c3afed-ca20-4586-b057-7a3577fe3bcf:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 07:23:23.588462+00	2026-12-06 07:23:23.621384+00	2026-12-06 07:23:53.587751+00	0	2026-12-06 07:23:23.571432+00	0
43	32	c054b3fc-a965-41f4-b3e4-af735cb40c91	Book the engineer visit	field_service/schedule	{"site_postcode": "ZZ1 1ZZ", "work": "Install ONT", "order_id": 4}	32:c054b3fc-a965-41f4-b3e4-af735cb40c91:1	1	done	{"visit_id": "FSV-488036", "engineer": "Sam Patel", "date": "2026-12-10", "slot": "08:00-12:00", "status": "scheduled"}			2026-12-06 07:23:23.594299+00	2026-12-06 07:23:23.62126+00	2026-12-06 07:23:53.592856+00	0	2026-12-06 07:23:23.571432+00	\N
40	34	31fd3fb6-7e73-4db5-a277-0b4c23d64c46	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	34:31fd3fb6-7e73-4db5-a277-0b4c23d64c46:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 07:23:23.588464+00	2026-12-06 07:23:23.662078+00	2026-12-06 07:23:53.587869+00	0	2026-12-06 07:23:23.571432+00	1
41	35	0a7092d5-ef13-4466-b204-4b36b69048da	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {}}	35:0a7092d5-ef13-4466-b204-4b36b69048da:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 07:23:23.588466+00	2026-12-06 07:23:23.67686+00	2026-12-06 07:23:53.587972+00	0	2026-12-06 07:23:23.571432+00	2
42	36	049c5461-8a7c-4ea0-9f9b-cc748d176ca7	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"wifi": true}}	36:049c5461-8a7c-4ea0-9f9b-cc748d176ca7:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 07:23:23.588467+00	2026-12-06 07:23:23.689069+00	2026-12-06 07:23:53.588028+00	0	2026-12-06 07:23:23.571432+00	3
44	37	9859cc27-a02e-4369-a639-54c7e919e5ce	Record enrichment on the order	ordra/record_enrichment	{"order_id": 5, "values": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	37:9859cc27-a02e-4369-a639-54c7e919e5ce:1	1	done	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}			2026-12-06 07:23:23.756625+00	2026-12-06 07:23:23.761689+00	2026-12-06 07:23:53.756365+00	0	\N	\N
46	38	1b13ba2e-a053-4d8e-8021-e4ed1df0be72	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	38:1b13ba2e-a053-4d8e-8021-e4ed1df0be72:1	1	done	{"resource_id": "RES-413077", "resource_type": "ONT", "serial_number": "SN0062187627", "status": "reserved"}			2026-12-06 07:23:23.875056+00	2026-12-06 07:23:23.923795+00	2026-12-06 07:23:53.873766+00	0	2026-12-06 07:23:23.832647+00	0
45	37	4342a300-ac26-478b-86e1-f1d6ee9bcc11	Decompose into domain orders	ordra/decompose	{"order_id": 5, "facts": {"serving_exchange": "LAB-1", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	37:4342a300-ac26-478b-86e1-f1d6ee9bcc11:1	1	done	{"order_id": 5, "domain_orders": [{"id": 46, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 47, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 48, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 49, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 50, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 51, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 52, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 53, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 54, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 55, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 56, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 57, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 58, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 59, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 60, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 07:23:23.832992+00	2026-12-06 07:23:23.879185+00	2026-12-06 07:23:53.832526+00	0	\N	\N
52	37	703b4700-5b82-473f-883a-3640e7e595b8	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 5}	37:703b4700-5b82-473f-883a-3640e7e595b8:1	1	waiting	\N			2026-12-06 07:23:23.886012+00	\N	2026-12-06 07:23:53.883196+00	0	\N	\N
49	41	a20854f3-e751-486b-b1ae-084f65b414d5	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	41:a20854f3-e751-486b-b1ae-084f65b414d5:1	1	done	{"resource_id": "RES-674415", "resource_type": "IPv4 Block", "serial_number": "SN4017062879", "status": "reserved"}			2026-12-06 07:23:23.875065+00	2026-12-06 07:23:23.923843+00	2026-12-06 07:23:53.874104+00	0	2026-12-06 07:23:23.832647+00	3
50	42	f21419a4-4873-41a5-b01d-6c47e183d328	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	42:f21419a4-4873-41a5-b01d-6c47e183d328:1	1	done	{"resource_id": "RES-458595", "resource_type": "Router", "serial_number": "SN6580503417", "status": "reserved"}			2026-12-06 07:23:23.875068+00	2026-12-06 07:23:23.923854+00	2026-12-06 07:23:53.874195+00	0	2026-12-06 07:23:23.832647+00	4
51	43	2f6f4da8-1a08-4482-87c9-6b8b123c30f1	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	43:2f6f4da8-1a08-4482-87c9-6b8b123c30f1:1	1	done	{"resource_id": "RES-311096", "resource_type": "Technician Slot", "serial_number": "SN3898638104", "status": "reserved"}			2026-12-06 07:23:23.87507+00	2026-12-06 07:23:23.923866+00	2026-12-06 07:23:53.874285+00	0	2026-12-06 07:23:23.832647+00	5
53	44	6116c2cd-c2a9-46f5-adbb-ad74c4614335	Hand the survey result to the order	ordra/provide_data	{"order_id": 5, "key": "survey_result", "value": "ready"}	44:6116c2cd-c2a9-46f5-adbb-ad74c4614335:1	1	done	{"key": "survey_result", "domain_orders": [48, 50, 53, 56]}			2026-12-06 07:23:23.981414+00	2026-12-06 07:23:24.007121+00	2026-12-06 07:23:53.981012+00	0	\N	\N
54	45	864a9626-818c-4a73-a802-37e8ca90c5fa	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	45:864a9626-818c-4a73-a802-37e8ca90c5fa:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 07:23:24.00393+00	2026-12-06 07:23:24.04037+00	2026-12-06 07:23:54.00309+00	0	2026-12-06 07:23:23.981124+00	0
58	44	1d26b2e3-e4a1-4617-bde4-d11ca3192193	Book the engineer visit	field_service/schedule	{"site_postcode": "TT1 1TT", "work": "Install ONT", "order_id": 5}	44:1d26b2e3-e4a1-4617-bde4-d11ca3192193:1	1	done	{"visit_id": "FSV-850215", "engineer": "Lee Wong", "date": "2026-12-09", "slot": "13:00-17:00", "status": "scheduled"}			2026-12-06 07:23:24.012058+00	2026-12-06 07:23:24.040195+00	2026-12-06 07:23:54.010103+00	0	2026-12-06 07:23:23.981124+00	\N
55	46	bff7980d-09f9-4360-83b7-c1b9e4c115af	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	46:bff7980d-09f9-4360-83b7-c1b9e4c115af:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 07:23:24.003934+00	2026-12-06 07:23:24.055043+00	2026-12-06 07:23:54.003219+00	0	2026-12-06 07:23:23.981124+00	1
56	47	ac33d44d-5304-4675-85c3-0d2a7291017e	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {}}	47:ac33d44d-5304-4675-85c3-0d2a7291017e:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 07:23:24.003936+00	2026-12-06 07:23:24.06819+00	2026-12-06 07:23:54.003289+00	0	2026-12-06 07:23:23.981124+00	2
57	48	e9a165c9-0285-4dbb-a42c-bfca3a0adc5c	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"wifi": true}}	48:e9a165c9-0285-4dbb-a42c-bfca3a0adc5c:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 07:23:24.003938+00	2026-12-06 07:23:24.080797+00	2026-12-06 07:23:54.003354+00	0	2026-12-06 07:23:23.981124+00	3
59	49	64f9f47e-5bae-4082-964d-4162976ac4cd	Record enrichment on the order	ordra/record_enrichment	{"order_id": 6, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	49:64f9f47e-5bae-4082-964d-4162976ac4cd:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 07:23:24.175156+00	2026-12-06 07:23:24.182737+00	2026-12-06 07:23:54.174737+00	0	\N	\N
61	50	2b3e96ac-aa76-4760-87f0-23e7963b37ee	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	50:2b3e96ac-aa76-4760-87f0-23e7963b37ee:1	1	done	{"resource_id": "RES-133020", "resource_type": "ONT", "serial_number": "SN6369405809", "status": "reserved"}			2026-12-06 07:23:24.27521+00	2026-12-06 07:23:24.321599+00	2026-12-06 07:23:54.273912+00	0	2026-12-06 07:23:24.22419+00	0
62	51	303e19b6-6fa3-4ee3-889d-d7a071cb10d7	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	51:303e19b6-6fa3-4ee3-889d-d7a071cb10d7:1	1	done	{"resource_id": "RES-297937", "resource_type": "Access Port", "serial_number": "SN7536691065", "status": "reserved"}			2026-12-06 07:23:24.275214+00	2026-12-06 07:23:24.321645+00	2026-12-06 07:23:54.274062+00	0	2026-12-06 07:23:24.22419+00	1
60	49	b03765e1-3bdb-4eb2-a579-43c6736fb7fd	Decompose into domain orders	ordra/decompose	{"order_id": 6, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	49:b03765e1-3bdb-4eb2-a579-43c6736fb7fd:1	1	done	{"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 70, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 07:23:24.224518+00	2026-12-06 07:23:24.279566+00	2026-12-06 07:23:54.224077+00	0	\N	\N
64	53	13ef82ad-9c45-4de9-9e23-9ea5fdf51033	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	53:13ef82ad-9c45-4de9-9e23-9ea5fdf51033:1	1	done	{"resource_id": "RES-920230", "resource_type": "IPv4 Block", "serial_number": "SN2932654112", "status": "reserved"}			2026-12-06 07:23:24.275219+00	2026-12-06 07:23:24.321695+00	2026-12-06 07:23:54.274236+00	0	2026-12-06 07:23:24.22419+00	3
65	54	528e4ac3-d345-4bb4-a3a5-e550924be32d	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	54:528e4ac3-d345-4bb4-a3a5-e550924be32d:1	1	done	{"resource_id": "RES-091767", "resource_type": "Router", "serial_number": "SN0100787912", "status": "reserved"}			2026-12-06 07:23:24.275222+00	2026-12-06 07:23:24.321715+00	2026-12-06 07:23:54.274314+00	0	2026-12-06 07:23:24.22419+00	4
66	55	e33b9f24-5bae-4738-af3e-2ca6d1cc0cde	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	55:e33b9f24-5bae-4738-af3e-2ca6d1cc0cde:1	1	done	{"resource_id": "RES-175458", "resource_type": "Technician Slot", "serial_number": "SN9493160467", "status": "reserved"}			2026-12-06 07:23:24.275224+00	2026-12-06 07:23:24.321732+00	2026-12-06 07:23:54.274391+00	0	2026-12-06 07:23:24.22419+00	5
68	56	a0e4b90e-be63-4b0b-9fd3-ebdee0b24fcf	Hand the survey result to the order	ordra/provide_data	{"order_id": 6, "key": "survey_result", "value": "ready"}	56:a0e4b90e-be63-4b0b-9fd3-ebdee0b24fcf:1	1	done	{"key": "survey_result", "domain_orders": [63, 65, 68, 71]}			2026-12-06 07:23:24.377112+00	2026-12-06 07:23:24.404436+00	2026-12-06 07:23:54.376564+00	0	\N	\N
69	57	bc52f891-1098-453b-95cc-4e0c1e74f3a1	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	57:bc52f891-1098-453b-95cc-4e0c1e74f3a1:1	1	done	{"service_id": "SVC-124783", "access_port": "ge-0/3/31", "ip_address": "10.33.249.185", "status": "active"}			2026-12-06 07:23:24.401071+00	2026-12-06 07:23:24.433495+00	2026-12-06 07:23:54.400199+00	0	2026-12-06 07:23:24.376744+00	0
70	58	56d9eb43-1519-4b0c-b385-c540a4346bde	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	58:56d9eb43-1519-4b0c-b385-c540a4346bde:1	1	done	{"service_id": "SVC-951295", "access_port": "ge-0/3/31", "ip_address": "10.45.55.97", "status": "active"}			2026-12-06 07:23:24.401075+00	2026-12-06 07:23:24.433527+00	2026-12-06 07:23:54.400329+00	0	2026-12-06 07:23:24.376744+00	1
71	59	942d8095-cfd5-438e-bbbb-1b87c4229dcf	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	59:942d8095-cfd5-438e-bbbb-1b87c4229dcf:1	1	done	{"service_id": "SVC-904847", "access_port": "ge-0/3/47", "ip_address": "10.97.119.49", "status": "active"}			2026-12-06 07:23:24.401078+00	2026-12-06 07:23:24.433549+00	2026-12-06 07:23:54.400408+00	0	2026-12-06 07:23:24.376744+00	2
72	60	fb709a33-ea58-4106-8ccb-6985f065fe2b	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	60:fb709a33-ea58-4106-8ccb-6985f065fe2b:1	1	done	{"service_id": "SVC-844060", "access_port": "ge-0/0/28", "ip_address": "10.60.126.62", "status": "active"}			2026-12-06 07:23:24.40108+00	2026-12-06 07:23:24.433569+00	2026-12-06 07:23:54.400481+00	0	2026-12-06 07:23:24.376744+00	3
73	56	ce452655-80ba-439c-a283-ecc74dff5f21	Book the engineer visit	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 6}	56:ce452655-80ba-439c-a283-ecc74dff5f21:1	1	done	{"visit_id": "FSV-998291", "engineer": "Lee Wong", "date": "2026-12-07", "slot": "13:00-17:00", "status": "scheduled"}			2026-12-06 07:23:24.409139+00	2026-12-06 07:23:24.433589+00	2026-12-06 07:23:54.407397+00	0	2026-12-06 07:23:24.376744+00	\N
77	64	37d9bdb3-ec2b-4fc5-8a9a-39016f452509	Activate billing	billing/activate	{"account_id": 2, "product": "Installation", "action": "add", "recurring": "0.00", "one_time": "195.00"}	64:37d9bdb3-ec2b-4fc5-8a9a-39016f452509:1	1	done	{"billing_item_id": "BIL-4858648", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}			2026-12-06 07:23:24.554729+00	2026-12-06 07:23:24.572414+00	2026-12-06 07:23:54.554189+00	0	2026-12-06 07:23:24.554316+00	\N
67	49	985fad09-52cd-4b79-8f9b-43a161dc6c90	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 6}	49:985fad09-52cd-4b79-8f9b-43a161dc6c90:1	1	done	{"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "completed"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "completed"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "completed"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "completed"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "completed"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "completed"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "completed"}, {"id": 70, "type": "resource", "spec": "Router", "state": "completed"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "completed"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "completed"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "completed"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "completed"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "completed"}]}			2026-12-06 07:23:24.286365+00	2026-12-06 07:23:24.587403+00	2026-12-06 07:23:54.283475+00	0	\N	\N
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
1	admin	Process Admin	pbkdf2:sha256:1000$qxixukajpto12pLn$8a45eb908c4fcbb4fe582f7e75fd0d30e7e463823f6a42fc312ba102f491068a	t	2026-12-06 07:23:22.377137+00
2	agent	Olivia Agent	pbkdf2:sha256:1000$qeP9RUVpozeygo8s$d72285f1ec0523b7980403f08d79c4cb2a31dc6dc4a9abf2ba2b33976c647e7e	t	2026-12-06 07:23:22.382078+00
3	fulfiller	Frank Fulfiller	pbkdf2:sha256:1000$icNzobKDTBQ5Pd7H$c865968f4bb958d4b94b03bc4a975d0b499d4199fd47234637ce28f568d2c54d	t	2026-12-06 07:23:22.385976+00
4	omanager	Mona Manager	pbkdf2:sha256:1000$gooBjNFZVboke43P$0bfbf3547af6440e3e6e04d860e047729b2f8cf69032223565928b3abf881c92	t	2026-12-06 07:23:22.389191+00
5	approver	Arthur Approver	pbkdf2:sha256:1000$jaIvcJn151Q4QIzR$5c8ac1e1a77f90a483815654403dcf89c32e58bd12032e6868f38c3eb349fbb6	t	2026-12-06 07:23:22.392407+00
6	fmanager	Fiona Fulfillment-Manager	pbkdf2:sha256:1000$X5yLF2vyUzGnSrHO$8558b6ae1e65a4096588cda70bc3d8335ce7ff2fce5e925358261c370a3799a1	t	2026-12-06 07:23:22.395504+00
7	fallout	Felix Fallout	pbkdf2:sha256:1000$VD1RJP1pBP4QdK4x$3b4474bd337209a95be5110dac7a353520dd2ee114c83d208e98ac38f60c06bf	t	2026-12-06 07:23:22.398704+00
8	falloutmgr	Fay Fallout-Manager	pbkdf2:sha256:1000$MF43cCkH8gXMjgUO$259db2c5c1e54fee473a3d11bb819b5608c1dcaa3df994cf049c053ccb2f3424	t	2026-12-06 07:23:22.404047+00
9	alice	Alice (Acme Ltd)	pbkdf2:sha256:1000$ubYrpP8sli7wdR0Q$39eb4718522b9be04aec8758178bfbc85cbdf0ed0f949b25944db16b095b5d98	t	2026-12-06 07:23:22.407281+00
10	bob	Bob (Bravo plc)	pbkdf2:sha256:1000$0yiTf2eYn7UUhE1I$0f19f5b856cf717013048a4fbc9bdb7151de668108a9411fd98e9da2aeb48378	t	2026-12-06 07:23:22.410348+00
\.


--
-- Data for Name: work_items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.work_items (id, instance_id, task_id, bpmn_id, title, role, status, form, instructions, task_data, assignee_id, created_at, due_at, jeopardy, completed_at, completed_by_id, lock_version, insert_sentinel) FROM stdin;
1	1	842308db-2b63-4593-8f81-38b8a9c221be	approve_order	Approve order	order_approver	open	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 1 for Bravo plc: 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 1, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 07:23:22.545491+00	2026-12-07 07:23:22.545491+00	on_track	\N	\N	1	\N
2	2	1505f57a-37d0-4f02-bb01-223f807ee837	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 2 for Bravo plc: 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 2, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 07:23:22.636831+00	2026-12-07 07:23:22.636831+00	on_track	2026-12-06 07:23:22.679737+00	5	2	\N
3	9	f409ba2e-84f9-471a-b206-c49e00c64478	survey_site	Survey site	fulfillment_agent	open	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 2, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-016959", "resource_type": "Technician Slot", "serial_number": "SN3044239455", "status": "reserved"}}}}	\N	2026-12-06 07:23:22.90333+00	2026-12-08 07:23:22.90333+00	on_track	\N	\N	1	\N
4	10	6cd2fdc6-b5fc-42f8-857b-6457c4f177e7	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 3 for Bravo plc: 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 3, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 07:23:22.972685+00	2026-12-07 07:23:22.972685+00	on_track	2026-12-06 07:23:22.997112+00	5	2	\N
5	17	6b1aac2a-5f85-4e7c-97d8-0f6c0cd844af	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 3, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-653493", "resource_type": "Technician Slot", "serial_number": "SN8039361624", "status": "reserved"}}}}	\N	2026-12-06 07:23:23.136025+00	2026-12-08 07:23:23.136025+00	on_track	2026-12-06 07:23:23.169316+00	3	2	\N
6	17	783c8c2d-7632-4970-b5a2-2623df4bb857	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-943248 on 2026-12-12 08:00-12:00 (Sam Patel): install and test the ONT at SW1A 1AA, then enter its serial number.	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-653493", "resource_type": "Technician Slot", "serial_number": "SN8039361624", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [18, 20, 23, 26]}, "visit": {"visit_id": "FSV-943248", "engineer": "Sam Patel", "date": "2026-12-12", "slot": "08:00-12:00", "status": "scheduled"}}	\N	2026-12-06 07:23:23.276033+00	2026-12-08 07:23:23.276033+00	on_track	\N	\N	1	\N
9	32	1d30d090-cdd1-4182-81d2-19a86c670ec2	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site ZZ1 1ZZ (order 4, exchange ): can the fibre be drawn in?	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-598401", "resource_type": "Technician Slot", "serial_number": "SN1455094588", "status": "reserved"}}}}	\N	2026-12-06 07:23:23.546265+00	2026-12-08 07:23:23.546265+00	on_track	2026-12-06 07:23:23.56604+00	3	2	\N
7	25	da4bda39-a55e-4876-9c45-0dadb58078f5	technical_details	Enter technical details	fulfillment_agent	completed	{"kind": "json_schema", "file": "order_technical_details.json", "schema": {"title": "Technical details", "type": "object", "required": ["serving_exchange"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "serving_exchange": {"type": "string", "title": "Serving exchange", "minLength": 3, "maxLength": 40}, "site_notes": {"type": "string", "title": "Site notes for the engineers", "maxLength": 500}}}, "ui": null}	The site ZZ1 1ZZ of order 4 (Bravo plc) is not in a known serving area: enter its serving exchange.	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "ZZ1 1ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 07:23:23.386528+00	2026-12-08 07:23:23.386528+00	on_track	2026-12-06 07:23:23.409251+00	3	2	\N
8	25	9bef647a-97d6-4b84-99d6-2efbdc1de85e	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 4 for Bravo plc: 184.00 GBP a month, site in Unknown (exchange LAB-1), priority normal.	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "ZZ1 1ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null}	\N	2026-12-06 07:23:23.417329+00	2026-12-07 07:23:23.417329+00	on_track	2026-12-06 07:23:23.434125+00	5	2	\N
11	37	c3243d40-1f9c-4bf1-b8f9-a68abed4a43e	technical_details	Enter technical details	fulfillment_agent	completed	{"kind": "json_schema", "file": "order_technical_details.json", "schema": {"title": "Technical details", "type": "object", "required": ["serving_exchange"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "serving_exchange": {"type": "string", "title": "Serving exchange", "minLength": 3, "maxLength": 40}, "site_notes": {"type": "string", "title": "Site notes for the engineers", "maxLength": 500}}}, "ui": null}	The site TT1 1TT of order 5 (Bravo plc) is not in a known serving area: enter its serving exchange.	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "TT1 1TT", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 07:23:23.76465+00	2026-12-08 07:23:23.76465+00	on_track	2026-12-06 07:23:23.788939+00	3	2	\N
10	32	78412278-5336-443c-b101-f9200c86374c	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-488036 on 2026-12-10 08:00-12:00 (Sam Patel): install and test the ONT at ZZ1 1ZZ, then enter its serial number.	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-598401", "resource_type": "Technician Slot", "serial_number": "SN1455094588", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [33, 35, 38, 41]}, "visit": {"visit_id": "FSV-488036", "engineer": "Sam Patel", "date": "2026-12-10", "slot": "08:00-12:00", "status": "scheduled"}}	\N	2026-12-06 07:23:23.707151+00	2026-12-08 07:23:23.707151+00	on_track	\N	\N	1	\N
13	44	f9ee2c07-4319-44ff-8e27-3e092d80625b	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site TT1 1TT (order 5, exchange ): can the fibre be drawn in?	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-311096", "resource_type": "Technician Slot", "serial_number": "SN3898638104", "status": "reserved"}}}}	\N	2026-12-06 07:23:23.946978+00	2026-12-08 07:23:23.946978+00	on_track	2026-12-06 07:23:23.974066+00	3	2	\N
14	44	238974d0-0d36-4622-9af9-31cefe449b1c	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-850215 on 2026-12-09 13:00-17:00 (Lee Wong): install and test the ONT at TT1 1TT, then enter its serial number.	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-311096", "resource_type": "Technician Slot", "serial_number": "SN3898638104", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [48, 50, 53, 56]}, "visit": {"visit_id": "FSV-850215", "engineer": "Lee Wong", "date": "2026-12-09", "slot": "13:00-17:00", "status": "scheduled"}}	\N	2026-12-06 07:23:24.104129+00	2026-12-08 07:23:24.104129+00	on_track	\N	\N	1	\N
17	56	9aae5049-0b4f-44ac-a769-dd17ff7a7e2e	install_ont	Install ONT on site	fulfillment_agent	completed	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-998291 on 2026-12-07 13:00-17:00 (Lee Wong): install and test the ONT at SW1A 1AA, then enter its serial number.	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-175458", "resource_type": "Technician Slot", "serial_number": "SN9493160467", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [63, 65, 68, 71]}, "visit": {"visit_id": "FSV-998291", "engineer": "Lee Wong", "date": "2026-12-07", "slot": "13:00-17:00", "status": "scheduled"}}	\N	2026-12-06 07:23:24.455806+00	2026-12-08 07:23:24.455806+00	on_track	2026-12-06 07:23:24.537961+00	3	2	\N
12	37	b1c80851-5ab5-4580-8457-d3f90a44891c	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 5 for Bravo plc: 184.00 GBP a month, site in Unknown (exchange LAB-1), priority normal.	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "TT1 1TT", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null}	\N	2026-12-06 07:23:23.800124+00	2026-12-07 07:23:23.800124+00	on_track	2026-12-06 07:23:23.824285+00	5	2	\N
15	49	03abe8ef-f046-40f7-955f-d22019b8fdf5	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 6 for Bravo plc: 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 6, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 07:23:24.191593+00	2026-12-07 07:23:24.191593+00	on_track	2026-12-06 07:23:24.216384+00	5	2	\N
16	56	b00fdf8b-6d02-42b6-8e36-dbb16edfaa17	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 6, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-175458", "resource_type": "Technician Slot", "serial_number": "SN9493160467", "status": "reserved"}}}}	\N	2026-12-06 07:23:24.347643+00	2026-12-08 07:23:24.347643+00	on_track	2026-12-06 07:23:24.36803+00	3	2	\N
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

SELECT pg_catalog.setval('public.decision_versions_id_seq', 9, true);


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

SELECT pg_catalog.setval('public.instance_events_id_seq', 317, true);


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

SELECT pg_catalog.setval('public.model_files_id_seq', 26, true);


--
-- Name: model_test_cases_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_test_cases_id_seq', 82, true);


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

\unrestrict EtcF2qM09HamK6oo8iCkQgGO3oTnWLNtQK44V8KSuirbkWjEgwsZdldynnPEslU

