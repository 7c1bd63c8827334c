--
-- PostgreSQL database dump
--

\restrict VwKABhBrQuWuJGk5qYMh46YfM8EmM3EtTrzVfQcMAUCC8c7jhTgnmSqIoqG38Th

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
c8e4a2f6d1b9
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
1	Connectivity	Internet access for business sites and the addresses routed to it.	Active	\N	2026-12-06 20:28:25.877138+00
2	Voice	Business telephony over SIP.	Active	\N	2026-12-06 20:28:25.879929+00
3	Equipment	Customer premises equipment, rented and managed.	Active	\N	2026-12-06 20:28:25.882257+00
4	Professional services	Work done on site by Ordra's engineers.	Active	\N	2026-12-06 20:28:25.88441+00
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
1	Business Fibre Internet	Dedicated, uncontended fibre internet at 100 Mbps, 500 Mbps or 1 Gbps, symmetric, with a 99.95% availability SLA and 4-hour fix. Price by bandwidth and contract term.	Active	2024-01-01 00:00:00+00	\N	1	f	2026-12-06 20:28:25.859081+00
2	Managed Router	A business-grade router configured before delivery, monitored around the clock and replaced next business day if it fails.	Active	2024-01-01 00:00:00+00	\N	2	f	2026-12-06 20:28:25.864088+00
3	Static IP Block	A /29 block of public IPv4 addresses (five usable) routed to your fibre line, with reverse DNS. Needs Business Fibre Internet.	Active	2024-01-01 00:00:00+00	\N	3	f	2026-12-06 20:28:25.867163+00
4	Business Voice	SIP trunk telephony with 2 to 30 concurrent channels and up to 100 geographic numbers, including number porting. Priced by channel tier.	Active	2024-01-01 00:00:00+00	\N	4	f	2026-12-06 20:28:25.869984+00
5	Installation	A field engineer installs and tests the equipment on site within a booked half-day slot. Charged once.	Active	2024-01-01 00:00:00+00	\N	5	f	2026-12-06 20:28:25.872765+00
\.


--
-- Data for Name: catalog_prices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_prices (id, offering_id, name, price_type, recurring_period, amount, currency, decision_id, decision_output, description, lifecycle_status, last_update) FROM stdin;
1	1	Monthly charge	recurring	month	\N	GBP	pricing_fibre	monthly_price		Active	2026-12-06 20:28:25.860882+00
2	1	Connection fee	oneTime	\N	\N	GBP	pricing_fibre	setup_fee		Active	2026-12-06 20:28:25.860886+00
3	2	Router rental	recurring	month	15.00	GBP	\N	\N		Active	2026-12-06 20:28:25.864616+00
4	2	Delivery and configuration	oneTime	\N	45.00	GBP	\N	\N		Active	2026-12-06 20:28:25.864618+00
5	3	Address block	recurring	month	10.00	GBP	\N	\N		Active	2026-12-06 20:28:25.867652+00
6	3	Block setup	oneTime	\N	25.00	GBP	\N	\N		Active	2026-12-06 20:28:25.867655+00
7	4	Monthly charge	recurring	month	\N	GBP	pricing_voice	monthly_price		Active	2026-12-06 20:28:25.870469+00
8	4	Connection fee	oneTime	\N	\N	GBP	pricing_voice	setup_fee		Active	2026-12-06 20:28:25.870472+00
9	5	Site installation	oneTime	\N	195.00	GBP	\N	\N		Active	2026-12-06 20:28:25.873669+00
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
1	product	Fibre Internet Product	Symmetric business internet over a dedicated fibre line.	Active	2026-12-06 20:28:25.791784+00
2	product	Managed Router Product	A business router supplied, configured and monitored by us.	Active	2026-12-06 20:28:25.793608+00
3	product	Static IP Product	A routed block of public IPv4 addresses.	Active	2026-12-06 20:28:25.795101+00
4	product	Voice Product	SIP trunk voice with concurrent channels and geographic numbers.	Active	2026-12-06 20:28:25.796412+00
5	product	Installation Product	An engineer visit to install and test equipment on site.	Active	2026-12-06 20:28:25.797731+00
6	cfs	Internet Access	Internet connectivity as the customer sees it: bandwidth, availability.	Active	2026-12-06 20:28:25.799009+00
7	cfs	Managed CPE	Customer premises equipment, managed and monitored.	Active	2026-12-06 20:28:25.8003+00
8	cfs	Static Addressing	Public addresses routed to the customer's internet access.	Active	2026-12-06 20:28:25.801501+00
9	cfs	Voice Service	Inbound and outbound calls on the customer's numbers.	Active	2026-12-06 20:28:25.802737+00
10	cfs	Site Installation	Equipment installed and tested at the customer's site.	Active	2026-12-06 20:28:25.803995+00
11	rfs	Access Line	The physical fibre access from the exchange to the site.	Active	2026-12-06 20:28:25.805183+00
12	rfs	IP Connectivity	Routing, addressing and the BGP/RADIUS profile of a connection.	Active	2026-12-06 20:28:25.806425+00
13	rfs	CPE Provisioning	Zero-touch configuration of the router from the management platform.	Active	2026-12-06 20:28:25.807585+00
14	rfs	SIP Trunk	A SIP trunk on the voice platform with its channel limit and number range.	Active	2026-12-06 20:28:25.808735+00
15	rfs	Field Visit	A scheduled visit by a field engineer.	Active	2026-12-06 20:28:25.809937+00
16	resource	ONT	Optical network terminal installed at the site.	Active	2026-12-06 20:28:25.811091+00
17	resource	Access Port	A port on the aggregation switch in the exchange.	Active	2026-12-06 20:28:25.812514+00
18	resource	IPv4 Address	One public IPv4 address from the dynamic pool.	Active	2026-12-06 20:28:25.813849+00
19	resource	IPv4 Block	A /29 block of public IPv4 addresses (five usable).	Active	2026-12-06 20:28:25.815016+00
20	resource	Router	A router unit from stock, with serial number.	Active	2026-12-06 20:28:25.816232+00
21	resource	Voice Channel	Concurrent call capacity on the session border controller.	Active	2026-12-06 20:28:25.81765+00
22	resource	Telephone Number	A geographic telephone number from the number range.	Active	2026-12-06 20:28:25.818926+00
23	resource	Technician Slot	A bookable half-day slot in a field engineer's diary.	Active	2026-12-06 20:28:25.821196+00
\.


--
-- Data for Name: contracts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.contracts (id, account_id, order_id, product_id, term_months, recurring_charge, one_time_charge, currency, start_date, end_date, insert_sentinel) FROM stdin;
1	2	6	1	24	159.00	250.00	GBP	2026-12-06 20:28:26.995901+00	2028-12-06 20:28:26.995901+00	0
2	2	6	2	12	10.00	25.00	GBP	2026-12-06 20:28:26.996029+00	2027-12-06 20:28:26.996029+00	1
3	2	6	3	12	15.00	45.00	GBP	2026-12-06 20:28:26.996073+00	2027-12-06 20:28:26.996073+00	2
4	2	6	4	0	0.00	195.00	GBP	2026-12-06 20:28:26.996115+00	\N	3
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
1	Acme Ltd	enterprise		2026-12-06 20:28:25.911468+00
2	Bravo plc	smb		2026-12-06 20:28:25.916974+00
3	Cobalt Council	public_sector		2026-12-06 20:28:25.919857+00
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
1	3:8bfa1d47-b31f-4c26-bba0-ed54eddccbc9:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-276839", "resource_type": "ONT", "serial_number": "SN1212070931", "status": "reserved"}	2026-12-06 20:28:26.168012+00
2	4:5dec64ef-e941-4c83-93cd-a3058ea05387:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-672379", "resource_type": "Access Port", "serial_number": "SN2686231682", "status": "reserved"}	2026-12-06 20:28:26.172112+00
3	5:209bdaeb-f419-46e9-abe2-c45f965a99eb:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-839736", "resource_type": "IPv4 Address", "serial_number": "SN4867643797", "status": "reserved"}	2026-12-06 20:28:26.173467+00
4	6:512c96e3-cafc-416b-b99f-9ec4d69e6f99:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-163107", "resource_type": "IPv4 Block", "serial_number": "SN9851497447", "status": "reserved"}	2026-12-06 20:28:26.175028+00
5	7:75018284-0c69-4905-ad58-36561e2fe3b6:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-169086", "resource_type": "Router", "serial_number": "SN5816535518", "status": "reserved"}	2026-12-06 20:28:26.176247+00
6	8:2df5cefd-0f85-4fad-b7c7-211a874d996a:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-260100", "resource_type": "Technician Slot", "serial_number": "SN0730814928", "status": "reserved"}	2026-12-06 20:28:26.177414+00
7	11:88d180cc-2753-4a0c-8d95-499e98777751:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-046131", "resource_type": "ONT", "serial_number": "SN1991377038", "status": "reserved"}	2026-12-06 20:28:26.28185+00
8	12:4b13c8c9-c541-4dc2-ad40-462e430dc226:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-925415", "resource_type": "Access Port", "serial_number": "SN2865974450", "status": "reserved"}	2026-12-06 20:28:26.283576+00
9	13:780e0945-9db7-4cc9-8cf8-b6cdadcd6525:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-769792", "resource_type": "IPv4 Address", "serial_number": "SN6289823334", "status": "reserved"}	2026-12-06 20:28:26.28491+00
10	14:3b0a1798-f0c3-42ca-92be-8845da96dd02:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-060742", "resource_type": "IPv4 Block", "serial_number": "SN3717076809", "status": "reserved"}	2026-12-06 20:28:26.286218+00
11	15:77f48ae7-46f1-4da6-a832-96d9ce317927:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-542153", "resource_type": "Router", "serial_number": "SN9391912350", "status": "reserved"}	2026-12-06 20:28:26.287744+00
12	16:7829569d-14bb-4c1d-87b2-87fa49451dd0:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-665325", "resource_type": "Technician Slot", "serial_number": "SN4600339940", "status": "reserved"}	2026-12-06 20:28:26.289081+00
13	18:aed52ac2-6433-4a07-9268-c74d8aacd684:1	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-464327", "access_port": "ge-0/3/23", "ip_address": "10.77.107.129", "status": "active"}	2026-12-06 20:28:26.34507+00
14	19:448b959f-01e0-4949-bd50-6647efc9d732:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-265127", "access_port": "ge-0/3/23", "ip_address": "10.127.60.129", "status": "active"}	2026-12-06 20:28:26.34699+00
15	20:04849b88-198b-498a-a5ea-e7b1a8900c03:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	{"service_id": "SVC-703950", "access_port": "ge-0/2/30", "ip_address": "10.200.65.152", "status": "active"}	2026-12-06 20:28:26.3483+00
16	21:bc0ab014-3448-45c0-84ac-cadf56a8618a:1	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	{"service_id": "SVC-281700", "access_port": "ge-0/0/36", "ip_address": "10.200.126.102", "status": "active"}	2026-12-06 20:28:26.349561+00
17	17:823f0876-eb2f-4c76-ad5c-d2a20d8875d9:1	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 3}	{"visit_id": "FSV-846008", "engineer": "Sam Patel", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}	2026-12-06 20:28:26.351218+00
18	22:c77a04f2-5b09-4070-bc53-4a6a8198ceed:1	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	{"billing_item_id": "BIL-2018469", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}	2026-12-06 20:28:26.385376+00
19	23:7451f7cf-8b5b-47e6-8a88-751f09a93a63:1	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	{"billing_item_id": "BIL-7668356", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}	2026-12-06 20:28:26.387805+00
20	24:a00003bb-098a-41cf-81d2-4bc55f647430:1	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	{"billing_item_id": "BIL-3739329", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}	2026-12-06 20:28:26.38916+00
21	26:19a5ff3c-6dde-4f83-a063-782859ff4453:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-886019", "resource_type": "ONT", "serial_number": "SN8247119881", "status": "reserved"}	2026-12-06 20:28:26.498994+00
22	27:9d874809-c3d4-48c6-bd13-cca8d1183da2:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-263192", "resource_type": "Access Port", "serial_number": "SN5661719162", "status": "reserved"}	2026-12-06 20:28:26.501034+00
23	28:b4bd71a2-af35-4936-a103-f11f74758e70:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-295745", "resource_type": "IPv4 Address", "serial_number": "SN7404154797", "status": "reserved"}	2026-12-06 20:28:26.502753+00
24	29:90b886c6-ad08-45cc-90ad-18f1284f10c4:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-592621", "resource_type": "IPv4 Block", "serial_number": "SN7533524305", "status": "reserved"}	2026-12-06 20:28:26.504048+00
25	30:aa7423b1-b9b4-4762-8446-79ad72d58a48:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-439671", "resource_type": "Router", "serial_number": "SN6384482979", "status": "reserved"}	2026-12-06 20:28:26.504983+00
26	31:cc3364a5-d658-4020-9780-b045f661d6ff:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-105537", "resource_type": "Technician Slot", "serial_number": "SN3504147822", "status": "reserved"}	2026-12-06 20:28:26.506052+00
31	32:0a3e5d17-ad76-497d-b0b1-8e95311dd2fb:1	field_service/schedule	{"site_postcode": "ZZ1 1ZZ", "work": "Install ONT", "order_id": 4}	{"visit_id": "FSV-926435", "engineer": "Lee Wong", "date": "2026-12-13", "slot": "13:00-17:00", "status": "scheduled"}	2026-12-06 20:28:26.565402+00
32	38:51ef0924-b56a-4be3-8529-86e7d033f7b0:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-642589", "resource_type": "ONT", "serial_number": "SN0282582067", "status": "reserved"}	2026-12-06 20:28:26.708913+00
33	39:b522f640-7cbc-49a8-a6b2-22b774aadbd0:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-146779", "resource_type": "Access Port", "serial_number": "SN2632681358", "status": "reserved"}	2026-12-06 20:28:26.709976+00
34	40:95bb42de-e7f0-4081-9a13-01a65dcec0d7:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-698151", "resource_type": "IPv4 Address", "serial_number": "SN2743112177", "status": "reserved"}	2026-12-06 20:28:26.710829+00
35	41:100e1823-65ae-4fee-83af-0710728b7219:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-999848", "resource_type": "IPv4 Block", "serial_number": "SN0575963993", "status": "reserved"}	2026-12-06 20:28:26.7117+00
36	42:5b8d9ce3-b71e-4cc3-acc8-3c16d01a06b7:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-798631", "resource_type": "Router", "serial_number": "SN4649902234", "status": "reserved"}	2026-12-06 20:28:26.712548+00
37	43:b89f4599-f58e-45fb-ba42-86818b6b318d:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-626436", "resource_type": "Technician Slot", "serial_number": "SN9717756685", "status": "reserved"}	2026-12-06 20:28:26.713456+00
42	44:58757159-cf4c-4605-ad48-b1c6fd2d49a7:1	field_service/schedule	{"site_postcode": "TT1 1TT", "work": "Install ONT", "order_id": 5}	{"visit_id": "FSV-393554", "engineer": "Ana Costa", "date": "2026-12-07", "slot": "08:00-12:00", "status": "scheduled"}	2026-12-06 20:28:26.767038+00
43	50:9640e49c-7769-4571-9494-b3938aa4e8c3:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-623275", "resource_type": "ONT", "serial_number": "SN9164759383", "status": "reserved"}	2026-12-06 20:28:26.870406+00
44	51:c9fd9877-dc32-4230-9cbb-3d511798b727:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-746312", "resource_type": "Access Port", "serial_number": "SN3070604649", "status": "reserved"}	2026-12-06 20:28:26.871519+00
45	52:5e8cd22d-18d2-4375-93ca-f5d2007cb8d9:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-197108", "resource_type": "IPv4 Address", "serial_number": "SN4853765097", "status": "reserved"}	2026-12-06 20:28:26.872435+00
46	53:121c1ed6-076b-46d7-88d2-960c135e3bac:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-887496", "resource_type": "IPv4 Block", "serial_number": "SN9543459850", "status": "reserved"}	2026-12-06 20:28:26.873227+00
47	54:d45f38f1-e462-4d71-b122-bad22d99ee99:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-397312", "resource_type": "Router", "serial_number": "SN7169838737", "status": "reserved"}	2026-12-06 20:28:26.87408+00
48	55:3c825740-5b41-406a-8172-22721fcb4b51:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-944365", "resource_type": "Technician Slot", "serial_number": "SN3804234441", "status": "reserved"}	2026-12-06 20:28:26.874841+00
49	57:305d0719-f7d6-4949-8a18-b89145be97e9:1	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-717834", "access_port": "ge-0/2/42", "ip_address": "10.84.121.36", "status": "active"}	2026-12-06 20:28:26.918509+00
50	58:9aaf2f15-0421-4dfb-b76a-3c9c5caa1e00:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-510582", "access_port": "ge-0/2/6", "ip_address": "10.82.42.184", "status": "active"}	2026-12-06 20:28:26.919566+00
51	59:ff1c39af-c6fb-4fed-a3e7-4b4dcc907c8c:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	{"service_id": "SVC-623470", "access_port": "ge-0/2/46", "ip_address": "10.220.243.72", "status": "active"}	2026-12-06 20:28:26.920441+00
52	60:0cc7923b-da69-49d7-b674-6689d75dc6b6:1	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	{"service_id": "SVC-057556", "access_port": "ge-0/0/4", "ip_address": "10.56.230.158", "status": "active"}	2026-12-06 20:28:26.921221+00
53	56:064c6418-4452-4357-9846-a84a9b85e3c1:1	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 6}	{"visit_id": "FSV-894765", "engineer": "Jo Evans", "date": "2026-12-11", "slot": "13:00-17:00", "status": "scheduled"}	2026-12-06 20:28:26.922098+00
54	61:cf9c55e1-f56e-4405-8ac6-90a65b3e5dc3:1	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	{"billing_item_id": "BIL-4974721", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}	2026-12-06 20:28:26.945809+00
55	62:fc767223-2c3d-4ae5-b409-1e957fa0290c:1	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	{"billing_item_id": "BIL-3905175", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}	2026-12-06 20:28:26.946882+00
56	63:fb83e23a-9c43-4501-b06e-2fda7d6562c5:1	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	{"billing_item_id": "BIL-8292931", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}	2026-12-06 20:28:26.947676+00
57	64:fcabeb75-d3f6-47f7-b71d-cc8586dbe486:1	billing/activate	{"account_id": 2, "product": "Installation", "action": "add", "recurring": "0.00", "one_time": "195.00"}	{"billing_item_id": "BIL-3911043", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}	2026-12-06 20:28:26.977228+00
\.


--
-- Data for Name: deployments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deployments (id, deployed_by_id, deployed_at, note, warnings, forced_test_failures) FROM stdin;
1	\N	2026-12-06 20:28:25.746569+00	ordra seed	[]	[]
\.


--
-- Data for Name: domain_orders; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.domain_orders (id, order_id, type, name, spec_name, action, item_seqs, state, plan, instance_id, depends_on, requires, data, result, created_at, started_at, completed_at, rule, insert_sentinel) FROM stdin;
3	2	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	pending	plan_service_order	\N	[1, 2]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 3}	{}	2026-12-06 20:28:26.13637+00	\N	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
5	2	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	pending	plan_service_order	\N	[4]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 5}	{}	2026-12-06 20:28:26.136371+00	\N	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
6	2	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[3, 5]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 6}	{}	2026-12-06 20:28:26.136372+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
8	2	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	pending	plan_service_order	\N	[7]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 8}	{}	2026-12-06 20:28:26.136373+00	\N	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
9	2	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[8]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 9}	{}	2026-12-06 20:28:26.136374+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
11	2	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	pending	plan_service_order	\N	[10]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 11}	{}	2026-12-06 20:28:26.136375+00	\N	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
12	2	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[11]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 12}	{}	2026-12-06 20:28:26.136376+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
15	2	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[14]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 15}	{}	2026-12-06 20:28:26.136378+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
1	2	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	3	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 1}	{"resource": {"resource_id": "RES-276839", "resource_type": "ONT", "serial_number": "SN1212070931", "status": "reserved"}}	2026-12-06 20:28:26.136365+00	2026-12-06 20:28:26.150899+00	2026-12-06 20:28:26.193761+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
10	2	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	7	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 10}	{"resource": {"resource_id": "RES-169086", "resource_type": "Router", "serial_number": "SN5816535518", "status": "reserved"}}	2026-12-06 20:28:26.136375+00	2026-12-06 20:28:26.150899+00	2026-12-06 20:28:26.193853+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
2	2	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	4	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 2}	{"resource": {"resource_id": "RES-672379", "resource_type": "Access Port", "serial_number": "SN2686231682", "status": "reserved"}}	2026-12-06 20:28:26.136369+00	2026-12-06 20:28:26.150899+00	2026-12-06 20:28:26.193807+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
4	2	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	5	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 4}	{"resource": {"resource_id": "RES-839736", "resource_type": "IPv4 Address", "serial_number": "SN4867643797", "status": "reserved"}}	2026-12-06 20:28:26.136371+00	2026-12-06 20:28:26.150899+00	2026-12-06 20:28:26.193823+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
7	2	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	6	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 7}	{"resource": {"resource_id": "RES-163107", "resource_type": "IPv4 Block", "serial_number": "SN9851497447", "status": "reserved"}}	2026-12-06 20:28:26.136373+00	2026-12-06 20:28:26.150899+00	2026-12-06 20:28:26.193837+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
13	2	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	8	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 13}	{"resource": {"resource_id": "RES-260100", "resource_type": "Technician Slot", "serial_number": "SN0730814928", "status": "reserved"}}	2026-12-06 20:28:26.136377+00	2026-12-06 20:28:26.150899+00	2026-12-06 20:28:26.193869+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
14	2	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	9	[13]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14}	{}	2026-12-06 20:28:26.136377+00	2026-12-06 20:28:26.203377+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
34	4	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	28	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 34}	{"resource": {"resource_id": "RES-295745", "resource_type": "IPv4 Address", "serial_number": "SN7404154797", "status": "reserved"}}	2026-12-06 20:28:26.47455+00	2026-12-06 20:28:26.486248+00	2026-12-06 20:28:26.518624+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
44	4	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	32	[43]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44}	{}	2026-12-06 20:28:26.474557+00	2026-12-06 20:28:26.523647+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
47	5	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	39	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 47}	{"resource": {"resource_id": "RES-146779", "resource_type": "Access Port", "serial_number": "SN2632681358", "status": "reserved"}}	2026-12-06 20:28:26.687629+00	2026-12-06 20:28:26.698787+00	2026-12-06 20:28:26.724612+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
49	5	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	40	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 49}	{"resource": {"resource_id": "RES-698151", "resource_type": "IPv4 Address", "serial_number": "SN2743112177", "status": "reserved"}}	2026-12-06 20:28:26.687631+00	2026-12-06 20:28:26.698787+00	2026-12-06 20:28:26.724628+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
18	3	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	completed	plan_service_order	18	[16, 17]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 18, "survey_result": "ready"}	{"service": {"service_id": "SVC-464327", "access_port": "ge-0/3/23", "ip_address": "10.77.107.129", "status": "active"}}	2026-12-06 20:28:26.25912+00	2026-12-06 20:28:26.337044+00	2026-12-06 20:28:26.372632+00	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
30	3	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[29]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 30}	{}	2026-12-06 20:28:26.259127+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
16	3	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	11	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 16}	{"resource": {"resource_id": "RES-046131", "resource_type": "ONT", "serial_number": "SN1991377038", "status": "reserved"}}	2026-12-06 20:28:26.259116+00	2026-12-06 20:28:26.270549+00	2026-12-06 20:28:26.301616+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
29	3	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	17	[28]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29}	{}	2026-12-06 20:28:26.259126+00	2026-12-06 20:28:26.30666+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
21	3	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	completed	plan_product_order	22	[18, 20]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 21}	{"billing": {"billing_item_id": "BIL-2018469", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}	2026-12-06 20:28:26.259122+00	2026-12-06 20:28:26.379736+00	2026-12-06 20:28:26.398307+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
24	3	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	completed	plan_product_order	23	[23]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 24}	{"billing": {"billing_item_id": "BIL-7668356", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}	2026-12-06 20:28:26.259123+00	2026-12-06 20:28:26.379736+00	2026-12-06 20:28:26.398348+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
27	3	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	completed	plan_product_order	24	[26]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 27}	{"billing": {"billing_item_id": "BIL-3739329", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}	2026-12-06 20:28:26.259125+00	2026-12-06 20:28:26.379736+00	2026-12-06 20:28:26.398368+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
17	3	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	12	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 17}	{"resource": {"resource_id": "RES-925415", "resource_type": "Access Port", "serial_number": "SN2865974450", "status": "reserved"}}	2026-12-06 20:28:26.259119+00	2026-12-06 20:28:26.270549+00	2026-12-06 20:28:26.301662+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
19	3	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	13	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 19}	{"resource": {"resource_id": "RES-769792", "resource_type": "IPv4 Address", "serial_number": "SN6289823334", "status": "reserved"}}	2026-12-06 20:28:26.25912+00	2026-12-06 20:28:26.270549+00	2026-12-06 20:28:26.30168+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
22	3	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	14	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 22}	{"resource": {"resource_id": "RES-060742", "resource_type": "IPv4 Block", "serial_number": "SN3717076809", "status": "reserved"}}	2026-12-06 20:28:26.259122+00	2026-12-06 20:28:26.270549+00	2026-12-06 20:28:26.301697+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
25	3	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	15	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 25}	{"resource": {"resource_id": "RES-542153", "resource_type": "Router", "serial_number": "SN9391912350", "status": "reserved"}}	2026-12-06 20:28:26.259124+00	2026-12-06 20:28:26.270549+00	2026-12-06 20:28:26.301713+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
28	3	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	16	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 28}	{"resource": {"resource_id": "RES-665325", "resource_type": "Technician Slot", "serial_number": "SN4600339940", "status": "reserved"}}	2026-12-06 20:28:26.259125+00	2026-12-06 20:28:26.270549+00	2026-12-06 20:28:26.301731+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
26	3	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	completed	plan_service_order	21	[25]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 26, "survey_result": "ready"}	{"service": {"service_id": "SVC-281700", "access_port": "ge-0/0/36", "ip_address": "10.200.126.102", "status": "active"}}	2026-12-06 20:28:26.259124+00	2026-12-06 20:28:26.337044+00	2026-12-06 20:28:26.372706+00	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
20	3	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	completed	plan_service_order	19	[19]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 20, "survey_result": "ready"}	{"service": {"service_id": "SVC-265127", "access_port": "ge-0/3/23", "ip_address": "10.127.60.129", "status": "active"}}	2026-12-06 20:28:26.259121+00	2026-12-06 20:28:26.337044+00	2026-12-06 20:28:26.372673+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
23	3	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	completed	plan_service_order	20	[22]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 23, "survey_result": "ready"}	{"service": {"service_id": "SVC-703950", "access_port": "ge-0/2/30", "ip_address": "10.200.65.152", "status": "active"}}	2026-12-06 20:28:26.259123+00	2026-12-06 20:28:26.337044+00	2026-12-06 20:28:26.37269+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
36	4	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[33, 35]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 36}	{}	2026-12-06 20:28:26.474552+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
33	4	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	failed	plan_service_order	33	[31, 32]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 33, "survey_result": "ready"}	{}	2026-12-06 20:28:26.47455+00	2026-12-06 20:28:26.548764+00	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
35	4	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	failed	plan_service_order	34	[34]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 35, "survey_result": "ready"}	{}	2026-12-06 20:28:26.474551+00	2026-12-06 20:28:26.548764+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
39	4	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[38]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 39}	{}	2026-12-06 20:28:26.474553+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
42	4	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[41]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 42}	{}	2026-12-06 20:28:26.474555+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
45	4	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[44]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 45}	{}	2026-12-06 20:28:26.474557+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
31	4	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	26	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 31}	{"resource": {"resource_id": "RES-886019", "resource_type": "ONT", "serial_number": "SN8247119881", "status": "reserved"}}	2026-12-06 20:28:26.474546+00	2026-12-06 20:28:26.486248+00	2026-12-06 20:28:26.518565+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
32	4	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	27	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 32}	{"resource": {"resource_id": "RES-263192", "resource_type": "Access Port", "serial_number": "SN5661719162", "status": "reserved"}}	2026-12-06 20:28:26.474549+00	2026-12-06 20:28:26.486248+00	2026-12-06 20:28:26.518607+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
38	4	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	failed	plan_service_order	35	[37]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 38, "survey_result": "ready"}	{}	2026-12-06 20:28:26.474553+00	2026-12-06 20:28:26.548764+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
41	4	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	failed	plan_service_order	36	[40]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 41, "survey_result": "ready"}	{}	2026-12-06 20:28:26.474555+00	2026-12-06 20:28:26.548764+00	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
37	4	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	29	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 37}	{"resource": {"resource_id": "RES-592621", "resource_type": "IPv4 Block", "serial_number": "SN7533524305", "status": "reserved"}}	2026-12-06 20:28:26.474552+00	2026-12-06 20:28:26.486248+00	2026-12-06 20:28:26.51864+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
40	4	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	30	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 40}	{"resource": {"resource_id": "RES-439671", "resource_type": "Router", "serial_number": "SN6384482979", "status": "reserved"}}	2026-12-06 20:28:26.474554+00	2026-12-06 20:28:26.486248+00	2026-12-06 20:28:26.518656+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
43	4	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	31	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 43}	{"resource": {"resource_id": "RES-105537", "resource_type": "Technician Slot", "serial_number": "SN3504147822", "status": "reserved"}}	2026-12-06 20:28:26.474556+00	2026-12-06 20:28:26.486248+00	2026-12-06 20:28:26.51868+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
48	5	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	failed	plan_service_order	45	[46, 47]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 48, "survey_result": "ready"}	{}	2026-12-06 20:28:26.68763+00	2026-12-06 20:28:26.751709+00	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
50	5	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	failed	plan_service_order	46	[49]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 50, "survey_result": "ready"}	{}	2026-12-06 20:28:26.687631+00	2026-12-06 20:28:26.751709+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
51	5	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[48, 50]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 51}	{}	2026-12-06 20:28:26.687632+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
54	5	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[53]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 54}	{}	2026-12-06 20:28:26.687634+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
57	5	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[56]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 57}	{}	2026-12-06 20:28:26.687636+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
60	5	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[59]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 60}	{}	2026-12-06 20:28:26.687637+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
46	5	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	38	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 46}	{"resource": {"resource_id": "RES-642589", "resource_type": "ONT", "serial_number": "SN0282582067", "status": "reserved"}}	2026-12-06 20:28:26.687626+00	2026-12-06 20:28:26.698787+00	2026-12-06 20:28:26.724576+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
59	5	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	44	[58]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59}	{}	2026-12-06 20:28:26.687637+00	2026-12-06 20:28:26.729366+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
53	5	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	failed	plan_service_order	47	[52]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 53, "survey_result": "ready"}	{}	2026-12-06 20:28:26.687633+00	2026-12-06 20:28:26.751709+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
56	5	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	failed	plan_service_order	48	[55]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 56, "survey_result": "ready"}	{}	2026-12-06 20:28:26.687635+00	2026-12-06 20:28:26.751709+00	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
52	5	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	41	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 52}	{"resource": {"resource_id": "RES-999848", "resource_type": "IPv4 Block", "serial_number": "SN0575963993", "status": "reserved"}}	2026-12-06 20:28:26.687633+00	2026-12-06 20:28:26.698787+00	2026-12-06 20:28:26.724643+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
55	5	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	42	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 55}	{"resource": {"resource_id": "RES-798631", "resource_type": "Router", "serial_number": "SN4649902234", "status": "reserved"}}	2026-12-06 20:28:26.687635+00	2026-12-06 20:28:26.698787+00	2026-12-06 20:28:26.724659+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
58	5	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	43	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 58}	{"resource": {"resource_id": "RES-626436", "resource_type": "Technician Slot", "serial_number": "SN9717756685", "status": "reserved"}}	2026-12-06 20:28:26.687636+00	2026-12-06 20:28:26.698787+00	2026-12-06 20:28:26.724675+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
63	6	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	completed	plan_service_order	57	[61, 62]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 63, "survey_result": "ready"}	{"service": {"service_id": "SVC-717834", "access_port": "ge-0/2/42", "ip_address": "10.84.121.36", "status": "active"}}	2026-12-06 20:28:26.850275+00	2026-12-06 20:28:26.911907+00	2026-12-06 20:28:26.936312+00	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
65	6	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	completed	plan_service_order	58	[64]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 65, "survey_result": "ready"}	{"service": {"service_id": "SVC-510582", "access_port": "ge-0/2/6", "ip_address": "10.82.42.184", "status": "active"}}	2026-12-06 20:28:26.850276+00	2026-12-06 20:28:26.911907+00	2026-12-06 20:28:26.936347+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
61	6	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	50	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 61}	{"resource": {"resource_id": "RES-623275", "resource_type": "ONT", "serial_number": "SN9164759383", "status": "reserved"}}	2026-12-06 20:28:26.850271+00	2026-12-06 20:28:26.860763+00	2026-12-06 20:28:26.8858+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
62	6	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	51	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 62}	{"resource": {"resource_id": "RES-746312", "resource_type": "Access Port", "serial_number": "SN3070604649", "status": "reserved"}}	2026-12-06 20:28:26.850275+00	2026-12-06 20:28:26.860763+00	2026-12-06 20:28:26.885837+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
68	6	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	completed	plan_service_order	59	[67]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 68, "survey_result": "ready"}	{"service": {"service_id": "SVC-623470", "access_port": "ge-0/2/46", "ip_address": "10.220.243.72", "status": "active"}}	2026-12-06 20:28:26.850278+00	2026-12-06 20:28:26.911907+00	2026-12-06 20:28:26.936365+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
66	6	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	completed	plan_product_order	61	[63, 65]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 66}	{"billing": {"billing_item_id": "BIL-4974721", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}	2026-12-06 20:28:26.850277+00	2026-12-06 20:28:26.941508+00	2026-12-06 20:28:26.95573+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
69	6	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	completed	plan_product_order	62	[68]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 69}	{"billing": {"billing_item_id": "BIL-3905175", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}	2026-12-06 20:28:26.850279+00	2026-12-06 20:28:26.941508+00	2026-12-06 20:28:26.955766+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
72	6	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	completed	plan_product_order	63	[71]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 72}	{"billing": {"billing_item_id": "BIL-8292931", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}	2026-12-06 20:28:26.850281+00	2026-12-06 20:28:26.941508+00	2026-12-06 20:28:26.955785+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
75	6	product	Installation Product (Installation)	Installation Product	add	[4]	completed	plan_product_order	64	[74]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 75}	{"billing": {"billing_item_id": "BIL-3911043", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}}	2026-12-06 20:28:26.850282+00	2026-12-06 20:28:26.972942+00	2026-12-06 20:28:26.984573+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
64	6	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	52	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 64}	{"resource": {"resource_id": "RES-197108", "resource_type": "IPv4 Address", "serial_number": "SN4853765097", "status": "reserved"}}	2026-12-06 20:28:26.850276+00	2026-12-06 20:28:26.860763+00	2026-12-06 20:28:26.885853+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
67	6	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	53	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 67}	{"resource": {"resource_id": "RES-887496", "resource_type": "IPv4 Block", "serial_number": "SN9543459850", "status": "reserved"}}	2026-12-06 20:28:26.850278+00	2026-12-06 20:28:26.860763+00	2026-12-06 20:28:26.885868+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
70	6	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	54	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 70}	{"resource": {"resource_id": "RES-397312", "resource_type": "Router", "serial_number": "SN7169838737", "status": "reserved"}}	2026-12-06 20:28:26.850279+00	2026-12-06 20:28:26.860763+00	2026-12-06 20:28:26.885883+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
73	6	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	55	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 73}	{"resource": {"resource_id": "RES-944365", "resource_type": "Technician Slot", "serial_number": "SN3804234441", "status": "reserved"}}	2026-12-06 20:28:26.850281+00	2026-12-06 20:28:26.860763+00	2026-12-06 20:28:26.885899+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
71	6	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	completed	plan_service_order	60	[70]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 71, "survey_result": "ready"}	{"service": {"service_id": "SVC-057556", "access_port": "ge-0/0/4", "ip_address": "10.56.230.158", "status": "active"}}	2026-12-06 20:28:26.85028+00	2026-12-06 20:28:26.911907+00	2026-12-06 20:28:26.93638+00	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
74	6	service	Field Visit (Installation)	Field Visit	add	[4]	completed	plan_field_visit	56	[73]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74}	{"visit": {"visit_id": "FSV-894765", "engineer": "Jo Evans", "date": "2026-12-11", "slot": "13:00-17:00", "status": "scheduled"}, "survey_result": "ready", "ont_serial": "ONT1234567"}	2026-12-06 20:28:26.850282+00	2026-12-06 20:28:26.890287+00	2026-12-06 20:28:26.969656+00	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
\.


--
-- Data for Name: entitlements; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.entitlements (id, account_id, order_id, product_id, service, status, created_at, insert_sentinel) FROM stdin;
1	2	6	1	Access Line	active	2026-12-06 20:28:27.001858+00	0
2	2	6	1	IP Connectivity	active	2026-12-06 20:28:27.001861+00	1
3	2	6	2	IP Connectivity	active	2026-12-06 20:28:27.001862+00	2
4	2	6	3	CPE Provisioning	active	2026-12-06 20:28:27.001862+00	3
\.


--
-- Data for Name: fallout_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fallout_events (id, fallout_id, at, actor_id, kind, detail) FROM stdin;
1	1	2026-12-06 20:28:26.587107+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
2	2	2026-12-06 20:28:26.595506+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
3	3	2026-12-06 20:28:26.602609+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
4	4	2026-12-06 20:28:26.609528+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
5	5	2026-12-06 20:28:26.775188+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
6	6	2026-12-06 20:28:26.780896+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
7	7	2026-12-06 20:28:26.786286+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
8	8	2026-12-06 20:28:26.791823+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
\.


--
-- Data for Name: fallouts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fallouts (id, instance_id, order_id, task_name, connector, error_code, message, payload, response, attempt, category, action, assign_to, assignee_id, status, next_retry_at, policy, created_at, updated_at, resolved_at) FROM stdin;
1	33	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "Access Line", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 20:28:26.576185+00	2026-12-06 20:28:26.582676+00	\N
2	34	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 20:28:26.593148+00	2026-12-06 20:28:26.59315+00	\N
3	35	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 20:28:26.600137+00	2026-12-06 20:28:26.600139+00	\N
4	36	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "CPE Provisioning", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"wifi": true}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 20:28:26.607185+00	2026-12-06 20:28:26.607186+00	\N
5	45	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "Access Line", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 20:28:56.773842+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 20:28:26.774069+00	2026-12-06 20:28:26.77407+00	\N
6	46	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 20:28:56.779614+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 20:28:26.779799+00	2026-12-06 20:28:26.7798+00	\N
7	47	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 20:28:56.785087+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 20:28:26.785283+00	2026-12-06 20:28:26.785285+00	\N
8	48	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "CPE Provisioning", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"wifi": true}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 20:28:56.790398+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 20:28:26.790581+00	2026-12-06 20:28:26.790582+00	\N
\.


--
-- Data for Name: form_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.form_versions (id, filename, version, deployment_id, file_id, schema) FROM stdin;
1	approval.json	1	1	1	{"title": "Approval", "type": "object", "required": ["decision"], "properties": {"decision": {"type": "string", "title": "Decision", "enum": ["approve", "reject"]}, "reason": {"type": "string", "title": "Reason", "maxLength": 300}}}
2	approve_adjustments.json	1	1	2	{"title": "Approve price adjustments", "type": "object", "required": ["adjustments_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "adjustments_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve the discounts"}, {"const": "reject", "title": "Reject the order"}]}, "adjustments_note": {"type": "string", "title": "Note to the order agent", "maxLength": 500}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}
3	customer_request_handling-uischema.json	1	1	3	{"ui:order": ["customer", "order_id", "order_state", "request_kind", "requested_by", "request_text", "resolution", "resolution_note"], "request_text": {"ui:widget": "textarea"}, "resolution": {"ui:widget": "radio"}, "resolution_note": {"ui:widget": "textarea", "ui:help": "Written for the customer: what was done, or why not."}}
4	customer_request_handling.json	1	1	4	{"title": "Handle customer request", "description": "The customer's request is shown as they wrote it. Open the order (linked above) and choose what happens: 'Cancel the order' cancels it now, if its plans still allow it; a change is made with Revise on the order page first. The customer sees what actually happened, and your note.", "type": "object", "required": ["resolution", "resolution_note"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "order_id": {"type": "integer", "title": "Order", "readOnly": true}, "order_state": {"type": "string", "title": "Order state when asked", "readOnly": true}, "request_kind": {"type": "string", "title": "Request", "readOnly": true, "oneOf": [{"const": "issue", "title": "Issue"}, {"const": "change", "title": "Change"}, {"const": "cancellation", "title": "Cancellation"}]}, "request_text": {"type": "string", "title": "What the customer wrote", "readOnly": true}, "requested_by": {"type": "string", "title": "Asked by", "readOnly": true}, "resolution": {"type": "string", "title": "What happens", "oneOf": [{"const": "cancel_order", "title": "Cancel the order (refused and reported if it is past its point of no return)"}, {"const": "answered", "title": "Answered (an issue explained, or a change already made with Revise)"}, {"const": "declined", "title": "Declined: the note says why"}, {"const": "escalated", "title": "Passed to a specialist team"}]}, "resolution_note": {"type": "string", "title": "Note to the customer", "minLength": 1, "maxLength": 2000}}}
5	install_ont.json	1	1	5	{"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}
6	order_approval.json	1	1	6	{"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}
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
1	1	2026-12-06 20:28:25.973323+00	2	started		customer_order version 1	{}
2	1	2026-12-06 20:28:25.973354+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
3	1	2026-12-06 20:28:25.973356+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
4	1	2026-12-06 20:28:25.975259+00	\N	service_call	Record enrichment on the order		{"call": 1, "connector": "ordra/record_enrichment", "attempt": 1}
5	1	2026-12-06 20:28:25.980094+00	\N	service_result	Record enrichment on the order		{"call": 1}
6	1	2026-12-06 20:28:26.00049+00	\N	task_ready	Approve order		{"work_item": 1, "role": "order_approver"}
7	1	2026-12-06 20:28:26.000502+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
8	2	2026-12-06 20:28:26.041737+00	2	started		customer_order version 1	{}
9	2	2026-12-06 20:28:26.041766+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
10	2	2026-12-06 20:28:26.04177+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
11	2	2026-12-06 20:28:26.04246+00	\N	service_call	Record enrichment on the order		{"call": 2, "connector": "ordra/record_enrichment", "attempt": 1}
12	2	2026-12-06 20:28:26.045313+00	\N	service_result	Record enrichment on the order		{"call": 2}
13	2	2026-12-06 20:28:26.050759+00	\N	task_ready	Approve order		{"work_item": 2, "role": "order_approver"}
14	2	2026-12-06 20:28:26.050769+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
15	2	2026-12-06 20:28:26.07241+00	5	task_completed	Approve order		{"work_item": 2, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
16	2	2026-12-06 20:28:26.077143+00	\N	service_call	Decompose into domain orders		{"call": 3, "connector": "ordra/decompose", "attempt": 1}
17	3	2026-12-06 20:28:26.148722+00	\N	started		plan_resource_order version 1	{}
18	4	2026-12-06 20:28:26.148804+00	\N	started		plan_resource_order version 1	{}
19	5	2026-12-06 20:28:26.148904+00	\N	started		plan_resource_order version 1	{}
20	6	2026-12-06 20:28:26.148931+00	\N	started		plan_resource_order version 1	{}
21	7	2026-12-06 20:28:26.148956+00	\N	started		plan_resource_order version 1	{}
22	8	2026-12-06 20:28:26.148988+00	\N	started		plan_resource_order version 1	{}
23	3	2026-12-06 20:28:26.1507+00	\N	service_call	Reserve resource		{"call": 4, "connector": "inventory/reserve", "attempt": 1}
24	4	2026-12-06 20:28:26.150711+00	\N	service_call	Reserve resource		{"call": 5, "connector": "inventory/reserve", "attempt": 1}
25	5	2026-12-06 20:28:26.150714+00	\N	service_call	Reserve resource		{"call": 6, "connector": "inventory/reserve", "attempt": 1}
26	6	2026-12-06 20:28:26.150717+00	\N	service_call	Reserve resource		{"call": 7, "connector": "inventory/reserve", "attempt": 1}
27	7	2026-12-06 20:28:26.150719+00	\N	service_call	Reserve resource		{"call": 8, "connector": "inventory/reserve", "attempt": 1}
28	8	2026-12-06 20:28:26.150722+00	\N	service_call	Reserve resource		{"call": 9, "connector": "inventory/reserve", "attempt": 1}
29	2	2026-12-06 20:28:26.151156+00	\N	service_result	Decompose into domain orders		{"call": 3}
30	2	2026-12-06 20:28:26.157945+00	\N	service_call	Wait for the domain orders		{"call": 10, "connector": "ordra/await_fulfilment", "attempt": 1}
31	2	2026-12-06 20:28:26.158164+00	\N	service_waiting	Wait for the domain orders		{"call": 10}
32	3	2026-12-06 20:28:26.183727+00	\N	service_result	Reserve resource		{"call": 4}
33	3	2026-12-06 20:28:26.184675+00	\N	completed			{}
34	4	2026-12-06 20:28:26.184758+00	\N	service_result	Reserve resource		{"call": 5}
35	4	2026-12-06 20:28:26.185518+00	\N	completed			{}
36	5	2026-12-06 20:28:26.185586+00	\N	service_result	Reserve resource		{"call": 6}
37	5	2026-12-06 20:28:26.186164+00	\N	completed			{}
38	6	2026-12-06 20:28:26.186222+00	\N	service_result	Reserve resource		{"call": 7}
39	6	2026-12-06 20:28:26.186928+00	\N	completed			{}
40	7	2026-12-06 20:28:26.186998+00	\N	service_result	Reserve resource		{"call": 8}
41	7	2026-12-06 20:28:26.187572+00	\N	completed			{}
42	8	2026-12-06 20:28:26.18763+00	\N	service_result	Reserve resource		{"call": 9}
43	8	2026-12-06 20:28:26.188176+00	\N	completed			{}
44	9	2026-12-06 20:28:26.199557+00	\N	started		plan_field_visit version 1	{}
45	9	2026-12-06 20:28:26.203218+00	\N	task_ready	Survey site		{"work_item": 3, "role": "fulfillment_agent"}
46	10	2026-12-06 20:28:26.230638+00	2	started		customer_order version 1	{}
70	11	2026-12-06 20:28:26.293142+00	\N	service_result	Reserve resource		{"call": 13}
47	10	2026-12-06 20:28:26.230666+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
48	10	2026-12-06 20:28:26.230668+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
49	10	2026-12-06 20:28:26.231318+00	\N	service_call	Record enrichment on the order		{"call": 11, "connector": "ordra/record_enrichment", "attempt": 1}
50	10	2026-12-06 20:28:26.233938+00	\N	service_result	Record enrichment on the order		{"call": 11}
51	10	2026-12-06 20:28:26.23909+00	\N	task_ready	Approve order		{"work_item": 4, "role": "order_approver"}
52	10	2026-12-06 20:28:26.2391+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
53	10	2026-12-06 20:28:26.249163+00	5	task_completed	Approve order		{"work_item": 4, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
54	10	2026-12-06 20:28:26.253197+00	\N	service_call	Decompose into domain orders		{"call": 12, "connector": "ordra/decompose", "attempt": 1}
55	11	2026-12-06 20:28:26.268597+00	\N	started		plan_resource_order version 1	{}
56	12	2026-12-06 20:28:26.26867+00	\N	started		plan_resource_order version 1	{}
57	13	2026-12-06 20:28:26.268699+00	\N	started		plan_resource_order version 1	{}
58	14	2026-12-06 20:28:26.268724+00	\N	started		plan_resource_order version 1	{}
59	15	2026-12-06 20:28:26.268748+00	\N	started		plan_resource_order version 1	{}
60	16	2026-12-06 20:28:26.268974+00	\N	started		plan_resource_order version 1	{}
61	11	2026-12-06 20:28:26.270382+00	\N	service_call	Reserve resource		{"call": 13, "connector": "inventory/reserve", "attempt": 1}
62	12	2026-12-06 20:28:26.27039+00	\N	service_call	Reserve resource		{"call": 14, "connector": "inventory/reserve", "attempt": 1}
63	13	2026-12-06 20:28:26.270393+00	\N	service_call	Reserve resource		{"call": 15, "connector": "inventory/reserve", "attempt": 1}
64	14	2026-12-06 20:28:26.270396+00	\N	service_call	Reserve resource		{"call": 16, "connector": "inventory/reserve", "attempt": 1}
65	15	2026-12-06 20:28:26.270399+00	\N	service_call	Reserve resource		{"call": 17, "connector": "inventory/reserve", "attempt": 1}
66	16	2026-12-06 20:28:26.270401+00	\N	service_call	Reserve resource		{"call": 18, "connector": "inventory/reserve", "attempt": 1}
67	10	2026-12-06 20:28:26.270781+00	\N	service_result	Decompose into domain orders		{"call": 12}
68	10	2026-12-06 20:28:26.276133+00	\N	service_call	Wait for the domain orders		{"call": 19, "connector": "ordra/await_fulfilment", "attempt": 1}
69	10	2026-12-06 20:28:26.27636+00	\N	service_waiting	Wait for the domain orders		{"call": 19}
84	17	2026-12-06 20:28:26.320669+00	3	task_completed	Survey site		{"work_item": 5, "data": {"site_postcode": "SW1A 1AA", "survey_result": "ready", "survey_notes": null}}
85	17	2026-12-06 20:28:26.324633+00	\N	service_call	Hand the survey result to the order		{"call": 20, "connector": "ordra/provide_data", "attempt": 1}
86	18	2026-12-06 20:28:26.335619+00	\N	started		plan_service_order version 1	{}
87	19	2026-12-06 20:28:26.335682+00	\N	started		plan_service_order version 1	{}
88	20	2026-12-06 20:28:26.335711+00	\N	started		plan_service_order version 1	{}
89	21	2026-12-06 20:28:26.335736+00	\N	started		plan_service_order version 1	{}
90	18	2026-12-06 20:28:26.336909+00	\N	service_call	Activate service		{"call": 21, "connector": "provisioning/activate", "attempt": 1}
91	19	2026-12-06 20:28:26.336917+00	\N	service_call	Activate service		{"call": 22, "connector": "provisioning/activate", "attempt": 1}
92	20	2026-12-06 20:28:26.33692+00	\N	service_call	Activate service		{"call": 23, "connector": "provisioning/activate", "attempt": 1}
93	21	2026-12-06 20:28:26.336923+00	\N	service_call	Activate service		{"call": 24, "connector": "provisioning/activate", "attempt": 1}
94	17	2026-12-06 20:28:26.337212+00	\N	service_result	Hand the survey result to the order		{"call": 20}
95	17	2026-12-06 20:28:26.340455+00	\N	service_call	Book the engineer visit		{"call": 25, "connector": "field_service/schedule", "attempt": 1}
118	25	2026-12-06 20:28:26.423597+00	2	started		customer_order version 1	{}
119	25	2026-12-06 20:28:26.423624+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "ZZ1 1ZZ"}], "matched_rules": [{"index": 5, "rule_id": "site_other", "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}], "defaulted": false, "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}, "warnings": [], "required_decisions": {}}
120	25	2026-12-06 20:28:26.423627+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
121	25	2026-12-06 20:28:26.424384+00	\N	service_call	Record enrichment on the order		{"call": 29, "connector": "ordra/record_enrichment", "attempt": 1}
122	25	2026-12-06 20:28:26.426996+00	\N	service_result	Record enrichment on the order		{"call": 29}
123	25	2026-12-06 20:28:26.433413+00	\N	task_ready	Enter technical details		{"work_item": 7, "role": "fulfillment_agent"}
124	25	2026-12-06 20:28:26.445122+00	3	task_completed	Enter technical details		{"work_item": 7, "data": {"customer": "Bravo plc", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "LAB-1", "site_notes": null}}
125	25	2026-12-06 20:28:26.451117+00	\N	task_ready	Approve order		{"work_item": 8, "role": "order_approver"}
198	39	2026-12-06 20:28:26.698621+00	\N	service_call	Reserve resource		{"call": 47, "connector": "inventory/reserve", "attempt": 1}
71	11	2026-12-06 20:28:26.294074+00	\N	completed			{}
72	12	2026-12-06 20:28:26.29416+00	\N	service_result	Reserve resource		{"call": 14}
73	12	2026-12-06 20:28:26.294771+00	\N	completed			{}
74	13	2026-12-06 20:28:26.294824+00	\N	service_result	Reserve resource		{"call": 15}
75	13	2026-12-06 20:28:26.295378+00	\N	completed			{}
76	14	2026-12-06 20:28:26.295433+00	\N	service_result	Reserve resource		{"call": 16}
77	14	2026-12-06 20:28:26.295985+00	\N	completed			{}
78	15	2026-12-06 20:28:26.296038+00	\N	service_result	Reserve resource		{"call": 17}
79	15	2026-12-06 20:28:26.296768+00	\N	completed			{}
80	16	2026-12-06 20:28:26.296902+00	\N	service_result	Reserve resource		{"call": 18}
81	16	2026-12-06 20:28:26.297509+00	\N	completed			{}
82	17	2026-12-06 20:28:26.30511+00	\N	started		plan_field_visit version 1	{}
83	17	2026-12-06 20:28:26.306504+00	\N	task_ready	Survey site		{"work_item": 5, "role": "fulfillment_agent"}
96	18	2026-12-06 20:28:26.356081+00	\N	service_result	Activate service		{"call": 21}
97	18	2026-12-06 20:28:26.357126+00	\N	completed			{}
98	19	2026-12-06 20:28:26.357218+00	\N	service_result	Activate service		{"call": 22}
99	19	2026-12-06 20:28:26.357964+00	\N	completed			{}
100	20	2026-12-06 20:28:26.358031+00	\N	service_result	Activate service		{"call": 23}
101	20	2026-12-06 20:28:26.358672+00	\N	completed			{}
102	21	2026-12-06 20:28:26.358733+00	\N	service_result	Activate service		{"call": 24}
103	21	2026-12-06 20:28:26.359572+00	\N	completed			{}
104	17	2026-12-06 20:28:26.359641+00	\N	service_result	Book the engineer visit		{"call": 25}
105	17	2026-12-06 20:28:26.369957+00	\N	task_ready	Install ONT on site		{"work_item": 6, "role": "fulfillment_agent"}
106	22	2026-12-06 20:28:26.378431+00	\N	started		plan_product_order version 1	{}
107	23	2026-12-06 20:28:26.378497+00	\N	started		plan_product_order version 1	{}
108	24	2026-12-06 20:28:26.378525+00	\N	started		plan_product_order version 1	{}
109	22	2026-12-06 20:28:26.379625+00	\N	service_call	Activate billing		{"call": 26, "connector": "billing/activate", "attempt": 1}
110	23	2026-12-06 20:28:26.379634+00	\N	service_call	Activate billing		{"call": 27, "connector": "billing/activate", "attempt": 1}
111	24	2026-12-06 20:28:26.379637+00	\N	service_call	Activate billing		{"call": 28, "connector": "billing/activate", "attempt": 1}
112	22	2026-12-06 20:28:26.392566+00	\N	service_result	Activate billing		{"call": 26}
113	22	2026-12-06 20:28:26.393547+00	\N	completed			{}
114	23	2026-12-06 20:28:26.393629+00	\N	service_result	Activate billing		{"call": 27}
115	23	2026-12-06 20:28:26.39423+00	\N	completed			{}
116	24	2026-12-06 20:28:26.394296+00	\N	service_result	Activate billing		{"call": 28}
117	24	2026-12-06 20:28:26.394889+00	\N	completed			{}
144	26	2026-12-06 20:28:26.50926+00	\N	service_result	Reserve resource		{"call": 31}
145	26	2026-12-06 20:28:26.510206+00	\N	completed			{}
146	27	2026-12-06 20:28:26.5103+00	\N	service_result	Reserve resource		{"call": 32}
147	27	2026-12-06 20:28:26.510956+00	\N	completed			{}
148	28	2026-12-06 20:28:26.511021+00	\N	service_result	Reserve resource		{"call": 33}
149	28	2026-12-06 20:28:26.511748+00	\N	completed			{}
150	29	2026-12-06 20:28:26.511821+00	\N	service_result	Reserve resource		{"call": 34}
151	29	2026-12-06 20:28:26.512488+00	\N	completed			{}
152	30	2026-12-06 20:28:26.51255+00	\N	service_result	Reserve resource		{"call": 35}
153	30	2026-12-06 20:28:26.513432+00	\N	completed			{}
154	31	2026-12-06 20:28:26.513509+00	\N	service_result	Reserve resource		{"call": 36}
155	31	2026-12-06 20:28:26.514164+00	\N	completed			{}
156	32	2026-12-06 20:28:26.522172+00	\N	started		plan_field_visit version 1	{}
157	32	2026-12-06 20:28:26.523489+00	\N	task_ready	Survey site		{"work_item": 9, "role": "fulfillment_agent"}
170	33	2026-12-06 20:28:26.569542+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
171	33	2026-12-06 20:28:26.585539+00	\N	fallout_failed	Activate service		{"fallout": 1, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
172	34	2026-12-06 20:28:26.589465+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
173	34	2026-12-06 20:28:26.59449+00	\N	fallout_failed	Activate service		{"fallout": 2, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
174	35	2026-12-06 20:28:26.597216+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
175	35	2026-12-06 20:28:26.601453+00	\N	fallout_failed	Activate service		{"fallout": 3, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
176	36	2026-12-06 20:28:26.604393+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
177	36	2026-12-06 20:28:26.608474+00	\N	fallout_failed	Activate service		{"fallout": 4, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
178	32	2026-12-06 20:28:26.610573+00	\N	service_result	Book the engineer visit		{"call": 43}
179	32	2026-12-06 20:28:26.614971+00	\N	task_ready	Install ONT on site		{"work_item": 10, "role": "fulfillment_agent"}
206	38	2026-12-06 20:28:26.716229+00	\N	service_result	Reserve resource		{"call": 46}
207	38	2026-12-06 20:28:26.717171+00	\N	completed			{}
208	39	2026-12-06 20:28:26.717257+00	\N	service_result	Reserve resource		{"call": 47}
209	39	2026-12-06 20:28:26.717883+00	\N	completed			{}
210	40	2026-12-06 20:28:26.717942+00	\N	service_result	Reserve resource		{"call": 48}
211	40	2026-12-06 20:28:26.718507+00	\N	completed			{}
212	41	2026-12-06 20:28:26.718566+00	\N	service_result	Reserve resource		{"call": 49}
213	41	2026-12-06 20:28:26.719127+00	\N	completed			{}
214	42	2026-12-06 20:28:26.719184+00	\N	service_result	Reserve resource		{"call": 50}
215	42	2026-12-06 20:28:26.7199+00	\N	completed			{}
216	43	2026-12-06 20:28:26.719962+00	\N	service_result	Reserve resource		{"call": 51}
217	43	2026-12-06 20:28:26.720511+00	\N	completed			{}
218	44	2026-12-06 20:28:26.727914+00	\N	started		plan_field_visit version 1	{}
219	44	2026-12-06 20:28:26.729217+00	\N	task_ready	Survey site		{"work_item": 13, "role": "fulfillment_agent"}
232	45	2026-12-06 20:28:26.770541+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
233	45	2026-12-06 20:28:26.774713+00	\N	fallout_failed	Activate service		{"fallout": 5, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
234	46	2026-12-06 20:28:26.776901+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
235	46	2026-12-06 20:28:26.780379+00	\N	fallout_failed	Activate service		{"fallout": 6, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
236	47	2026-12-06 20:28:26.782523+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
237	47	2026-12-06 20:28:26.785835+00	\N	fallout_failed	Activate service		{"fallout": 7, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
238	48	2026-12-06 20:28:26.787911+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
239	48	2026-12-06 20:28:26.791302+00	\N	fallout_failed	Activate service		{"fallout": 8, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
240	44	2026-12-06 20:28:26.792996+00	\N	service_result	Book the engineer visit		{"call": 58}
126	25	2026-12-06 20:28:26.451126+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
127	25	2026-12-06 20:28:26.462663+00	5	task_completed	Approve order		{"work_item": 8, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
128	25	2026-12-06 20:28:26.46699+00	\N	service_call	Decompose into domain orders		{"call": 30, "connector": "ordra/decompose", "attempt": 1}
129	26	2026-12-06 20:28:26.484408+00	\N	started		plan_resource_order version 1	{}
130	27	2026-12-06 20:28:26.484482+00	\N	started		plan_resource_order version 1	{}
131	28	2026-12-06 20:28:26.484514+00	\N	started		plan_resource_order version 1	{}
132	29	2026-12-06 20:28:26.48454+00	\N	started		plan_resource_order version 1	{}
133	30	2026-12-06 20:28:26.484565+00	\N	started		plan_resource_order version 1	{}
134	31	2026-12-06 20:28:26.484588+00	\N	started		plan_resource_order version 1	{}
135	26	2026-12-06 20:28:26.486056+00	\N	service_call	Reserve resource		{"call": 31, "connector": "inventory/reserve", "attempt": 1}
136	27	2026-12-06 20:28:26.486065+00	\N	service_call	Reserve resource		{"call": 32, "connector": "inventory/reserve", "attempt": 1}
137	28	2026-12-06 20:28:26.486068+00	\N	service_call	Reserve resource		{"call": 33, "connector": "inventory/reserve", "attempt": 1}
138	29	2026-12-06 20:28:26.486071+00	\N	service_call	Reserve resource		{"call": 34, "connector": "inventory/reserve", "attempt": 1}
139	30	2026-12-06 20:28:26.486073+00	\N	service_call	Reserve resource		{"call": 35, "connector": "inventory/reserve", "attempt": 1}
140	31	2026-12-06 20:28:26.486076+00	\N	service_call	Reserve resource		{"call": 36, "connector": "inventory/reserve", "attempt": 1}
141	25	2026-12-06 20:28:26.486518+00	\N	service_result	Decompose into domain orders		{"call": 30}
142	25	2026-12-06 20:28:26.492892+00	\N	service_call	Wait for the domain orders		{"call": 37, "connector": "ordra/await_fulfilment", "attempt": 1}
143	25	2026-12-06 20:28:26.493121+00	\N	service_waiting	Wait for the domain orders		{"call": 37}
158	32	2026-12-06 20:28:26.534588+00	3	task_completed	Survey site		{"work_item": 9, "data": {"site_postcode": "ZZ1 1ZZ", "survey_result": "ready", "survey_notes": null}}
159	32	2026-12-06 20:28:26.538424+00	\N	service_call	Hand the survey result to the order		{"call": 38, "connector": "ordra/provide_data", "attempt": 1}
160	33	2026-12-06 20:28:26.54724+00	\N	started		plan_service_order version 1	{}
161	34	2026-12-06 20:28:26.547305+00	\N	started		plan_service_order version 1	{}
162	35	2026-12-06 20:28:26.547336+00	\N	started		plan_service_order version 1	{}
163	36	2026-12-06 20:28:26.547362+00	\N	started		plan_service_order version 1	{}
164	33	2026-12-06 20:28:26.548627+00	\N	service_call	Activate service		{"call": 39, "connector": "provisioning/activate", "attempt": 1}
165	34	2026-12-06 20:28:26.548637+00	\N	service_call	Activate service		{"call": 40, "connector": "provisioning/activate", "attempt": 1}
166	35	2026-12-06 20:28:26.54864+00	\N	service_call	Activate service		{"call": 41, "connector": "provisioning/activate", "attempt": 1}
167	36	2026-12-06 20:28:26.548643+00	\N	service_call	Activate service		{"call": 42, "connector": "provisioning/activate", "attempt": 1}
168	32	2026-12-06 20:28:26.549+00	\N	service_result	Hand the survey result to the order		{"call": 38}
169	32	2026-12-06 20:28:26.55256+00	\N	service_call	Book the engineer visit		{"call": 43, "connector": "field_service/schedule", "attempt": 1}
180	37	2026-12-06 20:28:26.64381+00	2	started		customer_order version 1	{}
181	37	2026-12-06 20:28:26.643838+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "TT1 1TT"}], "matched_rules": [{"index": 5, "rule_id": "site_other", "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}], "defaulted": false, "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}, "warnings": [], "required_decisions": {}}
182	37	2026-12-06 20:28:26.64384+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
183	37	2026-12-06 20:28:26.644498+00	\N	service_call	Record enrichment on the order		{"call": 44, "connector": "ordra/record_enrichment", "attempt": 1}
184	37	2026-12-06 20:28:26.647126+00	\N	service_result	Record enrichment on the order		{"call": 44}
185	37	2026-12-06 20:28:26.651479+00	\N	task_ready	Enter technical details		{"work_item": 11, "role": "fulfillment_agent"}
186	37	2026-12-06 20:28:26.660618+00	3	task_completed	Enter technical details		{"work_item": 11, "data": {"customer": "Bravo plc", "site_postcode": "TT1 1TT", "serving_exchange": "LAB-1", "site_notes": null}}
187	37	2026-12-06 20:28:26.666371+00	\N	task_ready	Approve order		{"work_item": 12, "role": "order_approver"}
188	37	2026-12-06 20:28:26.666379+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
189	37	2026-12-06 20:28:26.676175+00	5	task_completed	Approve order		{"work_item": 12, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
190	37	2026-12-06 20:28:26.680431+00	\N	service_call	Decompose into domain orders		{"call": 45, "connector": "ordra/decompose", "attempt": 1}
191	38	2026-12-06 20:28:26.697089+00	\N	started		plan_resource_order version 1	{}
192	39	2026-12-06 20:28:26.697165+00	\N	started		plan_resource_order version 1	{}
193	40	2026-12-06 20:28:26.697195+00	\N	started		plan_resource_order version 1	{}
194	41	2026-12-06 20:28:26.697221+00	\N	started		plan_resource_order version 1	{}
195	42	2026-12-06 20:28:26.697244+00	\N	started		plan_resource_order version 1	{}
196	43	2026-12-06 20:28:26.697268+00	\N	started		plan_resource_order version 1	{}
197	38	2026-12-06 20:28:26.698613+00	\N	service_call	Reserve resource		{"call": 46, "connector": "inventory/reserve", "attempt": 1}
199	40	2026-12-06 20:28:26.698625+00	\N	service_call	Reserve resource		{"call": 48, "connector": "inventory/reserve", "attempt": 1}
200	41	2026-12-06 20:28:26.698627+00	\N	service_call	Reserve resource		{"call": 49, "connector": "inventory/reserve", "attempt": 1}
201	42	2026-12-06 20:28:26.69863+00	\N	service_call	Reserve resource		{"call": 50, "connector": "inventory/reserve", "attempt": 1}
202	43	2026-12-06 20:28:26.698633+00	\N	service_call	Reserve resource		{"call": 51, "connector": "inventory/reserve", "attempt": 1}
203	37	2026-12-06 20:28:26.699034+00	\N	service_result	Decompose into domain orders		{"call": 45}
204	37	2026-12-06 20:28:26.704245+00	\N	service_call	Wait for the domain orders		{"call": 52, "connector": "ordra/await_fulfilment", "attempt": 1}
205	37	2026-12-06 20:28:26.704467+00	\N	service_waiting	Wait for the domain orders		{"call": 52}
220	44	2026-12-06 20:28:26.738654+00	3	task_completed	Survey site		{"work_item": 13, "data": {"site_postcode": "TT1 1TT", "survey_result": "ready", "survey_notes": null}}
221	44	2026-12-06 20:28:26.74213+00	\N	service_call	Hand the survey result to the order		{"call": 53, "connector": "ordra/provide_data", "attempt": 1}
222	45	2026-12-06 20:28:26.750154+00	\N	started		plan_service_order version 1	{}
223	46	2026-12-06 20:28:26.750216+00	\N	started		plan_service_order version 1	{}
224	47	2026-12-06 20:28:26.750244+00	\N	started		plan_service_order version 1	{}
225	48	2026-12-06 20:28:26.750268+00	\N	started		plan_service_order version 1	{}
226	45	2026-12-06 20:28:26.751506+00	\N	service_call	Activate service		{"call": 54, "connector": "provisioning/activate", "attempt": 1}
227	46	2026-12-06 20:28:26.751516+00	\N	service_call	Activate service		{"call": 55, "connector": "provisioning/activate", "attempt": 1}
228	47	2026-12-06 20:28:26.751519+00	\N	service_call	Activate service		{"call": 56, "connector": "provisioning/activate", "attempt": 1}
229	48	2026-12-06 20:28:26.751522+00	\N	service_call	Activate service		{"call": 57, "connector": "provisioning/activate", "attempt": 1}
230	44	2026-12-06 20:28:26.75187+00	\N	service_result	Hand the survey result to the order		{"call": 53}
231	44	2026-12-06 20:28:26.757296+00	\N	service_call	Book the engineer visit		{"call": 58, "connector": "field_service/schedule", "attempt": 1}
242	49	2026-12-06 20:28:26.823605+00	2	started		customer_order version 1	{}
243	49	2026-12-06 20:28:26.823629+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
244	49	2026-12-06 20:28:26.823631+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
245	49	2026-12-06 20:28:26.824219+00	\N	service_call	Record enrichment on the order		{"call": 59, "connector": "ordra/record_enrichment", "attempt": 1}
246	49	2026-12-06 20:28:26.826677+00	\N	service_result	Record enrichment on the order		{"call": 59}
247	49	2026-12-06 20:28:26.831764+00	\N	task_ready	Approve order		{"work_item": 15, "role": "order_approver"}
248	49	2026-12-06 20:28:26.831773+00	\N	decision	order_approval		{"decision_id": "order_approval", "decision_name": "Order approval", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Lines that sell or change a product", "expression": "count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])", "value": 4}, {"label": "Lines", "expression": "count(items)", "value": 4}], "matched_rules": [{"index": 2, "rule_id": "oa_commercial", "outputs": {"order_approval_needed": true}}], "defaulted": false, "outputs": true, "warnings": [], "required_decisions": {}}
249	49	2026-12-06 20:28:26.84042+00	5	task_completed	Approve order		{"work_item": 15, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null, "customer_reason": null}}
250	49	2026-12-06 20:28:26.844198+00	\N	service_call	Decompose into domain orders		{"call": 60, "connector": "ordra/decompose", "attempt": 1}
251	50	2026-12-06 20:28:26.859139+00	\N	started		plan_resource_order version 1	{}
252	51	2026-12-06 20:28:26.859204+00	\N	started		plan_resource_order version 1	{}
253	52	2026-12-06 20:28:26.859232+00	\N	started		plan_resource_order version 1	{}
254	53	2026-12-06 20:28:26.859258+00	\N	started		plan_resource_order version 1	{}
255	54	2026-12-06 20:28:26.859281+00	\N	started		plan_resource_order version 1	{}
256	55	2026-12-06 20:28:26.859304+00	\N	started		plan_resource_order version 1	{}
257	50	2026-12-06 20:28:26.8606+00	\N	service_call	Reserve resource		{"call": 61, "connector": "inventory/reserve", "attempt": 1}
258	51	2026-12-06 20:28:26.860609+00	\N	service_call	Reserve resource		{"call": 62, "connector": "inventory/reserve", "attempt": 1}
259	52	2026-12-06 20:28:26.860612+00	\N	service_call	Reserve resource		{"call": 63, "connector": "inventory/reserve", "attempt": 1}
260	53	2026-12-06 20:28:26.860614+00	\N	service_call	Reserve resource		{"call": 64, "connector": "inventory/reserve", "attempt": 1}
261	54	2026-12-06 20:28:26.860617+00	\N	service_call	Reserve resource		{"call": 65, "connector": "inventory/reserve", "attempt": 1}
262	55	2026-12-06 20:28:26.86062+00	\N	service_call	Reserve resource		{"call": 66, "connector": "inventory/reserve", "attempt": 1}
263	49	2026-12-06 20:28:26.861045+00	\N	service_result	Decompose into domain orders		{"call": 60}
264	49	2026-12-06 20:28:26.865942+00	\N	service_call	Wait for the domain orders		{"call": 67, "connector": "ordra/await_fulfilment", "attempt": 1}
265	49	2026-12-06 20:28:26.866128+00	\N	service_waiting	Wait for the domain orders		{"call": 67}
280	56	2026-12-06 20:28:26.899321+00	3	task_completed	Survey site		{"work_item": 16, "data": {"site_postcode": "SW1A 1AA", "survey_result": "ready", "survey_notes": null}}
281	56	2026-12-06 20:28:26.902655+00	\N	service_call	Hand the survey result to the order		{"call": 68, "connector": "ordra/provide_data", "attempt": 1}
282	57	2026-12-06 20:28:26.910353+00	\N	started		plan_service_order version 1	{}
283	58	2026-12-06 20:28:26.910413+00	\N	started		plan_service_order version 1	{}
284	59	2026-12-06 20:28:26.910442+00	\N	started		plan_service_order version 1	{}
285	60	2026-12-06 20:28:26.910467+00	\N	started		plan_service_order version 1	{}
286	57	2026-12-06 20:28:26.911772+00	\N	service_call	Activate service		{"call": 69, "connector": "provisioning/activate", "attempt": 1}
287	58	2026-12-06 20:28:26.911781+00	\N	service_call	Activate service		{"call": 70, "connector": "provisioning/activate", "attempt": 1}
288	59	2026-12-06 20:28:26.911784+00	\N	service_call	Activate service		{"call": 71, "connector": "provisioning/activate", "attempt": 1}
241	44	2026-12-06 20:28:26.797595+00	\N	task_ready	Install ONT on site		{"work_item": 14, "role": "fulfillment_agent"}
266	50	2026-12-06 20:28:26.877641+00	\N	service_result	Reserve resource		{"call": 61}
267	50	2026-12-06 20:28:26.878475+00	\N	completed			{}
268	51	2026-12-06 20:28:26.878539+00	\N	service_result	Reserve resource		{"call": 62}
269	51	2026-12-06 20:28:26.8791+00	\N	completed			{}
270	52	2026-12-06 20:28:26.879156+00	\N	service_result	Reserve resource		{"call": 63}
271	52	2026-12-06 20:28:26.879723+00	\N	completed			{}
272	53	2026-12-06 20:28:26.879779+00	\N	service_result	Reserve resource		{"call": 64}
273	53	2026-12-06 20:28:26.880333+00	\N	completed			{}
274	54	2026-12-06 20:28:26.880388+00	\N	service_result	Reserve resource		{"call": 65}
275	54	2026-12-06 20:28:26.881215+00	\N	completed			{}
276	55	2026-12-06 20:28:26.881286+00	\N	service_result	Reserve resource		{"call": 66}
277	55	2026-12-06 20:28:26.881981+00	\N	completed			{}
278	56	2026-12-06 20:28:26.888991+00	\N	started		plan_field_visit version 1	{}
279	56	2026-12-06 20:28:26.890143+00	\N	task_ready	Survey site		{"work_item": 16, "role": "fulfillment_agent"}
292	57	2026-12-06 20:28:26.924689+00	\N	service_result	Activate service		{"call": 69}
293	57	2026-12-06 20:28:26.925619+00	\N	completed			{}
294	58	2026-12-06 20:28:26.925692+00	\N	service_result	Activate service		{"call": 70}
295	58	2026-12-06 20:28:26.926318+00	\N	completed			{}
296	59	2026-12-06 20:28:26.926371+00	\N	service_result	Activate service		{"call": 71}
297	59	2026-12-06 20:28:26.926955+00	\N	completed			{}
298	60	2026-12-06 20:28:26.927013+00	\N	service_result	Activate service		{"call": 72}
299	60	2026-12-06 20:28:26.927771+00	\N	completed			{}
300	56	2026-12-06 20:28:26.927835+00	\N	service_result	Book the engineer visit		{"call": 73}
301	56	2026-12-06 20:28:26.93391+00	\N	task_ready	Install ONT on site		{"work_item": 17, "role": "fulfillment_agent"}
302	61	2026-12-06 20:28:26.940387+00	\N	started		plan_product_order version 1	{}
303	62	2026-12-06 20:28:26.940445+00	\N	started		plan_product_order version 1	{}
304	63	2026-12-06 20:28:26.940474+00	\N	started		plan_product_order version 1	{}
305	61	2026-12-06 20:28:26.941401+00	\N	service_call	Activate billing		{"call": 74, "connector": "billing/activate", "attempt": 1}
306	62	2026-12-06 20:28:26.941409+00	\N	service_call	Activate billing		{"call": 75, "connector": "billing/activate", "attempt": 1}
307	63	2026-12-06 20:28:26.941412+00	\N	service_call	Activate billing		{"call": 76, "connector": "billing/activate", "attempt": 1}
308	61	2026-12-06 20:28:26.950151+00	\N	service_result	Activate billing		{"call": 74}
309	61	2026-12-06 20:28:26.950958+00	\N	completed			{}
310	62	2026-12-06 20:28:26.951026+00	\N	service_result	Activate billing		{"call": 75}
311	62	2026-12-06 20:28:26.951717+00	\N	completed			{}
312	63	2026-12-06 20:28:26.951784+00	\N	service_result	Activate billing		{"call": 76}
313	63	2026-12-06 20:28:26.952432+00	\N	completed			{}
318	64	2026-12-06 20:28:26.980108+00	\N	service_result	Activate billing		{"call": 77}
319	64	2026-12-06 20:28:26.981193+00	\N	completed			{}
320	49	2026-12-06 20:28:26.987341+00	\N	service_result	Wait for the domain orders		{"call": 67}
321	49	2026-12-06 20:28:26.992466+00	\N	service_call	Close order: inventory, contracts, entitlements		{"call": 78, "connector": "ordra/close_order", "attempt": 1}
322	49	2026-12-06 20:28:26.996256+00	\N	service_result	Close order: inventory, contracts, entitlements		{"call": 78}
323	49	2026-12-06 20:28:26.998307+00	\N	completed			{}
289	60	2026-12-06 20:28:26.911787+00	\N	service_call	Activate service		{"call": 72, "connector": "provisioning/activate", "attempt": 1}
290	56	2026-12-06 20:28:26.912048+00	\N	service_result	Hand the survey result to the order		{"call": 68}
291	56	2026-12-06 20:28:26.915145+00	\N	service_call	Book the engineer visit		{"call": 73, "connector": "field_service/schedule", "attempt": 1}
314	56	2026-12-06 20:28:26.964748+00	3	task_completed	Install ONT on site		{"work_item": 17, "data": {"site_postcode": "SW1A 1AA", "ont_serial": "ONT1234567", "install_notes": null}}
315	56	2026-12-06 20:28:26.96803+00	\N	completed			{}
316	64	2026-12-06 20:28:26.972189+00	\N	started		plan_product_order version 1	{}
317	64	2026-12-06 20:28:26.972878+00	\N	service_call	Activate billing		{"call": 77, "connector": "billing/activate", "attempt": 1}
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
1	2	6	1	1	Business Fibre Internet	active	{"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}	[{"service_id": "SVC-717834", "access_port": "ge-0/2/42", "ip_address": "10.84.121.36", "status": "active", "name": "Access Line", "id": "SVC-717834", "domain_order": 63}, {"service_id": "SVC-510582", "access_port": "ge-0/2/6", "ip_address": "10.82.42.184", "status": "active", "name": "IP Connectivity", "id": "SVC-510582", "domain_order": 65}]	[{"resource_id": "RES-623275", "resource_type": "ONT", "serial_number": "SN9164759383", "status": "reserved", "name": "ONT", "id": "RES-623275", "domain_order": 61}, {"resource_id": "RES-746312", "resource_type": "Access Port", "serial_number": "SN3070604649", "status": "reserved", "name": "Access Port", "id": "RES-746312", "domain_order": 62}, {"resource_id": "RES-197108", "resource_type": "IPv4 Address", "serial_number": "SN4853765097", "status": "reserved", "name": "IPv4 Address", "id": "RES-197108", "domain_order": 64}]	2026-12-06 20:28:26.994358+00	\N	2026-12-06 20:28:26.994361+00	0
2	2	6	2	3	Static IP Block	active	{}	[{"service_id": "SVC-623470", "access_port": "ge-0/2/46", "ip_address": "10.220.243.72", "status": "active", "name": "IP Connectivity", "id": "SVC-623470", "domain_order": 68}]	[{"resource_id": "RES-887496", "resource_type": "IPv4 Block", "serial_number": "SN9543459850", "status": "reserved", "name": "IPv4 Block", "id": "RES-887496", "domain_order": 67}]	2026-12-06 20:28:26.994362+00	\N	2026-12-06 20:28:26.994362+00	1
3	2	6	3	2	Managed Router	active	{"wifi": true}	[{"service_id": "SVC-057556", "access_port": "ge-0/0/4", "ip_address": "10.56.230.158", "status": "active", "name": "CPE Provisioning", "id": "SVC-057556", "domain_order": 71}]	[{"resource_id": "RES-397312", "resource_type": "Router", "serial_number": "SN7169838737", "status": "reserved", "name": "Router", "id": "RES-397312", "domain_order": 70}]	2026-12-06 20:28:26.994363+00	\N	2026-12-06 20:28:26.994363+00	2
4	2	6	4	5	Installation	active	{}	[{"visit_id": "FSV-894765", "engineer": "Jo Evans", "date": "2026-12-11", "slot": "13:00-17:00", "status": "scheduled", "survey_result": "ready", "ont_serial": "ONT1234567", "name": "Field Visit", "id": null, "domain_order": 74}]	[{"resource_id": "RES-944365", "resource_type": "Technician Slot", "serial_number": "SN3804234441", "status": "reserved", "name": "Technician Slot", "id": "RES-944365", "domain_order": 73}]	2026-12-06 20:28:26.994364+00	\N	2026-12-06 20:28:26.994364+00	3
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
1	work_item	1	Approve order	1	order_approver	order_task	normal	bronze	2026-12-06 20:28:25.994453+00	2026-12-07 00:28:25.994453+00	2026-12-07 20:28:25.994453+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
2	work_item	2	Approve order	2	order_approver	order_task	normal	bronze	2026-12-06 20:28:26.047613+00	2026-12-07 00:28:26.047613+00	2026-12-07 20:28:26.047613+00	on_track	t	2026-12-06 20:28:26.077346+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
3	work_item	3	Survey site	2	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.20187+00	2026-12-07 20:28:26.20187+00	2026-12-08 20:28:26.20187+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
4	work_item	4	Approve order	3	order_approver	order_task	normal	bronze	2026-12-06 20:28:26.236213+00	2026-12-07 00:28:26.236213+00	2026-12-07 20:28:26.236213+00	on_track	t	2026-12-06 20:28:26.253414+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
5	work_item	5	Survey site	3	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.305467+00	2026-12-07 20:28:26.305467+00	2026-12-08 20:28:26.305467+00	on_track	t	2026-12-06 20:28:26.32493+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
6	work_item	6	Install ONT on site	3	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.368969+00	2026-12-07 20:28:26.368969+00	2026-12-08 20:28:26.368969+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
7	work_item	7	Enter technical details	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.432318+00	2026-12-07 20:28:26.432318+00	2026-12-08 20:28:26.432318+00	on_track	t	2026-12-06 20:28:26.451356+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
8	work_item	8	Approve order	4	order_approver	order_task	normal	bronze	2026-12-06 20:28:26.450066+00	2026-12-07 00:28:26.450066+00	2026-12-07 20:28:26.450066+00	on_track	t	2026-12-06 20:28:26.467194+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
15	work_item	11	Enter technical details	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.648723+00	2026-12-07 20:28:26.648723+00	2026-12-08 20:28:26.648723+00	on_track	t	2026-12-06 20:28:26.66659+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
9	work_item	9	Survey site	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.522506+00	2026-12-07 20:28:26.522506+00	2026-12-08 20:28:26.522506+00	on_track	t	2026-12-06 20:28:26.538651+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
10	fallout	1	Fallout 1: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 20:28:26.583308+00	2026-12-07 00:28:26.583308+00	2026-12-07 04:28:26.583308+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
11	fallout	2	Fallout 2: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 20:28:26.593745+00	2026-12-07 00:28:26.593745+00	2026-12-07 04:28:26.593745+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
12	fallout	3	Fallout 3: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 20:28:26.600656+00	2026-12-07 00:28:26.600656+00	2026-12-07 04:28:26.600656+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
13	fallout	4	Fallout 4: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 20:28:26.607708+00	2026-12-07 00:28:26.607708+00	2026-12-07 04:28:26.607708+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
14	work_item	10	Install ONT on site	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.613954+00	2026-12-07 20:28:26.613954+00	2026-12-08 20:28:26.613954+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
17	work_item	13	Survey site	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.728228+00	2026-12-07 20:28:26.728228+00	2026-12-08 20:28:26.728228+00	on_track	t	2026-12-06 20:28:26.742336+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
18	work_item	14	Install ONT on site	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.796624+00	2026-12-07 20:28:26.796624+00	2026-12-08 20:28:26.796624+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
20	work_item	16	Survey site	6	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.889288+00	2026-12-07 20:28:26.889288+00	2026-12-08 20:28:26.889288+00	on_track	t	2026-12-06 20:28:26.902853+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
16	work_item	12	Approve order	5	order_approver	order_task	normal	bronze	2026-12-06 20:28:26.665382+00	2026-12-07 00:28:26.665382+00	2026-12-07 20:28:26.665382+00	on_track	t	2026-12-06 20:28:26.680655+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
19	work_item	15	Approve order	6	order_approver	order_task	normal	bronze	2026-12-06 20:28:26.829017+00	2026-12-07 00:28:26.829017+00	2026-12-07 20:28:26.829017+00	on_track	t	2026-12-06 20:28:26.844386+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
21	work_item	17	Install ONT on site	6	fulfillment_agent	work_order	normal	bronze	2026-12-06 20:28:26.933001+00	2026-12-07 20:28:26.933001+00	2026-12-08 20:28:26.933001+00	on_track	t	2026-12-06 20:28:26.97317+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
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
2	1	approve_adjustments.json	form	\\x7b0a2020227469746c65223a2022417070726f76652070726963652061646a7573746d656e7473222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b2261646a7573746d656e74735f6465636973696f6e225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a2020202022726563757272696e675f746f74616c223a207b2274797065223a2022737472696e67222c20227469746c65223a20224d6f6e74686c7920746f74616c202847425029222c2022726561644f6e6c79223a20747275657d2c0a202020202261646a7573746d656e74735f6465636973696f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a20224465636973696f6e222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a2022617070726f7665222c20227469746c65223a2022417070726f76652074686520646973636f756e7473227d2c0a2020202020207b22636f6e7374223a202272656a656374222c20227469746c65223a202252656a65637420746865206f72646572227d5d7d2c0a202020202261646a7573746d656e74735f6e6f7465223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746520746f20746865206f72646572206167656e74222c20226d61784c656e677468223a203530307d2c0a2020202022637573746f6d65725f726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022526561736f6e20666f722074686520637573746f6d6572202873686f776e20696e2074686520706f7274616c2069662072656a656374656429222c0a202020202020202020202020202020202020202020202020226d61784c656e677468223a203330307d0a20207d0a7d0a	f90b9af8ce6cbf1544659e6b5d68d88d59f1020562c6c9124d8bba8bd3b4d871
3	1	customer_request_handling-uischema.json	form	\\x7b0a20202275693a6f72646572223a205b22637573746f6d6572222c20226f726465725f6964222c20226f726465725f7374617465222c2022726571756573745f6b696e64222c20227265717565737465645f6279222c2022726571756573745f74657874222c20227265736f6c7574696f6e222c20227265736f6c7574696f6e5f6e6f7465225d2c0a202022726571756573745f74657874223a207b2275693a776964676574223a20227465787461726561227d2c0a2020227265736f6c7574696f6e223a207b2275693a776964676574223a2022726164696f227d2c0a2020227265736f6c7574696f6e5f6e6f7465223a207b2275693a776964676574223a20227465787461726561222c202275693a68656c70223a20225772697474656e20666f722074686520637573746f6d65723a20776861742077617320646f6e652c206f7220776879206e6f742e227d0a7d0a	30eea3afcee9ace5cd710722330c8761a4bb19c2d106a762213f6ab47e77c198
4	1	customer_request_handling.json	form	\\x7b0a2020227469746c65223a202248616e646c6520637573746f6d65722072657175657374222c0a2020226465736372697074696f6e223a202254686520637573746f6d6572277320726571756573742069732073686f776e20617320746865792077726f74652069742e204f70656e20746865206f7264657220286c696e6b65642061626f76652920616e642063686f6f736520776861742068617070656e733a202743616e63656c20746865206f72646572272063616e63656c73206974206e6f772c2069662069747320706c616e73207374696c6c20616c6c6f772069743b2061206368616e6765206973206d616465207769746820526576697365206f6e20746865206f7264657220706167652066697273742e2054686520637573746f6d6572207365657320776861742061637475616c6c792068617070656e65642c20616e6420796f7572206e6f74652e222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b0a20202020227265736f6c7574696f6e222c0a20202020227265736f6c7574696f6e5f6e6f7465220a20205d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a2022437573746f6d6572222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020226f726465725f6964223a207b0a2020202020202274797065223a2022696e7465676572222c0a202020202020227469746c65223a20224f72646572222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020226f726465725f7374617465223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a20224f72646572207374617465207768656e2061736b6564222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a2020202022726571756573745f6b696e64223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a202252657175657374222c0a20202020202022726561644f6e6c79223a20747275652c0a202020202020226f6e654f66223a205b0a20202020202020207b0a2020202020202020202022636f6e7374223a20226973737565222c0a20202020202020202020227469746c65223a20224973737565220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a20226368616e6765222c0a20202020202020202020227469746c65223a20224368616e6765220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a202263616e63656c6c6174696f6e222c0a20202020202020202020227469746c65223a202243616e63656c6c6174696f6e220a20202020202020207d0a2020202020205d0a202020207d2c0a2020202022726571756573745f74657874223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a2022576861742074686520637573746f6d65722077726f7465222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020227265717565737465645f6279223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a202241736b6564206279222c0a20202020202022726561644f6e6c79223a20747275650a202020207d2c0a20202020227265736f6c7574696f6e223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a2022576861742068617070656e73222c0a202020202020226f6e654f66223a205b0a20202020202020207b0a2020202020202020202022636f6e7374223a202263616e63656c5f6f72646572222c0a20202020202020202020227469746c65223a202243616e63656c20746865206f7264657220287265667573656420616e64207265706f7274656420696620697420697320706173742069747320706f696e74206f66206e6f2072657475726e29220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a2022616e737765726564222c0a20202020202020202020227469746c65223a2022416e7377657265642028616e206973737565206578706c61696e65642c206f722061206368616e676520616c7265616479206d61646520776974682052657669736529220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a20226465636c696e6564222c0a20202020202020202020227469746c65223a20224465636c696e65643a20746865206e6f7465207361797320776879220a20202020202020207d2c0a20202020202020207b0a2020202020202020202022636f6e7374223a2022657363616c61746564222c0a20202020202020202020227469746c65223a202250617373656420746f2061207370656369616c697374207465616d220a20202020202020207d0a2020202020205d0a202020207d2c0a20202020227265736f6c7574696f6e5f6e6f7465223a207b0a2020202020202274797065223a2022737472696e67222c0a202020202020227469746c65223a20224e6f746520746f2074686520637573746f6d6572222c0a202020202020226d696e4c656e677468223a20312c0a202020202020226d61784c656e677468223a20323030300a202020207d0a20207d0a7d0a	b4cf4013a73e2e4d0d7af15559d02ff772ab12e2399799f94d835cb86d8ddd2a
5	1	install_ont.json	form	\\x7b0a2020227469746c65223a2022496e7374616c6c204f4e54206f6e2073697465222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b226f6e745f73657269616c225d2c0a20202270726f70657274696573223a207b0a2020202022736974655f706f7374636f6465223a207b2274797065223a2022737472696e67222c20227469746c65223a20225369746520706f7374636f6465222c2022726561644f6e6c79223a20747275657d2c0a20202020226f6e745f73657269616c223a207b2274797065223a2022737472696e67222c20227469746c65223a20224f4e542073657269616c206e756d626572222c20227061747465726e223a20225e5b412d5a302d395d7b362c32307d24222c20226578616d706c6573223a205b224f4e5431323334353637225d7d2c0a2020202022696e7374616c6c5f6e6f746573223a207b2274797065223a2022737472696e67222c20227469746c65223a20224e6f746573222c20226d61784c656e677468223a203530307d0a20207d0a7d0a	61e3bb90c8bd4ed2ebf345f72666512e3982a7f329ad915bcfb56244833a4d33
6	1	order_approval.json	form	\\x7b0a2020227469746c65223a2022417070726f7665206f72646572222c0a20202274797065223a20226f626a656374222c0a2020227265717569726564223a205b22617070726f76616c5f6465636973696f6e225d2c0a20202270726f70657274696573223a207b0a2020202022637573746f6d6572223a207b2274797065223a2022737472696e67222c20227469746c65223a2022437573746f6d6572222c2022726561644f6e6c79223a20747275657d2c0a2020202022726563757272696e675f746f74616c223a207b2274797065223a2022737472696e67222c20227469746c65223a20224d6f6e74686c7920746f74616c202847425029222c2022726561644f6e6c79223a20747275657d2c0a2020202022617070726f76616c5f6465636973696f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a20224465636973696f6e222c20226f6e654f66223a205b0a2020202020207b22636f6e7374223a2022617070726f7665222c20227469746c65223a2022417070726f76653a2066756c66696c20746865206f72646572227d2c0a2020202020207b22636f6e7374223a202272656a656374222c20227469746c65223a202252656a65637420746865206f72646572227d5d7d2c0a2020202022617070726f76616c5f726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022496e7465726e616c206e6f746520287374616666206f6e6c792c2073686f776e206f6e20746865206f7264657220696e2074686520776f726b737061636529222c0a202020202020202020202020202020202020202020202020226d61784c656e677468223a203330307d2c0a2020202022637573746f6d65725f726561736f6e223a207b2274797065223a2022737472696e67222c20227469746c65223a2022526561736f6e20666f722074686520637573746f6d6572202873686f776e20696e2074686520706f7274616c2069662072656a656374656429222c0a202020202020202020202020202020202020202020202020226d61784c656e677468223a203330307d0a20207d0a7d0a	a01e6c7cbc31a5cf081b4bde08d7be79acf253701b8ccfd76a54d7fc35f8cf52
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
21	1	customer_order.bpmn	bpmn	\\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c220a202020202020202020202020202020202020786d6c6e733a7370696666776f726b666c6f773d22687474703a2f2f7370696666776f726b666c6f772e6f72672f62706d6e2f736368656d612f312e302f636f7265220a20202020202020202020202020202020202069643d22446566696e6974696f6e735f637573746f6d65725f6f7264657222207461726765744e616d6573706163653d22687474703a2f2f6f726472612e6578616d706c652f62706d6e223e0a20203c62706d6e3a636f6c6c61626f726174696f6e2069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f72646572223e0a202020203c62706d6e3a7061727469636970616e742069643d225061727469636970616e745f637573746f6d65725f6f7264657222206e616d653d22437573746f6d6572206f72646572222070726f636573735265663d22637573746f6d65725f6f7264657222202f3e0a20203c2f62706d6e3a636f6c6c61626f726174696f6e3e0a20203c62706d6e3a70726f636573732069643d22637573746f6d65725f6f7264657222206e616d653d22437573746f6d6572206f726465722220697345786563757461626c653d2274727565223e0a202020203c62706d6e3a6c616e655365742069643d224c616e655365745f637573746f6d65725f6f72646572223e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f6167656e7422206e616d653d224f72646572206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6f726465725f63617074757265643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e726963685f736974653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e656e726963685f637573746f6d65723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e7265636f72645f656e726963686d656e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e64657461696c735f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e64657461696c735f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61646a7573746d656e74735f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61646a7573746d656e74735f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e636c6173736966795f617070726f76616c3c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76616c5f676174657761793c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76616c5f646f6e653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6465636f6d706f73653c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61776169745f66756c66696c6d656e743c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e636c6f73655f6f726465723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6f726465725f636c6f7365643c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e72656a6563745f6f726465723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e6f726465725f72656a65637465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f66756c66696c6c6d656e745f6167656e7422206e616d653d2246756c66696c6c6d656e74206167656e74223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e746563686e6963616c5f64657461696c733c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f6d616e6167657222206e616d653d224f72646572206d616e61676572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76655f61646a7573746d656e74733c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e61646a7573746d656e74735f646563696465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a2020202020203c62706d6e3a6c616e652069643d224c616e655f6f726465725f617070726f76657222206e616d653d224f7264657220617070726f766572223e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76655f6f726465723c2f62706d6e3a666c6f774e6f64655265663e0a20202020202020203c62706d6e3a666c6f774e6f64655265663e617070726f76616c5f646563696465643c2f62706d6e3a666c6f774e6f64655265663e0a2020202020203c2f62706d6e3a6c616e653e0a202020203c2f62706d6e3a6c616e655365743e0a202020203c62706d6e3a73746172744576656e742069643d226f726465725f636170747572656422206e616d653d224f72646572206361707475726564223e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f656e726963685f736974653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22656e726963685f7369746522206e616d653d22456e726963682073697465223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e656e726963686d656e745f736974653c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f656e726963685f736974653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f656e726963685f637573746f6d65723c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22656e726963685f637573746f6d657222206e616d653d22456e7269636820637573746f6d6572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e656e726963686d656e745f637573746f6d65723c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f656e726963685f637573746f6d65723c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f7265636f72645f656e726963686d656e743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d227265636f72645f656e726963686d656e7422206e616d653d225265636f726420656e726963686d656e74206f6e20746865206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f7265636f72645f656e726963686d656e742220726573756c745661726961626c653d22656e726963686d656e74223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2276616c7565732220747970653d22616e79222076616c75653d227b27726567696f6e273a20726567696f6e2c202773657276696e675f65786368616e6765273a2073657276696e675f65786368616e67652c20277375727665795f6e6565646564273a207375727665795f6e65656465642c2027746563686e6963616c5f64657461696c735f6e6565646564273a20746563686e6963616c5f64657461696c735f6e65656465642c20277072696f72697479273a207072696f726974792c2027736c615f636c617373273a20736c615f636c6173737d22202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f7265636f72645f656e726963686d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f64657461696c735f676174657761793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2264657461696c735f6761746577617922206e616d653d22546563686e6963616c2064657461696c73206e65656465643f222064656661756c743d22666c6f775f6e6f5f64657461696c73223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f64657461696c735f676174657761793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e656564735f64657461696c733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e6f5f64657461696c733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22746563686e6963616c5f64657461696c7322206e616d653d22456e74657220746563686e6963616c2064657461696c73223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d226f726465725f746563686e6963616c5f64657461696c732e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e5468652073697465207b7b20736974655f706f7374636f6465207d7d206f66206f72646572207b7b206f726465725f6964207d7d20287b7b20637573746f6d6572207d7d29206973206e6f7420696e2061206b6e6f776e2073657276696e6720617265613a20656e746572206974732073657276696e672065786368616e67652e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e656564735f64657461696c733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f64657461696c735f656e74657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2264657461696c735f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f64657461696c735f656e74657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e6f5f64657461696c733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f61646a7573746d656e74735f676174657761793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2261646a7573746d656e74735f6761746577617922206e616d653d22446973636f756e742061626f766520746865206c696d69743f222064656661756c743d22666c6f775f6e6f5f61646a7573746d656e7473223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f61646a7573746d656e74735f676174657761793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e656564735f61646a7573746d656e74733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e6f5f61646a7573746d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22617070726f76655f61646a7573746d656e747322206e616d653d22417070726f76652070726963652061646a7573746d656e7473223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d22617070726f76655f61646a7573746d656e74732e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e4f72646572207b7b206f726465725f6964207d7d20666f72207b7b20637573746f6d6572207d7d206361727269657320646973636f756e74732061626f766520746865206c696d69743a207b7b20617070726f76616c5f726561736f6e73207c206a6f696e28223b202229207d7d2e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e656564735f61646a7573746d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f61646a7573746d656e74735f616e7377657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2261646a7573746d656e74735f6465636964656422206e616d653d22446973636f756e747320617070726f7665643f222064656661756c743d22666c6f775f61646a7573746d656e74735f617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f61646a7573746d656e74735f616e7377657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f61646a7573746d656e74735f617070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f61646a7573746d656e74735f72656a65637465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d2261646a7573746d656e74735f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f61646a7573746d656e74735f617070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e6f5f61646a7573746d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f636c6173736966795f617070726f76616c3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a627573696e65737352756c655461736b2069643d22636c6173736966795f617070726f76616c22206e616d653d22446f657320746865206f72646572206e65656420617070726f76616c3f223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e6f726465725f617070726f76616c3c2f7370696666776f726b666c6f773a63616c6c65644465636973696f6e49643e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f636c6173736966795f617070726f76616c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f617070726f76616c5f676174657761793c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22617070726f76616c5f6761746577617922206e616d653d22417070726f76616c206e65656465643f222064656661756c743d22666c6f775f6e6f5f617070726f76616c223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f617070726f76616c5f676174657761793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f617070726f76616c3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f6e6f5f617070726f76616c3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a757365725461736b2069643d22617070726f76655f6f7264657222206e616d653d22417070726f7665206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a70726f706572746965733e0a202020202020202020203c7370696666776f726b666c6f773a70726f7065727479206e616d653d22666f726d4a736f6e536368656d6146696c656e616d65222076616c75653d226f726465725f617070726f76616c2e6a736f6e22202f3e0a20202020202020203c2f7370696666776f726b666c6f773a70726f706572746965733e0a20202020202020203c7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e4f72646572207b7b206f726465725f6964207d7d20666f72207b7b20637573746f6d6572207d7d3a207b2520666f72206974656d20696e206974656d7320257d7b7b206974656d2e73756d6d617279207d7d7b7b20223b2022206966206e6f74206c6f6f702e6c617374207d7d7b2520656e64666f7220257d2e207b7b20726563757272696e675f746f74616c207d7d204742502061206d6f6e74682c207369746520696e207b7b20726567696f6e207d7d202865786368616e6765207b7b2073657276696e675f65786368616e6765207d7d292c207072696f72697479207b7b207072696f72697479207d7d2e3c2f7370696666776f726b666c6f773a696e737472756374696f6e73466f72456e64557365723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f617070726f76616c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f617070726f76616c5f616e7377657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22617070726f76616c5f646f6e65223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f617070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f6e6f5f617070726f76616c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f6465636f6d706f73653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22617070726f76616c5f6465636964656422206e616d653d22417070726f7665643f222064656661756c743d22666c6f775f617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f617070726f76616c5f616e7377657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f617070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f72656a65637465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a736572766963655461736b2069643d2272656a6563745f6f7264657222206e616d653d2252656a656374206f72646572223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f72656a6563745f6f726465722220726573756c745661726961626c653d2272656a656374696f6e223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22726561736f6e2220747970653d22737472222076616c75653d22617070726f76616c5f726561736f6e20696620617070726f76616c5f6465636973696f6e203d3d202772656a6563742720656c73652061646a7573746d656e74735f6e6f746522202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d22637573746f6d65725f726561736f6e2220747970653d22737472222076616c75653d22637573746f6d65725f726561736f6e22202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f72656a65637465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f61646a7573746d656e74735f72656a65637465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f72656a65637465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d226f726465725f72656a656374656422206e616d653d224f726465722072656a6563746564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f72656a65637465643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d226465636f6d706f736522206e616d653d224465636f6d706f736520696e746f20646f6d61696e206f7264657273223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f6465636f6d706f73652220726573756c745661726961626c653d226465636f6d706f736974696f6e223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d2266616374732220747970653d22616e79222076616c75653d227b2773657276696e675f65786368616e6765273a2073657276696e675f65786368616e67652c2027726567696f6e273a20726567696f6e2c20277072696f72697479273a207072696f726974792c2027736c615f636c617373273a20736c615f636c6173732c20277375727665795f6e6565646564273a207375727665795f6e65656465647d22202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f6465636f6d706f73653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f61776169743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d2261776169745f66756c66696c6d656e7422206e616d653d225761697420666f722074686520646f6d61696e206f7264657273223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f61776169745f66756c66696c6d656e742220726573756c745661726961626c653d2266756c66696c6d656e74223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f61776169743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f636c6f73653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73655f6f7264657222206e616d653d22436c6f7365206f726465723a20696e76656e746f72792c20636f6e7472616374732c20656e7469746c656d656e7473223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c7370696666776f726b666c6f773a736572766963655461736b4f70657261746f722069643d226f726472612f636c6f73655f6f726465722220726573756c745661726961626c653d22636c6f73757265223e0a202020202020202020203c7370696666776f726b666c6f773a706172616d65746572733e0a2020202020202020202020203c7370696666776f726b666c6f773a706172616d657465722069643d226f726465725f69642220747970653d22696e74222076616c75653d226f726465725f696422202f3e0a202020202020202020203c2f7370696666776f726b666c6f773a706172616d65746572733e0a20202020202020203c2f7370696666776f726b666c6f773a736572766963655461736b4f70657261746f723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f636c6f73653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e666c6f775f746f5f636c6f7365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a656e644576656e742069643d226f726465725f636c6f73656422206e616d653d224f7264657220636f6d706c65746564223e0a2020202020203c62706d6e3a696e636f6d696e673e666c6f775f746f5f636c6f7365643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f656e726963685f736974652220736f757263655265663d226f726465725f636170747572656422207461726765745265663d22656e726963685f7369746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f656e726963685f637573746f6d65722220736f757263655265663d22656e726963685f7369746522207461726765745265663d22656e726963685f637573746f6d657222202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f7265636f72645f656e726963686d656e742220736f757263655265663d22656e726963685f637573746f6d657222207461726765745265663d227265636f72645f656e726963686d656e7422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f64657461696c735f676174657761792220736f757263655265663d227265636f72645f656e726963686d656e7422207461726765745265663d2264657461696c735f6761746577617922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e656564735f64657461696c732220736f757263655265663d2264657461696c735f6761746577617922207461726765745265663d22746563686e6963616c5f64657461696c73223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e746563686e6963616c5f64657461696c735f6e65656465643c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e6f5f64657461696c732220736f757263655265663d2264657461696c735f6761746577617922207461726765745265663d2264657461696c735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f64657461696c735f656e74657265642220736f757263655265663d22746563686e6963616c5f64657461696c7322207461726765745265663d2264657461696c735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f61646a7573746d656e74735f676174657761792220736f757263655265663d2264657461696c735f646f6e6522207461726765745265663d2261646a7573746d656e74735f6761746577617922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e656564735f61646a7573746d656e74732220736f757263655265663d2261646a7573746d656e74735f6761746577617922207461726765745265663d22617070726f76655f61646a7573746d656e7473223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e72657175697265735f617070726f76616c3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e6f5f61646a7573746d656e74732220736f757263655265663d2261646a7573746d656e74735f6761746577617922207461726765745265663d2261646a7573746d656e74735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f61646a7573746d656e74735f616e7377657265642220736f757263655265663d22617070726f76655f61646a7573746d656e747322207461726765745265663d2261646a7573746d656e74735f6465636964656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f61646a7573746d656e74735f617070726f7665642220736f757263655265663d2261646a7573746d656e74735f6465636964656422207461726765745265663d2261646a7573746d656e74735f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f61646a7573746d656e74735f72656a65637465642220736f757263655265663d2261646a7573746d656e74735f6465636964656422207461726765745265663d2272656a6563745f6f72646572223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e61646a7573746d656e74735f6465636973696f6e203d3d202772656a656374273c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f636c6173736966795f617070726f76616c2220736f757263655265663d2261646a7573746d656e74735f646f6e6522207461726765745265663d22636c6173736966795f617070726f76616c22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f617070726f76616c5f676174657761792220736f757263655265663d22636c6173736966795f617070726f76616c22207461726765745265663d22617070726f76616c5f6761746577617922202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f617070726f76616c2220736f757263655265663d22617070726f76616c5f6761746577617922207461726765745265663d22617070726f76655f6f72646572223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e6f726465725f617070726f76616c5f6e65656465643c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f6e6f5f617070726f76616c2220736f757263655265663d22617070726f76616c5f6761746577617922207461726765745265663d22617070726f76616c5f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f617070726f76616c5f616e7377657265642220736f757263655265663d22617070726f76655f6f7264657222207461726765745265663d22617070726f76616c5f6465636964656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f617070726f7665642220736f757263655265663d22617070726f76616c5f6465636964656422207461726765745265663d22617070726f76616c5f646f6e6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f6465636f6d706f73652220736f757263655265663d22617070726f76616c5f646f6e6522207461726765745265663d226465636f6d706f736522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f72656a65637465642220736f757263655265663d22617070726f76616c5f6465636964656422207461726765745265663d2272656a6563745f6f72646572223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e3e617070726f76616c5f6465636973696f6e203d3d202772656a656374273c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f72656a65637465642220736f757263655265663d2272656a6563745f6f7264657222207461726765745265663d226f726465725f72656a656374656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f61776169742220736f757263655265663d226465636f6d706f736522207461726765745265663d2261776169745f66756c66696c6d656e7422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f636c6f73652220736f757263655265663d2261776169745f66756c66696c6d656e7422207461726765745265663d22636c6f73655f6f7264657222202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22666c6f775f746f5f636c6f7365642220736f757263655265663d22636c6f73655f6f7264657222207461726765745265663d226f726465725f636c6f73656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d20786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449222069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f726465725f6469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f726465725f706c616e65222062706d6e456c656d656e743d22436f6c6c61626f726174696f6e5f637573746f6d65725f6f72646572223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d225061727469636970616e745f637573746f6d65725f6f726465725f6469222062706d6e456c656d656e743d225061727469636970616e745f637573746f6d65725f6f7264657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d22302220793d2230222077696474683d223333303022206865696768743d22363030222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f6167656e745f6469222062706d6e456c656d656e743d224c616e655f6f726465725f6167656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d2230222077696474683d223332373022206865696768743d22323430222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f66756c66696c6c6d656e745f6167656e745f6469222062706d6e456c656d656e743d224c616e655f66756c66696c6c6d656e745f6167656e7422206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22323430222077696474683d223332373022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f6d616e616765725f6469222062706d6e456c656d656e743d224c616e655f6f726465725f6d616e6167657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22333630222077696474683d223332373022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d224c616e655f6f726465725f617070726f7665725f6469222062706d6e456c656d656e743d224c616e655f6f726465725f617070726f76657222206973486f72697a6f6e74616c3d2274727565223e0a20202020202020203c64633a426f756e647320783d2233302220793d22343830222077696474683d223332373022206865696768743d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f726465725f63617074757265645f6469222062706d6e456c656d656e743d226f726465725f6361707475726564223e0a20202020202020203c64633a426f756e647320783d223134322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e726963685f736974655f6469222062706d6e456c656d656e743d22656e726963685f73697465223e0a20202020202020203c64633a426f756e647320783d223237302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22656e726963685f637573746f6d65725f6469222062706d6e456c656d656e743d22656e726963685f637573746f6d6572223e0a20202020202020203c64633a426f756e647320783d223433302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265636f72645f656e726963686d656e745f6469222062706d6e456c656d656e743d227265636f72645f656e726963686d656e74223e0a20202020202020203c64633a426f756e647320783d223539302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264657461696c735f676174657761795f6469222062706d6e456c656d656e743d2264657461696c735f67617465776179223e0a20202020202020203c64633a426f756e647320783d223737352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746563686e6963616c5f64657461696c735f6469222062706d6e456c656d656e743d22746563686e6963616c5f64657461696c73223e0a20202020202020203c64633a426f756e647320783d223931302220793d22323630222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264657461696c735f646f6e655f6469222062706d6e456c656d656e743d2264657461696c735f646f6e65223e0a20202020202020203c64633a426f756e647320783d22313039352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261646a7573746d656e74735f676174657761795f6469222062706d6e456c656d656e743d2261646a7573746d656e74735f67617465776179223e0a20202020202020203c64633a426f756e647320783d22313235352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f61646a7573746d656e74735f6469222062706d6e456c656d656e743d22617070726f76655f61646a7573746d656e7473223e0a20202020202020203c64633a426f756e647320783d22313339302220793d22333830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261646a7573746d656e74735f646563696465645f6469222062706d6e456c656d656e743d2261646a7573746d656e74735f64656369646564223e0a20202020202020203c64633a426f756e647320783d22313537352220793d22333935222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261646a7573746d656e74735f646f6e655f6469222062706d6e456c656d656e743d2261646a7573746d656e74735f646f6e65223e0a20202020202020203c64633a426f756e647320783d22313733352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6173736966795f617070726f76616c5f6469222062706d6e456c656d656e743d22636c6173736966795f617070726f76616c223e0a20202020202020203c64633a426f756e647320783d22313837302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5f676174657761795f6469222062706d6e456c656d656e743d22617070726f76616c5f67617465776179223e0a20202020202020203c64633a426f756e647320783d22323035352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76655f6f726465725f6469222062706d6e456c656d656e743d22617070726f76655f6f72646572223e0a20202020202020203c64633a426f756e647320783d22323139302220793d22353030222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5f646f6e655f6469222062706d6e456c656d656e743d22617070726f76616c5f646f6e65223e0a20202020202020203c64633a426f756e647320783d22323533352220793d223335222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5f646563696465645f6469222062706d6e456c656d656e743d22617070726f76616c5f64656369646564223e0a20202020202020203c64633a426f756e647320783d22323337352220793d22353135222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272656a6563745f6f726465725f6469222062706d6e456c656d656e743d2272656a6563745f6f72646572223e0a20202020202020203c64633a426f756e647320783d22323531302220793d22313430222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f726465725f72656a65637465645f6469222062706d6e456c656d656e743d226f726465725f72656a6563746564223e0a20202020202020203c64633a426f756e647320783d22323730322220793d22313632222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226465636f6d706f73655f6469222062706d6e456c656d656e743d226465636f6d706f7365223e0a20202020202020203c64633a426f756e647320783d22323637302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2261776169745f66756c66696c6d656e745f6469222062706d6e456c656d656e743d2261776169745f66756c66696c6d656e74223e0a20202020202020203c64633a426f756e647320783d22323833302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73655f6f726465725f6469222062706d6e456c656d656e743d22636c6f73655f6f72646572223e0a20202020202020203c64633a426f756e647320783d22323939302220793d223230222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f726465725f636c6f7365645f6469222062706d6e456c656d656e743d226f726465725f636c6f736564223e0a20202020202020203c64633a426f756e647320783d22333138322220793d223432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f656e726963685f736974655f6469222062706d6e456c656d656e743d22666c6f775f656e726963685f73697465223e0a20202020202020203c64693a776179706f696e7420783d223137382220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223237302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f656e726963685f637573746f6d65725f6469222062706d6e456c656d656e743d22666c6f775f656e726963685f637573746f6d6572223e0a20202020202020203c64693a776179706f696e7420783d223337302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223433302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f7265636f72645f656e726963686d656e745f6469222062706d6e456c656d656e743d22666c6f775f7265636f72645f656e726963686d656e74223e0a20202020202020203c64693a776179706f696e7420783d223533302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223539302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f64657461696c735f676174657761795f6469222062706d6e456c656d656e743d22666c6f775f746f5f64657461696c735f67617465776179223e0a20202020202020203c64693a776179706f696e7420783d223639302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d223737352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e656564735f64657461696c735f6469222062706d6e456c656d656e743d22666c6f775f6e656564735f64657461696c73223e0a20202020202020203c64693a776179706f696e7420783d223830302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d223830302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d223931302220793d22333030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e6f5f64657461696c735f6469222062706d6e456c656d656e743d22666c6f775f6e6f5f64657461696c73223e0a20202020202020203c64693a776179706f696e7420783d223832352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313039352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f64657461696c735f656e74657265645f6469222062706d6e456c656d656e743d22666c6f775f64657461696c735f656e7465726564223e0a20202020202020203c64693a776179706f696e7420783d22313031302220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313037352220793d22333030222f3e0a20202020202020203c64693a776179706f696e7420783d22313037352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313039352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f61646a7573746d656e74735f676174657761795f6469222062706d6e456c656d656e743d22666c6f775f746f5f61646a7573746d656e74735f67617465776179223e0a20202020202020203c64693a776179706f696e7420783d22313134352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313235352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e656564735f61646a7573746d656e74735f6469222062706d6e456c656d656e743d22666c6f775f6e656564735f61646a7573746d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22313238302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d22313238302220793d22343230222f3e0a20202020202020203c64693a776179706f696e7420783d22313339302220793d22343230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e6f5f61646a7573746d656e74735f6469222062706d6e456c656d656e743d22666c6f775f6e6f5f61646a7573746d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22313330352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f61646a7573746d656e74735f616e7377657265645f6469222062706d6e456c656d656e743d22666c6f775f61646a7573746d656e74735f616e737765726564223e0a20202020202020203c64693a776179706f696e7420783d22313439302220793d22343230222f3e0a20202020202020203c64693a776179706f696e7420783d22313537352220793d22343230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f61646a7573746d656e74735f617070726f7665645f6469222062706d6e456c656d656e743d22666c6f775f61646a7573746d656e74735f617070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d22333935222f3e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f61646a7573746d656e74735f72656a65637465645f6469222062706d6e456c656d656e743d22666c6f775f61646a7573746d656e74735f72656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d22333935222f3e0a20202020202020203c64693a776179706f696e7420783d22313630302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323531302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f636c6173736966795f617070726f76616c5f6469222062706d6e456c656d656e743d22666c6f775f746f5f636c6173736966795f617070726f76616c223e0a20202020202020203c64693a776179706f696e7420783d22313738352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22313837302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f617070726f76616c5f676174657761795f6469222062706d6e456c656d656e743d22666c6f775f746f5f617070726f76616c5f67617465776179223e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323035352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f617070726f76616c5f6469222062706d6e456c656d656e743d22666c6f775f746f5f617070726f76616c223e0a20202020202020203c64693a776179706f696e7420783d22323038302220793d223835222f3e0a20202020202020203c64693a776179706f696e7420783d22323038302220793d22353430222f3e0a20202020202020203c64693a776179706f696e7420783d22323139302220793d22353430222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f6e6f5f617070726f76616c5f6469222062706d6e456c656d656e743d22666c6f775f6e6f5f617070726f76616c223e0a20202020202020203c64693a776179706f696e7420783d22323130352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323533352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f617070726f76616c5f616e7377657265645f6469222062706d6e456c656d656e743d22666c6f775f617070726f76616c5f616e737765726564223e0a20202020202020203c64693a776179706f696e7420783d22323239302220793d22353430222f3e0a20202020202020203c64693a776179706f696e7420783d22323337352220793d22353430222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f617070726f7665645f6469222062706d6e456c656d656e743d22666c6f775f617070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22323430302220793d22353135222f3e0a20202020202020203c64693a776179706f696e7420783d22323430302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323533352220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f6465636f6d706f73655f6469222062706d6e456c656d656e743d22666c6f775f746f5f6465636f6d706f7365223e0a20202020202020203c64693a776179706f696e7420783d22323538352220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323637302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f72656a65637465645f6469222062706d6e456c656d656e743d22666c6f775f72656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d22323430302220793d22353135222f3e0a20202020202020203c64693a776179706f696e7420783d22323430302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323531302220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f72656a65637465645f6469222062706d6e456c656d656e743d22666c6f775f746f5f72656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d22323631302220793d22313830222f3e0a20202020202020203c64693a776179706f696e7420783d22323730322220793d22313830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f61776169745f6469222062706d6e456c656d656e743d22666c6f775f746f5f6177616974223e0a20202020202020203c64693a776179706f696e7420783d22323737302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323833302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f636c6f73655f6469222062706d6e456c656d656e743d22666c6f775f746f5f636c6f7365223e0a20202020202020203c64693a776179706f696e7420783d22323933302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22323939302220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22666c6f775f746f5f636c6f7365645f6469222062706d6e456c656d656e743d22666c6f775f746f5f636c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22333039302220793d223630222f3e0a20202020202020203c64693a776179706f696e7420783d22333138322220793d223630222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a	5841bf0e630a4356ef1185cefc34433712a76ff303469f83c2a9486babe2760c
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
1	4112085276577004571
\.


--
-- Data for Name: model_test_cases; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_test_cases (id, kind, model_id, name, "case", source, created_by_id, created_at, updated_at) FROM stdin;
1	decision	approval_level	row 1 (r_small)	{"inputs": {"bandwidth": 499, "surcharge": 0}, "expected": {"approval_needed": false, "level": "standard"}}	shipped	\N	2026-12-06 20:28:25.523717+00	2026-12-06 20:28:25.523724+00
2	decision	approval_level	row 2 (r_small_cabling)	{"inputs": {"bandwidth": 499, "surcharge": 1}, "expected": {"approval_needed": true, "level": "works"}}	shipped	\N	2026-12-06 20:28:25.525657+00	2026-12-06 20:28:25.525661+00
3	decision	approval_level	row 3 (r_large)	{"inputs": {"bandwidth": 500, "surcharge": 0}, "expected": {"approval_needed": true, "level": "high bandwidth"}}	shipped	\N	2026-12-06 20:28:25.526867+00	2026-12-06 20:28:25.52687+00
4	decision	decomposition	row 1 (r0): A suspend or resume changes no resource: services and billing are suspended or resumed.	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 20:28:25.528378+00	2026-12-06 20:28:25.528381+00
5	decision	decomposition	row 2 (r1)	{"inputs": {"kind": "cfs", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 20:28:25.529517+00	2026-12-06 20:28:25.529519+00
6	decision	decomposition	row 3 (r2)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 20:28:25.530639+00	2026-12-06 20:28:25.530642+00
7	decision	decomposition	row 4 (r3)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": false, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 20:28:25.531825+00	2026-12-06 20:28:25.531828+00
8	decision	decomposition	row 5 (r4)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "static_ip", "rank": 1}}	shipped	\N	2026-12-06 20:28:25.532873+00	2026-12-06 20:28:25.532876+00
9	decision	decomposition	row 6 (r5)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": false, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "", "rank": 1}}	shipped	\N	2026-12-06 20:28:25.533787+00	2026-12-06 20:28:25.53379+00
10	decision	decomposition	row 7 (r6)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": false, "product_spec": "zzz-other"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 20:28:25.534683+00	2026-12-06 20:28:25.534685+00
11	decision	decomposition	row 8 (r7)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": false, "product_spec": "zzz-other"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "static_ip", "rank": 1}}	shipped	\N	2026-12-06 20:28:25.535584+00	2026-12-06 20:28:25.535586+00
12	decision	decomposition	row 9 (r8)	{"inputs": {"kind": "resource", "spec": "Voice Channel", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "channels", "rank": 1}}	shipped	\N	2026-12-06 20:28:25.536496+00	2026-12-06 20:28:25.536499+00
13	decision	decomposition	row 10 (r9)	{"inputs": {"kind": "resource", "spec": "Telephone Number", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "numbers", "rank": 1}}	shipped	\N	2026-12-06 20:28:25.537402+00	2026-12-06 20:28:25.537404+00
14	decision	decomposition	row 11 (r10)	{"inputs": {"kind": "resource", "spec": "Access Line", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "", "rank": 1}}	shipped	\N	2026-12-06 20:28:25.538241+00	2026-12-06 20:28:25.538244+00
15	decision	decomposition	row 12 (r11)	{"inputs": {"kind": "rfs", "spec": "Access Line", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "bandwidth", "rank": 2}}	shipped	\N	2026-12-06 20:28:25.539095+00	2026-12-06 20:28:25.539097+00
16	decision	decomposition	row 13 (r12)	{"inputs": {"kind": "rfs", "spec": "Access Line", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "", "provides": "", "watches": "bandwidth", "rank": 2}}	shipped	\N	2026-12-06 20:28:25.539945+00	2026-12-06 20:28:25.539947+00
17	decision	decomposition	row 14 (r13)	{"inputs": {"kind": "rfs", "spec": "IP Connectivity", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "static_ip", "rank": 2}}	shipped	\N	2026-12-06 20:28:25.540775+00	2026-12-06 20:28:25.540777+00
18	decision	decomposition	row 15 (r14)	{"inputs": {"kind": "rfs", "spec": "CPE Provisioning", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "wifi", "rank": 2}}	shipped	\N	2026-12-06 20:28:25.541748+00	2026-12-06 20:28:25.54175+00
19	decision	decomposition	row 16 (r15)	{"inputs": {"kind": "rfs", "spec": "SIP Trunk", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "channels,numbers", "rank": 2}}	shipped	\N	2026-12-06 20:28:25.542584+00	2026-12-06 20:28:25.542587+00
20	decision	decomposition	row 17 (r16)	{"inputs": {"kind": "rfs", "spec": "Field Visit", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_field_visit", "requires": "", "provides": "survey_result", "watches": "", "rank": 2}}	shipped	\N	2026-12-06 20:28:25.543377+00	2026-12-06 20:28:25.54338+00
21	decision	decomposition	row 18 (r17)	{"inputs": {"kind": "rfs", "spec": "Field Visit", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 20:28:25.544175+00	2026-12-06 20:28:25.544178+00
22	decision	decomposition	row 19 (r18)	{"inputs": {"kind": "rfs", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "*", "rank": 2}}	shipped	\N	2026-12-06 20:28:25.545027+00	2026-12-06 20:28:25.545029+00
23	decision	decomposition	row 20 (r19)	{"inputs": {"kind": "product", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "product", "plan": "plan_product_order", "requires": "", "provides": "", "watches": "*", "rank": 3}}	shipped	\N	2026-12-06 20:28:25.54577+00	2026-12-06 20:28:25.545773+00
24	decision	enrichment_customer	row 1 (seg_enterprise)	{"inputs": {"segment": "enterprise"}, "expected": {"priority": "high", "sla_class": "gold"}}	shipped	\N	2026-12-06 20:28:25.546795+00	2026-12-06 20:28:25.546798+00
25	decision	enrichment_customer	row 2 (seg_public)	{"inputs": {"segment": "public_sector"}, "expected": {"priority": "high", "sla_class": "silver"}}	shipped	\N	2026-12-06 20:28:25.547738+00	2026-12-06 20:28:25.54774+00
26	decision	enrichment_customer	row 3 (seg_other)	{"inputs": {"segment": "zzz-other"}, "expected": {"priority": "normal", "sla_class": "bronze"}}	shipped	\N	2026-12-06 20:28:25.548469+00	2026-12-06 20:28:25.548472+00
27	decision	enrichment_site	row 1 (site_ec)	{"inputs": {"site_postcode": "EC1A 1AA"}, "expected": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false}}	shipped	\N	2026-12-06 20:28:25.549563+00	2026-12-06 20:28:25.549565+00
28	decision	enrichment_site	row 2 (site_sw)	{"inputs": {"site_postcode": "SW1A 1AA"}, "expected": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 20:28:25.550399+00	2026-12-06 20:28:25.550402+00
29	decision	enrichment_site	row 3 (site_m)	{"inputs": {"site_postcode": "M1A 1AA"}, "expected": {"region": "North West", "serving_exchange": "MAN-CENTRAL", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 20:28:25.551245+00	2026-12-06 20:28:25.551248+00
30	decision	enrichment_site	row 4 (site_eh)	{"inputs": {"site_postcode": "EH1A 1AA"}, "expected": {"region": "Scotland", "serving_exchange": "EDI-LEITH", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 20:28:25.552169+00	2026-12-06 20:28:25.552171+00
31	decision	enrichment_site	row 5 (site_other)	{"inputs": {"site_postcode": "zzz-other"}, "expected": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}	shipped	\N	2026-12-06 20:28:25.552976+00	2026-12-06 20:28:25.552979+00
32	decision	fallout_policy	row 1 (transient_retry): Transient faults of external systems: retry by itself, with backoff	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": 3}, "expected": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 20:28:25.553996+00	2026-12-06 20:28:25.553999+00
33	decision	fallout_policy	row 2 (transient_manual): Still failing after three automatic retries: a person looks	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": 4}, "expected": {"category": "transient", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 20:28:25.55482+00	2026-12-06 20:28:25.554822+00
34	decision	fallout_policy	row 3 (network_capacity)	{"inputs": {"error_code": "PORT_UNAVAILABLE", "connector": null, "attempt": 3}, "expected": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 20:28:25.555626+00	2026-12-06 20:28:25.555629+00
35	decision	fallout_policy	row 4 (data_error)	{"inputs": {"error_code": "MISSING_DATA", "connector": null, "attempt": 3}, "expected": {"category": "data error", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 20:28:25.556422+00	2026-12-06 20:28:25.556424+00
36	decision	fallout_policy	row 5 (model_error): Scripts and rules that fail are the models' problem	{"inputs": {"error_code": "SCRIPT_ERROR", "connector": null, "attempt": 3}, "expected": {"category": "model error", "action": "manual", "retry_after": null, "assign_to": "fallout_manager"}}	shipped	\N	2026-12-06 20:28:25.557235+00	2026-12-06 20:28:25.557238+00
37	decision	fallout_policy	row 6 (anything_else)	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": null}, "expected": {"category": "unclassified", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 20:28:25.557937+00	2026-12-06 20:28:25.557939+00
38	decision	jeopardy_sla	row 1 (fallout_urgent)	{"inputs": {"task_type": "fallout", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT1H", "due_after": "PT2H"}}	shipped	\N	2026-12-06 20:28:25.558899+00	2026-12-06 20:28:25.558901+00
39	decision	jeopardy_sla	row 2 (fallout)	{"inputs": {"task_type": "fallout", "priority": "zzz-other", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "PT8H"}}	shipped	\N	2026-12-06 20:28:25.559712+00	2026-12-06 20:28:25.559715+00
40	decision	jeopardy_sla	row 3 (work_order_premium)	{"inputs": {"task_type": "work_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "PT8H"}}	shipped	\N	2026-12-06 20:28:25.560516+00	2026-12-06 20:28:25.560518+00
41	decision	jeopardy_sla	row 4 (work_order)	{"inputs": {"task_type": "work_order", "priority": "high", "sla_class": "zzz-other"}, "expected": {"warn_after": "P1D", "due_after": "P2D"}}	shipped	\N	2026-12-06 20:28:25.561373+00	2026-12-06 20:28:25.561376+00
42	decision	jeopardy_sla	row 5 (order_task)	{"inputs": {"task_type": "order_task", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "P1D"}}	shipped	\N	2026-12-06 20:28:25.562242+00	2026-12-06 20:28:25.562245+00
43	decision	jeopardy_sla	row 6 (customer_order): For promised dates: warn when less than this margin (due minus warn) is left	{"inputs": {"task_type": "customer_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "P0D", "due_after": "P2D"}}	shipped	\N	2026-12-06 20:28:25.563096+00	2026-12-06 20:28:25.563099+00
44	decision	jeopardy_sla	row 7 (domain_order): Plans for the order timeline: how long an automated domain order may take (its work orders	{"inputs": {"task_type": "domain_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT1H", "due_after": "PT2H"}}	shipped	\N	2026-12-06 20:28:25.563956+00	2026-12-06 20:28:25.563959+00
45	decision	jeopardy_sla	row 8 (service_call): A call to another system still unanswered	{"inputs": {"task_type": "service_call", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT30M", "due_after": "PT2H"}}	shipped	\N	2026-12-06 20:28:25.564686+00	2026-12-06 20:28:25.564689+00
46	decision	order_approval	row 1 (oa_status_change_only)	{"inputs": {"items": [{"action": "suspend"}, {"action": "delete"}]}, "expected": {"order_approval_needed": false}}	shipped	\N	2026-12-06 20:28:25.566107+00	2026-12-06 20:28:25.56611+00
47	decision	order_approval	row 2 (oa_commercial)	{"inputs": {"items": [{"action": "add"}, {"action": "delete"}]}, "expected": {"order_approval_needed": true}}	shipped	\N	2026-12-06 20:28:25.566838+00	2026-12-06 20:28:25.56684+00
48	decision	pricing_fibre	row 1 (fibre_r1)	{"inputs": {"bandwidth": 100, "contract_term": 12}, "expected": {"monthly_price": 89, "setup_fee": 450}}	shipped	\N	2026-12-06 20:28:25.567868+00	2026-12-06 20:28:25.567871+00
49	decision	pricing_fibre	row 2 (fibre_r2)	{"inputs": {"bandwidth": 100, "contract_term": 24}, "expected": {"monthly_price": 79.5, "setup_fee": 250}}	shipped	\N	2026-12-06 20:28:25.568708+00	2026-12-06 20:28:25.568711+00
50	decision	pricing_fibre	row 3 (fibre_r3)	{"inputs": {"bandwidth": 100, "contract_term": 36}, "expected": {"monthly_price": 69, "setup_fee": 0}}	shipped	\N	2026-12-06 20:28:25.569527+00	2026-12-06 20:28:25.56953+00
51	decision	pricing_fibre	row 4 (fibre_r4)	{"inputs": {"bandwidth": 500, "contract_term": 12}, "expected": {"monthly_price": 179, "setup_fee": 450}}	shipped	\N	2026-12-06 20:28:25.570396+00	2026-12-06 20:28:25.570398+00
52	decision	pricing_fibre	row 5 (fibre_r5)	{"inputs": {"bandwidth": 500, "contract_term": 24}, "expected": {"monthly_price": 159, "setup_fee": 250}}	shipped	\N	2026-12-06 20:28:25.571247+00	2026-12-06 20:28:25.571249+00
53	decision	pricing_fibre	row 6 (fibre_r6)	{"inputs": {"bandwidth": 500, "contract_term": 36}, "expected": {"monthly_price": 139, "setup_fee": 0}}	shipped	\N	2026-12-06 20:28:25.572229+00	2026-12-06 20:28:25.572232+00
54	decision	pricing_fibre	row 7 (fibre_r7)	{"inputs": {"bandwidth": 1000, "contract_term": 12}, "expected": {"monthly_price": 329, "setup_fee": 450}}	shipped	\N	2026-12-06 20:28:25.573108+00	2026-12-06 20:28:25.57311+00
55	decision	pricing_fibre	row 8 (fibre_r8)	{"inputs": {"bandwidth": 1000, "contract_term": 24}, "expected": {"monthly_price": 295, "setup_fee": 250}}	shipped	\N	2026-12-06 20:28:25.573967+00	2026-12-06 20:28:25.573969+00
56	decision	pricing_fibre	row 9 (fibre_r9)	{"inputs": {"bandwidth": 1000, "contract_term": 36}, "expected": {"monthly_price": 265, "setup_fee": 0}}	shipped	\N	2026-12-06 20:28:25.57473+00	2026-12-06 20:28:25.574732+00
57	decision	pricing_voice	row 1 (voice_r1)	{"inputs": {"channels": 2}, "expected": {"monthly_price": 36, "setup_fee": 95}}	shipped	\N	2026-12-06 20:28:25.57576+00	2026-12-06 20:28:25.575762+00
58	decision	pricing_voice	row 2 (voice_r2)	{"inputs": {"channels": 5}, "expected": {"monthly_price": 82, "setup_fee": 145}}	shipped	\N	2026-12-06 20:28:25.576593+00	2026-12-06 20:28:25.576596+00
59	decision	pricing_voice	row 3 (voice_r3)	{"inputs": {"channels": 11}, "expected": {"monthly_price": 149, "setup_fee": 195}}	shipped	\N	2026-12-06 20:28:25.577461+00	2026-12-06 20:28:25.577464+00
60	decision	pricing_voice	row 4 (voice_r4)	{"inputs": {"channels": 21}, "expected": {"monthly_price": 210, "setup_fee": 245}}	shipped	\N	2026-12-06 20:28:25.578157+00	2026-12-06 20:28:25.578159+00
61	decision	revision_approval	row 1 (rev_discounts)	{"inputs": {"discounts_over_limit": true, "recurring_delta": 251, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "the revised order carries discounts above the limit"}}	shipped	\N	2026-12-06 20:28:25.579165+00	2026-12-06 20:28:25.579167+00
62	decision	revision_approval	row 2 (rev_monthly)	{"inputs": {"discounts_over_limit": false, "recurring_delta": 251, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "the monthly price goes up by more than 250.00"}}	shipped	\N	2026-12-06 20:28:25.579987+00	2026-12-06 20:28:25.57999+00
63	decision	revision_approval	row 3 (rev_one_time)	{"inputs": {"discounts_over_limit": false, "recurring_delta": -999999, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "one-time charges go up by more than 500.00"}}	shipped	\N	2026-12-06 20:28:25.580882+00	2026-12-06 20:28:25.580885+00
64	decision	revision_approval	row 4 (rev_none)	{"inputs": {"discounts_over_limit": false, "recurring_delta": -999999, "one_time_delta": -999999}, "expected": {"approval_needed": false, "reason": ""}}	shipped	\N	2026-12-06 20:28:25.581692+00	2026-12-06 20:28:25.581694+00
65	process	change_request	small change goes through	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": false}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "end_auto"], "expected_data": {"surcharge": 0, "summary": "100 Mbps at SW1A 1AA", "approval_needed": false, "level": "standard"}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.582875+00	2026-12-06 20:28:25.582878+00
66	process	change_request	small change with cabling needs approval	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": true}, "approve": {"approved": true}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "approve", "end_approved"], "expected_data": {"surcharge": 50, "summary": "100 Mbps at SW1A 1AA", "approval_needed": true, "level": "works"}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.583777+00	2026-12-06 20:28:25.58378+00
67	process	change_request	high bandwidth needs approval	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": false}, "approve": {"approved": true}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "approve", "end_approved"], "expected_data": {"surcharge": 0, "summary": "1000 Mbps at SW1A 1AA", "approval_needed": true, "level": "high bandwidth"}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.584479+00	2026-12-06 20:28:25.584481+00
68	process	customer_order	known site, no discount: approved and closed	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "classify_approval", "approval_gateway", "approve_order", "approval_decided", "approval_done", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold", "order_approval_needed": true}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.585669+00	2026-12-06 20:28:25.585671+00
69	process	customer_order	unknown site: technical details first	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "ZZ9 9ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"technical_details": {"site_postcode": "SW1A 1AA"}, "approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "technical_details", "details_done", "adjustments_gateway", "adjustments_done", "classify_approval", "approval_gateway", "approve_order", "approval_decided", "approval_done", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "high", "sla_class": "gold", "order_approval_needed": true}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.586609+00	2026-12-06 20:28:25.586612+00
70	process	customer_order	discount above the limit approved, order approved	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": true, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"approve_adjustments": {"adjustments_decision": "approve"}, "approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "approve_adjustments", "adjustments_decided", "adjustments_done", "classify_approval", "approval_gateway", "approve_order", "approval_decided", "approval_done", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold", "order_approval_needed": true}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.587504+00	2026-12-06 20:28:25.587506+00
71	process	customer_order	discount above the limit rejected	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": true, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"approve_adjustments": {"adjustments_decision": "reject", "adjustments_note": "too generous"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "approve_adjustments", "adjustments_decided", "reject_order", "order_rejected"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.588421+00	2026-12-06 20:28:25.588424+00
72	process	customer_order	order rejected at approval	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [], "customer_reason": ""}, "user_tasks": {"approve_order": {"approval_decision": "reject", "approval_reason": "credit check failed"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "classify_approval", "approval_gateway", "approve_order", "approval_decided", "reject_order", "order_rejected"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold", "order_approval_needed": true}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.589362+00	2026-12-06 20:28:25.589365+00
73	process	customer_order	status change of an installed product: no approval	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "0.00", "one_time_total": "0.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "suspend", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "12", "summary": "Suspend Business Fibre Internet (product 12)", "characteristics": {}}], "customer_reason": ""}, "user_tasks": {}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "classify_approval", "approval_gateway", "approval_done", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold", "order_approval_needed": false}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.590122+00	2026-12-06 20:28:25.590124+00
74	process	customer_request	request answered	{"start_data": {"order_id": 1, "request": "cancel", "request_kind": "cancel"}, "user_tasks": {"handle_request": {"resolution": "accepted", "resolution_note": "done"}}, "connectors": {"settle_request": {"settled": true}}, "messages": {}, "timers": {}, "expected_path": ["request_received", "handle_request", "settle_request", "request_answered"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.591098+00	2026-12-06 20:28:25.5911+00
75	process	plan_field_visit.compensation	undo: cancel the booked visit	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "visit": {"visit_id": "V-1"}, "compensate": ["schedule_visit"]}, "user_tasks": {}, "connectors": {"cancel_visit": {"cancelled": true}}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "cancel_visit", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.592237+00	2026-12-06 20:28:25.59224+00
76	process	plan_field_visit.compensation	undo: nothing was booked	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "compensate": []}, "user_tasks": {}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.5931+00	2026-12-06 20:28:25.593102+00
77	process	plan_field_visit	survey needed: survey, book, install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"survey_site": {"survey_result": "ok"}, "install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "survey_gateway", "survey_site", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.594183+00	2026-12-06 20:28:25.594186+00
78	process	plan_field_visit	no survey needed: book and install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "survey_gateway", "no_survey", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.595126+00	2026-12-06 20:28:25.595128+00
79	process	plan_field_visit	order amended during the survey: no survey after all, book and install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {"order_amended": {"survey_needed": false, "site_postcode": "SW1A 2AA"}}, "timers": {}, "expected_path": ["start", "survey_gateway", "survey_amended", "take_amendment", "survey_gateway", "no_survey", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {"site_postcode": "SW1A 2AA", "survey_result": "not_required"}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.595853+00	2026-12-06 20:28:25.595855+00
80	process	plan_product_order	activate billing	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "Business Fibre Internet", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"activate_billing": {"billing_account": "B-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "activate_billing", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.596785+00	2026-12-06 20:28:25.596787+00
81	process	plan_resource_order.compensation	undo: release the reserved resource	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "resource": {"resource_id": "R-1"}, "compensate": ["reserve_resource"]}, "user_tasks": {}, "connectors": {"release_resource": {"released": true}}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "release_resource", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.597899+00	2026-12-06 20:28:25.597901+00
82	process	plan_resource_order.compensation	undo: nothing was reserved	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "compensate": []}, "user_tasks": {}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.598656+00	2026-12-06 20:28:25.598658+00
83	process	plan_resource_order	reserve the resource	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"reserve_resource": {"resource_id": "R-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "reserve_resource", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.599602+00	2026-12-06 20:28:25.599604+00
84	process	plan_service_order	activate the service	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "Business Fibre CFS", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"activate_service": {"service_id": "S-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "activate_service", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.600571+00	2026-12-06 20:28:25.600573+00
85	process	revision_approval	revision approved	{"start_data": {"order_id": 1, "revision": 2}, "user_tasks": {"approve_revision": {"revision_decision": "approve", "revision_note": ""}}, "connectors": {"decide_revision": {"applied": true}}, "messages": {}, "timers": {}, "expected_path": ["revision_requested", "approve_revision", "decide_revision", "revision_decided"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.601795+00	2026-12-06 20:28:25.601797+00
86	process	revision_approval	revision rejected	{"start_data": {"order_id": 1, "revision": 2}, "user_tasks": {"approve_revision": {"revision_decision": "reject", "revision_note": "no"}}, "connectors": {"decide_revision": {"applied": false}}, "messages": {}, "timers": {}, "expected_path": ["revision_requested", "approve_revision", "decide_revision", "revision_decided"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 20:28:25.602572+00	2026-12-06 20:28:25.602575+00
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
1	2	customer_order	1	waiting	{"data":{},"correlations":{},"last_task":"a9074941-3540-4753-bb98-a094828ab83e","success":true,"completed":false,"tasks":{"cadda9ba-6593-4c31-ae96-de76665cf455":{"id":"cadda9ba-6593-4c31-ae96-de76665cf455","parent":null,"children":["d69189dc-5cf3-4de6-a612-8dc1a0fa154f"],"last_state_change":1796588905.9625978,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":1,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"d69189dc-5cf3-4de6-a612-8dc1a0fa154f":{"id":"d69189dc-5cf3-4de6-a612-8dc1a0fa154f","parent":"cadda9ba-6593-4c31-ae96-de76665cf455","children":["725cc9b2-e2f1-48e4-93bf-bd96dba27ab1"],"last_state_change":1796588905.9626656,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"725cc9b2-e2f1-48e4-93bf-bd96dba27ab1":{"id":"725cc9b2-e2f1-48e4-93bf-bd96dba27ab1","parent":"d69189dc-5cf3-4de6-a612-8dc1a0fa154f","children":["fd773065-5148-48fc-8de4-5d885d146775"],"last_state_change":1796588905.9698188,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"fd773065-5148-48fc-8de4-5d885d146775":{"id":"fd773065-5148-48fc-8de4-5d885d146775","parent":"725cc9b2-e2f1-48e4-93bf-bd96dba27ab1","children":["a9a49961-11f5-4f25-be4d-3eba6fb6c26b"],"last_state_change":1796588905.9707665,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"a9a49961-11f5-4f25-be4d-3eba6fb6c26b":{"id":"a9a49961-11f5-4f25-be4d-3eba6fb6c26b","parent":"fd773065-5148-48fc-8de4-5d885d146775","children":["c96718b5-619b-45e6-a16c-216a8436d743"],"last_state_change":1796588905.9804797,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":1,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"c96718b5-619b-45e6-a16c-216a8436d743":{"id":"c96718b5-619b-45e6-a16c-216a8436d743","parent":"a9a49961-11f5-4f25-be4d-3eba6fb6c26b","children":["9a59fa78-ffb0-4332-8b9a-4f9302a8ac5e"],"last_state_change":1796588905.9806745,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9a59fa78-ffb0-4332-8b9a-4f9302a8ac5e":{"id":"9a59fa78-ffb0-4332-8b9a-4f9302a8ac5e","parent":"c96718b5-619b-45e6-a16c-216a8436d743","children":["933f14d2-27dd-4ae9-9ed7-82c6fae230a4"],"last_state_change":1796588905.9807472,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"933f14d2-27dd-4ae9-9ed7-82c6fae230a4":{"id":"933f14d2-27dd-4ae9-9ed7-82c6fae230a4","parent":"9a59fa78-ffb0-4332-8b9a-4f9302a8ac5e","children":["425d4ea7-568b-40b2-8299-6aa58114039a"],"last_state_change":1796588905.9808967,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"425d4ea7-568b-40b2-8299-6aa58114039a":{"id":"425d4ea7-568b-40b2-8299-6aa58114039a","parent":"933f14d2-27dd-4ae9-9ed7-82c6fae230a4","children":["34c1e59a-1bf9-42cf-960d-14fea9c2d0c0"],"last_state_change":1796588905.9809654,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"34c1e59a-1bf9-42cf-960d-14fea9c2d0c0":{"id":"34c1e59a-1bf9-42cf-960d-14fea9c2d0c0","parent":"425d4ea7-568b-40b2-8299-6aa58114039a","children":["a9074941-3540-4753-bb98-a094828ab83e"],"last_state_change":1796588905.9858766,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"a9074941-3540-4753-bb98-a094828ab83e":{"id":"a9074941-3540-4753-bb98-a094828ab83e","parent":"34c1e59a-1bf9-42cf-960d-14fea9c2d0c0","children":["80739147-73cb-4018-9f0a-5b8883abbbca"],"last_state_change":1796588905.9860866,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"80739147-73cb-4018-9f0a-5b8883abbbca":{"id":"80739147-73cb-4018-9f0a-5b8883abbbca","parent":"a9074941-3540-4753-bb98-a094828ab83e","children":["19f95ab5-8ef7-4ac3-a8b1-e6f8f0cdf5c8"],"last_state_change":1796588905.9861028,"state":16,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"19f95ab5-8ef7-4ac3-a8b1-e6f8f0cdf5c8":{"id":"19f95ab5-8ef7-4ac3-a8b1-e6f8f0cdf5c8","parent":"80739147-73cb-4018-9f0a-5b8883abbbca","children":["d297df8d-8298-4c90-baa2-86d76f4942af","e28be33b-ba00-46c7-9590-9c27f76935a0"],"last_state_change":1796588905.986038,"state":4,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","order_approval_needed"]},"typename":"Task"},"d297df8d-8298-4c90-baa2-86d76f4942af":{"id":"d297df8d-8298-4c90-baa2-86d76f4942af","parent":"19f95ab5-8ef7-4ac3-a8b1-e6f8f0cdf5c8","children":["4f08fd2c-fd7e-4e7f-adca-bc1ec45e3733"],"last_state_change":1796588905.986064,"state":2,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e28be33b-ba00-46c7-9590-9c27f76935a0":{"id":"e28be33b-ba00-46c7-9590-9c27f76935a0","parent":"19f95ab5-8ef7-4ac3-a8b1-e6f8f0cdf5c8","children":["93e4929d-2b4d-4597-aef1-1c4217289ba2"],"last_state_change":1796588905.986069,"state":1,"task_spec":"reject_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4f08fd2c-fd7e-4e7f-adca-bc1ec45e3733":{"id":"4f08fd2c-fd7e-4e7f-adca-bc1ec45e3733","parent":"d297df8d-8298-4c90-baa2-86d76f4942af","children":[],"last_state_change":1796588905.9860747,"state":2,"task_spec":"decompose","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"93e4929d-2b4d-4597-aef1-1c4217289ba2":{"id":"93e4929d-2b4d-4597-aef1-1c4217289ba2","parent":"e28be33b-ba00-46c7-9590-9c27f76935a0","children":[],"last_state_change":1796588905.9860833,"state":1,"task_spec":"order_rejected","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"cadda9ba-6593-4c31-ae96-de76665cf455","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 1, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}			\N	2	2026-12-06 20:28:25.964081+00	2026-12-06 20:28:25.986788+00	\N	3	\N	\N
2	2	customer_order	2	running	{"data":{},"correlations":{},"last_task":"5ff407f0-da7e-470e-8dff-c9da3d5c68d4","success":true,"completed":false,"tasks":{"95d6c34e-9eca-44b2-aecf-f492634e8eab":{"id":"95d6c34e-9eca-44b2-aecf-f492634e8eab","parent":null,"children":["59a1092d-353a-4330-9271-6ab5c7ba9b53"],"last_state_change":1796588906.039316,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":2,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"59a1092d-353a-4330-9271-6ab5c7ba9b53":{"id":"59a1092d-353a-4330-9271-6ab5c7ba9b53","parent":"95d6c34e-9eca-44b2-aecf-f492634e8eab","children":["79775574-7302-49f6-8b75-85d16dde1c53"],"last_state_change":1796588906.0393884,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"79775574-7302-49f6-8b75-85d16dde1c53":{"id":"79775574-7302-49f6-8b75-85d16dde1c53","parent":"59a1092d-353a-4330-9271-6ab5c7ba9b53","children":["cba58985-7f6d-447e-aaa1-338a0dde6607"],"last_state_change":1796588906.0395563,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"cba58985-7f6d-447e-aaa1-338a0dde6607":{"id":"cba58985-7f6d-447e-aaa1-338a0dde6607","parent":"79775574-7302-49f6-8b75-85d16dde1c53","children":["bd08b035-140d-4967-a316-4031313c3293"],"last_state_change":1796588906.039653,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"bd08b035-140d-4967-a316-4031313c3293":{"id":"bd08b035-140d-4967-a316-4031313c3293","parent":"cba58985-7f6d-447e-aaa1-338a0dde6607","children":["a55e6d40-8c03-443f-86e6-7b8bc179a657"],"last_state_change":1796588906.0457182,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":2,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"a55e6d40-8c03-443f-86e6-7b8bc179a657":{"id":"a55e6d40-8c03-443f-86e6-7b8bc179a657","parent":"bd08b035-140d-4967-a316-4031313c3293","children":["c92c2b34-daeb-4b95-8fa0-35ae620c2a04"],"last_state_change":1796588906.045953,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c92c2b34-daeb-4b95-8fa0-35ae620c2a04":{"id":"c92c2b34-daeb-4b95-8fa0-35ae620c2a04","parent":"a55e6d40-8c03-443f-86e6-7b8bc179a657","children":["e7ec89af-d22e-4cb7-91f6-8cd855bc0279"],"last_state_change":1796588906.0460281,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e7ec89af-d22e-4cb7-91f6-8cd855bc0279":{"id":"e7ec89af-d22e-4cb7-91f6-8cd855bc0279","parent":"c92c2b34-daeb-4b95-8fa0-35ae620c2a04","children":["b1bcbd4a-7c17-47fe-8337-fd1e6fe3f90b"],"last_state_change":1796588906.0460992,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b1bcbd4a-7c17-47fe-8337-fd1e6fe3f90b":{"id":"b1bcbd4a-7c17-47fe-8337-fd1e6fe3f90b","parent":"e7ec89af-d22e-4cb7-91f6-8cd855bc0279","children":["70afebab-f81a-44c1-887c-d2e83b0c2d01"],"last_state_change":1796588906.0461657,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"70afebab-f81a-44c1-887c-d2e83b0c2d01":{"id":"70afebab-f81a-44c1-887c-d2e83b0c2d01","parent":"b1bcbd4a-7c17-47fe-8337-fd1e6fe3f90b","children":["0ea9d1fd-d9af-4875-9d1a-f834dce62240"],"last_state_change":1796588906.0463896,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"0ea9d1fd-d9af-4875-9d1a-f834dce62240":{"id":"0ea9d1fd-d9af-4875-9d1a-f834dce62240","parent":"70afebab-f81a-44c1-887c-d2e83b0c2d01","children":["c2eac2ed-c390-4b8c-9550-b300f311f2e1"],"last_state_change":1796588906.0464842,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c2eac2ed-c390-4b8c-9550-b300f311f2e1":{"id":"c2eac2ed-c390-4b8c-9550-b300f311f2e1","parent":"0ea9d1fd-d9af-4875-9d1a-f834dce62240","children":["074fca12-404e-4f37-afec-a50aa83a740e"],"last_state_change":1796588906.074377,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null,"customer_reason":null},"deletions":[]},"typename":"Task"},"074fca12-404e-4f37-afec-a50aa83a740e":{"id":"074fca12-404e-4f37-afec-a50aa83a740e","parent":"c2eac2ed-c390-4b8c-9550-b300f311f2e1","children":["06807254-2d7c-4b03-92d7-abeba19e7b3e"],"last_state_change":1796588906.074622,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"06807254-2d7c-4b03-92d7-abeba19e7b3e":{"id":"06807254-2d7c-4b03-92d7-abeba19e7b3e","parent":"074fca12-404e-4f37-afec-a50aa83a740e","children":["5ff407f0-da7e-470e-8dff-c9da3d5c68d4"],"last_state_change":1796588906.074705,"state":64,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5ff407f0-da7e-470e-8dff-c9da3d5c68d4":{"id":"5ff407f0-da7e-470e-8dff-c9da3d5c68d4","parent":"06807254-2d7c-4b03-92d7-abeba19e7b3e","children":["29e9cb68-b060-486d-96b5-6cfa6c172959"],"last_state_change":1796588906.1518042,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":2,"facts":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":2,"domain_orders":[{"id":1,"type":"resource","spec":"ONT","state":"inProgress"},{"id":2,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":3,"type":"service","spec":"Access Line","state":"pending"},{"id":4,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":5,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":6,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":7,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":8,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":9,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":10,"type":"resource","spec":"Router","state":"inProgress"},{"id":11,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":12,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":13,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":14,"type":"service","spec":"Field Visit","state":"waiting"},{"id":15,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"29e9cb68-b060-486d-96b5-6cfa6c172959":{"id":"29e9cb68-b060-486d-96b5-6cfa6c172959","parent":"5ff407f0-da7e-470e-8dff-c9da3d5c68d4","children":["ff21d4ef-13d5-48a4-8a30-c5e153d6b98a"],"last_state_change":1796588906.1520054,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":2}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ff21d4ef-13d5-48a4-8a30-c5e153d6b98a":{"id":"ff21d4ef-13d5-48a4-8a30-c5e153d6b98a","parent":"29e9cb68-b060-486d-96b5-6cfa6c172959","children":["fee40fc9-58ef-49be-8205-6dcb1b9e590f"],"last_state_change":1796588906.0746768,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","order_approval_needed","decomposition"]},"typename":"Task"},"fee40fc9-58ef-49be-8205-6dcb1b9e590f":{"id":"fee40fc9-58ef-49be-8205-6dcb1b9e590f","parent":"ff21d4ef-13d5-48a4-8a30-c5e153d6b98a","children":["b4dcd2e3-17aa-434b-9dc0-ec9c295bd100"],"last_state_change":1796588906.074684,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b4dcd2e3-17aa-434b-9dc0-ec9c295bd100":{"id":"b4dcd2e3-17aa-434b-9dc0-ec9c295bd100","parent":"fee40fc9-58ef-49be-8205-6dcb1b9e590f","children":["28abe2fa-7f51-45ac-bc60-a3225c41fe1a"],"last_state_change":1796588906.074691,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"28abe2fa-7f51-45ac-bc60-a3225c41fe1a":{"id":"28abe2fa-7f51-45ac-bc60-a3225c41fe1a","parent":"b4dcd2e3-17aa-434b-9dc0-ec9c295bd100","children":[],"last_state_change":1796588906.0746999,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"95d6c34e-9eca-44b2-aecf-f492634e8eab","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 2, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true, "decomposition": {"order_id": 2, "domain_orders": [{"id": 1, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 2, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 3, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 4, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 5, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 6, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 7, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 8, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 9, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 10, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 11, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 12, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 13, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 14, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 15, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 20:28:26.04095+00	2026-12-06 20:28:26.152752+00	\N	4	\N	\N
7	7	plan_resource_order	2	completed	z1:eJztVk2P2zYQ/SsBz+ZWlESJ8m2DLlAUbQpkU+QQBAJFjlwiMulQ1KbbwP+9Q9uytUHcMgiwvfRmDsfz8d4bDT8TLYMk689kBP9g7KaFP9Uf0m6ArMkvP76i97/9/uYnsiIeNsbZaHRW448V2XnjvAmPaLPOb+WAtnGQrRrkOKKx887+BdE4+Qd4bC2ABk3WwU+wIs5r8K3Bc74iUik32TAfTYBtO8JHsi7iXTgmllrHYDtQeHjtpgAez1ZuY6m/Sis3oF+c7Tvv9KRC66HHazRgVx5jgTdjMGqMLX8yvTnWs8fAmLXduTEop2PE+7fs9gW7vT30ribvERw0M36TZWhzFtpgDrnLk0m7rTS2vXTGshWZdmPwILeYbx8jjW7yCmL2+ffBlby+u6esajJRkYtbGx53sOwWSTJyaO207fCMRb7iglW84JyJeB1kmCL2GADpRLT3mFQ572GQEcbxWAYyFNogxw+x+j5v+q4vaK96SctGA5WqELTgvcy6uoK66w4kKgWR1yN9ym13A4QLnzHaAdRCdKwECVRrBbTsGadNwRTlfS5EUTRNVavod+g6yRnJlB5sIGs7DUNk0gwaDWT9DunoqizvGtoBYPU5r2hXYvVNyaUsci4y1pH3p44jPNDO8mZ1U3Ehmqy6YSUCWB7xw5uqPPbTnsR2H6QPWEbwZrMBH5vu5TBi18YiLxYZOU0RYvv/PD3bPEW0YZiBj7Nyqv5NlDaaktQxazHJ+aLFVO0u1VrzjIlclDRTVYOzlnEqNcdZq3jFIO+h6Ko0tfK6uirXMVmuBB6wl7Y3fhbSRcALcBF0NMJ4tsLpW/Lu/ddxT+pzxj3JeYF7Ik9L3EvGGAiWU17kipaFKmiTg6adaGReZyUXJU/AXdR5lvOruJ8+uu35I59EgXLWggrO4/8+TjCGJ0YMa2wkyfnHH04JjmDI7fhki3y5Kr6c8+vjuPh07Pf/JoD/ZoUlaC6J41lzSc4LzSVqdKm5vkQh9lLSOi9QprXuqChEQ2smZFbprlQc0jRXVtdnHaz+xsX0PXOd1NOMcZLzAuNETp7MdcrbJQnj5h/W/26Q9jzUx3V0c2f1z87YZ8Q+qdezvtMedWfsE7laYJ+CasHEVVDvnlG48eHt3Dfs7HHq8L0T37tzjm63te1hW47H5hdJXuLdW+c/9IP7RPZ/Az3BJIE=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 10, "upstream": {}, "resource": {"resource_id": "RES-169086", "resource_type": "Router", "serial_number": "SN5816535518", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.147128+00	2026-12-06 20:28:26.187564+00	2026-12-06 20:28:26.187566+00	2	\N	4
23	6	plan_product_order	3	completed	z1:eJztllFvpDYQx79K5Of1xtgYcN6S60m96tSelGvv4XRCBoYtCmtzBrZNo3z3jmHJkt5t5ajSqVL7BuNh7PnNfzw8kEoPmlw9kB7coTG7HH4vf9VmB+SKvP3uR3r708/vvycb4mDXWOON1lT4sCGda6xrhnu0Gev2ukVb3+q8bHXfo7Fw1vwB3ji6A9znBqCCilwNboQNsa4Clzf4LjZEl6UdzTC98g1pBtjnPXyeXnQ5zBvrqvLBOijx5XbQQ1NevHl38c7ZaiwHXDJ6D8+Wblpb3k0nnVxyBzWuowEzdBgXXNOjKx724REj47Z5Z/uhtNUU50N0fRFdX0/Jl6NzSAfNEdsyhjZrIB+aaUcuZ1Nl97ox+Sk1Hm/I2PWDA733jPFMr6wxgCkdJnJH7CWsHqcvye0vr2jKhJI+MPKBvsfDuQGXdkDZJb8UfqXpcuTiYCKOR+OMbRO5jST3rJDE6Bc8wwOQx0dMs2jadsrkYXnMJ97Trjdv3tI0STIhE/JFWY4Yv4o4kNCXJ8JiWOeg1b7Kx0qggIZ80P0dOopIR1KUjEKdMBpDyqjWEFHNY8HiOi35HHicEC3qKu2+a2E4yc1H89FJXaYsE3FCq6JOaFzHQFWG8bKi4jWrU0hU5v0mHEHOCEY7MMjFjG3rxdW0WBGU7EfCBFeJFJwyoSWNNdQ0k6qiTKcFz7iMZCXIp2PGHg7kS/dFKX6ZZYolW5FKJTmf8eFSEs8J5admcL4BBtfsduB81rVue0y7MShyo9v82OUI9/9+/y/1uy84tEvth/sOjtTe+/ZCU5BCl34Icj71Q2j/rDsmjWWEXY2BC1nQGF1oprOMpmhmSiuhk8COUVl6tmP64I4hcMBc8rpxi5ZPPbSCi2VHI/RPVjjeZx8/fZ17UJ4L9yDnFffAOq25i1gJBVJRxTBwLFNOlZYx1VlRF0XNpJZRAHclcHaIs9wnYfpvlykUVIJy7iHrsKM/j9APz4z+6pmjXS7hZxZ6P934L5hif7l7gq6Bucf+ThD/vpEboM8gPSz6DHJe6TNQz2t9JjwreVxVNBUyxf8A/E6nNaOKJ2nGS61qHXIvoD4zlpzVJ5jqhXP0n9wBQTktjIOcV4wDa/LsDgj51wphrHh6/g7oWm3yZURPs3P72lQ/2MZ8Q/RBqT7JO+wf9Al9YKlW6IOgSnEe6utvKFy0OWtfMN/7scB6+1+aZY+i25t8mqz9nP1qkxtc+2DdXd3a38jjn0qOgi4=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 24, "upstream": {"IP Connectivity": {"service": {"service_id": "SVC-703950", "access_port": "ge-0/2/30", "ip_address": "10.200.65.152", "status": "active"}}}, "billing": {"billing_item_id": "BIL-7668356", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}			\N	\N	2026-12-06 20:28:26.377377+00	2026-12-06 20:28:26.394222+00	2026-12-06 20:28:26.394224+00	2	\N	1
17	4	plan_field_visit	3	waiting	{"data":{},"correlations":{},"last_task":"823f0876-eb2f-4c76-ad5c-d2a20d8875d9","success":true,"completed":false,"tasks":{"43075cd9-dd85-4152-a5dc-e6c2f77da8c3":{"id":"43075cd9-dd85-4152-a5dc-e6c2f77da8c3","parent":null,"children":["d34fd8ba-6da4-49c8-8c58-570ad7c446bc"],"last_state_change":1796588906.3022354,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":3,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"SW1A 1AA","recurring":"0.00","one_time":"195.00","domain_order_id":29,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-665325","resource_type":"Technician Slot","serial_number":"SN4600339940","status":"reserved"}}}},"delta":{},"typename":"Task"},"d34fd8ba-6da4-49c8-8c58-570ad7c446bc":{"id":"d34fd8ba-6da4-49c8-8c58-570ad7c446bc","parent":"43075cd9-dd85-4152-a5dc-e6c2f77da8c3","children":["4a578201-c1d0-4e82-adb7-3ed436b2934e"],"last_state_change":1796588906.302294,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4a578201-c1d0-4e82-adb7-3ed436b2934e":{"id":"4a578201-c1d0-4e82-adb7-3ed436b2934e","parent":"d34fd8ba-6da4-49c8-8c58-570ad7c446bc","children":["d003b72f-233a-41fa-a5d3-6fcbf9f74e6f"],"last_state_change":1796588906.3024907,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d003b72f-233a-41fa-a5d3-6fcbf9f74e6f":{"id":"d003b72f-233a-41fa-a5d3-6fcbf9f74e6f","parent":"4a578201-c1d0-4e82-adb7-3ed436b2934e","children":["25ed9c31-d58d-4471-86d5-0489e28d9824","228c5a8a-7eee-434f-993b-cf02896604bb"],"last_state_change":1796588906.3025374,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"25ed9c31-d58d-4471-86d5-0489e28d9824":{"id":"25ed9c31-d58d-4471-86d5-0489e28d9824","parent":"d003b72f-233a-41fa-a5d3-6fcbf9f74e6f","children":["a36de7c7-6aa9-4e8a-806a-866ab01c621a","a648d4f1-c666-4852-bf74-5a3302769ca8"],"last_state_change":1796588906.322114,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"228c5a8a-7eee-434f-993b-cf02896604bb":{"id":"228c5a8a-7eee-434f-993b-cf02896604bb","parent":"d003b72f-233a-41fa-a5d3-6fcbf9f74e6f","children":[],"last_state_change":1796588906.3221562,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a36de7c7-6aa9-4e8a-806a-866ab01c621a":{"id":"a36de7c7-6aa9-4e8a-806a-866ab01c621a","parent":"25ed9c31-d58d-4471-86d5-0489e28d9824","children":[],"last_state_change":1796588906.3222792,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a648d4f1-c666-4852-bf74-5a3302769ca8":{"id":"a648d4f1-c666-4852-bf74-5a3302769ca8","parent":"25ed9c31-d58d-4471-86d5-0489e28d9824","children":["422f123a-e3d9-44e4-856c-afbd09c0c7da"],"last_state_change":1796588906.3223536,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"422f123a-e3d9-44e4-856c-afbd09c0c7da":{"id":"422f123a-e3d9-44e4-856c-afbd09c0c7da","parent":"a648d4f1-c666-4852-bf74-5a3302769ca8","children":["823f0876-eb2f-4c76-ad5c-d2a20d8875d9"],"last_state_change":1796588906.3375647,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":3,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[18,20,23,26]}},"deletions":[]},"typename":"Task"},"823f0876-eb2f-4c76-ad5c-d2a20d8875d9":{"id":"823f0876-eb2f-4c76-ad5c-d2a20d8875d9","parent":"422f123a-e3d9-44e4-856c-afbd09c0c7da","children":["b30565e2-be85-4f58-b675-dbbd05925e4c"],"last_state_change":1796588906.3600943,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"SW1A 1AA","work":"Install ONT","order_id":3}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-846008","engineer":"Sam Patel","date":"2026-12-09","slot":"08:00-12:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"b30565e2-be85-4f58-b675-dbbd05925e4c":{"id":"b30565e2-be85-4f58-b675-dbbd05925e4c","parent":"823f0876-eb2f-4c76-ad5c-d2a20d8875d9","children":["9e011126-fd79-4c56-a3e3-fb6f0fff22fb"],"last_state_change":1796588906.3601174,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9e011126-fd79-4c56-a3e3-fb6f0fff22fb":{"id":"9e011126-fd79-4c56-a3e3-fb6f0fff22fb","parent":"b30565e2-be85-4f58-b675-dbbd05925e4c","children":["45a58d5f-da46-4fed-a27f-ff511abe5467"],"last_state_change":1796588906.322336,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"45a58d5f-da46-4fed-a27f-ff511abe5467":{"id":"45a58d5f-da46-4fed-a27f-ff511abe5467","parent":"9e011126-fd79-4c56-a3e3-fb6f0fff22fb","children":["68a641a9-8234-4087-9bc4-a29e373bad05"],"last_state_change":1796588906.3223426,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"68a641a9-8234-4087-9bc4-a29e373bad05":{"id":"68a641a9-8234-4087-9bc4-a29e373bad05","parent":"45a58d5f-da46-4fed-a27f-ff511abe5467","children":[],"last_state_change":1796588906.322349,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"43075cd9-dd85-4152-a5dc-e6c2f77da8c3","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-665325", "resource_type": "Technician Slot", "serial_number": "SN4600339940", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [18, 20, 23, 26]}, "visit": {"visit_id": "FSV-846008", "engineer": "Sam Patel", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}}			\N	\N	2026-12-06 20:28:26.304208+00	2026-12-06 20:28:26.360668+00	\N	4	\N	\N
22	6	plan_product_order	3	completed	z1:eJztVk1v3DYQ/SsGz+aa+qBI7c1OU9SF0QZw2hyCQKDI0UaIltxQWqeu4f+eobSylTZe0C0QFEUOAqThaDjz5s0j74hRgyLrO9KDv2ntpoI/9HtlN0DW5OqHX+j1r7+9/omcEg+b1tlgdNbgyynZ+db5drhFm3V+qzq09Z2qdKf6Ho21d/ZPCMa9v4HbygIYMGQ9+D2cEucN+KrF7+yUKK3d3g7jZ3pK2gG2VQ8fyToJa8O0sTImBNuBxo8f29rDyaUdwFsYTl55Z/Z6wHWrtiH1i33fWuj7ky8dx7RH18pDg35owHI9bgK+7YdW9wGLWlnzqTXDe7LmjOGmg8Klqt2RdaO6HtPvMcdq5/pBOxP2u36TnJ8k5+chnrNDCFhhyC3Wk98fdfeg994j8mhOeLliDI3OQjW0YyUpZ5PNuK1qbfUIXIro7Hf94EFtQ9bnWoeKr7Dwh4bq5ev4F7n+/QXNizxLBRmRx38wNT/g0gYoO8vO0gxX2l2FiHsYe5mwlRCrhOGTlmQCZB8WQndugNxjjZevTl44ayFYRlocTyEtePLMFNB/VbAnU8Ac6rbrRijv5tdqJNO468XlFU1ZIvOiJH/j3IEWR6kT3aqvwaOd99CpQObAMbTgnCBJVP8BHUVtuISyproBju0pJK2FTGkhEp0mXJRcp+MojWDNQ6TddtfB8DhVIdrEYFkKIzWjTKQ1zWvZ0NqIkmqh0kZq0zSyCX4jMFHOCJHyYBEhu++6MDZth73ByXxLJOclz4uGFlkuaZ5xTaWElGZK1bkupMgzQd4dKg7gQDWLTCLKgktZsmKVCZ7mckIPV4p8qqc6jPz1oHzowuDbzQZ8KPowjO3YItVVBy1DbL+r2ndV+5+oWmAzdDOxh9sdHNjwOkgHmqKmb571KOfHWY/VhqUaaCEUy5uU8pqVNGeC0VrzjOaqUDIppcaRiVKDjHHxpBz00XJA4AZrqZrWz4P6KBALcJF1aIT+wQoHrX777uu4R9U54x7lvMA9sk9L3NMCVF5jYM4At1ASqGJGUGHqxmR1kzAuI3AvM8ayJ2EfeRl+nY/aqA7oaYScR4H6uId++MIYaDZFO5vDT1Co7Shc/+Co/ou+RsrRNGzHmPFfvmFEUDaKIjNlo5wXlI2k+JKyRZFwAKmpkWlKcyFzKgtmKBeFZLwsORNJHGWFKJ7kLFjzzHvDv5GFqJpmjKOcFxhH9mSJcdTVMgbjJD+iC7tO2Wq+hYyn+eqlNT+71n5D6KNKnaGPvHI/QB/ZqgX0UaCKlD8J6stvSFy0eeeeceT3+xr7HW458x71bmur8bDtp+oXm1zg2hvnPzSd+0TuPwPwLh18	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 21, "upstream": {"Access Line": {"service": {"service_id": "SVC-464327", "access_port": "ge-0/3/23", "ip_address": "10.77.107.129", "status": "active"}}, "IP Connectivity": {"service": {"service_id": "SVC-265127", "access_port": "ge-0/3/23", "ip_address": "10.127.60.129", "status": "active"}}}, "billing": {"billing_item_id": "BIL-2018469", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}			\N	\N	2026-12-06 20:28:26.377376+00	2026-12-06 20:28:26.393534+00	2026-12-06 20:28:26.393537+00	2	\N	0
3	7	plan_resource_order	2	completed	z1:eJztVttu3DYQ/RWDz6Yr6q59c1AXbVE4QO0iD0Eg8DJyiGjJDUk5dY399w5Xe5GLbsKgQIoCfROHo+HMOWc4fCaKB05Wz8SDe9TmoYff5XtuHoCsyC/f39K717/d/0guiYMHbU00WqPw45JsnLZOhye0GevWfESbH3kvR+49GoWz5g+Ixsk9wlNvABQosgpugktinQLXa1znl4RLaScTDksdYN17+EhWLO6F+WCuVAy2AYmL17f3uDB8HfN8NXltwPuLH7RwcPGTCeAMhF2OVk0y9A4G9EMD1uYwIjjtg5Y+Fi64UZ+0Cu/JqsoyPCFw3Or1hqwGPnrM1WNC/cb6IK2K5929YdcX7Po6xrMmxIA9hlxj8uX2s+4O5OQcwoxmVnVXWYZGa6APeldJXmWzTdk116Y/oYRITBsfHHA85nkbQ3k7OQmxhMP3zpP8enNH86Zui46c3PrwtIEjcEi25mNvprUAF1O8ZTnLsybrCkZmCKbIIf6NskDWtttYq3Mw8kiHn3NAprFy7j+gaz2ohom6o22bd7RkoKhQbU5zXuYlr3IGVbsTg5QQ9THLQNr1ZoRw0kWMtqMF8894lwGtG8ZomQlGuSxaKnOel6zteF2W0W9XcpIzyoE7MIGszDSOUQt6VGggq7ckF2XGCtnQsuEYQLQl5WooqBhyJgZZZW3TkHf7iiM80B/ahDVdXbVtl9VXrCyyomYzgLhVl3NB/V61d4G7KMvg9MMDuFj1XmJ6p1mkZN+OCO7/jflfbMxIHIwHDmPT7bG4j22CpiSlHXSd5HzSdWofLJXfioEzVTZUFGygpcxrKgTPKKiqBKWkFLJLU37XdGeV75OVT+ARa+kH7Q6aPPXCAlwEHY3gj1bY30tv3/097kl1HnBPcl7gnsjTEvem6/I6LzLaDYrTMhfoXWSS1qJtZKtyLmuVgHtbsro+C/v+/u6PwyKJAewdAzJYh/99nMCHF0YMq03kyLqn7/YHzFjwtX8xjV6MnL9eF+d7cXEDbbdfIv9fmIMJYksi9yC2JOeF2BLFuRQbwzCqAKB8EBUti6qjHPDnos5EI0rVKAZJYssrVp1VGxj1lcPtnzR0Uk0HjJOcFxgncrLEOOkBlIJxwdj5jt6M3BzbeR5DVzdG/Wy1+YbYJ9V6fJylvQyP2CdytcA+CdWia8+ievMNlRvf7tZ+xbT2k8DnUnw1H84Qm7Xpd3PSz9UvDnmFe2+s+zCM9hPZ/gnQGlb+	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 1, "upstream": {}, "resource": {"resource_id": "RES-276839", "resource_type": "ONT", "serial_number": "SN1212070931", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.147125+00	2026-12-06 20:28:26.18466+00	2026-12-06 20:28:26.184663+00	2	\N	0
4	7	plan_resource_order	2	completed	z1:eJztVk1v3DYQ/SsGz6arb5F7c1AXbVGkRZ0ihyAQKHK0IaIlNyTl1DX2v3e4Wtlym20ZFEhRoLfV4+yQ8+Y9Dh+IEkGQzQPx4O602Xbwq3wnzBbIhvzw9Ut6++Mvr74ll8TBVlsTQWsU/rgke6et0+EeMWPdToyI+VF0chTeI9g7a36DCE7uDu47A6BAkU1wE1wS6xS4TuN3cUmElHYyYfnUAXadhw9kk8e1MG8slIrJ9iDx41pK8P7iJ+sCgkbs4nlfTF6bCH+jewcX35kAzkA4ntWqSYbOwYBxCGCNDjOD0z5o6SMBvTDqo1bhHdnUWYY7BYFLnd6TzSBGj2f2eLBub32QVsX9bl/n1xf59XXMZ02ICTtMucMiqsNfhjuQk3NIN8J5za+yDEFroAv6WElRZzOm7E5o0z1ja9r74EDgNg+HmMrbyUmIJSy/j5Hk55tb2rRF2XLyFNaF+z38iUBsvhZjZ6ZdDy4e9WXRsKYo84YVZKZiij3FLCgT7OLhEGt2DkYR2+Pns2DnkQHh32NoK3NWAeeUNaqgVa0Y7QWvadE3vMiAiaKWR3EcD7LIQtrdfoTwpJOY7dgeVqhaqCGnvKoxXytbKop+oGXNGjbkTDHFY9yx9KRglIVwYALZmGkcoyb0qBAgmzdk4EPdVllDlRAtnesopKJ1USjF67ooBSNvTxVHeqBbbJO3vKkZ41lzlVdl2zTNTCAuNdVcUHdS8W0QR/qD09stuFj1SWr6qF1sycmeSO7/Rv0vGzU2EMall9GEJy5eRbsglKS4Rd9JwU/6TvXD2gG1AtlUMFDgVU4ryUrKS9xClFnNQGR1ydokB7C8zM86wCc7gMAd1tIN2i3afPLEilwkHUHwjyic7qc3bz/Ne1KdC+9JwSveE/u05l1kqpGiaijnfKAV54wKVfa0RCJ5xlguoEzgndUZK4qzvJ8u8u5xeiS1AM1jQAbr8H8fJvDhGYhptYlNsu7+q9MGMxli55+Np0/OoD/eH+dNuTLZ4fB3KvgXB2SC+pK6vagvKXilvkS1rtVXNbjQKKA19JJWWQlUZC2jWd/zqldKFgBJ6surrDqrPjDqM6feP3F4Uk0Lx0nBK44Te7LmOOlllMQxz847fD8K82jveS5d3Rj1vdXmC3KfVOvCfeKT8ZH7xF6tuE9htcjr86zefEHlxse9tZ8xvv3U4/spXlvLHv1+Z7rj4PRz9atNXuDaa+veD6P9SA6/A3juZTY=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 2, "upstream": {}, "resource": {"resource_id": "RES-672379", "resource_type": "Access Port", "serial_number": "SN2686231682", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.147127+00	2026-12-06 20:28:26.185506+00	2026-12-06 20:28:26.185509+00	2	\N	1
5	7	plan_resource_order	2	completed	z1:eJztVtuO2zYQ/ZUFn82tLtSFftugWzRFkRbdFHkIAoEiRw4RmXRIatPtwv+eoW2tlTZuGRRIUaBv4nA0nDlzDoePRIkgyPqReHD32mw6+E2+FWYDZE1+/PYFvfvp15ffkxVxsNHWRKM1Cj9WZOe0dTo8oM1YtxUj2vwoOjkK79HYO2t+h2ic3D08dAZAgSLr4CZYEesUuE7julgRIaWdTJiXOsC28/CerPO4F44HC6VisB1IXDz/+Z5d3SjlAM9aESO2MeFnk9cGLVff6d7B1XMTwBkIh2StmmToHAzohwYs0mFocNoHLX1EoBdGfdAqvCXrKsvwqCBwq9M7sh7E6DFpj5l1O+uDtCqed/cqv7nKb25iPGtCDNhhyC1WwfZ/6e5ATs4h3mjOK36dZWi0BrqgD5UUVXa0KbsV2nRnuNiKTDsfHAg85nEfQ3k7OQmxhPn74El+ub2jbcmbsiZnty487ODPCGL7tRg7M217cDHXF6ytm5qVDW/IEYspdhXdkSjYx/0+Fu0cjCI2yB+Twd4jBMK/Q1cooWmBK1oC1JQpyWgrs5rWLCtUXtalLA6hJyljDidiSLvdjRDOTInRDv1RRdYrIRoq8pxRxqGnbVs0tBVVwwvB65yz6HeoPckZeSEcmEDWZhrHSAo9IiDIttekFsUgWcOp5KrC7JWkosRQA+OsrmAY6hLIm1PFER7oZuHkDa+rtuVZfZ0zVuLiCCBu1exYUHfi8V0QLvIzOL3ZgItVn7imD+TFlpwEiuD+L9X/tFRjB2GcmxlleMLiZdQLmpIoNxM8yflM8FRBLCVQZBx/QceB5ZyyGjgVPRRUsmpAUguOQZIkgCK4qACfrAAC91hKN2g3c/OsiQW2iDkawT9Z4XQ/vX7zediTypxhT3JewJ7YpiXsQhWqYSCplEJQ1vQ1bbO8pbIuGVeigiKrEmBvqwZXF3E/XeTd0/hIagFqx4AM1uF/7yfw4RMjhtUmNsm6h29OBxzBEFv/yXz6/BD64wVyWZSLO2m//zsa/JsjMoF/Sf2e+ZfkvOBfIl+X/MuyQbRVjmwVEpCybUt5xUva5KplzcBYjfWm8K8tyuYi/8CoL5x7/0TjSTXNGCc5LzBO7MkS46S3URLGDbv8utiNwjwJ/DiYrm+N+sFq8xWxT6p1xj7x0fiEfWKvFtgnocr5ZVRvvyJz4/ve2i+Y337q8QEVH9TzGf1ua7rD6PTH6heHPMO9V9a9G0b7gew/AgGeZik=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 4, "upstream": {}, "resource": {"resource_id": "RES-839736", "resource_type": "IPv4 Address", "serial_number": "SN4867643797", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.147127+00	2026-12-06 20:28:26.186155+00	2026-12-06 20:28:26.186157+00	2	\N	2
6	7	plan_resource_order	2	completed	z1:eJztVk1v3DYQ/SsGz0tXHyQl7c1BDSRFkQZ1ihyCQKDI0UawRCoU5dY19r93uJ9ykEUZFE0uuUnD4QzfmzccPhEtvSTrJzKBe+jMpoa/1EdpNkDW5NefX9O73/54+5KsiINNZ00wWqPxY0VG11nX+Ue0GesG2aNt6mWtejlNaGycNX9DMM7uAR5rA6BBk7V3M6yIdRpc3eF/tiJSKTsbf/ztPAz1BJ8Oa36fWGodgo2g8OfVmwd29aK36h5tRg7huHde+k5dvXpzWhid1bPytYMW19GA0BwGBNdN6IqnfNpiSMxXj3byyupdnHfpzVV6c7NDrWbnkBY0p8l1kqDNGqh9t8uY8b1J20F2pj5jKlZkHifvQA77HA4mOzsFgenj986T/H57R1ORp0lBzm61fxzhc5hYoU72tZmHBlw45+uq5CmrCsbC3gnhz4F4DIK1RKq3mFhZ56CXgcMDXCyPr72c7gOmNBPQVpxKKBLKWgFU5qKiiU6lbhXXULS7CioFoaj72ik7jD34czFDtBCdZCJtBAegTV4JyrhsaJlkCc1SxaCAoswSHfx2yKOcsYjSgfFkbea+DxXseo0Gsn5PKq1EwxinZVk0lJWVpE0hW8rToqoaVSaNZuTDAXGgB+qjttFD8LKsEnGdMlaVRbknEJcE2wOqD1JDWTmP5/Cu22zABdSt7CeE3RlUksGSHHoIyf3RTf9/NwWaoT8yHjrlcOS3QdRoitLFUYVRzmcVxqp2qVOeZqoSkFMlW0VZKhraVFVLK1BMiwpEW1UxOuVJzi7KdIqWKYEHhFK3nTsK6CzcBbfIORphOlnhcIm8//Bl2qNgHmmPcl7QHlmmJe2Z5JAnXFFodUjBBEbPW5omectbUfJSZBG0l4LnOb/I++G2rU83fFQJlDUGlLcO932aYfLPjBi2M6FI1j3+dEiwJ0MO07MR8qU58XmPX27IxbWx3f6bCL7fDIvQXlStT4MnxnmhvUitPhtNErTCwUIzluOWIme0YTlQnhWFUrIEjlddlPbKpLioPTD6KwfTf+nvKEynazXGeXmtxtVkyXHU4yWGY5GJyxyPvTSn5t4Ppetbo3+xnfmG3EdhPXIf+ao7361xtVpwH8Uqbr/I6u03VG54flv7FbN7mht864QX7zFHMw6m3o3NaY9+keQFrr2z7r7t7Z9k+w9SOyY1	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 7, "upstream": {}, "resource": {"resource_id": "RES-163107", "resource_type": "IPv4 Block", "serial_number": "SN9851497447", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.147128+00	2026-12-06 20:28:26.186917+00	2026-12-06 20:28:26.186919+00	2	\N	3
8	7	plan_resource_order	2	completed	z1:eJztVk2P2zYQ/SsBz+aWkiiJ9G2DLpAURQrUW+QQBAJFjhwhMulQ1Lbbhf97h5a/NogRBgW2l97E4WiG896bIZ+IUUGR5RMZwT/0dt3AX/qTsmsgS/Lrz+/o6rc/7t+QBfGw7p2NRmcNfizI1vfO9+ERbdb5jRrQNg6q0YMaRzS23tm/IRon/wCPjQUwYMgy+AkWxHkDvulxnS+I0tpNNhyXfYBNM8IXsuRxL8yJlTEx2BY0Lu5Bf7K97pV9tRpcwA2rNvHMb+0Y1DCo/U/xkM5MOjQeOtxEAxbnMST4fgy9xnM+7TAoZmy2bgzamRhk9T67fZXd3u7r1pP3CAya2Q1jaHIWmtDvs2WynG3GbVRvm3NVWbEg03YMHtRmTuJhdJPXEME+fu9dye93K5pXLNtHOm2Fxy18s1JkqldDY6dNCz6e9h2rCyYyLnMRt4MKUyQAIyGnCPkOs2vnPcywHIpGmkIT1PgZXSsNVVFWgopMccpVh19K5lTUZVebwgArsz2TWkMkd+ZQu812gHAmNUaL0YmpJHDDGTVFLikXoGnb8o6WUOZFnomiKHT025ef5IxUKg82kKWdhiHy2A8GDWT5gchSSsnbguYKgHLecdqqEmhnZM1rUKYWgnw8VBzhgeao8ayWVSmEZNVNxivG6nIGELcqPhfUHCS3CspH+IPv12vwsepODSOW3VvUk0VKDr2E4P7fVS/SVRFpGI6gx445HPg+6hpNSdI4CjHJ+SzEVOFeSjU3XamhM5R1oqS8U4a2ta5pnmVK1NxIWak0qZYZvyrVMVmqBB6wlqbr/VFEZ/FegIugoxHGkxUOg+TDx2/jnlTnEfck5wvcE3l6NiJErXkuCwqSGUyhOyo7HadcW2ihalYLloC7qHHMXh8Rh4nbnEZ9EgXaWQs6OI//fZlgDM+MGLa3kSTnH386JJjBUJvx2V1y9cL4utmv9+XF/NjtvqeE//hGS1BhEuun7k9xvlBhomqfdT9jWjFT0MqognKWMypkV2HGWuhKVEICpKmwlFdFCNb84C31rxo9paRTo6c4XzZ6GiWXECe9ZFIgliyvr2K8HZQ9dfl8P93cWfOL6+0LYp9U6xH7xCfeWd5pXF1gn4RqLq6CeveCwo3vced+4BIfpxZfPfH1e8zRbje22V+f41z8RZLXuPfe+c/d4P4ku38Aq/gxDw==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 13, "upstream": {}, "resource": {"resource_id": "RES-260100", "resource_type": "Technician Slot", "serial_number": "SN0730814928", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.147129+00	2026-12-06 20:28:26.188169+00	2026-12-06 20:28:26.18817+00	2	\N	5
9	4	plan_field_visit	2	waiting	{"data":{},"correlations":{},"last_task":"420a00e5-b1a4-4e66-aa23-352bab16153c","success":true,"completed":false,"tasks":{"c79f7e69-0dba-490e-a0a9-1613fb66895f":{"id":"c79f7e69-0dba-490e-a0a9-1613fb66895f","parent":null,"children":["76b2eb67-2926-4497-a924-885e9464e2a7"],"last_state_change":1796588906.1975904,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":2,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"SW1A 1AA","recurring":"0.00","one_time":"195.00","domain_order_id":14,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-260100","resource_type":"Technician Slot","serial_number":"SN0730814928","status":"reserved"}}}},"delta":{},"typename":"Task"},"76b2eb67-2926-4497-a924-885e9464e2a7":{"id":"76b2eb67-2926-4497-a924-885e9464e2a7","parent":"c79f7e69-0dba-490e-a0a9-1613fb66895f","children":["aa333e76-f2ba-4d27-9863-e0ffd99cc672"],"last_state_change":1796588906.197649,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"aa333e76-f2ba-4d27-9863-e0ffd99cc672":{"id":"aa333e76-f2ba-4d27-9863-e0ffd99cc672","parent":"76b2eb67-2926-4497-a924-885e9464e2a7","children":["420a00e5-b1a4-4e66-aa23-352bab16153c"],"last_state_change":1796588906.1978428,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"420a00e5-b1a4-4e66-aa23-352bab16153c":{"id":"420a00e5-b1a4-4e66-aa23-352bab16153c","parent":"aa333e76-f2ba-4d27-9863-e0ffd99cc672","children":["c4db4961-6cde-4983-bb43-13cf7d1b1498","c4e1013d-b4f9-4453-b16d-e3e54846d3a2"],"last_state_change":1796588906.1978915,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c4db4961-6cde-4983-bb43-13cf7d1b1498":{"id":"c4db4961-6cde-4983-bb43-13cf7d1b1498","parent":"420a00e5-b1a4-4e66-aa23-352bab16153c","children":["51e2cf17-39de-46f6-9ea8-4671a6b0360a","ab256059-5968-4ea5-9717-d502d92cd086"],"last_state_change":1796588906.1979053,"state":16,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c4e1013d-b4f9-4453-b16d-e3e54846d3a2":{"id":"c4e1013d-b4f9-4453-b16d-e3e54846d3a2","parent":"420a00e5-b1a4-4e66-aa23-352bab16153c","children":["373cd425-8061-4da9-a752-736bc5f3b319","60ae30d7-16cf-4d7e-90a9-1d91109758d4"],"last_state_change":1796588906.197886,"state":8,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"51e2cf17-39de-46f6-9ea8-4671a6b0360a":{"id":"51e2cf17-39de-46f6-9ea8-4671a6b0360a","parent":"c4db4961-6cde-4983-bb43-13cf7d1b1498","children":[],"last_state_change":1796588906.1978114,"state":4,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"ab256059-5968-4ea5-9717-d502d92cd086":{"id":"ab256059-5968-4ea5-9717-d502d92cd086","parent":"c4db4961-6cde-4983-bb43-13cf7d1b1498","children":["ffdabb2b-b708-4558-9894-8bd2f700f045"],"last_state_change":1796588906.197815,"state":4,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"ffdabb2b-b708-4558-9894-8bd2f700f045":{"id":"ffdabb2b-b708-4558-9894-8bd2f700f045","parent":"ab256059-5968-4ea5-9717-d502d92cd086","children":["d894c0b6-2411-4533-bc1f-dfffa31985fb"],"last_state_change":1796588906.1978238,"state":2,"task_spec":"provide_survey","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d894c0b6-2411-4533-bc1f-dfffa31985fb":{"id":"d894c0b6-2411-4533-bc1f-dfffa31985fb","parent":"ffdabb2b-b708-4558-9894-8bd2f700f045","children":[],"last_state_change":1796588906.1978302,"state":2,"task_spec":"schedule_visit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"373cd425-8061-4da9-a752-736bc5f3b319":{"id":"373cd425-8061-4da9-a752-736bc5f3b319","parent":"c4e1013d-b4f9-4453-b16d-e3e54846d3a2","children":[],"last_state_change":1796588906.1978376,"state":1,"task_spec":"take_amendment","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"60ae30d7-16cf-4d7e-90a9-1d91109758d4":{"id":"60ae30d7-16cf-4d7e-90a9-1d91109758d4","parent":"c4e1013d-b4f9-4453-b16d-e3e54846d3a2","children":[],"last_state_change":1796588906.1978405,"state":1,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"}},"root":"c79f7e69-0dba-490e-a0a9-1613fb66895f","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-260100", "resource_type": "Technician Slot", "serial_number": "SN0730814928", "status": "reserved"}}}}			\N	\N	2026-12-06 20:28:26.198668+00	2026-12-06 20:28:26.198325+00	\N	1	\N	\N
12	7	plan_resource_order	3	completed	z1:eJztVl2PGycU/Ssrns12BsN8+G2jbtRWVVp1U+UhikYMXDsoY3CA2XS78n/vZfy5bdwSVUoUKW+ew/WFe+45XB6JllGSxSMJ4O+NXXXwh3or7QrIgvz8/Qt698vvL38gM+JhZZxNoLMaf8zIxhvnTXxAzDq/lgNiYZCdGmQICPbe2T8hgaO/h4fOAmjQZBH9CDPivAbfGfyez4hUyo02Tp9sRkyEdRfgPVmUaS3uNpZap2QbUPhxoxSEcPWr8xFBK9fpvM/GYGyCn5vew9WPNoK3EKezOj2q2HlYYhwCWKPHzOBNiEaFREAvrf5gdHxLFqIocKcocakzG7JYyiHgmQMerNu4EJXTab+7V+XNVXlzk/I5G1PCDlOusQi+/ddwD2r0HulGuBTtdVEg6Cx00UyVMFHsMO3W0tjuxFZZz8i4CdGDxH0etylXcKNXkGo4/J5CyW+3d7RlgpeCnMK6+LCBfzCI3Tdy6Oy47sGns75gTSXamnORjpG4GFNTMQvqBNu43aaivYdBpv6E3Vmw9UiBDO8wtG6KooZ5QfWyKSlvoKQtZw1tZF9yJQpZ98tJHdNBDrpQbr0ZIJ6EkrJN/WmXulBKLWmt5hXlrCxoL8qaalG3TONK0+oUN5WeFYy6kB5sJAs7DkMShRk0AmTxmtS96DGFoG3F55QLwWkD84ZWTArGGW+qtidv9hUneqA7+Kas20o0TVtU16xiyGKzIxCXKr4rqNvL+C7Kif7ozWoFPlW915qZxIst2fsTyf3m1K/aqamDMByamVy4J+Nl8gtCWZI7CDwr+CTwXEOcW4D35Vw1qqUKrxDKtWJUal5QXjHg8wK/WZVlgbqo5hctELItQOAea+mWxh/EeTLFGblIOoIQjijsL6jXbz7Oe1adB96zgs94z+zTOe+9ZrJupaCqkhz/AhXtq0pRIauCyaXiiGfw3vJ5XVUXed/f5N1xfGS1AN1jQUXn8X/vRwjxCYhpjU1Ncv7hu/0GOzLkOjyZTx8dQn+/QC678uxO2m7/SwVfcEJmqC+r2wf1ZQWfqS9TrU/U1xQl+hWo4KLFQGDIUCFpCwrqVnPZNDpLfZwJdlF9YPUnjr3/4/Csmo4c5wSfcZzZkyePi5ynURbHdSkucrwZpD3aezeYrm+t/skZ+xm5z6r1ONXy3own7vN6dcZ9FqttfZHU288o3PS4d+4TpncYe3w/pVvrsEe/WdtumpthV/zZJs9w7ZXz75aD+0C2fwEPgGFU	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 17, "upstream": {}, "resource": {"resource_id": "RES-925415", "resource_type": "Access Port", "serial_number": "SN2865974450", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.266463+00	2026-12-06 20:28:26.294763+00	2026-12-06 20:28:26.294765+00	2	\N	1
19	9	plan_service_order	3	completed	z1:eJztVk1v3DYQ/SsGz0tbH9QH9+akLuqiSIM6bQ5BIFDkaCNES25IalM38H/vUFrZahGnDIr4lNNKw9kZvsf3hvpElPCCbD8RB/bY610Df8p3Qu+AbMkvP7ygN7/+/uonsiEWdr3RIWi0wocNOdje2N7fYkwbuxcDxtwgGjkI5zDYWqP/ghAc7RFuGw2gQJGttyNsiLEKbNPje74hQkozaj+9ZhvSe9g3Dj6QbRrW/NxYKBWKHUDiy/XLs+dGa8DFY9jDhmixD3t+Nrpeg3NnP/athbNr7cFq8NN+jRqlbyx0mIcBxGmxOtje+V66QEIrtPrYK/+ObIskwW5e4FLTH8i2E4PDfTvcXHMwzkujQr+b1+nlWXp5GeoZ7UPBBkvuEQi7+2K6BTlai5RjOC34eZJg0GhofD8hyYpkjimzF71uHhjLkntSLbhx8JhtQahAw3hwHp/3Ac31yyM7u1QKkyZ0+GtGK2H9PBUkv13d0KrkFc+mjZ2W/O0BJq5XZTZBKL0YGj3uW7AB0osyq3md5XnOyEzZ6KYdBUnhid/d3W1mec2tT49z55s/ntOsLNKsIpMOsAfyZQOkHdDkIr/IclzpD41YgJA0Ocf88zL88HXLoJUjkNBPGmthEEE7ATtGUJZ4NMK9x8RKVoqVWU55zUvKZMVozWRJRSZ5nTPOoJKTcqcNLZqVZn8YwD+IOFSbmBUsY13W5rTrFKeM8YoKDoqyLKkLUeRZorKQN0GOSka9CgsaedDjMASx9gPiRyO8IQkDrrJa0JQpoCypE8qrNqV1x0touewYl+TtCXEgB5rF02nFy6KueVKe53nGKlbM9OFSyWZAzcliN17Y4Btv+90ObEB98kA/mQo1cJodSO73KfJ9inzzKRJ0BsMiuVD3dFyvgqsxFGWMxYZRyQ82jLXt2qiM1S0veEeTFBKKY4XTVhUJLUtWQSe5qvIsyqhFyh/1qYv2KYEjQmm63i4OenDuils8fQyCu4/CaYq+eft52qNgLrRHJa9ojzymNe1CpSj7KqdYr6asrXPairSiRZ7Iluey66CNoL2oWF2xR3mfLpvw3+VqizoCOc8bY9F0H0Zw/h9BLIsD5tg7JBw9fbH0mAkRe7e6Pz87v/495x4fHP8xqb/9WJv9/CX1PflHQ4TWo7R1f9PHJK+0HumNtdZlm8kO8pKWaZZRlitBOUtb2rFSlimItEu6KK0XrEgf1Tpo9ZVfAv9nnkRhWjiOSl6P8bgzWXMc9bUYw3GZpOWjHB8GoZdZMl/T51da/Wx6/YTUR0FdqI/8ir6nPvKoVtRHkZon1aOkXj2hcDFmjfmKTwU3tjjtw/RaerSHvW6mW9rN6FdNnuHaa2Pfd4P5SO7+BsVH7S8=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 20, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-769792", "resource_type": "IPv4 Address", "serial_number": "SN6289823334", "status": "reserved"}}}, "service": {"service_id": "SVC-265127", "access_port": "ge-0/3/23", "ip_address": "10.127.60.129", "status": "active"}}			\N	\N	2026-12-06 20:28:26.334399+00	2026-12-06 20:28:26.357953+00	2026-12-06 20:28:26.357956+00	2	\N	1
10	2	customer_order	3	running	{"data":{},"correlations":{},"last_task":"c0ffc991-701e-4b7f-811f-fc10ad9dd9bc","success":true,"completed":false,"tasks":{"47c05028-3c4d-432a-91e7-6a1232018ac9":{"id":"47c05028-3c4d-432a-91e7-6a1232018ac9","parent":null,"children":["988b4784-ae8e-4699-9309-6800afcc83f5"],"last_state_change":1796588906.2286487,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":3,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"988b4784-ae8e-4699-9309-6800afcc83f5":{"id":"988b4784-ae8e-4699-9309-6800afcc83f5","parent":"47c05028-3c4d-432a-91e7-6a1232018ac9","children":["5c4b5c50-c34a-4f7d-88f9-e7c78a9447ef"],"last_state_change":1796588906.2287204,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5c4b5c50-c34a-4f7d-88f9-e7c78a9447ef":{"id":"5c4b5c50-c34a-4f7d-88f9-e7c78a9447ef","parent":"988b4784-ae8e-4699-9309-6800afcc83f5","children":["f81a1449-61ee-4847-a375-73cfc957126f"],"last_state_change":1796588906.2289596,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"f81a1449-61ee-4847-a375-73cfc957126f":{"id":"f81a1449-61ee-4847-a375-73cfc957126f","parent":"5c4b5c50-c34a-4f7d-88f9-e7c78a9447ef","children":["9729453c-66fd-4b69-b510-1e84c48e373a"],"last_state_change":1796588906.2290652,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"9729453c-66fd-4b69-b510-1e84c48e373a":{"id":"9729453c-66fd-4b69-b510-1e84c48e373a","parent":"f81a1449-61ee-4847-a375-73cfc957126f","children":["520817fd-90db-4c21-8f79-044f6f698cc2"],"last_state_change":1796588906.2342818,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":3,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"520817fd-90db-4c21-8f79-044f6f698cc2":{"id":"520817fd-90db-4c21-8f79-044f6f698cc2","parent":"9729453c-66fd-4b69-b510-1e84c48e373a","children":["5c3b0a4a-4fb6-4af9-9430-92b96a43951f"],"last_state_change":1796588906.2344825,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5c3b0a4a-4fb6-4af9-9430-92b96a43951f":{"id":"5c3b0a4a-4fb6-4af9-9430-92b96a43951f","parent":"520817fd-90db-4c21-8f79-044f6f698cc2","children":["247abc7e-febe-45ad-9ab9-a47aec437324"],"last_state_change":1796588906.2345576,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"247abc7e-febe-45ad-9ab9-a47aec437324":{"id":"247abc7e-febe-45ad-9ab9-a47aec437324","parent":"5c3b0a4a-4fb6-4af9-9430-92b96a43951f","children":["e4dd3701-f356-4cb3-a436-409fc63984d8"],"last_state_change":1796588906.2346275,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e4dd3701-f356-4cb3-a436-409fc63984d8":{"id":"e4dd3701-f356-4cb3-a436-409fc63984d8","parent":"247abc7e-febe-45ad-9ab9-a47aec437324","children":["0f07cbbb-53ab-4755-a48a-17677cdaa7cb"],"last_state_change":1796588906.2346954,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0f07cbbb-53ab-4755-a48a-17677cdaa7cb":{"id":"0f07cbbb-53ab-4755-a48a-17677cdaa7cb","parent":"e4dd3701-f356-4cb3-a436-409fc63984d8","children":["c6bdb9ec-16d8-41ce-b8f8-b9dc1cca1bd8"],"last_state_change":1796588906.2349045,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"c6bdb9ec-16d8-41ce-b8f8-b9dc1cca1bd8":{"id":"c6bdb9ec-16d8-41ce-b8f8-b9dc1cca1bd8","parent":"0f07cbbb-53ab-4755-a48a-17677cdaa7cb","children":["f827fcba-7e8c-4cb4-b097-4d8bd2b17184"],"last_state_change":1796588906.2349992,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f827fcba-7e8c-4cb4-b097-4d8bd2b17184":{"id":"f827fcba-7e8c-4cb4-b097-4d8bd2b17184","parent":"c6bdb9ec-16d8-41ce-b8f8-b9dc1cca1bd8","children":["4015ce6d-74ef-4061-8dc3-0834fbf2efd9"],"last_state_change":1796588906.2504723,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null,"customer_reason":null},"deletions":[]},"typename":"Task"},"4015ce6d-74ef-4061-8dc3-0834fbf2efd9":{"id":"4015ce6d-74ef-4061-8dc3-0834fbf2efd9","parent":"f827fcba-7e8c-4cb4-b097-4d8bd2b17184","children":["39cb3d63-1d8c-46c5-a0f9-96525a18935e"],"last_state_change":1796588906.2507162,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"39cb3d63-1d8c-46c5-a0f9-96525a18935e":{"id":"39cb3d63-1d8c-46c5-a0f9-96525a18935e","parent":"4015ce6d-74ef-4061-8dc3-0834fbf2efd9","children":["c0ffc991-701e-4b7f-811f-fc10ad9dd9bc"],"last_state_change":1796588906.2508013,"state":64,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c0ffc991-701e-4b7f-811f-fc10ad9dd9bc":{"id":"c0ffc991-701e-4b7f-811f-fc10ad9dd9bc","parent":"39cb3d63-1d8c-46c5-a0f9-96525a18935e","children":["ceb1a8a1-641a-4e8f-8a0e-0205f91cb644"],"last_state_change":1796588906.271299,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":3,"facts":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":3,"domain_orders":[{"id":16,"type":"resource","spec":"ONT","state":"inProgress"},{"id":17,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":18,"type":"service","spec":"Access Line","state":"pending"},{"id":19,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":20,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":21,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":22,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":23,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":24,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":25,"type":"resource","spec":"Router","state":"inProgress"},{"id":26,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":27,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":28,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":29,"type":"service","spec":"Field Visit","state":"waiting"},{"id":30,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"ceb1a8a1-641a-4e8f-8a0e-0205f91cb644":{"id":"ceb1a8a1-641a-4e8f-8a0e-0205f91cb644","parent":"c0ffc991-701e-4b7f-811f-fc10ad9dd9bc","children":["0b509645-400a-4cc3-a762-2a13b833177b"],"last_state_change":1796588906.2714603,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":3}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0b509645-400a-4cc3-a762-2a13b833177b":{"id":"0b509645-400a-4cc3-a762-2a13b833177b","parent":"ceb1a8a1-641a-4e8f-8a0e-0205f91cb644","children":["351898bb-a5d6-4221-bb39-3655a4032049"],"last_state_change":1796588906.250774,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","order_approval_needed","decomposition"]},"typename":"Task"},"351898bb-a5d6-4221-bb39-3655a4032049":{"id":"351898bb-a5d6-4221-bb39-3655a4032049","parent":"0b509645-400a-4cc3-a762-2a13b833177b","children":["bfabd22d-3571-4503-ad36-1f2f43fd90d0"],"last_state_change":1796588906.2507799,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"bfabd22d-3571-4503-ad36-1f2f43fd90d0":{"id":"bfabd22d-3571-4503-ad36-1f2f43fd90d0","parent":"351898bb-a5d6-4221-bb39-3655a4032049","children":["9c705983-15de-49d4-ba5f-e83ee533fffb"],"last_state_change":1796588906.2507873,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9c705983-15de-49d4-ba5f-e83ee533fffb":{"id":"9c705983-15de-49d4-ba5f-e83ee533fffb","parent":"bfabd22d-3571-4503-ad36-1f2f43fd90d0","children":[],"last_state_change":1796588906.2507966,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"47c05028-3c4d-432a-91e7-6a1232018ac9","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 3, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true, "decomposition": {"order_id": 3, "domain_orders": [{"id": 16, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 17, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 18, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 19, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 20, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 21, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 22, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 23, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 24, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 25, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 26, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 27, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 28, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 29, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 30, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 20:28:26.229942+00	2026-12-06 20:28:26.272312+00	\N	4	\N	\N
11	7	plan_resource_order	3	completed	z1:eJztVm1v2zYQ/isBP1sZ9S76W4pl2IYhBZYM/VAUAkWeXKIy6ZJUuizwf9/RsmxlmFsWAzoMmD9Rx/O9PPfcHZ+J5J6T9TNxYB+V3rTwu3jP9QbImvzy/V1y//q3hx/JiljYKKOD0GiJhxXZWWWs8k8o08Zu+YAyN/BWDNw5FHbW6D8gCEf7CE+tBpAgydrbEVbEWAm2VfidrwgXwozaHz6zFVEetq2Dj2Sdhjs/OeZSBmM7EPjx+u4BPzTfhjhfjU5pcO7qB9VZuPpJe7Aa/CFGI0fhWws96qEAc7NoEaxyXgkXEu+4lp+U9O/JuqQUPXiOV63akXXPB4exOgyo3RnnhZHB3/2b9OYqvbkJ9oz2wWCLJrcYfLH/rLoFMVqLMKM4Ldk1pSg0GlqvDplkJZ1k0my50u0ZpbRakXHnvAWOfp73wZYzoxUQcpjPB1Xy6+19QosqzVNyVmv90w5OyGG1FR9aPW47sCHGu5SxNK9rmjdkwmAMRcR/Iy+wbPt9SNZaGHioh5tiwFJj6tx9CLEXRZdzqJO8q4ukKAQkrK4hqVlXZ6yWvCknNggBgSATD4TZ7gbwZ2IEa4e68DqnrKx50hR1lhR50eEppQkVGZQ99FLQPugdUo5SRj5wC9qTtR6HIZBBDRIFZP2WVFXFGkrThDZdmRR1AUnDeZmwXGRdx0WTZw15d8w4wAPt3CdpzaqyaRitrrMqZXicAMSrqpgSao+0vffcBl56qzYbsCHrI8fUgbRYkmM/Irj/d+Z/sjND5WCYixi67gjGQ+gTFEVRbSZ2lPKZ2LGNsKR+08i0oUIkWV3mScGpSBrJ0BljwJoaf2UaQ/2MZnV9kfoumvoEHjGXtld2JuW5GRbgIugoBHeSwnEwvX3397hH5TnjHqW8wD2yTkvcoe4qmVcFjsmyx4FZUtTuWQJUsCpnRdakEIE7y0scOhdxP07w9rQuokqA3aNBeGPxfx9HcP6FEM0qHYpk7NN3RwcTGHzrXuyjF0vnrwPjcjcuZtB+/6Xq/wubMIJtUdWd2RalvGBbJDuXbOvzqirLqklE2uNgQEImPOvLJKtECSAKWqY8jm0Y40W2gZZfud7+SUdH5TRjHKW8wDiyJkuMo55AMRhXJSsuYrwbuD6187SIrm+1/Nko/Q2xj8p1xj7ybXjCPrJWC+yjUGX0Mqq335C54fVuzFesazd2+GAK7+bZR7fb6vawKN2U/cLJK7x7Y+yHfjCfyP5P/SpLfA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 16, "upstream": {}, "resource": {"resource_id": "RES-046131", "resource_type": "ONT", "serial_number": "SN1991377038", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.26646+00	2026-12-06 20:28:26.294058+00	2026-12-06 20:28:26.294062+00	2	\N	0
57	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SsBz6s1qW/uzWldtEXgFLXbHIJAoMjRRoiW3JCUUyfwf+9Qu7LV1pswKOpDkYNhaTQ7H2/ePPITUcILsvlEHNibXm8b+EO+FXoLZENefH+ZXL387fpHsiIWtr3RwWi0wocV2dve2N7fok0buxMD2twgGjkI59DYWqM/QjCO9gZuGw2gQJGNtyOsiLEKbNPje7kiQkozaj+9pivSe9g1Dt6TDQvf/CGxUCoE24PEl3MpwblnL3odMmixC/U+Hx2+o/mHvrXw7CftwWrwU61GjdI3Fjr0QwP2aDEy2N75XroAQCu0+tAr/5ZsCkoxkxf4qen3ZNOJwWHNDgtr9sZ5aVTId/WKnT9j5+chntE+BGww5A6byO8+625BjtYi3GhmBV9TikajofH91Ela0INNmZ3odbNAK7sH1IIbB4/eFoS6Redx7zw+70I3Ly+vwz/0MaOVsHye4pBfL66SMs3SqpjqOX7yt/uQP/x6FSjRi6HR464FGxq45KzMq4JndUYOAI1uyh/Ig7O9w66Pk/nFWP/lAqq8zFj6SAHLKI8VktGKljQvc36ikLvVgdGHzMfHQ+Kr379LKlbVWU4m6mEiHFMol2whoWfpWR5K6vcNUg5DhsiMrut8zVK2zsplxsDOG5gal8ZaGERga+ATWnARkBDCvQsT7dJMdoomSime5FktE46PiYSCpSLjVVXLaVemeuYtkWa3H8A/rE2INrFVibrDFqqEt0wkuWBdUvO8TIqsy6kqCuCKBr+p4yhn3BJhQSMMehyGsCL9gO3j6r0mnCleSKoSDCMTHFqecEpZAlJUbZWVkkJN3hw7DuBAM6sIq3hZ1DWn5Rr/UsbKA3z4qcwPDTXHpb7yYhq3t/12CzZ0fdy8flplpMBRrRDcb7r1Tbf+j7oVqA3DzPIQ9siS6yAkaIraxXnzo5wfNj9WKZbakNFC0YpxTKHKJOc5T2rB6qStOcuLFngFPE4byvqkNLhoaSBwg600XW/npX0QiwW2SDo0gru3wlG4X795HPaoNmfYo5wXsEeOaQk7pZBXNXRJqhROKsVJCYEzw8NEpFXHRCfyCNhxY3mdn8R9Ot/Cb+fDNGoEqCoapDcWd/39CM7/xYhhUddueoeAo5SczTkOgIidW5zY/5DMv8vqaa36wsHw3yvpYZc/x7ynvqJE0DyKVjPNo5wXNI9ciyXNSy64gKJLWFa2KEgpJFzmKmklK1qRd0xKFUVzVrKTLAetvvLa8W+UJKqlGeIo5wXEkSNZQhx1NY2BOGX1aQXfD0LPKnK4F6wvtPrZ9PoJoY9qdYY+8sp+D33kqBbQR4Fa0OIkqBdPSFy0WWO+4pLgxhZ1PmjXnKPd73Qznc/u0P0iyXP89srYd91gPpC7PwESljp0	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 63, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-623275", "resource_type": "ONT", "serial_number": "SN9164759383", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-746312", "resource_type": "Access Port", "serial_number": "SN3070604649", "status": "reserved"}}}, "service": {"service_id": "SVC-717834", "access_port": "ge-0/2/42", "ip_address": "10.84.121.36", "status": "active"}}			\N	\N	2026-12-06 20:28:26.909165+00	2026-12-06 20:28:26.925607+00	2026-12-06 20:28:26.92561+00	2	\N	0
18	9	plan_service_order	3	completed	z1:eJztVttu3DYQ/RWDz0tbEkVd9s1pXbRF4BS12zwEgUCRI0eIltyQlFM38L93KK1spc0mDIr6oQiMhaXhaC6HZw75gSjhBdl+IA7sba9vGvhDvhH6BsiWPP/+kl69+O36R7IhFm56o4PRaIUPG7K3vbG9v0ObNnYnBrS5QTRyEM6hsbVG/wnBONpbuGs0gAJFtt6OsCHGKrBNj+9sQ4SUZtR+es02pPewaxy8I9s0rPk5sVAqBNuDxJdzKcG5k+e9Dhm02IV6n40O39H8Q99aOPlJe7Aa/FSrUaP0jYUO/dCAPVqMDLZ3vpcuANAKrd73yr8hW54kmMkLXGr6Pdl2YnBYs8PCmr1xXhoV8l29TM9P0vPzEM9oHwI2GHKHTeT3n3W3IEdrEW40p7w+TRI0Gg2N76dOMp7MNmV2otfNI1pp9QCoBTcOHr0tCHWHzuPeeXzehW5eXF6Hf+hjRith/TzFIb9eXNEkL1KWTvUclvzdPuQPX28CJXoxNHrctWBDA5dpXaesLBNWkRmg0U35A3lwb++x68PO/GKs/3IBdcbzlH+igHWUTxWSVQWvyzznyZFC7jczo+fMh8c58dXv39G8yFlWkol6mAi3KZRLboAmZ+wsY7jS7xukHIYMkdPktCxP0wR/Wb1OGeh5C1Pn0lgLgwh0DYRCC04CMkK4t2EcMl6LQla0hCyleZdxWhVJRVkBvMW/tCq7aVimgpYxkWa3H8A/zk2INtG1TKqKCQa0VB2nOasLWgmO9QPDMvM6rxgPflPLUc44JsKCRhz0OAxhRvoB+8fZe0VEojjCrWiR1h3NcyYofiRoWicZq+pa8jYnrw8dB3CgWWQkLeuCV1WdFKeMpSWvsxk+XCryuaHmMNVXXkz77W1/cwM2dH0YvX6aZeTAQa4Q3G/C9U24/o/CFagNw8LyEPbAkusgJGiKmsVl8qOcHyc/Vik+0gZQPBMyo6ipjOYiKRGeoqKyzFUlhFRFFacNVVoc1wYXrQ0EbrGXpuvtMrWParECF1mHRnAPVjgo96vXR3CP6fMB9xjnFe6R+7TGXRYK2joVlKlOhRNN0krlBe26ok1aUbK8rCNw5wXu6VHYp/MtfLqcplE7gKqiQXpjcdbfjeD8R0YMi7p22zvEG6XkbMkx4yF2bnVk/0My/y6rx7XqCwfDf6+k8yx/jnhPfkeJoHkUrRaaRzmvaR43FmuaK5TLrCgUTTPW0lwKoKJgCVWJquu2Yznmj6I558dpDlp95b3j3yhJVEsLxFHOK4gjt2QNcdTdNAbiAu93RzHeD0IvMjJfDE4vtPrZ9PoJoY9qdYE+8s7+AH3kVq2gjwKVJ/lRUC+ekLhos8Z8xS3BjS0KfRCvJUe73+lmOp/d3P0qyTNce2ns224w78n9X8u1L+o=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 18, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-046131", "resource_type": "ONT", "serial_number": "SN1991377038", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-925415", "resource_type": "Access Port", "serial_number": "SN2865974450", "status": "reserved"}}}, "service": {"service_id": "SVC-464327", "access_port": "ge-0/3/23", "ip_address": "10.77.107.129", "status": "active"}}			\N	\N	2026-12-06 20:28:26.334398+00	2026-12-06 20:28:26.357112+00	2026-12-06 20:28:26.357115+00	2	\N	0
13	7	plan_resource_order	3	completed	z1:eJztVt1v2zYQ/1cCPpuZREmU5LcUy7AOQzcsHfpQFAI/TilRmXRJKl0W+H/v0R+xs9YdiwEdBuzNOp55vN8Hjw9EiyjI8oEE8HfG3g7wh3or7C2QJfn5+xf05pffX/5IFsTDrXE2BZ3V+GNB1t44b+I9xqzzKzFhLExiUJMIAYPSO/snpODs7+B+sAAaNFlGP8OCOK/BDwa/qwURSrnZxu0nWxATYTUEeE+WZVqLu8JC67TZGhR+PP/1rr640toD1loQK1bpwM/mYCxGLn4w0sPFcxvBW4jbwzo9qzh4GDEPA9ikx63BmxCNCgkBKaz+YHR8S5ZNUWCpKHBpMGuyHMUU8NABTzasXYjK6VTv5lV5dVFeXaX9nI1pwwG3XGEX9eaL6R7U7D3ijeGy6S+LAoPOwhDNthPWFLuYdith7HCEq+wXZF6H6EFgnYdN2iu42StIPRx+b1PJb9c3tOV92zNyTBvi/Ro+hRD5N2Ia7LyS4NNhX3DW9R2rqqomOzDmRCumo1KQyM0mde09TCIxFHaHQfIRAxHeJQWA7oq2ZRS46Ghd854KrlqqeS3rpugrUW0pnZVKZ9grQ7nVeoJ4lErabUtQqaQcYWRUtqyhtexqKquip0z2rOEVCK26lLftPSsZhSE82EiWdp6mpAozISAot9ekgpaPrC6pHIuK1oVUVEje0qarmKwYKxjn5M2+4wQPDAfnlG3Pm67rC37JeFV2LdsBiEu83jU07IV8E4VPAo3e3N6CT13vxWa26kVK9g5FcP/36n/bq4lCmA5sJh/uwXiZDIOhLM0dFJ6VfFR4riNOPdB2BRR93dBey5bWSvW0U2NHJVca0zVvWJPlAcb67qwHQrYHCNxhL8No/EGdR1ecgIugYxDCYxT2N9TrN5/HPavPA+5ZySe4Z/L05O6pRQNMFXhpdokq5EuOo6KsKLoOmqYsyzED9x690ZzHfX+VD48DJIsCdI8FFZ3H/72fIcQnQdzW2ESS8/ff7QvswBCr8GRCfX4M/fUKOW/Lk1tps/k7GfybQzJDf1l8P/o+J/lEf5l6faK/hlVtwwVtygrrFJpTUbUd5bIscKBxAKXy9IdHPKs/sPorJ98/8XhWT48Y5ySfejyPk1OMs15HWRj31VmI15Owj/7eTabLa6t/csZ+Q+izWj1An/lqPEKfR9UJ9DmgluX5e/P6G+o2ve+d+4rxHWaJD6j0oD7UkOuVHbaDM+yaPynyDNdeOf9unNwHsvkI1hJgXw==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 19, "upstream": {}, "resource": {"resource_id": "RES-769792", "resource_type": "IPv4 Address", "serial_number": "SN6289823334", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.266464+00	2026-12-06 20:28:26.29537+00	2026-12-06 20:28:26.295372+00	2	\N	2
14	7	plan_resource_order	3	completed	z1:eJztVsGO2zYQ/ZUFz+aWomhJ9G2DLpAEQRp0U+QQBAJFjhxhZdKhqG23C/97h7ZlK0HcMiiwvRTwQRyOZzjvveHwiRgVFFk9kQH8Q2fXNfyhPyu7BrIib35+S+9++e39S7IgHtads9HorMGPBdn6zvkuPKLNOr9RPdqGXtW6V8OAxsY7+ydE4+gf4LG2AAYMWQU/woI4b8DXHa7zBVFau9GG/ZIvSBdgUw/wZb9QOhwSK2NisC1oXLx69yCuXvRO36PNqk087l1QodNXr96dNrbemVGH2kOL+2jA0jwGBN8N6IqnfNphSMxXb90QtDP7OB+ym6vs5mZftR69R1jQnLFrxtDmLNSh22fky4PJuI3qbH2uiePBx+0QPKjNIYmHwY1eQ4R6+t67kl9v7ygrWCk4ObvV4XEL39aJFHWqr+24acDHg77Ny6xkZVExGbex/jEij0GQTMR6h4m18x56FUE81ov8hDqo4T6CqgvWZBXQqixyKqCqaAOcUyMqyQXXOYNmT6HWEFk9kKfdZttDOLMZo8XoRHCeaWYKuhQNp8IYQ+UyN1RXBcu4ymRbsui3rzzJGVlUHmwgKzv2faSw6w0ayOojaSVbFlkDVGVZgQGaJVUNSCpb3khdCC1kSz4dK47wQD2JOytlsawqyYprXiCMMj8AiFuFOBRUH7WGuvIBzxF8t16Dj1W3qh+w7M6ilCxScmwiBPf/dnqGdoo4Qz9BHlvleOb3UdVoShLGJMMk57MMU2U7F2reMIWKq2jLNLYZ14pKjhmrSiyNkoUxjKcJFX8XhTokC5XAA9ZSt52fJHSW7gxcBB2NMJyscLxGPn76Pu5JdU64JznPcE/kaY674aANb3KqdSOoEC3+RTBGszIXoiqNyJhJwF1iXsEv4n68b+vTHZ9EgXbWgg7O4/++jDCEr4wYtrORJOcffzomOIChNsNXQ+R7k+LbLr/ckrOLY7f7JxH8d1MsQXtJXE/aS3KeaS9Rq3PtFabVBmROK7wuqKgYp03MCG0ltWglSJ3S86i95d8MJ7DmB0fTv+nvpJomjJOcZxgncjLHOOn5koJxyURxEeNtr+ypuQ9j6frWmteus8+IfVKtE/aJ77oT9olczbBPQpVLeRHV22dUbnyAO/cDw3sYG3ztxDfvlKPZbmy9H5vDofpZkhe498H5+7Z3v5PdX0pKJaY=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 22, "upstream": {}, "resource": {"resource_id": "RES-060742", "resource_type": "IPv4 Block", "serial_number": "SN3717076809", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.266464+00	2026-12-06 20:28:26.295977+00	2026-12-06 20:28:26.295979+00	2	\N	3
15	7	plan_resource_order	3	completed	z1:eJztVk2P3DYM/SuBzqOtPyTb2tsWXaAo2hTIpsghCAxZoqdCPNJEkjfdBvPfS82nN+igCgpsL71ZFC2K7z2S+kK0jJLcfiEB/KOx6x7+UL9LuwZyS37+4TV9+PW3tz+SFfGwNs4mo7MaP1Zk643zJj6hzTq/kRPawiR7NckQ0Dh4Z/+EZJz9Izz1FkCDJrfRz7AizmvwvcF1vSJSKTfbuF9WK2IibPoAn4578RBYap0O24LCxRs3R/C4tnKTrvqLtHIN+tXZvvVOzyr2HkbcRgNm5fEs8CZEo0JK+bMZzeE+OzwYo/ZbF6JyOp348K68e1Xe3e1zV7P3CA6aS35TFGhzFvpo9rHZ0aTdRhrbXzKr+IrM2xA9yA3G26WTgpu9ghT99L13JW/uHyhnVclrcnHr49MWltkiSUZOvZ03A67xkq9FLUpRVjVPNwhRxjlhjwcgnYj2DoMq5z1MMsEYDtdAhmIfZfiIrgWoDkom6ai0pExJoEKDpKVQjeoazXk17klUChKvB/qU22wniBc+02l7UFuth6YoBNVDxykrVEMldIyCHiXnY1NUYkx++6yznJFM6cFGcmvnaUpMmkmjgdy+J5Jx1uqmokU9VJSJDujAREVbwQfFixJKrsmHY8YJHuhP8i5b0fCuE0VzUzWsYlV1ABC3GnZIqD+q7SFKH/Ee0Zv1GnzKepRTwLSNRWIsUnIsIwT3/4J6sYJKaMN0Aj4Vy/H2b5O20ZQlj5MYs5wvYswV71KubTuyTkJLWTOWlGmJv3R1RUWjhYIaJVm1eXLtmvqqXEO2XAk8Yi79aPxJSBcBL8BF0NEI4WyFYzN5/+Hvcc/K89wEcpwXuGfytMSd6wbKdtR0HEpsckPV0q5oJFUAlagkb1WhMnAXTc0T2FdwP3bd/tzlsyhQzlpQ0Xn879MMIT4z4rHGJpKcf/ruGOAAhtyEZ2Pk61nxdZ1fL8dF69jt/kkA/80My9BcFscnzWU5L2s9T6PPRpMSHdNtQzvQ+EtXtlQqYFQMnR6FqLkqeZbmWFE3VzUHVn/jYPo3dZ2V07mf5jgvMM7kZIlx1uMlC2Mmrtf1dpL2XNSHcXRzb/VPztgXxD4r1xP2ma+6S0/N42qBfRaq7XXh3r+gcNPL27lvmNlhHvC9kx68pxjDdmP7/bQMh+QXQb7HvXfOfxwn95ns/gKDky5c	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 25, "upstream": {}, "resource": {"resource_id": "RES-542153", "resource_type": "Router", "serial_number": "SN9391912350", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.266465+00	2026-12-06 20:28:26.296758+00	2026-12-06 20:28:26.296761+00	2	\N	4
16	7	plan_resource_order	3	completed	z1:eJztVktv3DYQ/isBz0tXEqkH9+aiBtqiSIGuixyCQKDI0YaIltxQlFvX8H/vcLUPOciiDAq4l14EaTga8nsMySeiZZBk/URG8A/Gblv4U32UdgtkTX754S3d/Pr7/Y9kRTxsjbMx6KzGlxXZe+O8CY8Ys87v5ICxcZCtGuQ4YrDzzv4FMTj5B3hsLYAGTdbBT7AizmvwrcFvtiJSKTfZcPgsVsQE2LUjfCZrHsfCPLHUOhbbg8KPe1AfrVFG2jebwQUcsHIX1/yTHYMcBnn4KS7S6UmF1kOPgxhAcB5LgjdjMArX+fSMRXHGdu/GoJyORTbv8ts3+e3tAbeavEdiMJzdZBmGnIU2mMNsuSjnmHY7aWx7QVU0KzLtx+BB7uZJPIxu8goi2af3Qyr57W5Dq6pkRUkuaW143MNXkaJSRg6tnXYd+Ljat7zKMsaE4HEpiD9MUQCshJoi5c84u3Lew0zLETTKFNogx0+Yqppes74uaNVUnHLoSiqY7PChMtEzVtVFfVBSKYjizhoqt9sPEC6ixmqxOmlkx7WUBe3rXlHeNzXteMFoxvK6ZqJvGs5j3gF+UjJKKT3YQNZ2Goaooxk0Bsj6PWkY5HknJBW1lpTX+Ca7TFGmocYiXZHzgnw4Io70QHvyeF6LqmwakVU3RcXrsqpnAnGo4jOg9mi5TZA+0h+82W7BR9S9HEaEbSz6yaIkx15Ccv/vqlfpqsg0DCfSY8ccF3wffY2hJGucjZiSfDFiqnGXVq2bQpSV0DTnXUe5yjVt6q7ARy+54GWudZZmVdFUV606JluVwANiaXvjTya6mHdBLpKOQRjPUThuJO8/fJ33JJwn3pOSl7yn6bTkXZSdYFkhcG9jDcWinApZZ1RnsgKmpICsTuBd1HnOm6u8H3fc9rzVJ0mgnLWggvP43+cJxvAiiGWNjSI5//jdcYKZDLkbX5wlVw+ML5v9el8u9o/n539ywn98oiW4MEn1kwuTkhcuTHTt0oVKMlYormimNI/GBSpKliNVeS4rpVipUrofXVgV7KoLwepvPKb+TacnYTpxnJS84DhRkxccp1xlUjgusuZ6p+8Hac9tPh9QN3dW/+yMfU3uU7CeuU+74525T9RqwX0Sq0xcd+7dKzo33sid+4ZjfJw6vPfE++9pjm6/s+3hAB1n9ItJvsexd85/6gf3B3n+Gx1/KnU=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 28, "upstream": {}, "resource": {"resource_id": "RES-665325", "resource_type": "Technician Slot", "serial_number": "SN4600339940", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.266465+00	2026-12-06 20:28:26.2975+00	2026-12-06 20:28:26.297502+00	2	\N	5
20	9	plan_service_order	3	completed	z1:eJztVk1v3DYQ/SsGz0ubpCiJ8s1JDTRFkQZ12hyCQKCo2a0QLbkhpW1Tw/89Q2llq4WdMijgU7AXccidjzfvDXlLWj1ocnlLAvhjZ3c1/GX+0HYH5JL8/MNrevPLb29/JBviYdc5G43OtvixIQffOd8Nn9Fmnd/rHm2h17XpdQhobLyzf0M0jv4In2sL0EJLLgc/woY434KvO1xnG6KNcaMdpqXYkG6AfR3g07TQZpgD67aNzg5gcPHqzdlLZy3g5jHmsCFW72PON4MeOnOG+y96Zz5Oebp2NEPtYYv7aMD6PHoF3wU8iqne3qFfDFofXBiMayc/7/jVGb+6mko3o/eIDZo5O2cMbc5CPXRTRJHPptbtdWfrh8JEdl+7hzD2Ax72oNuY7XgIA37vI/Kv3hzlKVtc4VE3egPr78kd+fX6hrKClVJMSZ22hs8HmAC5d7KJvex0X9tx34CPxbzOSl6yslCsituI0RimbGLXsSl3d3ebmQFz4NPnHPfm95e0ZFmVxyqxVRACIuVjOTug7EJcZHGnO9TYInQZZpwEY+dFfs5zsQ4Z23kEEuMZ5z30Orb31ARkzlAPOiAQRDZFqaTKKFeZoVLkiiqZAS2VFi03RVXK7USuKaGFVsbtDz0MDzyL3qJ3IhmXLc8l1TxvqWwrRZu20bRQ+CuadisjP27JVHLSYaSW9mARBzv2feRV12P9yNX3RLSqyXmpqCg0p1JpTasWGmpEFVPnImOSfDhVHMGBepEdL6siV6pixXmWZUxlxQwfbhVyLqg+qQDJjm1Am+92O/Cx6q3uA5bdWeS3RQ6c5I3gfhf6d6FHoUcqQL+wIno9Ifo2Cg9NSdxdlJJ0+EEpqcpaa4lJJatGKcor1VBZKU11DppC2XCNOmGGZUla4hnjT2opJGuJwBFrqbedX1j+oK4VuNh6NEK4t8Jp0r3/8DjuSXUuuCcdXuGe2Kc17k2pt6YsOGVKAE7goqEq0zk1VVlWSinBOU/APVdCSvEk7tOFEP+7XD9JLTDzTHAeFfdphDD8w4hucRgcu4CAo5wvlhgzIHofVnfcozPm37Po6ZnxH9P0kRE0K/BrdHn2mziBnElkWMiZdHhFzkQyr8mpOFRclUA1E4rKMmtok2sRHwq8KZjOhS7SyFl9hZxg22+8Xv/PAEiqacE46fAK48SerDFOeoKlYJzJTD2J8aHXdhH/fKmeX9v2J9fZZ4Q+qdT712Ha0/Qe+sRWraBPArUU5ZOgXj8jcdHmnfuGyz2MDY7nOL2WGM1hb+vpWg1z9asgL3DvnfMft737k9x9ASzCikk=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 23, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-060742", "resource_type": "IPv4 Block", "serial_number": "SN3717076809", "status": "reserved"}}}, "service": {"service_id": "SVC-703950", "access_port": "ge-0/2/30", "ip_address": "10.200.65.152", "status": "active"}}			\N	\N	2026-12-06 20:28:26.3344+00	2026-12-06 20:28:26.358663+00	2026-12-06 20:28:26.358665+00	2	\N	2
21	9	plan_service_order	3	completed	z1:eJztVktv3DYQ/iuGzsu1JEpayjcnNVAUbRpk0+YQBMKIGm2FaMkNSTl1A//3DvWw5SJ2GBTwKQcD1Mx4Ht98M7NfogYcRBdfIovmulOHCv+Wf4E6YHQR/frTK7b//Y+3P0ebyOCh08oLtWrosYlOptOmczckU9ocoSeZ7aGSPVhLwtpo9Q964WCu8aZSiA020YUzA24ibRo0VUfffBOBlHpQbvxMN1Hn8FhZ/DTr3BQYmsY7O6Gkj5evr85eG33dWVJS2qRRcPRJ/wYKDticvdGDQzPmqZtBuspgS2oSUH2GvKLprOuk9cV/7tpuyuyWQlD86qStk7rxHvfvksuz5PJyREEOxvh4F1GSb+OYZFph5boxdjaLGn2ETlX3NabFHQwG7dA7MjYIzQ0ZDyfr6H30ecxJ04vM9GAkrt+jq+jN1Z7lWZrkfExoVrmbk8/grmpqZwd9pYZj7R1G+1clL5MySXnuM7QO3GDHLHzjqS+3t7ebiQRT0Pk5xdz/+ZKlItmN1VG30FpCyPgyDsji8/icF6TpThV1iVx6z0m8TeN4m6TFNonTdUzf0muMfECpjcEefIt9I0hC7HGVA/vRU4hDG/O6YLssEywTuGNCFC3bibqu86IRVM5IsDGjhVpSH089unuueW9jm2MALkXdsgzymGVYpqxOWsnqOk7KXZumEI+1jzUHGRO9wKAiINTQ955bXU8AEF/fR6KADNox+6ZhWc0LViZ8x9KW52WzEzwFiD7MFXtwsFpGL9mVRS5EGRdbzsm6FBN8pCqyqaBqnoS9A+oDyUx3OKDxVbfQWyq7U0QFRSSYR5zA/THsP4Z9HnbPBuwXYniPM6Zv/eyRKIi+y7AEGd8PS+hwrcepljGQNmN8XAa5jJnIQDIJTZsXIIpEhI1TkaW7R8fJBo9ThNdUS9V2ZiH6/YCtwKWWkxDtnRTnZff+w9dxD6pzwT3IeIV7YJ/WuHOetblMgXGUFALalEFWxCyBVIhdASVxLQD3XJT09yju403w/7ucoKAWSK0USqcNTdqnAa17ICS3p9XaOF9iTIDA0a7u3NfXzH/30ePL4hsb9ek1NE3jU9R5/sscwNQgZixMDTJeMTWQ2Q+Y2qSJKIuC1YVIWcZB0D5pa4aiwRZqCXXQhiCmCp4/ylRUzXee2/+zDYJqusM4xHiFcWBPHmzhkJ9kARiXMeePb4NTD2rZBNNl3V6p5hfdqWeEPqjUu0Uc9lP1HvqwVq2gDwK1eOK0XT0jcUlmtP6OS2+Hmna1X19LjPp0VNV4Y+1U/SrIC9K90+Zj2+vP0e2/TIyh9g==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 26, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-542153", "resource_type": "Router", "serial_number": "SN9391912350", "status": "reserved"}}}, "service": {"service_id": "SVC-281700", "access_port": "ge-0/0/36", "ip_address": "10.200.126.102", "status": "active"}}			\N	\N	2026-12-06 20:28:26.3344+00	2026-12-06 20:28:26.359562+00	2026-12-06 20:28:26.359564+00	2	\N	3
24	6	plan_product_order	3	completed	z1:eJztlt1u3DYQhV/F0PVyLZL69Z2TGmiLtA3qtLkIAoGiRlsiWnJDUZs6gd+9Q65kK3UcMAgQBGj3Shpyh5xvziH1IemEE8nFh2QEe1R618Df8i+hd5BcJM9++JVc//bHix+TTWJhp4z2QaM7fNgkB6uMVe4GY9rYvRgwNg6ikYMYRwy21uj34IOTPcJNowE66JILZyfYJMZ2YBuF73yTCCnNpF14ZZtEOdg3I7ydx9xpYdF1PtkBJL78IrTYQXf2u5kc2LPn1nSTdDiuxR4ejIfdhhmNhR6HMYBVWswNVo1OydEjeKd6ddrfLS6Eu2gOZnTSdD7j9Ut6eUYvLwMLOVmLsDBM822aYsxoaJwKa2dzqDN7oXRzXykrN8l0GJ0FsffrPX1+5Xd+VCNWGNLNbZCwegx/Ta7/fEpYRcuQGXnBOOLurMOhHZD0PD3nBY6oQ4OcLIQO0HTL0nRLWbGlKfPwnHCTH/FQj5Dc3mKhrRqGefH5sQkNCMs++ekZ4SWvOauTB32amX4KdySihxvCxhhrYRC+674rGEFBucaJ8Q1OZKymbSo7IrgEkokaSJXlFamzKs2RDrC6DpoLiBa1SbM/DODu5eezhZ6nuWAZF5RkQEuSlVSSOi8pga6HvOe5hDzYI9CImoxchAWNWPQ0DF5oasCOoIRfJXnPOACtSN53jGRZWxFBs5zIumpTzruqrark9VyxhwPN4kZa1kVeVXVabHlZ5CWrTvhwqMhOBTWzOa6dsN4LzqrdDqyvuhfDiGUrje3RYmhm1yPc//3/n/a/VwAMixjczQFmgi+83zAUJdnFIFGT7w0Sa6i1hUSKP962JK0rQTIqe1JRv1gr87wvsjLjaZSFClo/bqEx2kIJHLGWpld2Efe9qVZwsfEYhPEuCvMB9+r1p7lH1blwj5q84h7Zp4+4ty1teVYSWgmOfyk4qfxryWTZtX0OkOUR3Ossq2r+KPcgTP/f5VaKaoE0WoN0xqK9304wuo+C/iw6ZTtf0p9YiH2wffyt9q+zKOocOFnsc3r47m7gGHXGqOFOnTGTV+qMVPNanQVIBm3dEylaSbK8ZqRNS8xAC8ZEyVknZJQ6c14+Kk7Q3Rfeql9zAESVtCCOmrxGHNeSNeKoL68oxNVnGB8GoZvlsg5X5/ZKdz8bpb8h+qhSF/SRX6R36CNbtUIfA7WgafEo1KtvKFyMWWO+4HIfpxb77T9oljXaw1434VodT9WvFnmCYy+NfdMP5l1y+w8eWpMz	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 27, "upstream": {"CPE Provisioning": {"service": {"service_id": "SVC-281700", "access_port": "ge-0/0/36", "ip_address": "10.200.126.102", "status": "active"}}}, "billing": {"billing_item_id": "BIL-3739329", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}			\N	\N	2026-12-06 20:28:26.377378+00	2026-12-06 20:28:26.394881+00	2026-12-06 20:28:26.394883+00	2	\N	2
26	7	plan_resource_order	4	completed	z1:eJztVttu3DYQ/RWDz5arC3XhPgZwgfYhBeoUBRwEAkWONoQlckNSdl1j/71DaS9y0W0YFEgQoG/icDTDc+YMhy9Ecs/J5oU4sI9Kb1v4Q3zkegtkQ8g1sbBVRuP3b/pBmyeNpp1Vxir/jEZt7MgHtLmBt2LgzqGxs0b/CcE42Ud4bjWABEk23k5wTYyVYFuFa3pNuBBm0n5e5tdEeRhbB5/IJgt7fsnMpQzBdiBw8cvbd7jQfAznezM5pcG5qx9VZ+HqJ+3BavDzGY2chG8t9AsOxGQxIljlvBIuAO64lk9K+o9kU6YpZvAct1q1I5ueDw7P6vBA7c44L4wM+e7vs6vs/j6EM9qHeC1GHPHsdP9v3hbEZC2Si9asZDdpikajofVqxpGX6WKTZuRKt2eOCiRi2jlvgWOal32I5cxkBQQEx+/Zlfx6e5c0TZVmjJzdWv+8gxNvWGPFh1ZPYwcWrXdvm5zWWcaaJiMLA1MoIf6NasCi7fcBq7Uw8FANt5wBC43IuXtA1xoqXucNJLRveEJZxvAQrEvSrqZ9XpUdLdmsBSEgyGNRgTDjbgB/lkWINlel5mkmq1RiqKpLKEZPWNbzpM/TQjLMwaAKfjPkKGdUA7egPdnoaRiCFNQg0UA270mVVqymvEkKlouEyjLHAKJHMHmRA4WizHry4YA40APtsTuymlUlQk2rG1rXdUmbhUDcqugCqD2I9s5zG1TprdpuwQbUB4WpWbJYkkMXIrn/9+N31I+hXjAcSxd67UDFu9AdaIoS2FHOUc5nOcfKfy34jPGy7wuRVFLOPVskPK2KpG7ypmR9T2lZRAm+ydPqouBdtOAJPCKWtlf2KMlzC6zIRdLRCO5khcN19P7DP/MehfPIe5TzivfIOr3iPae9oFAmddqjo2Bpwmopk6zKJacia7qu+zzvZcqqipUXeT/c2+1pSESVAJtHg/DG4n+fJnD+lRHDKh2KZOzzD4cECxl8dK+m0KtR8/fr4mIzri6g/f5zxf8G4y9GbDHFPYktxnkltkhxrsUmmoxWokgTUUOa0DxnScdojfdCT/uSsb5mIkpsdZlf1Bpo+YUj7b/0cxSkI8VRzmuK40qypjjq2RNDcZNdfjfsBq5PvbxMoZtbLX82Sn9F6qOgnl5kcc/BE/WRpVpRH0Xq5Svy9ivKNjzXjfmCSe2mDl9K4aF8zNHtRt3OM9It2FdJ3uDe78Y+9IN5Ivu/ABepTVg=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 31, "upstream": {}, "resource": {"resource_id": "RES-886019", "resource_type": "ONT", "serial_number": "SN8247119881", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.48268+00	2026-12-06 20:28:26.510194+00	2026-12-06 20:28:26.510197+00	2	\N	0
27	7	plan_resource_order	4	completed	z1:eJztVm1rIzcQ/itBn6N0X7Qv8rcepNB+KKVpKeQ4Fq009omsJZ+kTZoG//eO1l57cz33dBSuFPrFeEejkZ5nnpnRC1EiCLJ6IR7cozabDn6X74XZAFkRck0cbLQ1+P9X82Dsk0HTzmnrdHhGo7FuKwa0+UF0chDeo7F31vwB0Ti6R3juDIACRVbBjXBNrFPgOo3f7JoIKe1owvRZXBMdYNt5+EBWeVwLh5OFUjHYDiR+fCsleH/1k3UBjUZs4z3fjF6baP5O9w6uvjcBnIEw3dWqUYbOwfqAB7E5jAxO+6Clj8B7YdSTVuE9WVVZhicFgUud3pHVWgwe7+zxYt3O+iCtiufd3+dX+f19DGdNiPE6jLhFDGz/d94O5OgckozWvOI3WYZGa6ALesJRVNnBpuxWaNOduSqRnXHngwOBx7zsYyxvRychIpj/T67k59s7WtRlzgtyduvC8w7+wh/mXIuhM+O2B4erdz9WdZ03Oc/ruDkyMcaUYhRUByZxv4+YnYNBxOz4w10w8ciA8A/oytciY7DuKf5KyjAY5W0JlJWskdU6Y2veTNqYLjKrQtrtboBwlkmMNmWnzCUvoc5oXhY5Za3KaculoGuo6l40CvqyiX4T9CRnVIVwYAJZmXEYoiT0oNBAVm9JI6ARbdFQ3qgWby8V5SpTlLGK1wU0SqqKvDsijvRAN1dL3vC6alue1TesaRkvqgOBuFSzA6DuKOK7ICb6g9ObDbiI+qg0PUkXU3KsSiT3//r8D9ZnzBsMcwpj7R2p+CVWCZqShDbLOsn5LOvUMlgKn6u2YW3GqSwVwy2ypr3KSyqlwO15WypRJAm/YllzUfg+WfgEHhFLt9Zulua5FBbkIuloBH+ywrEtvX33ad6TcM68JzkveE/M05L3daZkCS2nFcPorOVARVVxqiSrGs6bqq7yz/Ne5VkVJXiB9mP77k4zIykDWDsGZLAO930YwYdXRgyrTcyRdc/fHA84cCG2/tVQ+uTk+bh7XKzJRT/a7z+ngX9xKiZoLynXs/aSnBfaS9TqUntScQWNZBSAo1xRtLRtakl7LqoSWNm2qk/TXluwi+IDo75w1P2T+k7CNHOc5LzgODEnr/pqynMoheO6LC9SvBuEORX3YSrd3Br1g9XmK1KfBPXUWtOeiSfqE1O1oD6J1Dq/LNzbryjc+KC39gtmtx97fDvFrjWf0e+2ppumpj+gXxzyBtd+s+5hPdgnsv8T3/lgjg==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 32, "upstream": {}, "resource": {"resource_id": "RES-263192", "resource_type": "Access Port", "serial_number": "SN5661719162", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.482683+00	2026-12-06 20:28:26.510947+00	2026-12-06 20:28:26.510949+00	2	\N	1
25	2	customer_order	4	running	{"data":{},"correlations":{},"last_task":"1be76e85-8e5b-458c-9a08-4d16e1b16b33","success":true,"completed":false,"tasks":{"91855967-d6d9-4cc7-b4ca-bf789611980a":{"id":"91855967-d6d9-4cc7-b4ca-bf789611980a","parent":null,"children":["63fe1544-9b34-4280-bdf4-e7f7328f7cb7"],"last_state_change":1796588906.4216356,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":4,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"ZZ1 1ZZ","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"63fe1544-9b34-4280-bdf4-e7f7328f7cb7":{"id":"63fe1544-9b34-4280-bdf4-e7f7328f7cb7","parent":"91855967-d6d9-4cc7-b4ca-bf789611980a","children":["ef71941e-9064-4d73-a805-1c5096a2d0af"],"last_state_change":1796588906.4217243,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ef71941e-9064-4d73-a805-1c5096a2d0af":{"id":"ef71941e-9064-4d73-a805-1c5096a2d0af","parent":"63fe1544-9b34-4280-bdf4-e7f7328f7cb7","children":["fbfb39ff-7526-4a50-83e2-d8e302a4f4c6"],"last_state_change":1796588906.4219038,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"ZZ1 1ZZ"}],"matched_rules":[{"index":5,"rule_id":"site_other","outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true}}],"defaulted":false,"outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"deletions":[]},"typename":"Task"},"fbfb39ff-7526-4a50-83e2-d8e302a4f4c6":{"id":"fbfb39ff-7526-4a50-83e2-d8e302a4f4c6","parent":"ef71941e-9064-4d73-a805-1c5096a2d0af","children":["86f56d3a-53ab-479a-b861-1c3fc4cf32d1"],"last_state_change":1796588906.4219987,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"86f56d3a-53ab-479a-b861-1c3fc4cf32d1":{"id":"86f56d3a-53ab-479a-b861-1c3fc4cf32d1","parent":"fbfb39ff-7526-4a50-83e2-d8e302a4f4c6","children":["006d5f5b-554d-4d83-8a1e-8e91c4efa7cd"],"last_state_change":1796588906.427352,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":4,"values":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"006d5f5b-554d-4d83-8a1e-8e91c4efa7cd":{"id":"006d5f5b-554d-4d83-8a1e-8e91c4efa7cd","parent":"86f56d3a-53ab-479a-b861-1c3fc4cf32d1","children":["7d3b4b50-047a-4a89-98b6-982cc3e8b136"],"last_state_change":1796588906.4275715,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7d3b4b50-047a-4a89-98b6-982cc3e8b136":{"id":"7d3b4b50-047a-4a89-98b6-982cc3e8b136","parent":"006d5f5b-554d-4d83-8a1e-8e91c4efa7cd","children":["da0c75d5-42cc-419f-b6c6-3da42884b38c"],"last_state_change":1796588906.4464335,"state":64,"task_spec":"technical_details","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"serving_exchange":"LAB-1","site_notes":null},"deletions":[]},"typename":"Task"},"da0c75d5-42cc-419f-b6c6-3da42884b38c":{"id":"da0c75d5-42cc-419f-b6c6-3da42884b38c","parent":"7d3b4b50-047a-4a89-98b6-982cc3e8b136","children":["83caff68-d0d2-4514-a8c9-93a59dba6dd1"],"last_state_change":1796588906.4465914,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"83caff68-d0d2-4514-a8c9-93a59dba6dd1":{"id":"83caff68-d0d2-4514-a8c9-93a59dba6dd1","parent":"da0c75d5-42cc-419f-b6c6-3da42884b38c","children":["0d978b2d-59e9-4a03-9520-d10f36150e78"],"last_state_change":1796588906.446736,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0d978b2d-59e9-4a03-9520-d10f36150e78":{"id":"0d978b2d-59e9-4a03-9520-d10f36150e78","parent":"83caff68-d0d2-4514-a8c9-93a59dba6dd1","children":["bd604b8a-cc69-4d1a-a1c7-424406ea2c8e"],"last_state_change":1796588906.4468105,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"bd604b8a-cc69-4d1a-a1c7-424406ea2c8e":{"id":"bd604b8a-cc69-4d1a-a1c7-424406ea2c8e","parent":"0d978b2d-59e9-4a03-9520-d10f36150e78","children":["ce2b2934-dc4a-469c-a264-1428a7f3815e"],"last_state_change":1796588906.4470491,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"ce2b2934-dc4a-469c-a264-1428a7f3815e":{"id":"ce2b2934-dc4a-469c-a264-1428a7f3815e","parent":"bd604b8a-cc69-4d1a-a1c7-424406ea2c8e","children":["4036f069-32e8-4772-8a8c-10090a4502b9"],"last_state_change":1796588906.4471557,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4036f069-32e8-4772-8a8c-10090a4502b9":{"id":"4036f069-32e8-4772-8a8c-10090a4502b9","parent":"ce2b2934-dc4a-469c-a264-1428a7f3815e","children":["d99700b4-c2c1-41d8-9c98-ec1a8e5262e2"],"last_state_change":1796588906.4640746,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null,"customer_reason":null},"deletions":[]},"typename":"Task"},"d99700b4-c2c1-41d8-9c98-ec1a8e5262e2":{"id":"d99700b4-c2c1-41d8-9c98-ec1a8e5262e2","parent":"4036f069-32e8-4772-8a8c-10090a4502b9","children":["489681d5-3c17-4fc4-9d56-87c665d29220"],"last_state_change":1796588906.4643075,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"489681d5-3c17-4fc4-9d56-87c665d29220":{"id":"489681d5-3c17-4fc4-9d56-87c665d29220","parent":"d99700b4-c2c1-41d8-9c98-ec1a8e5262e2","children":["1be76e85-8e5b-458c-9a08-4d16e1b16b33"],"last_state_change":1796588906.4643986,"state":64,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1be76e85-8e5b-458c-9a08-4d16e1b16b33":{"id":"1be76e85-8e5b-458c-9a08-4d16e1b16b33","parent":"489681d5-3c17-4fc4-9d56-87c665d29220","children":["4a37021f-97cf-48db-be26-18bb97a1cf5e"],"last_state_change":1796588906.487127,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":4,"facts":{"serving_exchange":"LAB-1","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":4,"domain_orders":[{"id":31,"type":"resource","spec":"ONT","state":"inProgress"},{"id":32,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":33,"type":"service","spec":"Access Line","state":"pending"},{"id":34,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":35,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":36,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":37,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":38,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":39,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":40,"type":"resource","spec":"Router","state":"inProgress"},{"id":41,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":42,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":43,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":44,"type":"service","spec":"Field Visit","state":"waiting"},{"id":45,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"4a37021f-97cf-48db-be26-18bb97a1cf5e":{"id":"4a37021f-97cf-48db-be26-18bb97a1cf5e","parent":"1be76e85-8e5b-458c-9a08-4d16e1b16b33","children":["ea095eee-753c-41e2-9a72-30037f52a961"],"last_state_change":1796588906.4873116,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":4}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ea095eee-753c-41e2-9a72-30037f52a961":{"id":"ea095eee-753c-41e2-9a72-30037f52a961","parent":"4a37021f-97cf-48db-be26-18bb97a1cf5e","children":["bf6b329a-b71f-47b9-8246-fee49addaecc"],"last_state_change":1796588906.464368,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","site_notes","order_approval_needed","decomposition"]},"typename":"Task"},"bf6b329a-b71f-47b9-8246-fee49addaecc":{"id":"bf6b329a-b71f-47b9-8246-fee49addaecc","parent":"ea095eee-753c-41e2-9a72-30037f52a961","children":["30e362eb-f02a-4b57-8ab6-b69e5db946f7"],"last_state_change":1796588906.4643755,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"30e362eb-f02a-4b57-8ab6-b69e5db946f7":{"id":"30e362eb-f02a-4b57-8ab6-b69e5db946f7","parent":"bf6b329a-b71f-47b9-8246-fee49addaecc","children":["9a199ea7-f842-4f6e-98f4-264ff0d786d0"],"last_state_change":1796588906.4643838,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9a199ea7-f842-4f6e-98f4-264ff0d786d0":{"id":"9a199ea7-f842-4f6e-98f4-264ff0d786d0","parent":"30e362eb-f02a-4b57-8ab6-b69e5db946f7","children":[],"last_state_change":1796588906.4643931,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"91855967-d6d9-4cc7-b4ca-bf789611980a","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "ZZ1 1ZZ", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "order_approval_needed": true, "decomposition": {"order_id": 4, "domain_orders": [{"id": 31, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 32, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 33, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 34, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 35, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 36, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 37, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 38, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 39, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 40, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 41, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 42, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 43, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 44, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 45, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 20:28:26.422914+00	2026-12-06 20:28:26.488134+00	\N	5	\N	\N
31	7	plan_resource_order	4	completed	z1:eJztVktv3DYQ/isBz0tXlEQ99ljAh/bQQ52igINAoMjRhrBEbijKqWvsf+9wJa2VIpswCJJeepOGoxl+jxH5TJTwguyfyQjuUZtDA3/Jd8IcgOwJ2REHB20NPv9hHoz9YDB0dNo67Z8waKwbRI+xsReN7MU4YrB11vwNITi5R3hqDIACRfbeTbAj1ilwjcb3fEeElHYy/vya7oj2MDQjvF/W/NxZKBWKHUHiy2uQ74yWWphXd731uGDEEPb6ixm96Htx/ihs0qpJ+sZBNwNBUA5LgtOj1xL3+XzCotixOdrRS6tCkft79ord359xy8k55AOjyU2SYMgaaLw+N2M1n2PKDkKbZgMq25HpOHoHYph7OBjt5CQEjtfncyr5/faOsoTzrCQvaY1/OsIngaJAWvSNmYYWHGbc/ZbxJGd5WaVpWPbCT4F/rIRSIuMn7C6tczCzsmBGlXzjxfiAqTUTVSW6lAJLCprXIKiolaCVUElapiqreXEWUkoI2s4SSjsce/AvmoZqoTqRZaZyXnPK2iqleVEw2kJZUq46SIuyVWXVhrwz/KhkVFI4MJ7szdT3QUbdKwyQ/RsiOGOV6jhNkjbBAtDSmrUCn7KcFVldVGVN3i6IAz3QrNZmZV3wqqqT4iavkpLVM3+4UuQznmYx3J0XLrDvnT4cwAXQnehHRK0NusmgIssEIbf/z9L3nKVAMPQr12FOlv2+Dm7GUJQhVvtFJb/YL9auW4NKmWVFLjhVaDaaJ2lC67JKaJvkvMMCqui6OIMWeX7VoWO0Qwk8Ipam02710ItnN+Qi6RiE8RKF5ffx5u2neY/CeRn7mOQN75E6bXkHmVRtWbYoFcfEiklai6KlJX7HeZfIlsGXeecsK/PsOu/Lf7a5/OCjJJDWGJDeOvzu/QSj/yiIZbUJIln39NPSYCZDDONHJ8jVY+Lfs351LDeDdjp9yQj/8TEWYcIo0VcTRiVvhz/OtFsTFpKDUFBRwPI0z1VNW64AbYz/kVp2Lct4nAnrzww/GPWVh9O3DHoUppXjqOQNx5GabDmOur/EcFx9huJjL8xlyOfj6ebWqF+tNj+Q+iioK/WR97oL9ZFSbaiPIrVMr7N6+wONG27h1n7FIT5OLV56wp137dEeB9Ocj89xRr9p8jOu/WndQ9fbD+T0D3/9KfA=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 43, "upstream": {}, "resource": {"resource_id": "RES-105537", "resource_type": "Technician Slot", "serial_number": "SN3504147822", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.482685+00	2026-12-06 20:28:26.514153+00	2026-12-06 20:28:26.514156+00	2	\N	5
33	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"20f3c3ae-dd75-42bd-a312-0a5e94319cf2","success":true,"completed":false,"tasks":{"5f779c62-a9d8-4638-933b-a01a65f0f90e":{"id":"5f779c62-a9d8-4638-933b-a01a65f0f90e","parent":null,"children":["20f3c3ae-dd75-42bd-a312-0a5e94319cf2"],"last_state_change":1796588906.542618,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":1,"action":"add","spec":"Access Line","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24},"site_postcode":"ZZ1 1ZZ","recurring":"159.00","one_time":"250.00","domain_order_id":33,"survey_result":"ready","upstream":{"ONT":{"resource":{"resource_id":"RES-886019","resource_type":"ONT","serial_number":"SN8247119881","status":"reserved"}},"Access Port":{"resource":{"resource_id":"RES-263192","resource_type":"Access Port","serial_number":"SN5661719162","status":"reserved"}}}},"delta":{},"typename":"Task"},"20f3c3ae-dd75-42bd-a312-0a5e94319cf2":{"id":"20f3c3ae-dd75-42bd-a312-0a5e94319cf2","parent":"5f779c62-a9d8-4638-933b-a01a65f0f90e","children":["df293597-d3db-4207-898e-447d37d5a162"],"last_state_change":1796588906.5426774,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"df293597-d3db-4207-898e-447d37d5a162":{"id":"df293597-d3db-4207-898e-447d37d5a162","parent":"20f3c3ae-dd75-42bd-a312-0a5e94319cf2","children":["753a051b-ffd2-4dcb-accd-01c4985b08ab"],"last_state_change":1796588906.5692677,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"Access Line","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"753a051b-ffd2-4dcb-accd-01c4985b08ab":{"id":"753a051b-ffd2-4dcb-accd-01c4985b08ab","parent":"df293597-d3db-4207-898e-447d37d5a162","children":["21cf22c7-c9f7-443b-8b8e-7a2506db12f7"],"last_state_change":1796588906.5425262,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"21cf22c7-c9f7-443b-8b8e-7a2506db12f7":{"id":"21cf22c7-c9f7-443b-8b8e-7a2506db12f7","parent":"753a051b-ffd2-4dcb-accd-01c4985b08ab","children":["d6121c00-da60-4607-a31c-7f805b43c30b"],"last_state_change":1796588906.5425322,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d6121c00-da60-4607-a31c-7f805b43c30b":{"id":"d6121c00-da60-4607-a31c-7f805b43c30b","parent":"21cf22c7-c9f7-443b-8b8e-7a2506db12f7","children":[],"last_state_change":1796588906.5425394,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"5f779c62-a9d8-4638-933b-a01a65f0f90e","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 33, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-886019", "resource_type": "ONT", "serial_number": "SN8247119881", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-263192", "resource_type": "Access Port", "serial_number": "SN5661719162", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 20:28:26.545917+00	2026-12-06 20:28:26.569529+00	\N	2	\N	0
34	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"1be12ab0-f92f-47fb-a27f-d6de34cbc228","success":true,"completed":false,"tasks":{"ca481e68-dfcb-485e-8d1b-c2542a2d19a7":{"id":"ca481e68-dfcb-485e-8d1b-c2542a2d19a7","parent":null,"children":["1be12ab0-f92f-47fb-a27f-d6de34cbc228"],"last_state_change":1796588906.5433455,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":1,"action":"add","spec":"IP Connectivity","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24},"site_postcode":"ZZ1 1ZZ","recurring":"159.00","one_time":"250.00","domain_order_id":35,"survey_result":"ready","upstream":{"IPv4 Address":{"resource":{"resource_id":"RES-295745","resource_type":"IPv4 Address","serial_number":"SN7404154797","status":"reserved"}}}},"delta":{},"typename":"Task"},"1be12ab0-f92f-47fb-a27f-d6de34cbc228":{"id":"1be12ab0-f92f-47fb-a27f-d6de34cbc228","parent":"ca481e68-dfcb-485e-8d1b-c2542a2d19a7","children":["54d000d1-5383-40a0-8be6-d7aa774657dd"],"last_state_change":1796588906.5433936,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"54d000d1-5383-40a0-8be6-d7aa774657dd":{"id":"54d000d1-5383-40a0-8be6-d7aa774657dd","parent":"1be12ab0-f92f-47fb-a27f-d6de34cbc228","children":["8501641f-175a-4c80-af1c-022c62eb0d1a"],"last_state_change":1796588906.589178,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8501641f-175a-4c80-af1c-022c62eb0d1a":{"id":"8501641f-175a-4c80-af1c-022c62eb0d1a","parent":"54d000d1-5383-40a0-8be6-d7aa774657dd","children":["d606ec14-5aa5-4a8d-b3ef-ed638e3d5d5c"],"last_state_change":1796588906.5432816,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"d606ec14-5aa5-4a8d-b3ef-ed638e3d5d5c":{"id":"d606ec14-5aa5-4a8d-b3ef-ed638e3d5d5c","parent":"8501641f-175a-4c80-af1c-022c62eb0d1a","children":["de3f3cf7-0935-4d72-b64b-881ff7bebdbe"],"last_state_change":1796588906.5432863,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"de3f3cf7-0935-4d72-b64b-881ff7bebdbe":{"id":"de3f3cf7-0935-4d72-b64b-881ff7bebdbe","parent":"d606ec14-5aa5-4a8d-b3ef-ed638e3d5d5c","children":[],"last_state_change":1796588906.5432916,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"ca481e68-dfcb-485e-8d1b-c2542a2d19a7","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 35, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-295745", "resource_type": "IPv4 Address", "serial_number": "SN7404154797", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 20:28:26.545919+00	2026-12-06 20:28:26.589453+00	\N	2	\N	1
35	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"2470c8f3-9027-4058-b5db-68ec4a638158","success":true,"completed":false,"tasks":{"e45c1f33-5296-47c5-9e79-d1e022e6001e":{"id":"e45c1f33-5296-47c5-9e79-d1e022e6001e","parent":null,"children":["2470c8f3-9027-4058-b5db-68ec4a638158"],"last_state_change":1796588906.5439231,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":2,"action":"add","spec":"IP Connectivity","name":"Static IP Block","product_ref":"","characteristics":{},"site_postcode":"ZZ1 1ZZ","recurring":"10.00","one_time":"25.00","domain_order_id":38,"survey_result":"ready","upstream":{"IPv4 Block":{"resource":{"resource_id":"RES-592621","resource_type":"IPv4 Block","serial_number":"SN7533524305","status":"reserved"}}}},"delta":{},"typename":"Task"},"2470c8f3-9027-4058-b5db-68ec4a638158":{"id":"2470c8f3-9027-4058-b5db-68ec4a638158","parent":"e45c1f33-5296-47c5-9e79-d1e022e6001e","children":["59578cf6-4d58-422d-836b-a017cac57a86"],"last_state_change":1796588906.543972,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"59578cf6-4d58-422d-836b-a017cac57a86":{"id":"59578cf6-4d58-422d-836b-a017cac57a86","parent":"2470c8f3-9027-4058-b5db-68ec4a638158","children":["916a1fa8-7de4-40f8-94c8-88fe113ba625"],"last_state_change":1796588906.5969427,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"916a1fa8-7de4-40f8-94c8-88fe113ba625":{"id":"916a1fa8-7de4-40f8-94c8-88fe113ba625","parent":"59578cf6-4d58-422d-836b-a017cac57a86","children":["f3571aed-8482-4a2a-b989-4cdfcaba37f6"],"last_state_change":1796588906.54386,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"f3571aed-8482-4a2a-b989-4cdfcaba37f6":{"id":"f3571aed-8482-4a2a-b989-4cdfcaba37f6","parent":"916a1fa8-7de4-40f8-94c8-88fe113ba625","children":["5849dedd-1815-4971-9769-606cfd5ac788"],"last_state_change":1796588906.5438652,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5849dedd-1815-4971-9769-606cfd5ac788":{"id":"5849dedd-1815-4971-9769-606cfd5ac788","parent":"f3571aed-8482-4a2a-b989-4cdfcaba37f6","children":[],"last_state_change":1796588906.543871,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"e45c1f33-5296-47c5-9e79-d1e022e6001e","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 38, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-592621", "resource_type": "IPv4 Block", "serial_number": "SN7533524305", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 20:28:26.54592+00	2026-12-06 20:28:26.597203+00	\N	2	\N	2
28	7	plan_resource_order	4	completed	z1:eJztVttu3DYQ/RWDz0tXlKjbvjWAC6QPRVG3KOAgEChytCGsJTckZdc19t87XO3NaTZhECBBgb4I0nA0w3PmDIfPRIkgyPKZeHAP2qw6+Eu+E2YFZEnIgjhYaWvw/Q9zb+yjQdPGaet0eEKjsW4tRrT5UXRyFN6jsXfW/A3ROLkHeOoMgAJFlsFNsCDWKXCdxm++IEJKO5mw+8wXRAdYdx7ekyWLa2HOLJSKwTYg8eP1rw/86kelHGCuBTFiHTf6avLaoOXqJ907uHptAjgDYbdZqyYZOgfDDAjBOQwNTvugpY/Ie2HUo1bhHVmWWYapgsClTm/IchCjx0173Fm3sT5Iq2K+uzt2xe7uYjhrQozXYcQ1guDbT3k7kJNzyDJaWdleZxkarYEu6B2OvMxmm7JroU13IqtAtqaNDw4EpnnexljeTk5CRHB437mS325uad6WNS/Jya0LTxv4N4FYdS3GzkzrHhwu3/5S84yzktdtTWYqplhUdEd9YBm32wjaORhFrI+fN4OlRwqEv0fXtsnaqugZHfpKUQ6soH02CMogr0WWyaaVszqkjHvY60La9WaEcBJKjLYrT43BeNlmtMn7jPJM5LSv25w2smpqIYuKDzz67bAnOaMshAMTyNJM4xg1oUckBMX2hmRMQKXw36oQBeWixwC5rPGB+5egxNBI8naPONID3aFfWN1WZdO0WXWN9GVVXs0E4lLFZ0DdXsa3Qbgoz+D0agUuot5LTe+0iyXZ9yWS+3+H/hc7NBYOxkMNY/ftqfg9tgmakpR20HWS80nXqX1wrvye96pm6CiGoqS8LSoqWFbQgbGh5nXZQJ0lKZ+xLL+ofJ+sfAIPiKUbtDto89QLZ+Qi6WgEf7TC/lx68/bjvCfhPPCe5HzGe2KdznmvZYv9x4CqrG0oL+uGinxQtBQcoyvOiqb9PO8lY3leXKR9f353x6mRVAHsHQMyWIf/vZ/AhxdGDKtNrJF1Tz/sE8xciLV/MZY+Pns+PD8uNuXZibTdfk4E33MwJqgvqdrHaZbifKa+RLW+UB+ohsmC07poGeVFldO2VJzKoVcyz4EJJtLUV19uejDqC4fd1zR4EqQjxSnO5wdrWknOKU66EKVQXHyqwzejMMf2nufS9Y1RP1ttviH3SVgP3CfeFE/cp9XqjPskVkt2+aJ28w2VGy/11n7B9PZTj7eneIs+5Og3a9Pt5qaf0Z8leYVrf1p3P4z2kWz/AdtTYEs=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 34, "upstream": {}, "resource": {"resource_id": "RES-295745", "resource_type": "IPv4 Address", "serial_number": "SN7404154797", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.482684+00	2026-12-06 20:28:26.511737+00	2026-12-06 20:28:26.511739+00	2	\N	2
29	7	plan_resource_order	4	completed	z1:eJztVk2P2zYQ/SsLns0t9UVTPgbYQ3oogqZFgQ0CgSJHjrASqVDUptuF/3uHlmVrgxhhEDS95GKIw/EM35s3HD4TLb0ku2cygntszb6Cv9UHafZAdoRsiIN9aw1+/2kejP1k0DS41rrWP6HRWNfLDm1jJyvVyXFEY+2s+QeCcXKP8FQZAA2a7LybYEOs0+CqFtf5hkil7GT8cZluSOuhr0b4eFxI5efMUusQbACFi9dvHvObV51VD2gzsg/HfOulb9XN6zfnjcFZPSlfOWhmGAjJYUBw7YiueMrnA4bEfNVgR6+sDnHu75Ob5P7+iFpNziEbaE3YLWNoswYq3x4TpsVs0raXrakukLLthkzD6B3Ifs7hYLSTUxAYXr6PruT3u7e0KFOeJuTiVvmnAT6HiZVpZVeZqa/BBby/bYssK9I8Y0XYRvhTIB6DYA2R6gMmVtY56GTg8AQXy+MrL8cHdGUiT3lTA815gT+s1LQsSkE1rzVTOUua9Bh6UgpCUefaKdsPHfhLMUO0EJ1ozXiasoZynTKMlxS0zDKgGReQCVkLoUTwOyKPcsYiSgfGk52Zui5UsO00GsjuHcnTGlRZ5LRRGgMoELRmjFMmm4SrUoosL8n7E+JAD1SLppNtyQshSsZvc/xMtnwmELd4PgOqTlJDWTmP5/Cu3e/BBdSN7EaE3RpUksGSnHoHyf3ZRf9dFwV6oVuYDh1yOvIfQcxoitLDor4o54v6YtW61mfJ0MoVp1IzQfNCKVoyqWkimiQVeZNgi8XpM2jyijzHaHkSeEQoVdO6RUAXwa64Rc7RCOPZCqfL4937L9MeBXOhPcp5RXtkmda015lsMs4ZFUgczZstoxJSoFrWuS4BIM/g67QXScqy4jrvp1u2Ot/sUSVQ1hhQ3jr838cJRv/CiGFbE4pk3dMvpwQzGbIfX4yOL82Hz3v8akOubo3D4Wsa+P9GV4T0okq9SC/KeSW9SKm+kJ6uZVHXDc0a3tC8xHkqBZOUS8XrutjKsmRx0hNCXJUeGP2N8+h72jsK05njGOcVx5E1WXMc9WaJ4TjJyqsUD50059aeZ9LtndG/2tb8QOqjoC7UR77lLtTHlWpFfRSp/Lpu736gbsOb29pvGNzjVONDJzxzlxz10JvqODPHGfwqySvc+8u6h6azn8jhX7FBIpc=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 37, "upstream": {}, "resource": {"resource_id": "RES-592621", "resource_type": "IPv4 Block", "serial_number": "SN7533524305", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.482684+00	2026-12-06 20:28:26.512479+00	2026-12-06 20:28:26.512481+00	2	\N	3
30	7	plan_resource_order	4	completed	z1:eJztVsGO2zYQ/ZWAZ3MrShQl+VhgLwGSQzZFgQ0CgSJHLrEy6VDUbreB/71Dy/IqQYwwKJpeehOHoxnOe284/Ey0DJJsP5MR/KOxuxb+VH9IuwOyJWRDPOyMs/j9m32w7smi6eCN8yY8o9E6v5cD2sZBtmqQ44jGzjv7F0Tj5B/hubUAGjTZBj/BhjivwbcG13xDpFJusuG0zDfEBNi3I3wi2yLuhTmz1DoGO4DCxTs3BfC4tnIfj/hGWrkD/epiP3inJxVaD/1cAVbjMRZ4Mwajxljqk+nNfJ4jBsas7cGNQTkdI97fs1fs/v5Uu5q8R0zQysqbLEObs9AGc0rNzybt9tLYdlVYtiHTYQwe5B7THWOk0U1eQUy+fJ9cybvbO8qLRlSMvLi14fkA62KRGyOH1k77DtdbcvdWFDXndd5UTdwOMkwRegyALCLYR0yqnPcwyIjiOB8DCQptkONDPD0vNeO8okyVNeVcayo59LSCBjomRaPEzKFSEGmd2VNufxggvNAZo50wFUWOP5YVFaXilAMTVCqtaFboUmddrwRn0e9UdZIzcik92EC2dhqGSKQZNBrI9gMpql7XveQUuMbTVzmjUmigXAmm+qzmomjIx3PFER5oF1WzqhFlXTeZuOF1xgQvZwBxS/C5oPYstrsgfcBzBG92O/Cx6l4OI5ZtLBJjkZJz9yC4//fRv91HEWQYFrxjj5wP/z5KGk1Jqlg0mOT8osFUza5VKmXF86JjtGs6/KUSOcWuFbRqpK5yXdaS10kqzbOGX1XpmKxSAo9YS9sbv+joRbcrcBF0NMJ4scL5Dvnw8du4J9W54J7kvMI9kac17k0lRc/KLt5oDeUMf6nzrqJ9XhZlmXWZaNj3cS8ZXq8sv4r7+bJtL5d7EgXKWQsqOI//fZpgDF8YMayxkSTnn385J5jBkPvxi+nx9Yj4us2vduOqv47H7/H/30yuBMklUbxILsl5JblEia4lVwPezkKUtOiKinLddLTrZU0FiFoXUJSiFimSK7KCXR9IYPUPjqN/0tZJNS0YJzmvME7kZI1x0pMlCeO6ZFcxPgzSXnp6nkY3t1a/dsb+ROyTal2wT3zLXbBP5GqFfQqqjPHqKqq3P1G58cHt3A/M7HHq8LkT37lLju6wt+1pWo5z9askv+Le784/9IN7Ise/AUfSIs0=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 40, "upstream": {}, "resource": {"resource_id": "RES-439671", "resource_type": "Router", "serial_number": "SN6384482979", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.482685+00	2026-12-06 20:28:26.51342+00	2026-12-06 20:28:26.513423+00	2	\N	4
32	4	plan_field_visit	4	waiting	{"data":{},"correlations":{},"last_task":"0a3e5d17-ad76-497d-b0b1-8e95311dd2fb","success":true,"completed":false,"tasks":{"5c6dfadd-da2b-43ac-a134-f1963932a8c5":{"id":"5c6dfadd-da2b-43ac-a134-f1963932a8c5","parent":null,"children":["e60ce0a1-ee20-4586-9fb7-14993cdebae3"],"last_state_change":1796588906.5192206,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"ZZ1 1ZZ","recurring":"0.00","one_time":"195.00","domain_order_id":44,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-105537","resource_type":"Technician Slot","serial_number":"SN3504147822","status":"reserved"}}}},"delta":{},"typename":"Task"},"e60ce0a1-ee20-4586-9fb7-14993cdebae3":{"id":"e60ce0a1-ee20-4586-9fb7-14993cdebae3","parent":"5c6dfadd-da2b-43ac-a134-f1963932a8c5","children":["19c8169e-e61a-4535-8261-856cb09e4550"],"last_state_change":1796588906.5192876,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"19c8169e-e61a-4535-8261-856cb09e4550":{"id":"19c8169e-e61a-4535-8261-856cb09e4550","parent":"e60ce0a1-ee20-4586-9fb7-14993cdebae3","children":["0f3dd5db-32a5-4bf0-9587-0a1db64b5763"],"last_state_change":1796588906.5195043,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0f3dd5db-32a5-4bf0-9587-0a1db64b5763":{"id":"0f3dd5db-32a5-4bf0-9587-0a1db64b5763","parent":"19c8169e-e61a-4535-8261-856cb09e4550","children":["8e7e9a04-4983-4344-8218-10352e701dc7","f2bee253-e73d-49a5-855f-de201bb95544"],"last_state_change":1796588906.5195575,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8e7e9a04-4983-4344-8218-10352e701dc7":{"id":"8e7e9a04-4983-4344-8218-10352e701dc7","parent":"0f3dd5db-32a5-4bf0-9587-0a1db64b5763","children":["cc454798-4a31-4261-9820-e9528759c36b","5817e20c-4fd9-4ebe-a915-303c5a7ce74b"],"last_state_change":1796588906.5359502,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"f2bee253-e73d-49a5-855f-de201bb95544":{"id":"f2bee253-e73d-49a5-855f-de201bb95544","parent":"0f3dd5db-32a5-4bf0-9587-0a1db64b5763","children":[],"last_state_change":1796588906.5359879,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"cc454798-4a31-4261-9820-e9528759c36b":{"id":"cc454798-4a31-4261-9820-e9528759c36b","parent":"8e7e9a04-4983-4344-8218-10352e701dc7","children":[],"last_state_change":1796588906.5361078,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5817e20c-4fd9-4ebe-a915-303c5a7ce74b":{"id":"5817e20c-4fd9-4ebe-a915-303c5a7ce74b","parent":"8e7e9a04-4983-4344-8218-10352e701dc7","children":["b21cffc8-ff53-4ea2-a975-13d3377f7433"],"last_state_change":1796588906.536187,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b21cffc8-ff53-4ea2-a975-13d3377f7433":{"id":"b21cffc8-ff53-4ea2-a975-13d3377f7433","parent":"5817e20c-4fd9-4ebe-a915-303c5a7ce74b","children":["0a3e5d17-ad76-497d-b0b1-8e95311dd2fb"],"last_state_change":1796588906.5493648,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":4,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[33,35,38,41]}},"deletions":[]},"typename":"Task"},"0a3e5d17-ad76-497d-b0b1-8e95311dd2fb":{"id":"0a3e5d17-ad76-497d-b0b1-8e95311dd2fb","parent":"b21cffc8-ff53-4ea2-a975-13d3377f7433","children":["a4dde6bb-3b49-434c-8e6c-d418bd91faa2"],"last_state_change":1796588906.6111062,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"ZZ1 1ZZ","work":"Install ONT","order_id":4}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-926435","engineer":"Lee Wong","date":"2026-12-13","slot":"13:00-17:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"a4dde6bb-3b49-434c-8e6c-d418bd91faa2":{"id":"a4dde6bb-3b49-434c-8e6c-d418bd91faa2","parent":"0a3e5d17-ad76-497d-b0b1-8e95311dd2fb","children":["7761f950-20b6-442f-a6a0-b269d06327b9"],"last_state_change":1796588906.6111453,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7761f950-20b6-442f-a6a0-b269d06327b9":{"id":"7761f950-20b6-442f-a6a0-b269d06327b9","parent":"a4dde6bb-3b49-434c-8e6c-d418bd91faa2","children":["f428c008-f0b8-4629-9f7d-e963f751a807"],"last_state_change":1796588906.5361679,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"f428c008-f0b8-4629-9f7d-e963f751a807":{"id":"f428c008-f0b8-4629-9f7d-e963f751a807","parent":"7761f950-20b6-442f-a6a0-b269d06327b9","children":["7613da21-c157-444e-8d09-b47dae00dc65"],"last_state_change":1796588906.536175,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7613da21-c157-444e-8d09-b47dae00dc65":{"id":"7613da21-c157-444e-8d09-b47dae00dc65","parent":"f428c008-f0b8-4629-9f7d-e963f751a807","children":[],"last_state_change":1796588906.5361817,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"5c6dfadd-da2b-43ac-a134-f1963932a8c5","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-105537", "resource_type": "Technician Slot", "serial_number": "SN3504147822", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [33, 35, 38, 41]}, "visit": {"visit_id": "FSV-926435", "engineer": "Lee Wong", "date": "2026-12-13", "slot": "13:00-17:00", "status": "scheduled"}}			\N	\N	2026-12-06 20:28:26.521307+00	2026-12-06 20:28:26.611951+00	\N	4	\N	\N
36	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"de4d1ef3-e9c8-4c69-812f-eb0e57600501","success":true,"completed":false,"tasks":{"8a5ba220-3172-4558-bb81-80b65959abf9":{"id":"8a5ba220-3172-4558-bb81-80b65959abf9","parent":null,"children":["de4d1ef3-e9c8-4c69-812f-eb0e57600501"],"last_state_change":1796588906.5444753,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":3,"action":"add","spec":"CPE Provisioning","name":"Managed Router","product_ref":"","characteristics":{"wifi":true},"site_postcode":"ZZ1 1ZZ","recurring":"15.00","one_time":"45.00","domain_order_id":41,"survey_result":"ready","upstream":{"Router":{"resource":{"resource_id":"RES-439671","resource_type":"Router","serial_number":"SN6384482979","status":"reserved"}}}},"delta":{},"typename":"Task"},"de4d1ef3-e9c8-4c69-812f-eb0e57600501":{"id":"de4d1ef3-e9c8-4c69-812f-eb0e57600501","parent":"8a5ba220-3172-4558-bb81-80b65959abf9","children":["3c886d4d-321b-4aa2-a51f-68bd4bf9992a"],"last_state_change":1796588906.544524,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"3c886d4d-321b-4aa2-a51f-68bd4bf9992a":{"id":"3c886d4d-321b-4aa2-a51f-68bd4bf9992a","parent":"de4d1ef3-e9c8-4c69-812f-eb0e57600501","children":["948d8036-35b4-4d25-a7a5-16116cdf6e88"],"last_state_change":1796588906.604127,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"CPE Provisioning","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"wifi":true}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"948d8036-35b4-4d25-a7a5-16116cdf6e88":{"id":"948d8036-35b4-4d25-a7a5-16116cdf6e88","parent":"3c886d4d-321b-4aa2-a51f-68bd4bf9992a","children":["b64acc5c-28f4-40ac-9df1-b05900b451e9"],"last_state_change":1796588906.544414,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"b64acc5c-28f4-40ac-9df1-b05900b451e9":{"id":"b64acc5c-28f4-40ac-9df1-b05900b451e9","parent":"948d8036-35b4-4d25-a7a5-16116cdf6e88","children":["f6b2f559-1573-4563-9c9f-50f538389d2f"],"last_state_change":1796588906.544419,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f6b2f559-1573-4563-9c9f-50f538389d2f":{"id":"f6b2f559-1573-4563-9c9f-50f538389d2f","parent":"b64acc5c-28f4-40ac-9df1-b05900b451e9","children":[],"last_state_change":1796588906.5444243,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"8a5ba220-3172-4558-bb81-80b65959abf9","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 41, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-439671", "resource_type": "Router", "serial_number": "SN6384482979", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 20:28:26.54592+00	2026-12-06 20:28:26.604383+00	\N	2	\N	3
37	2	customer_order	5	running	{"data":{},"correlations":{},"last_task":"17bab67c-9079-428e-a316-2082fba3e869","success":true,"completed":false,"tasks":{"07146fa6-45d5-4e67-a8c9-dec737cf39b7":{"id":"07146fa6-45d5-4e67-a8c9-dec737cf39b7","parent":null,"children":["ce05fee2-9e3f-4986-9b61-91db7a6607bd"],"last_state_change":1796588906.6417756,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":5,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"TT1 1TT","approval_decision":"","approval_reason":"","adjustments_note":"","customer_reason":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"product_ref":"","summary":"New Business Fibre Internet","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"product_ref":"","summary":"New Static IP Block","characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"product_ref":"","summary":"New Managed Router","characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"product_ref":"","summary":"New Installation","characteristics":{}}]},"delta":{},"typename":"Task"},"ce05fee2-9e3f-4986-9b61-91db7a6607bd":{"id":"ce05fee2-9e3f-4986-9b61-91db7a6607bd","parent":"07146fa6-45d5-4e67-a8c9-dec737cf39b7","children":["940f3eb0-d700-47fe-aede-419a75b86c33"],"last_state_change":1796588906.6418538,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"940f3eb0-d700-47fe-aede-419a75b86c33":{"id":"940f3eb0-d700-47fe-aede-419a75b86c33","parent":"ce05fee2-9e3f-4986-9b61-91db7a6607bd","children":["41801e31-1f1d-4df5-a8cc-359d5b875ef7"],"last_state_change":1796588906.6420455,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"TT1 1TT"}],"matched_rules":[{"index":5,"rule_id":"site_other","outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true}}],"defaulted":false,"outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"deletions":[]},"typename":"Task"},"41801e31-1f1d-4df5-a8cc-359d5b875ef7":{"id":"41801e31-1f1d-4df5-a8cc-359d5b875ef7","parent":"940f3eb0-d700-47fe-aede-419a75b86c33","children":["0ee3bc68-71ce-48e8-84f9-6c7de3e6e3e0"],"last_state_change":1796588906.6421506,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"0ee3bc68-71ce-48e8-84f9-6c7de3e6e3e0":{"id":"0ee3bc68-71ce-48e8-84f9-6c7de3e6e3e0","parent":"41801e31-1f1d-4df5-a8cc-359d5b875ef7","children":["60aefcc8-14f2-42ab-b40c-cce7481f7908"],"last_state_change":1796588906.6474955,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":5,"values":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"60aefcc8-14f2-42ab-b40c-cce7481f7908":{"id":"60aefcc8-14f2-42ab-b40c-cce7481f7908","parent":"0ee3bc68-71ce-48e8-84f9-6c7de3e6e3e0","children":["c033657e-aa58-456c-a6f7-04051998ae94"],"last_state_change":1796588906.6477196,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c033657e-aa58-456c-a6f7-04051998ae94":{"id":"c033657e-aa58-456c-a6f7-04051998ae94","parent":"60aefcc8-14f2-42ab-b40c-cce7481f7908","children":["1c75a8b9-9bf5-4664-83a3-ad5919af3ab3"],"last_state_change":1796588906.6619728,"state":64,"task_spec":"technical_details","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"serving_exchange":"LAB-1","site_notes":null},"deletions":[]},"typename":"Task"},"1c75a8b9-9bf5-4664-83a3-ad5919af3ab3":{"id":"1c75a8b9-9bf5-4664-83a3-ad5919af3ab3","parent":"c033657e-aa58-456c-a6f7-04051998ae94","children":["e6fcd561-44f5-4be8-9f1b-72246661818f"],"last_state_change":1796588906.6621265,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e6fcd561-44f5-4be8-9f1b-72246661818f":{"id":"e6fcd561-44f5-4be8-9f1b-72246661818f","parent":"1c75a8b9-9bf5-4664-83a3-ad5919af3ab3","children":["79b2e8b5-c56d-4fb8-bae8-0a1d6eae6638"],"last_state_change":1796588906.662268,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"79b2e8b5-c56d-4fb8-bae8-0a1d6eae6638":{"id":"79b2e8b5-c56d-4fb8-bae8-0a1d6eae6638","parent":"e6fcd561-44f5-4be8-9f1b-72246661818f","children":["f905c5f3-0953-4bf4-9d81-c8673f708c1f"],"last_state_change":1796588906.6623378,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f905c5f3-0953-4bf4-9d81-c8673f708c1f":{"id":"f905c5f3-0953-4bf4-9d81-c8673f708c1f","parent":"79b2e8b5-c56d-4fb8-bae8-0a1d6eae6638","children":["9debc8e7-830d-4d94-8967-154f370a8f1c"],"last_state_change":1796588906.6625576,"state":64,"task_spec":"classify_approval","triggered":false,"internal_data":{"decision":{"decision_id":"order_approval","decision_name":"Order approval","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Lines that sell or change a product","expression":"count(items[not(list contains([\\"suspend\\", \\"resume\\", \\"delete\\"], item.action))])","value":4},{"label":"Lines","expression":"count(items)","value":4}],"matched_rules":[{"index":2,"rule_id":"oa_commercial","outputs":{"order_approval_needed":true}}],"defaulted":false,"outputs":true,"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"order_approval_needed":true},"deletions":[]},"typename":"Task"},"9debc8e7-830d-4d94-8967-154f370a8f1c":{"id":"9debc8e7-830d-4d94-8967-154f370a8f1c","parent":"f905c5f3-0953-4bf4-9d81-c8673f708c1f","children":["0b9590be-97ab-42ba-8f34-e5c8f605a501"],"last_state_change":1796588906.6626565,"state":64,"task_spec":"approval_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0b9590be-97ab-42ba-8f34-e5c8f605a501":{"id":"0b9590be-97ab-42ba-8f34-e5c8f605a501","parent":"9debc8e7-830d-4d94-8967-154f370a8f1c","children":["1337bd19-51a2-4d06-85df-23e031b6c33c"],"last_state_change":1796588906.6775415,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null,"customer_reason":null},"deletions":[]},"typename":"Task"},"1337bd19-51a2-4d06-85df-23e031b6c33c":{"id":"1337bd19-51a2-4d06-85df-23e031b6c33c","parent":"0b9590be-97ab-42ba-8f34-e5c8f605a501","children":["9b652fd5-6d2f-4fff-a4ac-b4c787a86b9f"],"last_state_change":1796588906.677776,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9b652fd5-6d2f-4fff-a4ac-b4c787a86b9f":{"id":"9b652fd5-6d2f-4fff-a4ac-b4c787a86b9f","parent":"1337bd19-51a2-4d06-85df-23e031b6c33c","children":["17bab67c-9079-428e-a316-2082fba3e869"],"last_state_change":1796588906.677864,"state":64,"task_spec":"approval_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"17bab67c-9079-428e-a316-2082fba3e869":{"id":"17bab67c-9079-428e-a316-2082fba3e869","parent":"9b652fd5-6d2f-4fff-a4ac-b4c787a86b9f","children":["f556d73a-236e-4c3f-9ea3-b9da0a87df30"],"last_state_change":1796588906.6995788,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":5,"facts":{"serving_exchange":"LAB-1","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":5,"domain_orders":[{"id":46,"type":"resource","spec":"ONT","state":"inProgress"},{"id":47,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":48,"type":"service","spec":"Access Line","state":"pending"},{"id":49,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":50,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":51,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":52,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":53,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":54,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":55,"type":"resource","spec":"Router","state":"inProgress"},{"id":56,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":57,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":58,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":59,"type":"service","spec":"Field Visit","state":"waiting"},{"id":60,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"f556d73a-236e-4c3f-9ea3-b9da0a87df30":{"id":"f556d73a-236e-4c3f-9ea3-b9da0a87df30","parent":"17bab67c-9079-428e-a316-2082fba3e869","children":["578719ce-06d8-486d-92ef-4f82ed3c2dac"],"last_state_change":1796588906.6997442,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":5}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"578719ce-06d8-486d-92ef-4f82ed3c2dac":{"id":"578719ce-06d8-486d-92ef-4f82ed3c2dac","parent":"f556d73a-236e-4c3f-9ea3-b9da0a87df30","children":["59f3583d-bb4e-497a-a3d7-e98ec543e1d2"],"last_state_change":1796588906.6778371,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","customer_reason","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","site_notes","order_approval_needed","decomposition"]},"typename":"Task"},"59f3583d-bb4e-497a-a3d7-e98ec543e1d2":{"id":"59f3583d-bb4e-497a-a3d7-e98ec543e1d2","parent":"578719ce-06d8-486d-92ef-4f82ed3c2dac","children":["97e8d82d-37f4-4520-af2f-0654ac87a335"],"last_state_change":1796588906.6778438,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"97e8d82d-37f4-4520-af2f-0654ac87a335":{"id":"97e8d82d-37f4-4520-af2f-0654ac87a335","parent":"59f3583d-bb4e-497a-a3d7-e98ec543e1d2","children":["de518f8d-4594-4305-b502-814f942940bb"],"last_state_change":1796588906.677851,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"de518f8d-4594-4305-b502-814f942940bb":{"id":"de518f8d-4594-4305-b502-814f942940bb","parent":"97e8d82d-37f4-4520-af2f-0654ac87a335","children":[],"last_state_change":1796588906.677859,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"07146fa6-45d5-4e67-a8c9-dec737cf39b7","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "TT1 1TT", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "order_approval_needed": true, "decomposition": {"order_id": 5, "domain_orders": [{"id": 46, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 47, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 48, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 49, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 50, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 51, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 52, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 53, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 54, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 55, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 56, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 57, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 58, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 59, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 60, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 20:28:26.643081+00	2026-12-06 20:28:26.700546+00	\N	5	\N	\N
43	7	plan_resource_order	5	completed	z1:eJztVsGO2zYQ/ZWAZ3MrSpRE+lhgD+2hh66LHoJAoKiRQ6xMOhS16Xbhf+/QsrxKEDcMiqaX3qThcIbz3hsOX0ingiLbFzKCfzJ238Af+r2yeyBbQjbEw944i9+/2UfrPlo0Hb1x3oRnNFrnD2pA2zioRg9qHNHYemf/hGic/BM8Nxagg45sg59gQ5zvwDcG/8sNUVq7yYbzb74hJsChGeED2fK4FubMqutisCNo/NmBfm+NNsq+eRhcwAWrDvGsP9kxqGFQ503xkK6bdGg89HMhWJTHkODNGIzGc76cMChmbI5uDNp1Mchux96w3e5ct568RzzQmt1lGZqchSaYczImy9nWuYMytlkVJTZkOo7BgzrMOTyMbvIaIsbL99mV/Hr/QKu84kVFXt2a8HyELxaKBBk1NHY6tODR4+EXWbO6LqtKlHE5qDBF/DESUomInzC7dt7DjMqlZmQpNEGNj+gqmOxZzTiVBZOUV0VLleg0bUWdS5mLHj/ORGoNkduZQu0OxwHCK6cxWoxOWFvXbc5KWlR1TTlwoCLLBS0KXTBeiaIXRfQ7l5/kjEwqDzaQrZ2GIdJohg4NZPuW8KJgmvGS5iUwyvO2oCiogmZZzTKZF3kuS/LuUnGEB5pF2qyWVSmEzKq7SmJ+LmYAcanic0HNRXEPQfkIf/Bmvwcfq+7VMGLZxqKcLFJyaSEE9/9m+jebKQIMw4J1bJTLeXdRzmhKUsSivyTnV/2l6nWt0FbInpdS0r4UQHnZt7RVPKeiEky0VVsw0SUptGaS3VTomKxQAk9YS9Mbv2joVbMrcBF0NMJ4tcLl/nj77su4J9W54J7kvMI9kac17kwAy9qspmVfCaSq76iSUNOu7rJCykypMv867nWeMS6qm7hfLtrmesMnUaCdtaCD87jvwwRj+MSIYY2NJDn//MMlwQyGOoyfjJCbc+LzXr/ZlqtGO52+JoT/eI4liDCJ9OvwSXFeiTBRtGsRdrqoGKuBVgr3caYqHLN4X0jczVmXK5bxNBH+Te+D7b5xNv2TPk8qaYE4yXl9v6ZRsoY46f2SAnFe8JsQHwdlrz0+T6e7e9v97Iz9jtAnlbpAn/iuu0KfSNUK+iRQS3kb1fvvKNz4CnfuG2b4OLX45olv3iVHezzY5jw9x7n6VZIfce135x/7wX0kp78A+hYc4g==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 58, "upstream": {}, "resource": {"resource_id": "RES-626436", "resource_type": "Technician Slot", "serial_number": "SN9717756685", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.695367+00	2026-12-06 20:28:26.720503+00	2026-12-06 20:28:26.720505+00	2	\N	5
45	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"7c2e1891-7296-4638-ad97-3b6c5a0a0a32","success":true,"completed":false,"tasks":{"fde5410f-f9c7-4c93-adb6-213b5f295981":{"id":"fde5410f-f9c7-4c93-adb6-213b5f295981","parent":null,"children":["7c2e1891-7296-4638-ad97-3b6c5a0a0a32"],"last_state_change":1796588906.7458656,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":1,"action":"add","spec":"Access Line","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24},"site_postcode":"TT1 1TT","recurring":"159.00","one_time":"250.00","domain_order_id":48,"survey_result":"ready","upstream":{"ONT":{"resource":{"resource_id":"RES-642589","resource_type":"ONT","serial_number":"SN0282582067","status":"reserved"}},"Access Port":{"resource":{"resource_id":"RES-146779","resource_type":"Access Port","serial_number":"SN2632681358","status":"reserved"}}}},"delta":{},"typename":"Task"},"7c2e1891-7296-4638-ad97-3b6c5a0a0a32":{"id":"7c2e1891-7296-4638-ad97-3b6c5a0a0a32","parent":"fde5410f-f9c7-4c93-adb6-213b5f295981","children":["03880d4d-7b14-4ee4-b85d-b76641d7124f"],"last_state_change":1796588906.745924,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"03880d4d-7b14-4ee4-b85d-b76641d7124f":{"id":"03880d4d-7b14-4ee4-b85d-b76641d7124f","parent":"7c2e1891-7296-4638-ad97-3b6c5a0a0a32","children":["c85be74a-a4f8-4bf8-88bd-094fda910aba"],"last_state_change":1796588906.77027,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"Access Line","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c85be74a-a4f8-4bf8-88bd-094fda910aba":{"id":"c85be74a-a4f8-4bf8-88bd-094fda910aba","parent":"03880d4d-7b14-4ee4-b85d-b76641d7124f","children":["fa4c42a8-9659-4e05-964b-c0fb1bd623bd"],"last_state_change":1796588906.745776,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"fa4c42a8-9659-4e05-964b-c0fb1bd623bd":{"id":"fa4c42a8-9659-4e05-964b-c0fb1bd623bd","parent":"c85be74a-a4f8-4bf8-88bd-094fda910aba","children":["472c3d98-ef37-4ca4-812b-1ee7cadb457d"],"last_state_change":1796588906.7457817,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"472c3d98-ef37-4ca4-812b-1ee7cadb457d":{"id":"472c3d98-ef37-4ca4-812b-1ee7cadb457d","parent":"fa4c42a8-9659-4e05-964b-c0fb1bd623bd","children":[],"last_state_change":1796588906.745788,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"fde5410f-f9c7-4c93-adb6-213b5f295981","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 48, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-642589", "resource_type": "ONT", "serial_number": "SN0282582067", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-146779", "resource_type": "Access Port", "serial_number": "SN2632681358", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 20:28:26.748919+00	2026-12-06 20:28:26.77053+00	\N	2	\N	0
46	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"638882fe-69bb-4612-bbc1-5086706178b5","success":true,"completed":false,"tasks":{"cac5ce30-d1c1-4fd3-ab4d-ab47a85f0841":{"id":"cac5ce30-d1c1-4fd3-ab4d-ab47a85f0841","parent":null,"children":["638882fe-69bb-4612-bbc1-5086706178b5"],"last_state_change":1796588906.7465506,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":1,"action":"add","spec":"IP Connectivity","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24},"site_postcode":"TT1 1TT","recurring":"159.00","one_time":"250.00","domain_order_id":50,"survey_result":"ready","upstream":{"IPv4 Address":{"resource":{"resource_id":"RES-698151","resource_type":"IPv4 Address","serial_number":"SN2743112177","status":"reserved"}}}},"delta":{},"typename":"Task"},"638882fe-69bb-4612-bbc1-5086706178b5":{"id":"638882fe-69bb-4612-bbc1-5086706178b5","parent":"cac5ce30-d1c1-4fd3-ab4d-ab47a85f0841","children":["0e699094-de8c-4a2b-9593-8bfac936a3f6"],"last_state_change":1796588906.7465968,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0e699094-de8c-4a2b-9593-8bfac936a3f6":{"id":"0e699094-de8c-4a2b-9593-8bfac936a3f6","parent":"638882fe-69bb-4612-bbc1-5086706178b5","children":["1ff033f6-a162-4395-929c-0b62c029301c"],"last_state_change":1796588906.7765796,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1ff033f6-a162-4395-929c-0b62c029301c":{"id":"1ff033f6-a162-4395-929c-0b62c029301c","parent":"0e699094-de8c-4a2b-9593-8bfac936a3f6","children":["f238b0ff-2454-4615-965a-5062d2888c4f"],"last_state_change":1796588906.7464888,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"f238b0ff-2454-4615-965a-5062d2888c4f":{"id":"f238b0ff-2454-4615-965a-5062d2888c4f","parent":"1ff033f6-a162-4395-929c-0b62c029301c","children":["34554c98-955f-4ac2-8f6e-f00b62329128"],"last_state_change":1796588906.7464933,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"34554c98-955f-4ac2-8f6e-f00b62329128":{"id":"34554c98-955f-4ac2-8f6e-f00b62329128","parent":"f238b0ff-2454-4615-965a-5062d2888c4f","children":[],"last_state_change":1796588906.7464983,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"cac5ce30-d1c1-4fd3-ab4d-ab47a85f0841","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 50, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-698151", "resource_type": "IPv4 Address", "serial_number": "SN2743112177", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 20:28:26.748922+00	2026-12-06 20:28:26.776889+00	\N	2	\N	1
38	7	plan_resource_order	5	completed	z1:eJztVk1v3DYQ/SsGz6ZLfVHSHgO4QHtIgXqLHoJAoMjRhrCW3JCUXdfY/97haj/kotswKJCiQG/icMiZ9+aNhq9EiSDI6pV4cE/abDr4TX4SZgNkRcgtcbDR1uD3L+bR2GeDpp3T1unwgkZj3VaMaPOj6OQovEdj76z5HaJxck/w0hkABYqsgpvgllinwHUa19UtEVLayYTDMr8lOsC28/CZrLK4F+bIQql42Q4kLn56v8aFEduY37vJawPe33yvewc3P5gAzkA45GjVJEPnYJhxICaHN4LTPmjpI+BeGPWsVfiEqTCGEYLArU7vyGoQo8dcPSbU7awP0qoYb73ObrJ1TEBaE+J9Hd64xdzL/d95O5CTc0guWrOqvWMMjdZAF/QBR16x2absVmjTXTgq+S2Zdj44EBjmdR/v8nZyEiKC0/fBlfx8/0B5mVdNSy5uXXjZwZk3rLEWY2embQ8OrQ/vWd7giZzxmswMTLGEeBrVgEXb7yNW52AUsRp+zgELjciFf0RXLluet7KgssoHWlaspG1T97RqpWI9l6IU5UELUkKUx6wCabe7EcJFFvG2Q1X40LMBhozmNZe05GygDZOctiLLRS8Hrioe/Q6Qk5xRDcKBCWRlpnGMUtCjQgNZfSCi7Rul6obyRtV4AeS0zVRLRQ684KxgQ9+Sj0fEkR7oTt2R1S2vmqZl/I63rGqKeiYQt3g5A+qOon0IwkVVBqc3G3AR9VFh+iBZLMmxC5Hc//vxP9SPsV4wnkoXe+1IxTp2B5qSBHaSc5LzRc6p8l8KvspgYG1e0r7igpY9FLSp8pY2HGrFimKoe5YkeF7W2VXB+2TBE3hCLN2g3UmSlxZYkIukoxH82QrH39GHj3/NexLOE+9JzgveE+v0hndZDC3nBVVNw2gJEoOJAs/h6SzLWV+X2Zd5rzNe8fYq7cffdneeEUkVwN4xIIN1eO7zBD68MeK12sQaWffy3THAzIXY+jdD6M2k+fPf4movLv4/+/2Xav8vTL8UraXU9qy1FOeF1hK1udRazVvF6yqnXDQNLYs8pz0qksqmKCoBMmO5SNIaLxp+VWxg1FeOtH/Sz0mYThwnOS85TqvJkuOkZ08Sxy0vrnK8G4U5d/M8hu7ujfrRavMNuU/Cen6Spb0Hz9wn1mrBfQqrdV5eV+79N1RufLFb+xXD2k89PpbiW/kUo99tTXcYk35GvwjyDvd+te5xGO0z2f8BlE1L7A==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 46, "upstream": {}, "resource": {"resource_id": "RES-642589", "resource_type": "ONT", "serial_number": "SN0282582067", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.695363+00	2026-12-06 20:28:26.717156+00	2026-12-06 20:28:26.717159+00	2	\N	0
39	7	plan_resource_order	5	completed	z1:eJztVtuO2zYQ/ZUFn82trpTktwbYAu1DUXRd9CEIBF7GDrEy6ZDUbrcL/3uHkm/bxg2DAAkK9M0ajodzzpyZ4QtRPHCyfCEe3KM2mx7+kO+52QBZErIgDjbaGvz9m3kw9smgaee0dTo8o9FYt+UD2vzAezlw79EonDV/QjSO7hGeewOgQJFlcCMsiHUKXK/xu14QLqUdTZg+iwXRAba9hw9kmcezMN/MlYrBdiDx43spwfubX6wLaDR8G/N8M3ptovkHLRzc/GgCOANhytWqUYbewXrGg9gcRganfdDSR+CCG/WkVXiPKWUZ3hQ4HvV6R5ZrPnjM2WNi/c76IK2K961W+U2+WsVw1oQYr8eIW8RQ7f/N24EcnUOS0ZrX3W2WodEa6IOecBR1NtuU3XJt+jNXVbMg484HBxyvednHWN6OTkJEcPw9uZJf7+5pXrGm6cjZrQ/PO/gHf1hzzYfejFsBDk/vfy5YWbA2L+uWzEyMsaQYBdWBRdzvI2bnYOCxOn7OBQuPDHD/EHGVkLVNp2gDraJVVTEqWlFiRnVZNFXLazmVc5wSOapC2u1ugHCWSYw2VYdVjehY2VApqzWteFbRtuwyykTDqroBkQsV/SboSc6oCu7ABLI04zBESehBoYEs35JWKCGLTtJCspZWkHVUlJzRbN2wIueg6laRdwfEkR7oj92SNx2r27bL2C3r8qJh5UwgHrFqBtQfRHwf+ER/cHqzARdRH5SmJ+liSQ5dieT+35//wf6MdYPhWMLYewcqVrFL0JQktKOsk5zPsk5tg0vhi7oo1qzKaCOFpFXHW8qZKGhRiKapOFdCZUnCL4viqu59su4JPCKUfq3dUZnnTrjgFjlHI/iTFQ5T6e27j9OeBPNIe5LzBe2JZXo1b/JynUMtKCuUoNUar+jarqRNzvNsXdV5kxWfpr3JcbDmV2k/TO/+tDKSKoCtY0AG6/B/H0bw4ZURw2oTa2Td83eHC2Yu+Na/2kkfXTx/Hx5XW/JiHO33n9LAN1yKCdpLqvWp5VOcL7SXqNVXLa+gy6GQVLWqRLnymgqmFM0kbu6yKnDaySTt4WLvrooPjPrMTfdF/Z2C6dTfKc6X/Z1Wk0uOk15DSRy35fW5uhu4OXX3vJVu74z6yWrzFblPwnrkPvGZeNZ3Wq0uuE9hlWVtfZXVu6+o3Pigt/YzdrcfBb6d4tg63iF2W9NPa9PP6C8ueYNnv1v3sB7sE9n/BX4IX/0=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 47, "upstream": {}, "resource": {"resource_id": "RES-146779", "resource_type": "Access Port", "serial_number": "SN2632681358", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.695365+00	2026-12-06 20:28:26.717874+00	2026-12-06 20:28:26.717876+00	2	\N	1
40	7	plan_resource_order	5	completed	z1:eJztVktv3DYQ/isGzyuX1Ft7awAXSA9FUW/RQxAIfIw2hLXkhqTsusb+9w73KbfZlkGBBAF6E4ejeXzzzQxfiOKBk+UL8eAetVn38Lv8wM0ayJKQBXGw1tbg96/mwdgng6Kt09bp8IxCY92GjyjzI+/lyL1HoXDW/AFROLlHeO4NgAJFlsFNsCDWKXC9xnO1IFxKO5mwP+YLogNseg8fyZLFu3DwzJWKxrYg8fD258fy5nulHKCvBTF8EwN9M3ltUHLzgxYObt6aAM5A2Adr1SRD72A4JITJOTQNTvugpY+ZC27Uk1bhA8ZEKboKHK96vSXLgY8eg/YYWb+1Pkiror/Vit2w1SqasyZEez1a3GAS5e6ftB3IyTlEGaWs6m4pRaE10Ae9zyOv6EGm7IZr01/AKrsFmbY+OODo5mUXbXk7OQkxg9P3XpX8cnef1V3LKkYuan143sLfAcSqaz72ZtoIcHh9/1PelAVjOWsacoBiikVFdeQHlnG3i0k7ByOP9fGHYLD0CAH3D6jaFAIEH3gGkOdZCe2QdSBk1rZCNp2sRVkWe3ZIGWM48kLazXaEcCFKtLYvj1RtAYOsswKqLisbCpkQjGaqAloPomspV1Fvn3uSMtKCOzCBLM00jpETekRAkGzvCP6tOkqLrMolRl/KIeNQdxlr87KqinboBCXvjxlHeKA/9Qtrurpq247Wt3XHuopVBwDxqi4PCfVHGt8H7iI9g9PrNbiY9ZFqes9dLMmxLxHc/zv0W+zQWDgYTzWM3XeEYhXbBEVJTDvxOkn5wuvUPpgzv6uEKHMFGTQDzUrasqzjrMgo43WlJEiqmjTmd21+lfk+mfkEHjGXftDuxM1LL8zARdBRCP4sheNcevf+07gn5XnCPUl5hntinea4q6ajOC1EVjAqsFSiyFocoFmei2IoBK1lysRpWMuK4irsx/ndn7dGUgWwdwzIYB3+93ECH14J0aw2sUbWPX93dHDAgm/8q7X06d3z1/lxtSlnE2m3+zcSfM3FmMC+pGqf2JekPGNfIlvn7GvaltYlxUEhWnQx5DgoJH61Q1tWnahVTWUa+5rmOv3AqM/cdv+lw5NyOmGcpDzDOLEmrzBOeRGlYJzneXkV4+3Izbm/D4vp9s6oH602XxL7lFzP2Kc9Fc/YJ9Zqhn0SqmVzHdW7L8jc+Kq39jPWt58EPp/iM/rkQ2w3pt8vTn/IfubkDd79Zt3DMNonsvsT25VlDw==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 49, "upstream": {}, "resource": {"resource_id": "RES-698151", "resource_type": "IPv4 Address", "serial_number": "SN2743112177", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.695366+00	2026-12-06 20:28:26.718499+00	2026-12-06 20:28:26.7185+00	2	\N	2
41	7	plan_resource_order	5	completed	z1:eJztVk2P2zYQ/SsLnldbUh8U6WOAPaSHImhc9BAEAkWNHGElUqGoTbcL//cOLcurBDHCoGhy6cUQh+MZvjdvOHwmjfKK7J7JBO6xM4cK/tIflDkA2RFySxwcOmvw+w/zYOwng6bRddZ1/gmNxrpB9WibelXpXk0TGmtnzd8QjLN7hKfKADTQkJ13M9wS6xpwVYfr4pYore1s/GmZ3pLOw1BN8PG0UNovmVXThGAjaFy8fvOY37zqrX5Am1FDOOZbr3ynb16/uWyMzjaz9pWDdoGBkBwGBNdN6IqnfD5iSMxXjXby2jYhzn7Pbth+f0KtZ+eQDbQyekcp2qyBynenhGmxmBo7qM5UG0h47nmcvAM1LDkcTHZ2GgLD6/fJlfx+/zaRUopckBe3yj+N8CVMrEyn+srMQw0u4P2NFmUheSZlFrYR/hyIxyBYQ6T6iIm1dQ56FTg8w8Xy+Mqr6QFdZdMAz3Od5G2JP6osEyF4nfAMZFuDVFlWnCqoNYSiLrXTdhh78C/FDNFCdCJV2YoSo0jOeZJLyRKleJuULKeU1gAgThSckEc5YxGVA+PJzsx9HyrY9Q0ayO4dqQXkrNBFknImkrzJamSyLRKalzWjqWaapeT9GXGgB6pV06yUvBBCUn7HZVowli0E4hbPF0DVWWooK+fxHN51hwO4gLpV/YSwO4NKMliSc+8guf930X/XRYFe6FemQ4ecj7wPYkZTlB5W9UU5v6gvVq1bfTJKgYk0S3ihAFsMIBGZahNaMlqmoi5TJuP0WZTiqj6naH0SeEQsVdu5VUEvit2Qi6SjEaaLFc63x7v3X+c9CufKe5TzhvfIOm15b1Pe6DplSSooplDQJlLg/QaStoWktWQUvs17yURZpPIq7+drtrpc7VEl0NYY0N46/N/HGSb/mRHDdiYUybqnX84JFjLUMH02O742IL5s8qsduemx4/FbGvh5sytCelGlXqUX5byRXqRUt9JrVCvqVpZJ1kgcqJrniWAMbwnaclFkZS4hj5OeFPyq9MA03zmQ/k17R2FaOY5y3nAcWZMtx1GPlhiORZ6nVzkee2Uuvb1Mpbt70/xqO/MDuY/CenlQxb3mLtxH1mrDfRSr+N+rrN7/QOWGZ7e13zG7p7nGt0546a456nEw1WlqTgv6TZJXuPendQ9tbz+R4z9jHRzZ	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 52, "upstream": {}, "resource": {"resource_id": "RES-999848", "resource_type": "IPv4 Block", "serial_number": "SN0575963993", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.695366+00	2026-12-06 20:28:26.719119+00	2026-12-06 20:28:26.71912+00	2	\N	3
42	7	plan_resource_order	5	completed	z1:eJztVktv3DYQ/isBz6Yr6kFJeyzgS4H2ELvoIQgEPkZbwlpyQ1J23WD/e4er3bUcdBEGRdNLb+KImuH3GA0/Ey2iIJvPJIB/MnY7wB/qd2G3QDaE3BAPW+MsPv9qH617thjae+O8iS8YtM7vxISxMIlBTSIEDErv7J+QgrN/gpfBAmjQZBP9DDfEeQ1+MLhubohQys02HpflDTERdkOAT2RTpXdxqSy0Tsn2oHDx3s0RPK6t2KUj/iys2IJ+d4nvvdOzioOHcUGAaDzmAm9CNCokqM9mNMt5DpgYqw57F6JyOmV8eGDv2MPDEbuavUdOMMqa26LAmLMwRHMsXZ9C2u2EscMKGCKb9yF6EDssd0iZgpu9glT8/HzcSt7f3dO273jFyOu2Ib7sYQ0WtTFiGuy8k7jekPtfal73fVGWVZ1eRxHnRD0mQBWR7AMWVc57mERiMSzHQIHiEEV4TCr1Sqpu5JSDKmitipr2stSUjdDyplKs0d1RQ6Ugybqop9xuP0F8lTNlO3KqZSdKVUnK+wbzjRWjXas62oDWpWRFz8QR/hF11mbUUniwkWzsPE1JSDNpDJDNB1LJWmsAPL3SguJzS3uhWqql4NABsE7W5OMJcaIHhrOrWdvzpuv6gt/yvmIVW/jDN7xe8Awnr91H4SMeI3qz3YJPoEcxBURtLOpiUZFT8yC3/7fRv91GiWSYznynFjkd/iE5GkNZpjhbMGvzqwVzLbs2aSM73SuoqGwZYIupiqJSHcXm4rpgouCyzTNp25VXXRqyXUrgCbEMo/FnH736dkUuko5BCJconH4hHz7+Pe9ZOM+8Z21e8Z6p05p3CR3XGvcUpR5pLcaRiqaRVHcKOi36Cir5dd5bhkLX9VXeT//a4fJvz5JAOWtBRefxu08zhPgmiGmNTSI5//LDqcBChtiFN8PjywnxZZtf7cZVfx0OX9P/vxlcGZbLkvhsuazNK8tlWnRtOSVYIzkHqvmoaV2KinZ1wWk/oo0YZzXXGa2eLNdcn0dg9TdOo3/S1VmQzhRnbV5RnCnJm67OubBkUdy3/CrH+0nYS0svw+j2zuqfnLHfkfssrBd7593kLtxnarXiPodVXlbXWb37js5N123nvmFkh1nibSfdcs815H5nh+OwDAv6VZEf8d1vzj+Ok3smh78Ay4syFA==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 55, "upstream": {}, "resource": {"resource_id": "RES-798631", "resource_type": "Router", "serial_number": "SN4649902234", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.695367+00	2026-12-06 20:28:26.71989+00	2026-12-06 20:28:26.719892+00	2	\N	4
47	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"2100e309-dd25-45bc-9b6d-cb1e4ec546fa","success":true,"completed":false,"tasks":{"2cff39e5-1c5e-4bcc-9f4e-786861e8b098":{"id":"2cff39e5-1c5e-4bcc-9f4e-786861e8b098","parent":null,"children":["2100e309-dd25-45bc-9b6d-cb1e4ec546fa"],"last_state_change":1796588906.7471008,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":2,"action":"add","spec":"IP Connectivity","name":"Static IP Block","product_ref":"","characteristics":{},"site_postcode":"TT1 1TT","recurring":"10.00","one_time":"25.00","domain_order_id":53,"survey_result":"ready","upstream":{"IPv4 Block":{"resource":{"resource_id":"RES-999848","resource_type":"IPv4 Block","serial_number":"SN0575963993","status":"reserved"}}}},"delta":{},"typename":"Task"},"2100e309-dd25-45bc-9b6d-cb1e4ec546fa":{"id":"2100e309-dd25-45bc-9b6d-cb1e4ec546fa","parent":"2cff39e5-1c5e-4bcc-9f4e-786861e8b098","children":["f484e801-5006-4186-bfbe-430794f9f388"],"last_state_change":1796588906.7471476,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f484e801-5006-4186-bfbe-430794f9f388":{"id":"f484e801-5006-4186-bfbe-430794f9f388","parent":"2100e309-dd25-45bc-9b6d-cb1e4ec546fa","children":["ea7cc21a-7f5c-4e7f-8dba-ba063dbcc7f1"],"last_state_change":1796588906.7822895,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ea7cc21a-7f5c-4e7f-8dba-ba063dbcc7f1":{"id":"ea7cc21a-7f5c-4e7f-8dba-ba063dbcc7f1","parent":"f484e801-5006-4186-bfbe-430794f9f388","children":["386e3127-cd8e-43bd-974a-8d4f4cbb4f05"],"last_state_change":1796588906.74704,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"386e3127-cd8e-43bd-974a-8d4f4cbb4f05":{"id":"386e3127-cd8e-43bd-974a-8d4f4cbb4f05","parent":"ea7cc21a-7f5c-4e7f-8dba-ba063dbcc7f1","children":["e4b69561-7c80-404f-bae0-d9f64ffbf45b"],"last_state_change":1796588906.7470448,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e4b69561-7c80-404f-bae0-d9f64ffbf45b":{"id":"e4b69561-7c80-404f-bae0-d9f64ffbf45b","parent":"386e3127-cd8e-43bd-974a-8d4f4cbb4f05","children":[],"last_state_change":1796588906.7470498,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"2cff39e5-1c5e-4bcc-9f4e-786861e8b098","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 53, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-999848", "resource_type": "IPv4 Block", "serial_number": "SN0575963993", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 20:28:26.748922+00	2026-12-06 20:28:26.782514+00	\N	2	\N	2
44	4	plan_field_visit	5	waiting	{"data":{},"correlations":{},"last_task":"58757159-cf4c-4605-ad48-b1c6fd2d49a7","success":true,"completed":false,"tasks":{"b9ddc414-a5de-46fc-8b33-50f69059400e":{"id":"b9ddc414-a5de-46fc-8b33-50f69059400e","parent":null,"children":["327f4014-6feb-4a4d-9c8d-d273c52070b0"],"last_state_change":1796588906.7252219,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"TT1 1TT","recurring":"0.00","one_time":"195.00","domain_order_id":59,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-626436","resource_type":"Technician Slot","serial_number":"SN9717756685","status":"reserved"}}}},"delta":{},"typename":"Task"},"327f4014-6feb-4a4d-9c8d-d273c52070b0":{"id":"327f4014-6feb-4a4d-9c8d-d273c52070b0","parent":"b9ddc414-a5de-46fc-8b33-50f69059400e","children":["ac3fc24e-d60d-4761-a6fe-018034357e04"],"last_state_change":1796588906.7252817,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ac3fc24e-d60d-4761-a6fe-018034357e04":{"id":"ac3fc24e-d60d-4761-a6fe-018034357e04","parent":"327f4014-6feb-4a4d-9c8d-d273c52070b0","children":["21c3d0e0-aef6-4fba-929a-56402d452812"],"last_state_change":1796588906.7254813,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"21c3d0e0-aef6-4fba-929a-56402d452812":{"id":"21c3d0e0-aef6-4fba-929a-56402d452812","parent":"ac3fc24e-d60d-4761-a6fe-018034357e04","children":["ea09bb0c-ac75-42ff-bf95-4b1249b9ac15","c1baff88-7a5a-4e6d-a22c-0d4cbe1fb958"],"last_state_change":1796588906.7255282,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ea09bb0c-ac75-42ff-bf95-4b1249b9ac15":{"id":"ea09bb0c-ac75-42ff-bf95-4b1249b9ac15","parent":"21c3d0e0-aef6-4fba-929a-56402d452812","children":["1e1b08c8-b146-47e3-b331-58c65337a8d7","ede308e1-0752-43c6-9f93-b925e645b202"],"last_state_change":1796588906.7397652,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"c1baff88-7a5a-4e6d-a22c-0d4cbe1fb958":{"id":"c1baff88-7a5a-4e6d-a22c-0d4cbe1fb958","parent":"21c3d0e0-aef6-4fba-929a-56402d452812","children":[],"last_state_change":1796588906.7398024,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1e1b08c8-b146-47e3-b331-58c65337a8d7":{"id":"1e1b08c8-b146-47e3-b331-58c65337a8d7","parent":"ea09bb0c-ac75-42ff-bf95-4b1249b9ac15","children":[],"last_state_change":1796588906.7399268,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ede308e1-0752-43c6-9f93-b925e645b202":{"id":"ede308e1-0752-43c6-9f93-b925e645b202","parent":"ea09bb0c-ac75-42ff-bf95-4b1249b9ac15","children":["073ea7c5-4f72-4305-9057-96a3f1aa51df"],"last_state_change":1796588906.740001,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"073ea7c5-4f72-4305-9057-96a3f1aa51df":{"id":"073ea7c5-4f72-4305-9057-96a3f1aa51df","parent":"ede308e1-0752-43c6-9f93-b925e645b202","children":["58757159-cf4c-4605-ad48-b1c6fd2d49a7"],"last_state_change":1796588906.752216,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":5,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[48,50,53,56]}},"deletions":[]},"typename":"Task"},"58757159-cf4c-4605-ad48-b1c6fd2d49a7":{"id":"58757159-cf4c-4605-ad48-b1c6fd2d49a7","parent":"073ea7c5-4f72-4305-9057-96a3f1aa51df","children":["f06e3d6c-de6a-4ae9-8ec1-ba7c5aba653b"],"last_state_change":1796588906.793492,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"TT1 1TT","work":"Install ONT","order_id":5}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-393554","engineer":"Ana Costa","date":"2026-12-07","slot":"08:00-12:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"f06e3d6c-de6a-4ae9-8ec1-ba7c5aba653b":{"id":"f06e3d6c-de6a-4ae9-8ec1-ba7c5aba653b","parent":"58757159-cf4c-4605-ad48-b1c6fd2d49a7","children":["caf80fe1-11e5-437e-a84b-568e5fa021e1"],"last_state_change":1796588906.793527,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"caf80fe1-11e5-437e-a84b-568e5fa021e1":{"id":"caf80fe1-11e5-437e-a84b-568e5fa021e1","parent":"f06e3d6c-de6a-4ae9-8ec1-ba7c5aba653b","children":["b0e68069-14cc-431f-b268-f35f1da20f8f"],"last_state_change":1796588906.7399826,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"b0e68069-14cc-431f-b268-f35f1da20f8f":{"id":"b0e68069-14cc-431f-b268-f35f1da20f8f","parent":"caf80fe1-11e5-437e-a84b-568e5fa021e1","children":["c9fbb9af-891e-493d-8a74-58b22fa845cf"],"last_state_change":1796588906.7399893,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c9fbb9af-891e-493d-8a74-58b22fa845cf":{"id":"c9fbb9af-891e-493d-8a74-58b22fa845cf","parent":"b0e68069-14cc-431f-b268-f35f1da20f8f","children":[],"last_state_change":1796588906.739996,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"b9ddc414-a5de-46fc-8b33-50f69059400e","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-626436", "resource_type": "Technician Slot", "serial_number": "SN9717756685", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [48, 50, 53, 56]}, "visit": {"visit_id": "FSV-393554", "engineer": "Ana Costa", "date": "2026-12-07", "slot": "08:00-12:00", "status": "scheduled"}}			\N	\N	2026-12-06 20:28:26.727158+00	2026-12-06 20:28:26.794078+00	\N	4	\N	\N
48	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"bd1a88c0-bbf2-495a-b679-3b2b8baa70dd","success":true,"completed":false,"tasks":{"356a3bda-0570-4eeb-a564-d745a6ec3ad1":{"id":"356a3bda-0570-4eeb-a564-d745a6ec3ad1","parent":null,"children":["bd1a88c0-bbf2-495a-b679-3b2b8baa70dd"],"last_state_change":1796588906.747639,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":3,"action":"add","spec":"CPE Provisioning","name":"Managed Router","product_ref":"","characteristics":{"wifi":true},"site_postcode":"TT1 1TT","recurring":"15.00","one_time":"45.00","domain_order_id":56,"survey_result":"ready","upstream":{"Router":{"resource":{"resource_id":"RES-798631","resource_type":"Router","serial_number":"SN4649902234","status":"reserved"}}}},"delta":{},"typename":"Task"},"bd1a88c0-bbf2-495a-b679-3b2b8baa70dd":{"id":"bd1a88c0-bbf2-495a-b679-3b2b8baa70dd","parent":"356a3bda-0570-4eeb-a564-d745a6ec3ad1","children":["44d52f06-85b1-4f3a-a5a0-cd5bfb67da71"],"last_state_change":1796588906.7476838,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"44d52f06-85b1-4f3a-a5a0-cd5bfb67da71":{"id":"44d52f06-85b1-4f3a-a5a0-cd5bfb67da71","parent":"bd1a88c0-bbf2-495a-b679-3b2b8baa70dd","children":["ccfdfdac-29fc-4558-b7e0-3f1c72e5643b"],"last_state_change":1796588906.7876678,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"CPE Provisioning","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"wifi":true}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ccfdfdac-29fc-4558-b7e0-3f1c72e5643b":{"id":"ccfdfdac-29fc-4558-b7e0-3f1c72e5643b","parent":"44d52f06-85b1-4f3a-a5a0-cd5bfb67da71","children":["cfbf097a-e5c5-4e93-85af-43eb65d588ef"],"last_state_change":1796588906.7475812,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"cfbf097a-e5c5-4e93-85af-43eb65d588ef":{"id":"cfbf097a-e5c5-4e93-85af-43eb65d588ef","parent":"ccfdfdac-29fc-4558-b7e0-3f1c72e5643b","children":["1a4ee342-5ad1-41a5-bbdb-8cbaacb278ad"],"last_state_change":1796588906.7475858,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1a4ee342-5ad1-41a5-bbdb-8cbaacb278ad":{"id":"1a4ee342-5ad1-41a5-bbdb-8cbaacb278ad","parent":"cfbf097a-e5c5-4e93-85af-43eb65d588ef","children":[],"last_state_change":1796588906.74759,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"356a3bda-0570-4eeb-a564-d745a6ec3ad1","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 56, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-798631", "resource_type": "Router", "serial_number": "SN4649902234", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 20:28:26.748923+00	2026-12-06 20:28:26.787901+00	\N	2	\N	3
50	7	plan_resource_order	6	completed	z1:eJztVttuGzcQ/RWDz6Yr7nJvenNQF21ROEDtIg9BsOBlViGyIhWS69Q19O8daiVbKqqEQYEUBfq2HM7OcM45w+ET0SIKsnwiAfyDsaseflfvhV0BWZJfvr+ld69/u/+RXBIPK+NsMjqr8eOSbLxx3sRHtFnn12JEWxhFr0YRAhqld/YPSMbJP8BjbwE0aLKMfoJL4rwG3xtc15dEKOUmG3fL4pKYCOs+wEeyZGkvzomF1inYBhQuXt/e48KKdTrnqykYCyFc/GCkh4ufbARvIe7O6PSkYu9hQD80YG0eI4I3IRoVUuFSWP3J6PieLKvFAjNEgVu92ZDlIMaAZw14oH7jQlROp3x3b9j1Bbu+TvGcjSlgjyHXeHi+/ay7BzV5jzCjmVXd1WKBRmehj2ZXSVEtZpt2a2Fsf4QSQjFtQvQgMM/TNsUKbvIKUg2H750r+fXmjtZFWTQVeXHr4+MGnpFDto0YezutJfh0xtuO1bypurItyYzBlEjEv1EXSNt2m4r1HkaR+AjzGZBqLF2ED4kfyYt20IJWdc0oF0zTttCSDmU5yFKqplOzGpSCJJBZB8qtNyPEF2GkaDtemoZVhWxKypjGeIp1VKp6oKIoOEZsJS/L5LcrOcsZ9SA82EiWdhrHJAYzajSQ5VsydKrT9UJRxbmmHBijXdEUFEpZDbxTRaslebevOMED/aFPWNPVVdt2i/qqrUrWtjN+uFPzuZ5+r9q7KHySZfRmtQKfit5LzOw0i4zs2xGx/b8x/5ONmZiD8UBiaro9GPepTdCUpbSDrrOcX3Sd2wfHyu9qvgAMRZum7iivGkzBO05liZeBEBxaVWYpHzEqz0o/ZEufwAPW0g/GH0T50gxH4CLoaITwbIX9vfT23d/jnlXnAfcs5yPcM3k6vXF4KXVT0U4zTjkrOG1r2dJKVRL0IKAZeAbuTdO1xVnY9/d3/zwsshjA5rGgovP438cJQjwxYlhjE0fOP363TzBjIdbhZBqdjJy/3hfnm/GoubbbL5H/L8zBDLFlkfvS5BnOR2LLFOex2HjbSslQmlAwSTnOZNq2Q0nrUjUl120hFixHbO2i4uys2sDqr5xu/6Shs2o6YJzlfNLQWZwcY5z1AMrBmLHmLMSbUdjnbp7H0NWN1T87Y78h9FmlHqDPfBg+Q59J1RH0WaDypj6L6s03FG56ujv3FcM6TBKfS+nRfMghN2vb78ZkmKs/SvIK9944/2EY3Sey/RNpclNH	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 61, "upstream": {}, "resource": {"resource_id": "RES-623275", "resource_type": "ONT", "serial_number": "SN9164759383", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.857566+00	2026-12-06 20:28:26.878464+00	2026-12-06 20:28:26.878467+00	2	\N	0
49	2	customer_order	6	completed	z1:eJztW91v2zgS/1cMPbWA2RMlSqTy1va2uB5622DTu31oA4MiqURXWXIlOWm36P9+Q8mS6UR2xmk2WBzyFkuj4XxwfvNB5runZSu9k+9eVWtTL3LtncRzTypVrcu2+xnMPbVu2mppau/Ee1XLq2q2KpQ39xpzsTRlC0+bZQq/1aUsS1PAb7nK4XdtvqxN0xq9UNVyVZg2r8oFrGe8k3JdFD1BXptmIVerurqS8Gkmi8aAAJsHi9rIpiob7+TjuaVX67rOy4tFW7WW2qOCvfB9WKsqzaLNl2Z8E9Gof9PkrVmsqqZVlYaVvbPf6csZffnSc1bRRuUNSNeJbp8Z75YMg9BS/xfMYRVvFmVllfG8rYluEMPaSyv8dzDWF++EWtO2m4W0tnJnmbEaWdOum7w0TTN7k6e1mb0tW1OXpnWIOn8Ajy9rWbZ5+637AULqtWph4awXpVkvl7KGl96v5nq2nyu4qwZpgHPT5qqxmyCVpb7OdXvpnUS+D6xaCa8W+Wp0zAFrqqpsLcMFsFzCvmE/fsw3egeH9D7rFpm9PZ29Kir1+aa+4XH63uZ2W8+tYOEhwf4lS3lh9Oy3ag1f35QrOE6uW8wmzH+dZ7l30tZrs5WQHZLwbQkeKgrZvb8hX3ScfDdYTRmti8CLXpR3Vak7wsbUV3ZJ89WG/4XdE+/+/is5e//vD//oFqmvzLdFaYw2utdt7rVGXZa56gKvlXnRjO83u2xV51XdCe6VVb2EgAZOhVyoQjYgi5fWVfmHjVFT1rm67FHo+19Muh/zDaiOQLK7DoAOwGIFEdUJfQOCdbWUebnonvUI0r0AR7bfVlYPwM1qXStrhWZlFDx5/+sHr49Z+z4vT+vqAqgaz26m7uvgwNcvlbIwcVrV7R1cwpFLZ94JJu8AchwmK1Nqu2FHDuyAHG9Pr9jspdbdmocFifYLAvH/uoJsBKFzZV11QJh45LIJkS2XXcycnW7fb5hdS/Cey4zfpdmASof0Eg+iV7Jfry1I3q0S9w+oNKLZAXU43a/O69NfrAhXXfa1q+7Xhwf79dkFV4xS4QGlPvQAkMtydlZUd0QDZ/u1e5ObQs/+A8odlCXar5iLyofUOgewydZFlhcDFj4smGwKOACvn8CSCSZHQ8kEj3uAyQSXe2HJBJ+fQZMJdkfjyQSPe8HJBJ97AsptTsdBysT390OUCUY/gykT7O6HKhOMjgaVCR73hxWHmQUWVVRQKJlbqLJhawGFzoN5OGfnPyx5Vdem593VjXMP6iLoCmTzGXgnLDNa8phEmQoIyzJKpEoVybTIAkP9MKO8q8y68B9qpa1EQ5EG3LqaOY5SGRqWEpPFijAZBERKHhIf+ISxMEZJZumszDhiUEzWHYr2PZy6zAsAECjRPnqRTpXkNCWREsAgkSkRLAkJ11GWxQH3RRZ65xuNO3MuhsKT8iSOhEj8+IUIKGdJMBq8gzBQaLGNpg442zq/uDC1U3rmHXjY0rRv28G4Tw38bgM/1bl3D3F9u3341LU/de3/P127xQhTDHBhU0Ipl3YXfLCIDI9QoDZAKIp4C6FYyHVBlrGYC54ExKcCUoTmjCS+1AT+0CrwtWEBDmRFELC9INvjpZKrdm0RFoO2nrkCpRZZXg+JaIu/jpW99cqCZDM+NZtc+PF82gEohQcHoIgdByAdtuOAOFVpwjMSRaFPWCwpEXEsiaQyYBkXYUQlygGJ8PdnuX52s7DYhLP+FuS3f3dB44yBBnbj+42pz+DxzJkWzb3PeWk/HQhnrUwL++Vl3gJUFrmyMfbm7W9ntg+SF9D1XfRhNox2y9W67bNEIdMua3aLjDA798zXlW08ehhYr1ZQRirZmGc7cPwcCCFXrXdw2c7alrJVl5B763VhNk1bqc3XDsPss171jldzbXFk3fYSPdIgrBsIapPJddE6bnt0MebQBte21B+LjK4o0WNR0OPgXaH6aNJiAAETgCMgYIgdQEACiAsIOlFK8zQmjPshgLjWRGjpk1DFMgEwoSr0MYAQ+PxOPBhr1YfDBIflTVx4vXn1p2PDuNBQdN+Ah+3jAQxsTX4QB8IdHDAXi6q97CuebQhiZ9V3xjJ+6P0w0YhfDxFPqP07xBOK2I0nXPy58RQIP1R+IkgiKeTkgCsigpCRIKBRxKgwgdCYeOI+TaK9AQXdFhQ5i52djQgp1Q+EKtsTdf3fzsO+cqrl36a4g03ksrnVjXY7+vEwFn9Cg9iHf+kTJtzuR+22YfejiJ3dj4yWnSEKZyJLGCeJoBSWMD5JjOAEIieVOgmN4ga1+yF/hXt3/2BaQGZzLb8dOU75mXIepd/YT2GIHXsj/ePaW3BjJGc+yZRKCaOpIgkDZ4UpTRkzhoqMo+wdRPxOc0NU4Mr5h7E1SrfB1ihit3XC+ca1ta9TrXwREpWmCWFpnJEkjiMSmMhXkZKh9BOUrUMexHuN7c6yHn9/o3QcbI4idmyO9JFr8zDwM84U8BSBgSUUJVIoTmSseODHmR8FAmVzxijK5I+8x1H6DfZGETv2Rvpnp3qhSZxJrUjmS0mYYbCEkfCJygB9MqOSgKHsHTO6v3rpcl2efdvOln+yIdi9jDHRC7y3BDOH4E9oA+xxZjNrL2ULjUBRzKp61ttmJmfbY5qdzqCb5D/rZtIfy6p9VuRNO7NjW5mXzbOPn6DGaOxh+SdvPvtkD57WS9P/3e0t+Pt8PrOfv+hHks+fnzszB2ZnljvSHVh/5zv0iKKS9vwAeh+Vd2Z1uooDF2Tuakn6Uuphmo1DYuBKLExIjCUWhtgJUWRIuyGahCxIZAQFQhRqqMqUIIJRSWjEeZpQGaUiRoUoDw80GKPBHj8HoRQcDI4idmssnIN2aiwZaRVElIQ+s2WZbwgsCFhKQ1/EVKo4xUxIGOX7J9abq6n9NY4HsfX9bsBO3nVFlmsYM43lGobYcRvSza7bsjTQoZFQXoSCERbqhEgZxlBch1QypahWmNKB0YSFiDixVtbIw4aHiROUgoPBUcRurYZzkGvwlLKMR5QRrkIbWlBzCBYwkgRpKkTKeaIwvR+sFUT7e7+twR+3UkNpN1gbRexYG+mdnUrNZIbyLCapPQBiPg+IDHxBKI38iOqYBTEmDcQ0CuP923u4yIo8xkHOl1yue+ZKmVR9GXHHEOb21AZ9wXhifoOZGj3d7Z2U4+lu79Pd3qe7vUff7UX2IBiwH3sQDLGTfJDJaifVS8FZEgqiJKzDEgZLUA6FGZAnWexLEyEOORIhDo4JpLXTwrn7/JA5aIL5ZCpCZISn29lPt7Ofbmc/3c5+4NvZyL4EA8VjX4IhdqcluFSyc0oiWJiyTJBYRwFkE82JSBJFUioyJoMsFTxFpIaE+yzcf0pi760fMy3BZoVdvvdNCEfeqsecy2CsOp7LYIjdAgC3K1wvU61jmtlppbRjNKEyqBn8kPip0LE2sUw0RXmZhtF+L2/ucVqfPOZgBaXcYGwUsXsog3POzsQX838VGGND6O6PqGHy1xn9xS+l/meVl4859sVoOY59cf9qMlod6SXH6ih7hiLZa1Cw4KNZD57VVXXEnexmnQIY2TpvWCNdLctFdwl6c+DiLPIK3v1e1Z+zorr2fvwP88BhTw==	{"order_id": 6, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "customer_reason": null, "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true, "decomposition": {"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 70, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "waiting"}]}, "fulfilment": {"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "completed"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "completed"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "completed"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "completed"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "completed"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "completed"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "completed"}, {"id": 70, "type": "resource", "spec": "Router", "state": "completed"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "completed"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "completed"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "completed"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "completed"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "completed"}]}, "closure": {"order_id": 6, "products": [1, 2, 3, 4]}}			\N	2	2026-12-06 20:28:26.822926+00	2026-12-06 20:28:26.998283+00	2026-12-06 20:28:26.998286+00	6	\N	\N
51	7	plan_resource_order	6	completed	z1:eJztVttu3DYQ/RWDz6arO6V9c1AXbVGkRZ0iD0Eg8DLaENGSG5Jy6hr77x1qV7bSZhMGBVIU6NvqcHbIOXMOhw9E8cDJ5oF4cHfabHv4Xb7hZgtkQ3769jm9/fm3F9+TS+Jgq62JoDUKf1ySvdPW6XCPmLFux0fE/Mh7OXLvERTOmj8ggpO7g/veAChQZBPcBJfEOgWu1/jdXBIupZ1MmD+LS6ID7HoP78gmj2vhuDFXKibbg8SPaynB+4tfrAsIGr6L5302eW0i/J0WDi5+MAGcgTCf1apJht7BgHEIYI0OM4PTPmjpIwGCG/Veq/CGbOosw50Cx6Ve78lm4KPHM3s8WL+3Pkir4n63L/Pri/z6OuazJsSEPabcYRHV4ZPhDuTkHNKNcF53V1mGoDXQBz1XUtTZEVN2x7XpV2whP9PeBwcc93k4xFzeTk5CrGH5PYeSX29uKauaMi/IU1gf7vfwNwax+5qPvZl2Alw86/MyY1mTVU3VkSMXU2wqZkGdYBsPh1i0czDy2B9/PAu2Hing/i2G1l02ZAwaymXX0Eo1inKmBtp1HcKyy6BpZnXMB1l0Ie1uP0J4EkrMNvenbIahlq2izZBJWslaUFG1BQXFJWu5GCTWiXFz6UnBqAvuwASyMdM4RlHoUSFANq9Iw1RXlk1GeVEVtCrLgvKs7mguuqqrWZ01rCGvTxVHeqBffJOzrqnbtsuaq7YuWyTxSCAuNdWxoP4k49vAZ/qD09stuFj1SWt6Fi+25ORPJPd/p/6nnRo7COPSzOjCExkvol8QSpLcIvCk4CeBpxpibQHZDaprGaNKYvaqKDPaSSFoqeocNd4KVrAkC3RZxc5awCdbgMAd1tIP2i3ifDLFilwkHUHwjyicLqhXrz/Oe1KdC+9JwSveE/u05p3lQklRAG0aUdIqH0oqsqGiggEA8qpEXifwzlpWtGdpP13k/eP0SOoAmseADNbh/95N4MMHIKbVJvbIuvtvThscueA7/8F4+ugM+uv9cd6UK5MdDp8Twb84IBPEl9TsRXxJwSvxJYp1Lb6hwotA4O3AWkxcyVLSVsmBtmVRAeNZ2ybNPRQfK86KD4z6wqH3T/ydVNJCcVLwiuLElqwpTnoYpVDc5m15luP9yM2ju49j6erGqB+tNl+R+6RaF+4TX4yP3Cf2asV9EqtVdZ7Vm6+o3Pi2t/YLhrefBD6f4q217CH2O9PPY9Mfq19t8gzXXlr3dhjte3L4Ew+QZFs=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 62, "upstream": {}, "resource": {"resource_id": "RES-746312", "resource_type": "Access Port", "serial_number": "SN3070604649", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.857569+00	2026-12-06 20:28:26.879092+00	2026-12-06 20:28:26.879094+00	2	\N	1
52	7	plan_resource_order	6	completed	z1:eJztVkuP2zYQ/isLns2tJOpB+bZBN0iKIi26KXIIAoEiRw4RmXRIatPtwv89Qz/W2iZOGQRIUKA3azSe4XwPDe+JEkGQ5T3x4G61WXXwl3wrzArIkvz68wt689ufL5+RBXGw0tbEoDUKfyzIxmnrdLjDmLFuLUaM+VF0chTeY7B31vwNMTi5W7jrDIACRZbBTbAg1ilwncbnekGElHYyYfdYLIgOsO48vCfLPL4L+8ZCqVhsAxIfnv9+W15cKeUAey2IEet44CeT1wYjF0917+DiuQngDITdYa2aZOgcDJiHARzSYWlw2gctfUSgF0Z90Cq8Jcsqy7BVEPiq0xuyHMTo8dAeT9ZtrA/Sqtjv5lV+dZFfXcV61oRYsMOSa5yi3H4x3YGcnEO8MZxX7WWWYdAa6ILeTVJU2T6m7Fpo083gKhdk2vjgQGCf+22s5e3kJMQZjr93qeSP6xuat02ecXJK68LdBj6FEPnXYuzMtO7BxcO+KHnFmrrK2obswZgirZiOSkEit9s4tXMwisiQ3x8GyUcMhH+HqbWCgrOhp0xkOS3rWtGW54o2omCCDYpB1e/0IWU8w0EZ0q43I4STVGK1HUFiaIuGA9BSZoKWeawnuKCirZnsi1oOXMa83exJySgM4cAEsjTTOEZV6BEBQbm9JjC0VckHoIMUGS3LKqM8YzkFWal+GHpWqYG8OUwc4YHu6Jy8aeuK8zarL3lVMt4WewBhT18cqDsI+SYIFwUanF6twMWpD2LTO/UiJQeHIrj/e/W/7dVIIYxHNqMPD2C8jIbBUJLmjgpPSj4pPNURcw9UwKUqCkVzrgpasqaiLZOCDpUqsqyRPVdtkgdKVjZnPeCTPUDgFmfpBu2O6jy5YgYugo5B8A9ROHyhXr/5PO5Jcx5xT0qe4Z7I0xx3VTellIWkRSMkLXktaF8ITpGzplTQcJbzBNybljFencX98CnvHhZIEgXoHgMyWIf/ez+BD4+CWFabSJJ1dz8dGuzBEGv/aEN9fg398xNy3pYzm223/yaDH7kkE/SXxPdRf0nJM/0l6vWR71ueZaKoKfC+puXAB2yhcqqYqIqmlRmrIE1/nNVn9QdGfeXm+yaPp8z04PGU5BnGiZzMMU66HaVgXLLqvMc3ozAPBt+vpstro36x2nxH7JNmPWKfeG086TuNqxn2SajWxXlUr7+jcuMN39qvWOB+6vEKFa/Uxx79Zm263er0++lnTZ7gu1fWvRtG+4FsPwJuvmta	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 64, "upstream": {}, "resource": {"resource_id": "RES-197108", "resource_type": "IPv4 Address", "serial_number": "SN4853765097", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.85757+00	2026-12-06 20:28:26.879715+00	2026-12-06 20:28:26.879717+00	2	\N	2
53	7	plan_resource_order	6	completed	z1:eJztVktv3DYQ/isGz0tXT4ram4MaaIoiDeoUOQSBQJGjrWCJVCjKrWvsf89QWq2VIIsyKOBeelpxOMvh9xiST0QJJ8j+iYxgH1p9qOAv+YfQByB78suPb+jdr7+/+4nsiIVDa7QPGq3wY0cG2xrbukeMaWN70WFs7EQlOzGOGKyt0X+DD072AR4rDaBAkb2zE+yIsQps1eKY7YiQ0kzazcNkR1oHfTXCp3kgpFsKC6X8YgNIHLx++5BdveqMvMeYFr3f7p0TrpVXr9+eJwZr1CRdZaHBeQwgNIsLgm1HTMVdPh1xSaxXDWZ00qh5nffxzVV8czOjlpO1SAuG4+g6ijBmNFSunSsm+RJSphetrjaYih2ZhtFZEP1SxMJoJivBU71+z6nkt9s7ynmRlYw8p1XucYCvcaJEregqPfU1WL/RN2WepVle8tzvYkT8k2ceF0ExkesjFpbGWuiEJ/GEF/VxlRPjPabKWhR5GSsqsyajmYiBlmkhaFpHKmrKPCm4mCWUEryqi3jS9EMH7llNv5pfnUgleCJYQ0UJDc2KEr9YHVHeSL/TJFYZ93kz8qBkVFFY0I7s9dR1XsK2Uxgg+w+kVinUwBhtijShWQw1RTicJmUsC5XzlKM8H0+IPT1QreaOi5LlnJcRu+Z5hj/pQiBOsWwBVJ28hr6yDvfhbHs4gPWoG9GNCLvVaCWNkpyaCMn9v51eoJ08z9CtlPtWOe35nXc1hoKMsdowKPnZhqG23Ro1TmIZg2I0KlhNM6YKbHmV0JJFMk5zSGshw4yaR9lFo47BRiXwgFiqprWrhZ6tuyEXSccgjOconI6RDx+/zXsQzpX3oOQN74E6bXnP65rVZZ3RhnMsATmjZRlx2oBUDZNpXkQigPeiLFl8+YA4nbfV+YwPkkAarUE6Y/F/nyYY3RdBXLbVXiRjH384FVjIEP34xSXyrZvi6y6/3JKbJjse/8kE/90tFuC9IK1X7wUlb7wX6NWt99JEJSoSOU0iiGiWxPiXJhI0Z4ylaZ3LpuEB3kNTR8Vl74FW33k1/Zv+DsK0chyUvOE4UJMtx0HPlyCO88sUD53Q595ebqXrW61+Nq1+QeqDoJ5fVmHPujP1gVJtqA8iteD8Iqu3L2hc//425jvu7nGq8bHjn7xrjXrodTXfmuOCflPkFc69N/a+6cyf5PgZP2wmHA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 67, "upstream": {}, "resource": {"resource_id": "RES-887496", "resource_type": "IPv4 Block", "serial_number": "SN9543459850", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.85757+00	2026-12-06 20:28:26.880325+00	2026-12-06 20:28:26.880327+00	2	\N	3
54	7	plan_resource_order	6	completed	z1:eJztVk2P3DYM/SuBzqOt5Q/JmtsWXaAo2hTIpsghCAxZoqZGPNJEljfdBvPfS82nE2RbBQW2l94siibF9x5FfSJGRUXWn8gE4WFwmw7+0L8rtwGyJj//8JLe//rb6x/JigTYDN4lo3cGP1ZkFwYfhviINufDVo1om0bV6VFNExr74N2fkIxzeIDHzgEYMGQdwwwr4oOB0A245iuitPazi4dluSJDhG03wQeyrtJePCZWxqRgO9C4eOXnCAHXTm3TUX9RTm3AvLjYd8GbWccugMVtNGBVAWNBGKY46CmV/HGww/E8ewyMWbudn6L2JkW8f8NuX7Db20Pteg4BwUEza26KAm3eQReHQ+76ZDJ+qwbXXSsTxYrMuykGUFvMt0+RJj8HDSn7+fvgSl7d3dNKioqV5OrWxccdLKtFkgY1dm7e9rjGQ74UjMu2akUl0nZUcU7YYwCkE9HeY1LtQ4BRJRin4zGQodhFNb1HV84YtH1paSFaQWspLZUWl03FZWkUlFryA4laQ+L1SJ/2290I8cpninYAVatK8Eo3VJimpbURDe1bWVHLFCuZNpzbOvkdqs5yRjJVABfJ2s3jmJgcRoMGsn5LGmFE3WhLa91LWpeson0vJa3qWqumtKK1krw7VZzgge4sbyYkb9pWFvymbZqaieoIIG7x+lhQd1LbfVQh4jliGDYbCKlqq8YJyx4cEuOQklMbIbj/N9SzNVRCG8Yz8KlZTqd/nbSNpix5nMWY5XwVY654l3I1dWOr1jIKNS/TL4z2rCxpr0xZGikBZKZc+dNqnbLVSuABS+nsEM46uup3gS1ijkaYLlY43SVv330d9qwyz7BnOS9gz6RpCbvuRam4qCmXEu+4Skja18pS01tuTSN7zUUG7G0h2JOon67c7nLFZxGgvXOgow/434cZpviZEcMOLlHkw+N3pwRHKNR2+myGfDkovmzyp3txcW/s9/9E/38zwDIUl8XwZerkOC8Ul6nQpeJEpfByZobWvOG0BlPQ1jQlLVgFlVVFJa3KU1zzN3MJnPnGqfRvujqrpjPGWc7LyzSPkyXGWS+XHIzbommexHg3Kndp6uMsurlz5ic/uGfEPqvWM/aZT7oL9plcLbDPQVWyWjyJ6t0zKje9u73/hok9zT2+dtJz95yj321ddxiW07H6RZLvce+ND+/t6D+S/V9dciiw	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 70, "upstream": {}, "resource": {"resource_id": "RES-397312", "resource_type": "Router", "serial_number": "SN7169838737", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.857571+00	2026-12-06 20:28:26.881204+00	2026-12-06 20:28:26.881206+00	2	\N	4
55	7	plan_resource_order	6	completed	z1:eJztVk1v3DYQ/SsBz0tXoiiJ2puLGmiLIgW6LnIIAoEiRxsiWnJDUW5dw/+9w9V+yEUWYVDAvfQmDYcznPfecPhEtAySrJ/ICP7B2G0Lf6qP0m6BrMkvP7ylm19/v/+RrIiHrXE2Gp3V+LEie2+cN+ERbdb5nRzQNg6yVYMcRzR23tm/IBon/wCPrQXQoMk6+AlWxHkNvjX4X62IVMpNNhx+2YqYALt2hM9kzeNamBNLrWOwPSj8uQf10RplpH2zGVzABSt38cw/2THIYZCHTfGQTk8qtB56XEQDFucxJHgzBqPwnE/PGBQztns3BuV0DLJ5l9++yW9vD3WryXsEBs3ZTZahyVlogzlky5tytmm3k8a2l6rqYkWm/Rg8yN2cxMPoJq8ggn36PriS3+42tOG8qEpycWvD4x6+WCkyZeTQ2mnXgY+nfVuIjLOCc57H5SDDFAnASMgpQv6M2ZXzHmZYjkUjTaENcvwUsW0aWbCe0a7pBeUN72hT1ZKyEnjJiy7PMnVgUimI5M4cKrfbDxAupMZoMTqRVaFFlUmqeNVQrrOCSlHkFCCvqjLjUnMV/Q7lJzkjldKDDWRtp2GIPJpBo4Gs3xPJmkyIIqOdLjnlCqOIqiooE6ovBJN91QP5cKw4wgPtSeN53VSlEE1W3YiybJCCGUBcqvhcUHuU3CZIH+EP3my34GPVvRxGLNtY1JNFSo69hOD+31Wv0lURaRhOoMeOOR74PuoaTUnSOAsxxfkixFThLqVaKMHKmme07HhOeVZJKvKaUcZqlveq412Zp0m1bthVqY7JUiXwgLW0vfEnEV3EuwAXQUcjjGcrHC+S9x++jHtSnSfck5yXuKfxtMRdCOjzqgZayKrDC07iZpE3VLNM9VIKBdgHX8dd5GXOruN+vHHb81WfRIFy1oIKzuO+zxOM4YURwxobSXL+8btjghkMuRtfzJKrA+OfzX69Lxf3x/Pz15TwH0+0BBUmsX5SYZLzQoWJql2qsAPZacEayjq8NbhqOtzSN7QsalbpQvRKZkkqrAp+VYRg9TdOqX/T6EklnSBOcl5AnEjJi7dAyksmCWJxHeL9IO25yefxdHNn9c/O2FeEPqnU82xLe+GdoU+kagF9Cqh1nl8F9e4VdRuf4859wwwfpw4fPfHxe8rR7Xe2PUzPcS5+keR7XHvn/Kd+cH+Q578Ba8YtJA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 73, "upstream": {}, "resource": {"resource_id": "RES-944365", "resource_type": "Technician Slot", "serial_number": "SN3804234441", "status": "reserved"}}			\N	\N	2026-12-06 20:28:26.857571+00	2026-12-06 20:28:26.881971+00	2026-12-06 20:28:26.881974+00	2	\N	5
58	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SsGz8u1qBX1sTcndVEXRRrUaXMIAoEiRxshWnJDUpu6gf97h9LKVotsyqCITzl4LQ1HM5w37w35iSjhBdl+Ig7ssdO7Gv6U74TeAdmSX354QW9//f3VT2RFLOw6o4PRaIUPK3KwnbGdv0ObNnYverS5XtSyF86hsbFG/wXBONgj3NUaQIEiW28HWBFjFdi6w/d8RYSUZtB+fE1XpPOwrx18IFsW1vyUWCgVgh1A4svNy4vnRmvAxWPYw4posQ97fja4ToNzFz92jYWLG+3BavDjfo0apK8ttOiHBqzTYnSwnfOddAGERmj1sVP+HdnyJMFsXuBS3R3IthW9w3073Fx9MM5Lo0K+29fs6oJdXYV4RvsQsMaQeywku/+iuwU5WIuQo5nxap0kaDQaat+NlaQ8mWzK7EWn6wVi/AFUC27oPXpbECrAMBycx+d9qObm5TG7uFIKncbq8L8ZrITl8xiQ/HZ9S1lVsKQcN3Za8ncHGLFehFkFonSir/Wwb8CGkl5kJd8UOU+qgkyQDW7cUaAUdvz+/n410WtKfXqcMt/+8ZxylvAyJSMPMAfiZUNJO6DJZXqZ40J3qMVcB2HJukzXWbpmZbZMGJhyBBKySWMt9CIwJ1SOFiQlNka49yHApkqKsihoVmUSfxJJRc4aWjKlshRapVg+8nbczsxYafaHHvwjhUO0EVeJrWIqT2nV5Ixm0CRUVCyhcsOgKVjDsyYLfmPBUc7IVmFBIwp66PtA1a7H8lEGb0grmg3nEmgrRUazDStomRQbmpegeMtaLhQnb08VB3CgnhXNiirnZVkl+Rr/yoKXE3y4lGdTQfVJYLde2KAab7vdDmyo+qSAbpQUMuA0ORDc7zPk+wz55jMk8Az6mXIh7qldr4Kq0RQljFmGUc6PMoyV7VKolRBt2jJOkyzFT1Tb0KbIBd3ISnIpBANsTYxQq5Sd1amL1imBI5ZSt52dFfSo3AW22H00gnuwwmmKvnn7edijypxhj3JewB7ZpiXsXLC0ZKWkVZtWYcS3tMxVQ1methVnbcnaNgL2lFdJmZ/FfTxswrfzwRbVAjnNG2NRdB8GcP4fRgyLA+bYOQQcNX0555gAEXu3OD0/O7/+PefOD47/mNTffqxNev4S+574yhDB9ChmzUyPcl4wPVIZS6aneZlWUGZUMA6YYpPTSpQVVfhFmbKNSlgk0/l5ooNWX3kN+D/DJKqkGeIo5wXEkS1ZQhx1VYyAOE+STXEW40Mv9DxIpjN6fa3Vz6bTTwh9VKkz9JFX6AfoI1u1gD4K1E2SngX1+gmJizZrzFfcE9zQ4KgPo2vO0Rz2uh6PaDdVv0jyDNdeG/u+7c1Hcv83wCfq4Q==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 65, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-197108", "resource_type": "IPv4 Address", "serial_number": "SN4853765097", "status": "reserved"}}}, "service": {"service_id": "SVC-510582", "access_port": "ge-0/2/6", "ip_address": "10.82.42.184", "status": "active"}}			\N	\N	2026-12-06 20:28:26.909167+00	2026-12-06 20:28:26.92631+00	2026-12-06 20:28:26.926312+00	2	\N	1
59	9	plan_service_order	6	completed	z1:eJztVttu3DYQ/RWDz0tbF+rmNyc1kARFGtRp8xAEAkWOtkIkUiGlbV1j/71DXdZq4W0YBPBTHgSIQ2ouZ84Z6oFIPnBy/UAsmEOj9iX8Jf7gag/kmvz801t698tv71+RHTGwb7RyRq0kvuxIbxptmuEebUqbjrdosy0vRcutRWNltPobnHE0B7gvFYAESa4HM8KOaCPBlA2u0x3hQuhRDdMy2pFmgK608GVacDHMgbmUzlkPAhev31281EoBbh5cDjuieOdyvhv40IgL3H/RavF5ylPLUQylgRr30YD1GfQKprF4FFN9OKJfDFr22g5Cy8nPh/DmIry5mUoXozGIDZrD4DII0KYVlEMzRYyS2SR1xxtVbgrLT7UbsGM74GEDXLpsx94O+N455F+/O7AlW1zhUT0aAdv3yR359faO5nnGinRKatka7nuYADk52bleNrwt1dhVYFwxb4uExSwp8sRlahGj0U7ZuK5jU47H425mwBx4eZ3j3v3+kqZRzDL3LbYKrEWkjCtnDzS4iq6Yy6jpS2wRurQzTlGED4svs2gb0rXzAMTFE9oYaLlr79IEZM5QDtwiECQteAyJlJTxKKUsFDWt6jCjUcKiNMwZL+J4IteU0Eorobu+heGRZ86b804kgyrgIqJJAkBZHqa0EkVBBctqHocgqzB256aSvQ4jtbgBhTiosW0dr5oW60eufiQVL/JAiIwmQZFQJjJOecADmrMY6iyqA/RGPi0VO3CgXGUXZkWa5HkRpJdFkLEwy2f4cCtlc0HlogIkO7YBbabZ78G4qmveWiy7UchvhRxY5I3g/hD6D6E7oTsqQLuywnldEH3vhIcmL+6uSvE6/KgUX2VttVTXoYgLXlOR1hVlNUiKoyGjrGJSCNSIyIWfltLovJast5YIHLCWsm7MyvJHdW3AxdajEezJCsuk+/jpady96lxx9zq8wd2zT1vcZSWLLI+B8iyKKWMYjPMKaJ4kcYLs5FUceuAepUlSsLO4TxeC+3a9frxaIOaZoA0q7ssIdviXEd3iMDg0FgFHOV+tMWZAeGc3d9yTM+a/s+j8zPjKNH1iBM0K/D+6PPtN7EFOLzKcrk+fwxtyepJ5S84ikwGrak7jLGXukwQ/KSSt47xOKwhBRKkXOdMgPstNUPIbb9fv0b9XSSvEXoe3c9evJVuIvf7AvCDGMX8W477latX+fKde3ir5RjfqGaH3KnWF3vPP9AS9Z6s20HuBir+GZ0G9fUbios1o/Q13ux0rnM5ueK0xqr5T5XSr2rn6TZAXuPdBm891q/8kx38ABy2dyg==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 68, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-887496", "resource_type": "IPv4 Block", "serial_number": "SN9543459850", "status": "reserved"}}}, "service": {"service_id": "SVC-623470", "access_port": "ge-0/2/46", "ip_address": "10.220.243.72", "status": "active"}}			\N	\N	2026-12-06 20:28:26.909168+00	2026-12-06 20:28:26.926946+00	2026-12-06 20:28:26.926948+00	2	\N	2
56	4	plan_field_visit	6	completed	z1:eJztWd9v2zYQ/lcCPZspf4vKW4ul2IohBZasfSgKgSJPiVBZciXZXRbkf99RthxlqFcaCbKH7c06UiTv+7473dF3ibeDTc7ukh66TdVc5/CHu7HNNSRnya8/XZDL979f/Zwskg6uq7YJxrbx+GORrLqq7arhFm1N2y1tjba+trmrbd+jseja5k8IxnW3gdu8AfDgk7OhW8MiaTsPXV7hs14k1rl23QzjI18k1QDLvIevyZkMY8N2Y+t9WGwFDh/eVlD7kw9VXw1obOwynPeXph9sXdvxhXDA1q/dkHdQ4iAa0LEOl4Ou6ofK4Rnv7nFB3C1ftf3gWh8WufzIXp+w169Hn9266xAUNNNTStHUNpAP1bgby9TW5tulrZr8waMUj71e9UMHdhmgvQJ301Suss3JZd0OwdRB3647B/Pf47vJb+eXJJNSaDWeYDc03K7Cnn9faRFoq2ydN+tlAV04/oUwVHIhpWRheLDDOrCBKyHBiP/9/f2eEjSu62Ectf52RlU7AL7UrOt6b0NRIH15uwnb3CVfIBD/eJ3HUOACn7RYaLXQZpGyz7jtZuQL3x5/bP19e/mBmEymo7/QXFeok+DIu/bkfGObPqxqh+A8p1wTxgkbHRuBTJg4o5Sw9GxkYu9t727Ar+vgbuBsyLcw4cj7iyuG6Cid4vxqK5i5vzjftV0HWxXtNIKKHvLB9l/CKThjxhaaOC8FkZ4VxDCwJAWXAaMpULcVvXMQ4mArd9cuVzUMD/oPq4XVE5oVJnVWEC9VSqQpGcmoo8R7ZRyjwJ11Yd4IVtRkVL7toBkmAt1NVXs0IB8oWpYqYTKiJVNEcqWItegCLxXnmcBho5LPO48DnJBP6YClmVbGZFSfGqNRn3ILOA5puXUo30Xn5WC7IIehq66voQtel7buISCO4degYHdp537xfwL67yWgwDrUkwDC0jsAr0KMoSlKplNQRE1+CIrYIJqHTaE4iJJlxMoCiLQuJcYUjpi0tFkqM55ZHxU2kktxMGz66LBJYIO+5GXVTYJ+CKQZuCiCkDv7vRV2Se3T5+/jHuXnhHvU5BnukTzNcQeeShQTJVpzT6SmKckUKFLYtDTSGSdLiMJdU8YP477ND9c4+M3eHpm3ngJ3lHsT3FGTZ3BH0jOH2xWMUuY84bagRDLcpxClIy5lGbdaSJOGLWShDaeUE5WWeBLIKDHaSqIdU0AFSC9oHCsyVT9iJaTH0zeYnb3tbs+D7C9XdXXs1+UpLEWhMrEUCeGepUhW5ywJIVnqBCPCpAzzl0lJwR0QZakFL0s8QYmvaNDWZaIkIIwjUtqSmJI7YvFljrsiU/bHLGWUShpF0rMwckRlGkdelFYn8qImP4m8KLxFlu4B50p/F3H0MtTjLxgGUbKbkIzU6B7JyLA5EkmlqD4+v7xrq+YFcY2K0wnXqMlPwjXJnCglZZIYRzWRKTMYBM4QzYV3yvASwETlDc1/+MnFQv558kYc1FGuTVBHTZ5BHUnNHGqqpcNiyOBsxYkUWI5mRmpijbRYpCoQjkVAjQ2tFodzNLYhm8pDvsU8rr50bdOAG9oOM/HXNfTDIyMuis1GZ19NS4+vjVjY5ZjGH3VX378r2Nh6DfsMv20KYj4NT7+IiBNLFDn7xjxm8kwskeKaiyXlskxVgW1LiTW01Bz15aQk4DJeZgZS7yJq4YwbLLwPx+Xu4iTf7Drb59BKGXrlfOzvHbyatnikl39ogr+13ZeH3vrk/cVV8qh7j1DOv3HvFCeyKFInkUVNnje6caKci8x4D4XUKaFM4RbYkxFsFCihBcWWPhOFkzHJX6vs8O3QdOvWNs9TxR99wRfBSxQOEy9Rk2e8RPL4qBEWpWDCKcKFkkQ6WRBDC014lpUl89ZrH8WLplwe/ipjSfmS3W+MT/vuN2byDONITuYYR93sRmGMSfbw17i2Tb7NiGM2Oj1v/AtXnFGOTsBH3nc/9ERxRB1VyWvN+OF8cv6CqkVb17ZH3CL26wKLpPBXwLRHsVo2+Xh/12+dn23yBsc+4veurNtvyf1f1D1+6g==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-944365", "resource_type": "Technician Slot", "serial_number": "SN3804234441", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [63, 65, 68, 71]}, "visit": {"visit_id": "FSV-894765", "engineer": "Jo Evans", "date": "2026-12-11", "slot": "13:00-17:00", "status": "scheduled"}, "ont_serial": "ONT1234567", "install_notes": null}			\N	\N	2026-12-06 20:28:26.888191+00	2026-12-06 20:28:26.966619+00	2026-12-06 20:28:26.966623+00	5	\N	\N
60	9	plan_service_order	6	completed	z1:eJztVk2P2zYQ/SsBz6ZXHxQl7W2bLlAUbRrEaXMIAoEiR64QmXRIatNtsP+9Q8nyKkWcMiiwp9yoGXo+3rw39CeihBfk+hNxYO96vW/gL/mn0Hsg1+SXH1/Q3W+/v/6JbIiFfW90MBqt8LAhR9sb2/t7tGljD2JAmxtEIwfhHBpba/TfEIyjvYP7RgMoUOTa2xE2xFgFtunxm2+IkNKM2k+f2Yb0Hg6Ngw/kOg8+PycWSoVgR5D48fzl7bOX1tz1Dp1YNnq0OISifxVa7EE9e2VGD3aq06hR+sZCh240YH8Wo4Ltne+lC81/7Lt+ruwBU2D+5micl0aFiLs36c2z9OZmQkGO1oZ81yQttkmCNqOh8f2Um51MyhxEr5vHHsv0DIMFNw4eL1sQ6h4vj0fn8XwIdZyKxhNeM6OVsD5Pocir2x3N6zJPs6mgk8vfH0MF565xnL0YGj0e2hCQ7F6UKa+rvCrzMri98KObqgiDx7k8PDxsZhLMSU/HOefuj+c0Kcqi4GSaFjiHCNnQxh5ocpVcMXT0xwaHhBFD4DTZFnyb5ck2Lap1xjDQOyAhnTTWwiDCgMMY0ILc8Y0X7n1AM1NFVtaKskxyylgJtJZcUQ6MA+RVVosp8DjVsxBLmsNxAP/ItBBtGnLetrUEVdCOpTVlvE5pjYykRVuyogRWinrqfOo46jKSS1jQCIMehyEwqx+wf2TrW5LnBUApW1oIUVCWsoQKWaS0EpkQaSertGvJu1PHARxoFuGlZc2LqqoTvq2TsmYpn+FDF2dzQ81JBzsvcApos/1+DzZ03YnBYdu9RiJopMBJ4Ajud6l/l/pJ6oENMCzECBFPmL4O2kNTFH3PYom5/CiWWHGt5ZRIWdZZ3lIlOP6kViVtecko5xWeCyV5y+PkVBXsopxctJwI3GEvTdfbheiPAluBiyNHI7izFU7L7u27L+Me1eeCe9TlNe5xc1rjzlieJFWmaJ6VJWWdrGldl5ymuHTrPC0KBmkE7lmZJezyGpvehPDb5QGKGoE0WoP0xqLSPozg/GdGDHtcrY2rJccMiDi41Sv35TXz7310eVn8x0b9+hqa1fg16jz1uxzB0yheLDyNurziaSSv1zxVKu+KjKcUYwn8ScJolecJrZSALslkznkRx1NWlRd5Clp942P7f3ZBVE8LxlGXVxhHzuSzXRDzhywK4zovLmJ8HIRe9sD8rm5vtfrZ9PoJoY9q9UzvuD+qZ+gjR7WCPgbUPK0vg3r7hMRFmzXmG955N7a4qcPyWnK0x4NuphfWzd2vkvyAvjfGvu8G85E8/AMEzZtN	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 71, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-397312", "resource_type": "Router", "serial_number": "SN7169838737", "status": "reserved"}}}, "service": {"service_id": "SVC-057556", "access_port": "ge-0/0/4", "ip_address": "10.56.230.158", "status": "active"}}			\N	\N	2026-12-06 20:28:26.909168+00	2026-12-06 20:28:26.92776+00	2026-12-06 20:28:26.927763+00	2	\N	3
64	6	plan_product_order	6	completed	z1:eJztlt+P1DYQx/+Vk5/X1/xy4uzbIQ4VhKDSXeEBocixJ4tF1l4cZ9vraf/3jpPN3QLdYlQJ9YG3ZOyMPZ/5zkzuiRJekPU9GcDttdk08Kf8IMwGyJq8fPqK3rz+/fZXsiIONtqaYLRG4cOK7Jy2Tvs7tBnrtqJH29CLRvZiGNDYOmv+gmAc3R7uGgOgQJG1dyOsiHUKXKPxvVwRIaUdjZ9esxXRHrbNAJ/Iughrfj5YKBWc7UDiy3MzeNH3Iqxd/OasGqXHVSO28MXqdNNpvXHQ4SIaMEKHfsHpwWuJl70/oGc8ttnZwUurgpObt+nVRXp1NQUvR+eQDpqTyyRBkzXQeD2dltZstim7Fdo0j6FVbEXG3eAdiG1g/ExDry7eaDwqvO4/e5i+IM9u3lBeF1XJ0CGYjUZsDu0v7MX1XpghHCN8ODZLspKmGU3TCbz14Sr5OkloWq2n+yAEP4ZUDPIDqLFH+oeHdDgYxj58g5dTd1NEHqE7jYlck9evbtMsL1hZkQN+0+q+n8K/Xx6bKUnTlZ88f0nzOk2TIidf5fLI/uukRDJ9iCHoYA/TbaR1DmZHx9yh5HzjxfARN+YZsLyVikqoKlrILEWgbUE7XtVMVXUnWTGpUkoIQp31KO1214N/FGjwFryTsuY1axnQsuCSFrlKKBeQ0xofK5aiqLM67JtYRG1GKsKBQShm7PsgR90rNJD1O8ISDhlHBzLheHueV5RXaUl5AUWXKdW2kJH3x4gDHGiWek2rumSc10l5WVdJwop6xodLZTEH1BzL58YLF+rFO73ZgAtRd6IfMGxtsCyM6JtjXzisfnaInx3iWx0iqAT6RTD+bgdHzrehJtEUJeuliKI2PxZRbNGdllknRQttxajKu5IWVVfRtkqxZ0jOeKlaKHgZVWbY9qqzZTZElxmBPcbSdNotBfBYeCdwUSsht8ODFY5N8N37f+YeFefCPWrzCffIPJ1y5yzDUs45bYXqaKHSltZZzSlTHS+rLOmSFiK486QoSn6W+zQrwrfL3IpKgbTGgPTWofI/jTD4z4yhX83eflnczyzEdhoTsXPvi24V1TjmAvs3NfzPJnSEMqOUsCgzavOJMiOVfKrMtC1LyducguhyWiQ1NhHJOBVdJ1rBU1bzOGWypD6vTDDqO8fuf6n+qJgWxlGbTxhH5uSUcdSvWRTjkuVnGe96YZplok+j9vLaqBdWmx+IPirUBX3kL+sD+shUnaCPglrnxVmo1z9QuGhz1n7HZB/GFvMdfueXM9rd1jTTTB3m6E8OeYJrb6372PX2D3L4GxH+rzk=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 75, "upstream": {"Field Visit": {"visit": {"visit_id": "FSV-894765", "engineer": "Jo Evans", "date": "2026-12-11", "slot": "13:00-17:00", "status": "scheduled"}, "survey_result": "ready", "ont_serial": "ONT1234567"}}, "billing": {"billing_item_id": "BIL-3911043", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}}			\N	\N	2026-12-06 20:28:26.971611+00	2026-12-06 20:28:26.981179+00	2026-12-06 20:28:26.981183+00	2	\N	\N
61	6	plan_product_order	6	completed	z1:eJztVk1v3DYQ/SsGz+Zaokh97M1OU9SF0QZw2hyCQKDI0UaIltxQlFPX8H/PULuyldZrMC0QFEVOooZDcubNm0feES29JOs7MoC76cymhj/Ue2k2QNbk6odf6PWvv73+iZwSB5vOmmC0RuPglOxcZ13nb9FmrNvKHm1DL2vVy2FAY+Os+ROCcXQ3cFsbAA2arL0b4ZRYp8HVHf7np0QqZUfjp192SjoP23qAj2Sdhjm/P1hqHTbbgcKfH7vGwcml8eAM+JNXzupReZw3chtCvxiHzsAwnHzpOIU9udYOWvRDA6br8BBw3eA7NQQsGmn0p07792QtkgQP9RKn6m5H1q3sBwx/wBjrnR28sjqcd/0mPT9Jz8/Dftb4sGGNW24xH37/rLsDNTqHyKM5FdUqSdBoDdS+mzJhItnbtN3KztQL4BC5cTd4B3Iboj5XKmR8hYk/FFQth9Mqcv37C1qkRZlxMiGPazA053FqAzQ5Y2ec4Uy3qxFxB1Mt02RV8lXK0lWWkz0eY7CH4twAuccUL1+dvLDGQLBMrHg+ApEmomTHIsifCoCtOFulJX8yAIyg6fp+wvFuHtYTk6YzLy6vKK8KXrCU/I1wB048y5voOj0FjrLOQS8DkwPB0IJNggyRwwd05IVkCipGy6zJKW91SRteapqlBWSiYCrN1NRHE1RzBym73fXgH1sq7DbRt811W0HV0FTmCeWikLQsRUPLJkubvEp0VU4tPwET5YwQSQcGETJj34ee6XosDbblW8I0A57ohmZCZohx21BZ6IJmlco4Z1ywvCLvDhkHcKCeFSYtqlyUZZXkqyrLi5zv0cOZMAz51Id+v/bShSp412024ELSh07sphLJvj4IGWL7XdK+S9r/QdIClaGfWe1vd3CgwuugG2iKar250aOcHxs9VhiWUqDaSgkBKW1FDpTzRNBSqpxWicxFk4HQKouSAvymR7VgiNYCAjeYS912bu7SR3VYgIuUQyMMD1Y4CPXbd0/jHpXnjHuU8wL3yDotcYdEVElSSap0InFJVdAGoKRFItukxd1wPgJ3kfC8PAr7xMuwdL5noyqg9g1kHarTxxEG/4UxaOp+t7N5+z0Ucjup1j+4p/8irpFatG+255jxX35eRFA2iiIzZaOcF5SNpPiSslqnTOWMUV3hc4cLpWiT8oIyzRXwvGmLlEVRVrDqOGfB6K98NPwbWYjKacY4ynmBcWRNlhhHvSujMK7YcYx3vTT1/ASZrvLVS6N/tp35htBHpTpDH/nefoA+slQL6GNAzdnxK+7lN+Qt2py1X3HjD2OD5Q5PnPmMZrc19XTXDvvkF4dc4Nwb6z60vf1E7j8DKZYgiQ==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 66, "upstream": {"Access Line": {"service": {"service_id": "SVC-717834", "access_port": "ge-0/2/42", "ip_address": "10.84.121.36", "status": "active"}}, "IP Connectivity": {"service": {"service_id": "SVC-510582", "access_port": "ge-0/2/6", "ip_address": "10.82.42.184", "status": "active"}}}, "billing": {"billing_item_id": "BIL-4974721", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}			\N	\N	2026-12-06 20:28:26.939491+00	2026-12-06 20:28:26.950947+00	2026-12-06 20:28:26.950949+00	2	\N	0
62	6	plan_product_order	6	completed	z1:eJztlt9v2zYQx/+VgM9mQuoHJeYt6QqsQ7EVSLc+FIVAUSdPiEy6lOQtC/K/90hbsbLWK4MCxYDtwYB1pI68z33vTvekUaMil/dkALfrzLqCP/XvyqyBXJLXP/xMb3759e2PZEUcrDtrvNGaBv+syNZ11nXjHdqMdRvVo23oVaV7NQxorJ01f4E3Tm4Hd5UBaKAhl6ObYEWsa8BVHT6LFVFa28mM4TFZkW6ETTXAx/Cg9Lg/WDWNd7YFjQ83oxo7ffbqzdkbZ5tJj7hk1AaeLF33Vt+Gm4YtlYMW19GAETr0C64bcCte9v4BPeOx1dYOo7ZN8POOX53xq6sQvJ6cQzpo5uycMbRZA9XYhROTfG9q7EZ1plqEJldk2g6jA7XxjPFOL6wxgCHtArkDdg2Lv+FNcvPbCyqSNCu8Y+QDw4CXcyMurYGyi+QiE7jSbSvk4iAQx6slCf6y9LxIPCskMfkFz3AH5OEBw6y7vg+R3M9/q8A7nHr96jVNJct5kZPP0nLA+EXEkYQ+vxEmwzoHvfJZPmQCBTRWoxpu/ZtFI+pM1jTlvKYZZylVUGRUcEikTBOuChk0FhDN6tJ2s+1hPMrNe/PeCQOh8rYsKE9UQzOpFK1lqWgmGNS8ViwvQjICjqjNCEY5MMjFTH3vxdX1mBGU7HvCUqnLmnFaqjShmRaM1rXIaIupZXWr84Ir8uEQsYcD1Vx9vJAiL0vJxLlMC8GKco8Pl0S2D6g6FoPzBTC6br0G56NuVT9g2J1BkRvVV4cqR7j/1/t/qd59wqGfcz/ebeFA7a0vLzRFKfSxHmI2H+shtn6WFdPqQhRJktJEp/iKgpzWGZOUg8yLVrFEMh1XMXl6umKG6IohsMNYqrZzs5aPNbSAi2lHIwyPVjj0s/cfvsw9Ks6Ze9TmJfe4PC25c459X5YtTZsME5RzSUutNGU8F0KJgmco2q9zz3nCpTjJPQjTvztPoagU6H0NWYcV/XGCYXxi9K1n7+1idr9noTah4z9jiv2t90S1gX2N/ZMg/n0jN0KfUXqY9Rm1eaHPSD0/maRcNLXM8Qida5pBArSs8bOA1axoVMPLUrdx+hQiPalPMM0z5+i39IComB57b8zmBePInCwZR31rxTBOeVqcZLztlanmER1m5/lL0/xkO/Md0UeFOqOP/AY9tt+4VC3QR0HNTiJ9+R1lizZn7TOm+zDVmG3/QTOfUW83pgpzddjHvjjkGtfeWXfb9vYP8vAJ4daE+g==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 69, "upstream": {"IP Connectivity": {"service": {"service_id": "SVC-623470", "access_port": "ge-0/2/46", "ip_address": "10.220.243.72", "status": "active"}}}, "billing": {"billing_item_id": "BIL-3905175", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}			\N	\N	2026-12-06 20:28:26.939494+00	2026-12-06 20:28:26.951707+00	2026-12-06 20:28:26.951709+00	2	\N	1
63	6	plan_product_order	6	completed	z1:eJztlt1u3DYQhV/F4LW5FiVRP75zUgNtkbZBnTYXQSBQ5GhLREtuKGpTN/C7d6iVskqcDRgUCAq0d9KQ4nC+OYfUe6KEF+T6PRnAHbTZNvCn/EOYLZBr8uy7n+ndL7+9+J5cEgdbbU0IWqPw4ZLsnbZO+3uMGet2osfY0ItG9mIYMNg6a/6CEBzdAe4bA6BAkWvvRrgk1ilwjcb34pIIKe1o/PSaXhLtYdcM8JZcZ2HMHxMLpcJie5D48pMwYgvq4lc7enAXz51Vo/Q4bsQOHo1Pu51mNA46HMYAVulwbXB68FoOAcE73enj/h4wEe6i2dvBS6vCincv2c0Fu7mZWMjROYSFYcY3SYIxa6DxesqdzyFld0Kb5lRpibWN+8E7ELuQ7+nz27Dzgx6wwmm5uQ0SVo/Tp+Tu96c04SXnBZl4wTDg7pzHoS3Q5Cq5ynFA7xvE5GBqAEs2vNikWbJhvArovPBjGAhID0AeHrDMVvf9nHp+bCb8U9InPzyjVVqndcbIoy7NRD8HOxLQ4w1hW6xz0IvQ89ATjKCcfOPF8AYnlhkXvKyBMgktzXOV07ooFE0ZJKxmnCtRToqbAC1ak3a378GfxBdWmzqedEnZgmSU1xXQPBMpbctSUdnmTNSZyIu2CvMmGlGTkYtwYBCLGfs+yEz32BAU8CvCKlnxVNT4WVLRXGYFrXnLKPCMA287ybOcvJ4rDnCgWbzIyrrgVVUnxabOKlZXxREfDhX5saBmtsadFy44wTu93YILVXeiH7BsbbA9RvTN7HmE+7/7/8PuD/2HfpGCv9/DzO9FcBuGogS72CNq8skesXZaG6hrqwzSTNBa5hnNecJomxRA0w59rwpepJJHGSjN87P+GaL9Q+CApTSddouyT45ascWuYxCGD1GYT7dXrz+PParMBXvU5BX2yDatsUNSiyLJGa2kwk6xLMMUrKRZ29Z5wSAr8iICO0+TpOJnuU+6DN8uV1JUC6Q1BqS3Dr39doTBfxQMB9Fxtatl+SMLsZs8H3+lfXIQRR0CR4d9SQ//uus3Qp1RaljUGTV5pc5INX+kzlomKsXV27TqMEVZ0IozjsdKXqkaRKp4zK2K6uRVdladYNRX3qn/5ASIqukD45jJK8aRPVkzjvrvimHMkvL8ybvvhWmWq3q6ODe3Rv1otfmG6KNKXdBH/o+e0Me1aoU+CmqWlWeh3n5D4WLMWfsVl/swttjv8Duz5Gj3O9NM9+pwrH6V5AmOvbTuTdfbd+ThbxXNkPM=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 72, "upstream": {"CPE Provisioning": {"service": {"service_id": "SVC-057556", "access_port": "ge-0/0/4", "ip_address": "10.56.230.158", "status": "active"}}}, "billing": {"billing_item_id": "BIL-8292931", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}			\N	\N	2026-12-06 20:28:26.939495+00	2026-12-06 20:28:26.952421+00	2026-12-06 20:28:26.952424+00	2	\N	2
\.


--
-- Data for Name: process_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.process_versions (id, process_id, version, name, deployment_id, file_id, executable, not_executable_reason, flavour, spec_json, summary) FROM stdin;
1	change_request	1	Change request	1	20	t		spiff	{"spec": {"name": "change_request", "description": "Change request", "file": "change_request.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["start"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "change_request.EndJoin": {"name": "change_request.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["end_approved", "end_auto"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["change_request.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "start": {"name": "start", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["enter_details"], "bpmn_id": "start", "bpmn_name": "Change requested", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "enter_details": {"name": "enter_details", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["start"], "outputs": ["compute_surcharge"], "bpmn_id": "enter_details", "bpmn_name": "Enter technical details", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "technical_details.json"}, "instructionsForEndUser": "Site for customer {{ customer }}: enter the technical details."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "compute_surcharge": {"name": "compute_surcharge", "description": "Script Task", "manual": false, "lookahead": 2, "inputs": ["enter_details"], "outputs": ["classify"], "bpmn_id": "compute_surcharge", "bpmn_name": "Compute surcharge", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "prescript": null, "postscript": null, "script": "surcharge = 50 if cabling_needed else 0\\nsummary = f\\"{bandwidth} Mbps at {site_postcode}\\"", "typename": "ScriptTask"}, "classify": {"name": "classify", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["compute_surcharge"], "outputs": ["needs_approval"], "bpmn_id": "classify", "bpmn_name": "Classify change", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "approval_level"}, "prescript": null, "postscript": null, "decision_ref": "approval_level", "typename": "DecisionTask"}, "needs_approval": {"name": "needs_approval", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["classify"], "outputs": ["end_auto", "approve"], "bpmn_id": "needs_approval", "bpmn_name": "Approval needed?", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "end_auto"}, {"condition": "approval_needed == True", "task_spec": "approve"}], "choice": null, "default_task_spec": "end_auto", "typename": "ExclusiveGateway"}, "approve": {"name": "approve", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["needs_approval"], "outputs": ["end_approved"], "bpmn_id": "approve", "bpmn_name": "Approve change", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "approval.json"}}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "end_approved": {"name": "end_approved", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["approve"], "outputs": ["change_request.EndJoin"], "bpmn_id": "end_approved", "bpmn_name": "Decided", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}, "end_auto": {"name": "end_auto", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["needs_approval"], "outputs": ["change_request.EndJoin"], "bpmn_id": "end_auto", "bpmn_name": "Auto-approved", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["start"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Fulfillment agent", "Order approver"], "user_tasks": [{"id": "enter_details", "name": "Enter technical details", "lane": "Fulfillment agent", "form": "technical_details.json"}, {"id": "approve", "name": "Approve change", "lane": "Order approver", "form": "approval.json"}], "decisions": ["approval_level"], "connectors": [], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
2	customer_order	1	Customer order	1	21	t		spiff	{"spec": {"name": "customer_order", "description": "Customer order", "file": "customer_order.bpmn", "task_specs": {"Start": {"name": "Start", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": [], "outputs": ["order_captured"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "trigger_specs": [], "typename": "BpmnStartTask"}, "customer_order.EndJoin": {"name": "customer_order.EndJoin", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["order_closed", "order_rejected"], "outputs": ["End"], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "_EndJoin"}, "End": {"name": "End", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["customer_order.EndJoin"], "outputs": [], "bpmn_id": null, "bpmn_name": null, "lane": null, "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "typename": "SimpleBpmnTask"}, "order_captured": {"name": "order_captured", "description": "Default Start Event", "manual": false, "lookahead": 2, "inputs": ["Start"], "outputs": ["enrich_site"], "bpmn_id": "order_captured", "bpmn_name": "Order captured", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "StartEvent"}, "enrich_site": {"name": "enrich_site", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["order_captured"], "outputs": ["enrich_customer"], "bpmn_id": "enrich_site", "bpmn_name": "Enrich site", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "enrichment_site"}, "prescript": null, "postscript": null, "decision_ref": "enrichment_site", "typename": "DecisionTask"}, "enrich_customer": {"name": "enrich_customer", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["enrich_site"], "outputs": ["record_enrichment"], "bpmn_id": "enrich_customer", "bpmn_name": "Enrich customer", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "enrichment_customer"}, "prescript": null, "postscript": null, "decision_ref": "enrichment_customer", "typename": "DecisionTask"}, "record_enrichment": {"name": "record_enrichment", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["enrich_customer"], "outputs": ["details_gateway"], "bpmn_id": "record_enrichment", "bpmn_name": "Record enrichment on the order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/record_enrichment", "resultVariable": "enrichment", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "values": {"value": "{'region': region, 'serving_exchange': serving_exchange, 'survey_needed': survey_needed, 'technical_details_needed': technical_details_needed, 'priority': priority, 'sla_class': sla_class}", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/record_enrichment", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "values": {"value": "{'region': region, 'serving_exchange': serving_exchange, 'survey_needed': survey_needed, 'technical_details_needed': technical_details_needed, 'priority': priority, 'sla_class': sla_class}", "type": "any"}}, "result_variable": "enrichment", "typename": "ConnectorTask"}, "details_gateway": {"name": "details_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["record_enrichment"], "outputs": ["details_done", "technical_details"], "bpmn_id": "details_gateway", "bpmn_name": "Technical details needed?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "details_done"}, {"condition": "technical_details_needed", "task_spec": "technical_details"}], "choice": null, "default_task_spec": "details_done", "typename": "ExclusiveGateway"}, "technical_details": {"name": "technical_details", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["details_gateway"], "outputs": ["details_done"], "bpmn_id": "technical_details", "bpmn_name": "Enter technical details", "lane": "Fulfillment agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "order_technical_details.json"}, "instructionsForEndUser": "The site {{ site_postcode }} of order {{ order_id }} ({{ customer }}) is not in a known serving area: enter its serving exchange."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "details_done": {"name": "details_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["technical_details", "details_gateway"], "outputs": ["adjustments_gateway"], "bpmn_id": "details_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "adjustments_gateway"}], "choice": null, "default_task_spec": "adjustments_gateway", "typename": "ExclusiveGateway"}, "adjustments_gateway": {"name": "adjustments_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["details_done"], "outputs": ["adjustments_done", "approve_adjustments"], "bpmn_id": "adjustments_gateway", "bpmn_name": "Discount above the limit?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "adjustments_done"}, {"condition": "requires_approval", "task_spec": "approve_adjustments"}], "choice": null, "default_task_spec": "adjustments_done", "typename": "ExclusiveGateway"}, "approve_adjustments": {"name": "approve_adjustments", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["adjustments_gateway"], "outputs": ["adjustments_decided"], "bpmn_id": "approve_adjustments", "bpmn_name": "Approve price adjustments", "lane": "Order manager", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "approve_adjustments.json"}, "instructionsForEndUser": "Order {{ order_id }} for {{ customer }} carries discounts above the limit: {{ approval_reasons | join(\\"; \\") }}."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "adjustments_decided": {"name": "adjustments_decided", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["approve_adjustments"], "outputs": ["adjustments_done", "reject_order"], "bpmn_id": "adjustments_decided", "bpmn_name": "Discounts approved?", "lane": "Order manager", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "adjustments_done"}, {"condition": "adjustments_decision == 'reject'", "task_spec": "reject_order"}], "choice": null, "default_task_spec": "adjustments_done", "typename": "ExclusiveGateway"}, "adjustments_done": {"name": "adjustments_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["adjustments_decided", "adjustments_gateway"], "outputs": ["classify_approval"], "bpmn_id": "adjustments_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "classify_approval"}], "choice": null, "default_task_spec": "classify_approval", "typename": "ExclusiveGateway"}, "classify_approval": {"name": "classify_approval", "description": "BPMN Task", "manual": false, "lookahead": 2, "inputs": ["adjustments_done"], "outputs": ["approval_gateway"], "bpmn_id": "classify_approval", "bpmn_name": "Does the order need approval?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"calledDecisionId": "order_approval"}, "prescript": null, "postscript": null, "decision_ref": "order_approval", "typename": "DecisionTask"}, "approval_gateway": {"name": "approval_gateway", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["classify_approval"], "outputs": ["approval_done", "approve_order"], "bpmn_id": "approval_gateway", "bpmn_name": "Approval needed?", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "approval_done"}, {"condition": "order_approval_needed", "task_spec": "approve_order"}], "choice": null, "default_task_spec": "approval_done", "typename": "ExclusiveGateway"}, "approve_order": {"name": "approve_order", "description": "User Task", "manual": true, "lookahead": 2, "inputs": ["approval_gateway"], "outputs": ["approval_decided"], "bpmn_id": "approve_order", "bpmn_name": "Approve order", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"properties": {"formJsonSchemaFilename": "order_approval.json"}, "instructionsForEndUser": "Order {{ order_id }} for {{ customer }}: {% for item in items %}{{ item.summary }}{{ \\"; \\" if not loop.last }}{% endfor %}. {{ recurring_total }} GBP a month, site in {{ region }} (exchange {{ serving_exchange }}), priority {{ priority }}."}, "prescript": null, "postscript": null, "variable": null, "typename": "UserTask"}, "approval_decided": {"name": "approval_decided", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["approve_order"], "outputs": ["approval_done", "reject_order"], "bpmn_id": "approval_decided", "bpmn_name": "Approved?", "lane": "Order approver", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "approval_done"}, {"condition": "approval_decision == 'reject'", "task_spec": "reject_order"}], "choice": null, "default_task_spec": "approval_done", "typename": "ExclusiveGateway"}, "approval_done": {"name": "approval_done", "description": "Exclusive Gateway", "manual": false, "lookahead": 2, "inputs": ["approval_decided", "approval_gateway"], "outputs": ["decompose"], "bpmn_id": "approval_done", "bpmn_name": null, "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "cond_task_specs": [{"condition": null, "task_spec": "decompose"}], "choice": null, "default_task_spec": "decompose", "typename": "ExclusiveGateway"}, "decompose": {"name": "decompose", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["approval_done"], "outputs": ["await_fulfilment"], "bpmn_id": "decompose", "bpmn_name": "Decompose into domain orders", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/decompose", "resultVariable": "decomposition", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "facts": {"value": "{'serving_exchange': serving_exchange, 'region': region, 'priority': priority, 'sla_class': sla_class, 'survey_needed': survey_needed}", "type": "any"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/decompose", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "facts": {"value": "{'serving_exchange': serving_exchange, 'region': region, 'priority': priority, 'sla_class': sla_class, 'survey_needed': survey_needed}", "type": "any"}}, "result_variable": "decomposition", "typename": "ConnectorTask"}, "await_fulfilment": {"name": "await_fulfilment", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["decompose"], "outputs": ["close_order"], "bpmn_id": "await_fulfilment", "bpmn_name": "Wait for the domain orders", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/await_fulfilment", "resultVariable": "fulfilment", "parameters": {"order_id": {"value": "order_id", "type": "int"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/await_fulfilment", "operation_params": {"order_id": {"value": "order_id", "type": "int"}}, "result_variable": "fulfilment", "typename": "ConnectorTask"}, "close_order": {"name": "close_order", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["await_fulfilment"], "outputs": ["order_closed"], "bpmn_id": "close_order", "bpmn_name": "Close order: inventory, contracts, entitlements", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/close_order", "resultVariable": "closure", "parameters": {"order_id": {"value": "order_id", "type": "int"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/close_order", "operation_params": {"order_id": {"value": "order_id", "type": "int"}}, "result_variable": "closure", "typename": "ConnectorTask"}, "order_closed": {"name": "order_closed", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["close_order"], "outputs": ["customer_order.EndJoin"], "bpmn_id": "order_closed", "bpmn_name": "Order completed", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}, "reject_order": {"name": "reject_order", "description": "Service Task", "manual": false, "lookahead": 2, "inputs": ["approval_decided", "adjustments_decided"], "outputs": ["order_rejected"], "bpmn_id": "reject_order", "bpmn_name": "Reject order", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {"serviceTaskOperator": {"name": "ordra/reject_order", "resultVariable": "rejection", "parameters": {"order_id": {"value": "order_id", "type": "int"}, "reason": {"value": "approval_reason if approval_decision == 'reject' else adjustments_note", "type": "str"}, "customer_reason": {"value": "customer_reason", "type": "str"}}}}, "prescript": null, "postscript": null, "operation_name": "ordra/reject_order", "operation_params": {"order_id": {"value": "order_id", "type": "int"}, "reason": {"value": "approval_reason if approval_decision == 'reject' else adjustments_note", "type": "str"}, "customer_reason": {"value": "customer_reason", "type": "str"}}, "result_variable": "rejection", "typename": "ConnectorTask"}, "order_rejected": {"name": "order_rejected", "description": "Default End Event", "manual": false, "lookahead": 2, "inputs": ["reject_order"], "outputs": ["customer_order.EndJoin"], "bpmn_id": "order_rejected", "bpmn_name": "Order rejected", "lane": "Order agent", "documentation": null, "data_input_associations": [], "data_output_associations": [], "io_specification": null, "extensions": {}, "event_definition": {"description": "Default", "name": null, "typename": "NoneEventDefinition"}, "typename": "EndEvent"}}, "io_specification": null, "data_objects": {}, "correlation_keys": {}, "bpmn_start_events": ["order_captured"], "typename": "BpmnProcessSpec"}, "subprocess_specs": {}}	{"lanes": ["Order agent", "Fulfillment agent", "Order manager", "Order approver"], "user_tasks": [{"id": "technical_details", "name": "Enter technical details", "lane": "Fulfillment agent", "form": "order_technical_details.json"}, {"id": "approve_adjustments", "name": "Approve price adjustments", "lane": "Order manager", "form": "approve_adjustments.json"}, {"id": "approve_order", "name": "Approve order", "lane": "Order approver", "form": "order_approval.json"}], "decisions": ["enrichment_customer", "enrichment_site", "order_approval"], "connectors": ["ordra/await_fulfilment", "ordra/close_order", "ordra/decompose", "ordra/record_enrichment", "ordra/reject_order"], "called_processes": [], "waits_for_people": true, "points_of_no_return": [], "compensation": {}, "compensation_process": null, "outputs": []}
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
1	1	2026-12-06 20:28:25.958131+00	2	captured	captured via api	{}
2	1	2026-12-06 20:28:25.958845+00	2	acknowledged		{}
3	1	2026-12-06 20:28:25.976206+00	2	process_started	customer_order version 1	{"instance": 1}
4	1	2026-12-06 20:28:25.979959+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
5	2	2026-12-06 20:28:26.038718+00	2	captured	captured via api	{}
6	2	2026-12-06 20:28:26.038739+00	2	acknowledged		{}
7	2	2026-12-06 20:28:26.042559+00	2	process_started	customer_order version 1	{"instance": 2}
8	2	2026-12-06 20:28:26.045186+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
9	2	2026-12-06 20:28:26.139389+00	\N	decomposed	15 domain orders	{"domain_orders": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
10	2	2026-12-06 20:28:26.150928+00	\N	domain_order_started	resource order 1: ONT (Business Fibre Internet)	{"domain_order": 1, "instance": 3, "plan": "plan_resource_order"}
11	2	2026-12-06 20:28:26.150939+00	\N	domain_order_started	resource order 2: Access Port (Business Fibre Internet)	{"domain_order": 2, "instance": 4, "plan": "plan_resource_order"}
12	2	2026-12-06 20:28:26.150948+00	\N	domain_order_started	resource order 4: IPv4 Address (Business Fibre Internet)	{"domain_order": 4, "instance": 5, "plan": "plan_resource_order"}
13	2	2026-12-06 20:28:26.150956+00	\N	domain_order_started	resource order 7: IPv4 Block (Static IP Block)	{"domain_order": 7, "instance": 6, "plan": "plan_resource_order"}
14	2	2026-12-06 20:28:26.150964+00	\N	domain_order_started	resource order 10: Router (Managed Router)	{"domain_order": 10, "instance": 7, "plan": "plan_resource_order"}
15	2	2026-12-06 20:28:26.150972+00	\N	domain_order_started	resource order 13: Technician Slot (Installation)	{"domain_order": 13, "instance": 8, "plan": "plan_resource_order"}
16	2	2026-12-06 20:28:26.151002+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
17	2	2026-12-06 20:28:26.193796+00	\N	domain_order_completed	resource order 1: ONT (Business Fibre Internet)	{"domain_order": 1, "instance": 3}
18	2	2026-12-06 20:28:26.193817+00	\N	domain_order_completed	resource order 2: Access Port (Business Fibre Internet)	{"domain_order": 2, "instance": 4}
19	2	2026-12-06 20:28:26.193831+00	\N	domain_order_completed	resource order 4: IPv4 Address (Business Fibre Internet)	{"domain_order": 4, "instance": 5}
20	2	2026-12-06 20:28:26.193845+00	\N	domain_order_completed	resource order 7: IPv4 Block (Static IP Block)	{"domain_order": 7, "instance": 6}
21	2	2026-12-06 20:28:26.19386+00	\N	domain_order_completed	resource order 10: Router (Managed Router)	{"domain_order": 10, "instance": 7}
22	2	2026-12-06 20:28:26.193875+00	\N	domain_order_completed	resource order 13: Technician Slot (Installation)	{"domain_order": 13, "instance": 8}
23	2	2026-12-06 20:28:26.203399+00	\N	domain_order_started	service order 14: Field Visit (Installation)	{"domain_order": 14, "instance": 9, "plan": "plan_field_visit"}
24	3	2026-12-06 20:28:26.228113+00	2	captured	captured via api	{}
25	3	2026-12-06 20:28:26.228135+00	2	acknowledged		{}
26	3	2026-12-06 20:28:26.231406+00	2	process_started	customer_order version 1	{"instance": 10}
27	3	2026-12-06 20:28:26.233831+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
28	3	2026-12-06 20:28:26.261412+00	\N	decomposed	15 domain orders	{"domain_orders": [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
29	3	2026-12-06 20:28:26.270573+00	\N	domain_order_started	resource order 16: ONT (Business Fibre Internet)	{"domain_order": 16, "instance": 11, "plan": "plan_resource_order"}
30	3	2026-12-06 20:28:26.270583+00	\N	domain_order_started	resource order 17: Access Port (Business Fibre Internet)	{"domain_order": 17, "instance": 12, "plan": "plan_resource_order"}
31	3	2026-12-06 20:28:26.270591+00	\N	domain_order_started	resource order 19: IPv4 Address (Business Fibre Internet)	{"domain_order": 19, "instance": 13, "plan": "plan_resource_order"}
32	3	2026-12-06 20:28:26.2706+00	\N	domain_order_started	resource order 22: IPv4 Block (Static IP Block)	{"domain_order": 22, "instance": 14, "plan": "plan_resource_order"}
33	3	2026-12-06 20:28:26.270607+00	\N	domain_order_started	resource order 25: Router (Managed Router)	{"domain_order": 25, "instance": 15, "plan": "plan_resource_order"}
34	3	2026-12-06 20:28:26.270615+00	\N	domain_order_started	resource order 28: Technician Slot (Installation)	{"domain_order": 28, "instance": 16, "plan": "plan_resource_order"}
35	3	2026-12-06 20:28:26.270643+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
36	3	2026-12-06 20:28:26.301647+00	\N	domain_order_completed	resource order 16: ONT (Business Fibre Internet)	{"domain_order": 16, "instance": 11}
37	3	2026-12-06 20:28:26.301673+00	\N	domain_order_completed	resource order 17: Access Port (Business Fibre Internet)	{"domain_order": 17, "instance": 12}
38	3	2026-12-06 20:28:26.301689+00	\N	domain_order_completed	resource order 19: IPv4 Address (Business Fibre Internet)	{"domain_order": 19, "instance": 13}
39	3	2026-12-06 20:28:26.301704+00	\N	domain_order_completed	resource order 22: IPv4 Block (Static IP Block)	{"domain_order": 22, "instance": 14}
40	3	2026-12-06 20:28:26.301721+00	\N	domain_order_completed	resource order 25: Router (Managed Router)	{"domain_order": 25, "instance": 15}
41	3	2026-12-06 20:28:26.301739+00	\N	domain_order_completed	resource order 28: Technician Slot (Installation)	{"domain_order": 28, "instance": 16}
42	3	2026-12-06 20:28:26.306682+00	\N	domain_order_started	service order 29: Field Visit (Installation)	{"domain_order": 29, "instance": 17, "plan": "plan_field_visit"}
43	3	2026-12-06 20:28:26.328698+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [18, 20, 23, 26]}
44	3	2026-12-06 20:28:26.337069+00	\N	domain_order_started	service order 18: Access Line (Business Fibre Internet)	{"domain_order": 18, "instance": 18, "plan": "plan_service_order"}
45	3	2026-12-06 20:28:26.33708+00	\N	domain_order_started	service order 20: IP Connectivity (Business Fibre Internet)	{"domain_order": 20, "instance": 19, "plan": "plan_service_order"}
46	3	2026-12-06 20:28:26.337089+00	\N	domain_order_started	service order 23: IP Connectivity (Static IP Block)	{"domain_order": 23, "instance": 20, "plan": "plan_service_order"}
47	3	2026-12-06 20:28:26.337098+00	\N	domain_order_started	service order 26: CPE Provisioning (Managed Router)	{"domain_order": 26, "instance": 21, "plan": "plan_service_order"}
58	4	2026-12-06 20:28:26.420982+00	2	captured	captured via api	{}
48	3	2026-12-06 20:28:26.372661+00	\N	domain_order_completed	service order 18: Access Line (Business Fibre Internet)	{"domain_order": 18, "instance": 18}
49	3	2026-12-06 20:28:26.372683+00	\N	domain_order_completed	service order 20: IP Connectivity (Business Fibre Internet)	{"domain_order": 20, "instance": 19}
50	3	2026-12-06 20:28:26.372698+00	\N	domain_order_completed	service order 23: IP Connectivity (Static IP Block)	{"domain_order": 23, "instance": 20}
51	3	2026-12-06 20:28:26.372714+00	\N	domain_order_completed	service order 26: CPE Provisioning (Managed Router)	{"domain_order": 26, "instance": 21}
52	3	2026-12-06 20:28:26.379762+00	\N	domain_order_started	product order 21: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 21, "instance": 22, "plan": "plan_product_order"}
53	3	2026-12-06 20:28:26.379774+00	\N	domain_order_started	product order 24: Static IP Product (Static IP Block)	{"domain_order": 24, "instance": 23, "plan": "plan_product_order"}
54	3	2026-12-06 20:28:26.379783+00	\N	domain_order_started	product order 27: Managed Router Product (Managed Router)	{"domain_order": 27, "instance": 24, "plan": "plan_product_order"}
55	3	2026-12-06 20:28:26.398336+00	\N	domain_order_completed	product order 21: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 21, "instance": 22}
56	3	2026-12-06 20:28:26.398358+00	\N	domain_order_completed	product order 24: Static IP Product (Static IP Block)	{"domain_order": 24, "instance": 23}
57	3	2026-12-06 20:28:26.398377+00	\N	domain_order_completed	product order 27: Managed Router Product (Managed Router)	{"domain_order": 27, "instance": 24}
70	4	2026-12-06 20:28:26.518595+00	\N	domain_order_completed	resource order 31: ONT (Business Fibre Internet)	{"domain_order": 31, "instance": 26}
71	4	2026-12-06 20:28:26.518618+00	\N	domain_order_completed	resource order 32: Access Port (Business Fibre Internet)	{"domain_order": 32, "instance": 27}
72	4	2026-12-06 20:28:26.518633+00	\N	domain_order_completed	resource order 34: IPv4 Address (Business Fibre Internet)	{"domain_order": 34, "instance": 28}
73	4	2026-12-06 20:28:26.518648+00	\N	domain_order_completed	resource order 37: IPv4 Block (Static IP Block)	{"domain_order": 37, "instance": 29}
74	4	2026-12-06 20:28:26.518669+00	\N	domain_order_completed	resource order 40: Router (Managed Router)	{"domain_order": 40, "instance": 30}
75	4	2026-12-06 20:28:26.518688+00	\N	domain_order_completed	resource order 43: Technician Slot (Installation)	{"domain_order": 43, "instance": 31}
76	4	2026-12-06 20:28:26.523669+00	\N	domain_order_started	service order 44: Field Visit (Installation)	{"domain_order": 44, "instance": 32, "plan": "plan_field_visit"}
82	4	2026-12-06 20:28:26.617643+00	\N	domain_order_failed	service order 33: Access Line (Business Fibre Internet)	{"domain_order": 33, "instance": 33}
83	4	2026-12-06 20:28:26.617663+00	\N	domain_order_failed	service order 35: IP Connectivity (Business Fibre Internet)	{"domain_order": 35, "instance": 34}
84	4	2026-12-06 20:28:26.617677+00	\N	domain_order_failed	service order 38: IP Connectivity (Static IP Block)	{"domain_order": 38, "instance": 35}
85	4	2026-12-06 20:28:26.61769+00	\N	domain_order_failed	service order 41: CPE Provisioning (Managed Router)	{"domain_order": 41, "instance": 36}
98	5	2026-12-06 20:28:26.724601+00	\N	domain_order_completed	resource order 46: ONT (Business Fibre Internet)	{"domain_order": 46, "instance": 38}
99	5	2026-12-06 20:28:26.724622+00	\N	domain_order_completed	resource order 47: Access Port (Business Fibre Internet)	{"domain_order": 47, "instance": 39}
100	5	2026-12-06 20:28:26.724636+00	\N	domain_order_completed	resource order 49: IPv4 Address (Business Fibre Internet)	{"domain_order": 49, "instance": 40}
101	5	2026-12-06 20:28:26.724651+00	\N	domain_order_completed	resource order 52: IPv4 Block (Static IP Block)	{"domain_order": 52, "instance": 41}
102	5	2026-12-06 20:28:26.724666+00	\N	domain_order_completed	resource order 55: Router (Managed Router)	{"domain_order": 55, "instance": 42}
103	5	2026-12-06 20:28:26.724682+00	\N	domain_order_completed	resource order 58: Technician Slot (Installation)	{"domain_order": 58, "instance": 43}
104	5	2026-12-06 20:28:26.729386+00	\N	domain_order_started	service order 59: Field Visit (Installation)	{"domain_order": 59, "instance": 44, "plan": "plan_field_visit"}
110	5	2026-12-06 20:28:26.80023+00	\N	domain_order_failed	service order 48: Access Line (Business Fibre Internet)	{"domain_order": 48, "instance": 45}
111	5	2026-12-06 20:28:26.80025+00	\N	domain_order_failed	service order 50: IP Connectivity (Business Fibre Internet)	{"domain_order": 50, "instance": 46}
112	5	2026-12-06 20:28:26.800262+00	\N	domain_order_failed	service order 53: IP Connectivity (Static IP Block)	{"domain_order": 53, "instance": 47}
113	5	2026-12-06 20:28:26.800274+00	\N	domain_order_failed	service order 56: CPE Provisioning (Managed Router)	{"domain_order": 56, "instance": 48}
126	6	2026-12-06 20:28:26.885827+00	\N	domain_order_completed	resource order 61: ONT (Business Fibre Internet)	{"domain_order": 61, "instance": 50}
127	6	2026-12-06 20:28:26.885847+00	\N	domain_order_completed	resource order 62: Access Port (Business Fibre Internet)	{"domain_order": 62, "instance": 51}
128	6	2026-12-06 20:28:26.885862+00	\N	domain_order_completed	resource order 64: IPv4 Address (Business Fibre Internet)	{"domain_order": 64, "instance": 52}
129	6	2026-12-06 20:28:26.885875+00	\N	domain_order_completed	resource order 67: IPv4 Block (Static IP Block)	{"domain_order": 67, "instance": 53}
130	6	2026-12-06 20:28:26.88589+00	\N	domain_order_completed	resource order 70: Router (Managed Router)	{"domain_order": 70, "instance": 54}
131	6	2026-12-06 20:28:26.885906+00	\N	domain_order_completed	resource order 73: Technician Slot (Installation)	{"domain_order": 73, "instance": 55}
132	6	2026-12-06 20:28:26.890306+00	\N	domain_order_started	service order 74: Field Visit (Installation)	{"domain_order": 74, "instance": 56, "plan": "plan_field_visit"}
138	6	2026-12-06 20:28:26.936336+00	\N	domain_order_completed	service order 63: Access Line (Business Fibre Internet)	{"domain_order": 63, "instance": 57}
139	6	2026-12-06 20:28:26.936357+00	\N	domain_order_completed	service order 65: IP Connectivity (Business Fibre Internet)	{"domain_order": 65, "instance": 58}
140	6	2026-12-06 20:28:26.936372+00	\N	domain_order_completed	service order 68: IP Connectivity (Static IP Block)	{"domain_order": 68, "instance": 59}
141	6	2026-12-06 20:28:26.936387+00	\N	domain_order_completed	service order 71: CPE Provisioning (Managed Router)	{"domain_order": 71, "instance": 60}
142	6	2026-12-06 20:28:26.941531+00	\N	domain_order_started	product order 66: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 66, "instance": 61, "plan": "plan_product_order"}
143	6	2026-12-06 20:28:26.941595+00	\N	domain_order_started	product order 69: Static IP Product (Static IP Block)	{"domain_order": 69, "instance": 62, "plan": "plan_product_order"}
144	6	2026-12-06 20:28:26.941606+00	\N	domain_order_started	product order 72: Managed Router Product (Managed Router)	{"domain_order": 72, "instance": 63, "plan": "plan_product_order"}
145	6	2026-12-06 20:28:26.955754+00	\N	domain_order_completed	product order 66: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 66, "instance": 61}
146	6	2026-12-06 20:28:26.955776+00	\N	domain_order_completed	product order 69: Static IP Product (Static IP Block)	{"domain_order": 69, "instance": 62}
147	6	2026-12-06 20:28:26.955792+00	\N	domain_order_completed	product order 72: Managed Router Product (Managed Router)	{"domain_order": 72, "instance": 63}
59	4	2026-12-06 20:28:26.421004+00	2	acknowledged		{}
60	4	2026-12-06 20:28:26.424475+00	2	process_started	customer_order version 1	{"instance": 25}
61	4	2026-12-06 20:28:26.426889+00	\N	enriched	region: Unknown, serving_exchange: , survey_needed: True, technical_details_needed: True, priority: normal, sla_class: bronze	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}
62	4	2026-12-06 20:28:26.477216+00	\N	decomposed	15 domain orders	{"domain_orders": [31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45], "facts": {"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
63	4	2026-12-06 20:28:26.486277+00	\N	domain_order_started	resource order 31: ONT (Business Fibre Internet)	{"domain_order": 31, "instance": 26, "plan": "plan_resource_order"}
64	4	2026-12-06 20:28:26.486289+00	\N	domain_order_started	resource order 32: Access Port (Business Fibre Internet)	{"domain_order": 32, "instance": 27, "plan": "plan_resource_order"}
65	4	2026-12-06 20:28:26.4863+00	\N	domain_order_started	resource order 34: IPv4 Address (Business Fibre Internet)	{"domain_order": 34, "instance": 28, "plan": "plan_resource_order"}
66	4	2026-12-06 20:28:26.486308+00	\N	domain_order_started	resource order 37: IPv4 Block (Static IP Block)	{"domain_order": 37, "instance": 29, "plan": "plan_resource_order"}
67	4	2026-12-06 20:28:26.486317+00	\N	domain_order_started	resource order 40: Router (Managed Router)	{"domain_order": 40, "instance": 30, "plan": "plan_resource_order"}
68	4	2026-12-06 20:28:26.486326+00	\N	domain_order_started	resource order 43: Technician Slot (Installation)	{"domain_order": 43, "instance": 31, "plan": "plan_resource_order"}
69	4	2026-12-06 20:28:26.486359+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
77	4	2026-12-06 20:28:26.542155+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [33, 35, 38, 41]}
78	4	2026-12-06 20:28:26.54879+00	\N	domain_order_started	service order 33: Access Line (Business Fibre Internet)	{"domain_order": 33, "instance": 33, "plan": "plan_service_order"}
79	4	2026-12-06 20:28:26.548801+00	\N	domain_order_started	service order 35: IP Connectivity (Business Fibre Internet)	{"domain_order": 35, "instance": 34, "plan": "plan_service_order"}
80	4	2026-12-06 20:28:26.548869+00	\N	domain_order_started	service order 38: IP Connectivity (Static IP Block)	{"domain_order": 38, "instance": 35, "plan": "plan_service_order"}
81	4	2026-12-06 20:28:26.54888+00	\N	domain_order_started	service order 41: CPE Provisioning (Managed Router)	{"domain_order": 41, "instance": 36, "plan": "plan_service_order"}
86	5	2026-12-06 20:28:26.641103+00	2	captured	captured via api	{}
87	5	2026-12-06 20:28:26.641127+00	2	acknowledged		{}
88	5	2026-12-06 20:28:26.644586+00	2	process_started	customer_order version 1	{"instance": 37}
89	5	2026-12-06 20:28:26.647013+00	\N	enriched	region: Unknown, serving_exchange: , survey_needed: True, technical_details_needed: True, priority: normal, sla_class: bronze	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}
90	5	2026-12-06 20:28:26.690091+00	\N	decomposed	15 domain orders	{"domain_orders": [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60], "facts": {"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
91	5	2026-12-06 20:28:26.698814+00	\N	domain_order_started	resource order 46: ONT (Business Fibre Internet)	{"domain_order": 46, "instance": 38, "plan": "plan_resource_order"}
92	5	2026-12-06 20:28:26.698825+00	\N	domain_order_started	resource order 47: Access Port (Business Fibre Internet)	{"domain_order": 47, "instance": 39, "plan": "plan_resource_order"}
93	5	2026-12-06 20:28:26.698834+00	\N	domain_order_started	resource order 49: IPv4 Address (Business Fibre Internet)	{"domain_order": 49, "instance": 40, "plan": "plan_resource_order"}
94	5	2026-12-06 20:28:26.698842+00	\N	domain_order_started	resource order 52: IPv4 Block (Static IP Block)	{"domain_order": 52, "instance": 41, "plan": "plan_resource_order"}
95	5	2026-12-06 20:28:26.698851+00	\N	domain_order_started	resource order 55: Router (Managed Router)	{"domain_order": 55, "instance": 42, "plan": "plan_resource_order"}
96	5	2026-12-06 20:28:26.698859+00	\N	domain_order_started	resource order 58: Technician Slot (Installation)	{"domain_order": 58, "instance": 43, "plan": "plan_resource_order"}
97	5	2026-12-06 20:28:26.698888+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
105	5	2026-12-06 20:28:26.745407+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [48, 50, 53, 56]}
106	5	2026-12-06 20:28:26.751732+00	\N	domain_order_started	service order 48: Access Line (Business Fibre Internet)	{"domain_order": 48, "instance": 45, "plan": "plan_service_order"}
107	5	2026-12-06 20:28:26.751743+00	\N	domain_order_started	service order 50: IP Connectivity (Business Fibre Internet)	{"domain_order": 50, "instance": 46, "plan": "plan_service_order"}
108	5	2026-12-06 20:28:26.751752+00	\N	domain_order_started	service order 53: IP Connectivity (Static IP Block)	{"domain_order": 53, "instance": 47, "plan": "plan_service_order"}
109	5	2026-12-06 20:28:26.75176+00	\N	domain_order_started	service order 56: CPE Provisioning (Managed Router)	{"domain_order": 56, "instance": 48, "plan": "plan_service_order"}
114	6	2026-12-06 20:28:26.821135+00	2	captured	captured via api	{}
115	6	2026-12-06 20:28:26.821157+00	2	acknowledged		{}
116	6	2026-12-06 20:28:26.824303+00	2	process_started	customer_order version 1	{"instance": 49}
117	6	2026-12-06 20:28:26.826573+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
118	6	2026-12-06 20:28:26.852674+00	\N	decomposed	15 domain orders	{"domain_orders": [61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
119	6	2026-12-06 20:28:26.860787+00	\N	domain_order_started	resource order 61: ONT (Business Fibre Internet)	{"domain_order": 61, "instance": 50, "plan": "plan_resource_order"}
120	6	2026-12-06 20:28:26.860797+00	\N	domain_order_started	resource order 62: Access Port (Business Fibre Internet)	{"domain_order": 62, "instance": 51, "plan": "plan_resource_order"}
121	6	2026-12-06 20:28:26.860862+00	\N	domain_order_started	resource order 64: IPv4 Address (Business Fibre Internet)	{"domain_order": 64, "instance": 52, "plan": "plan_resource_order"}
122	6	2026-12-06 20:28:26.860875+00	\N	domain_order_started	resource order 67: IPv4 Block (Static IP Block)	{"domain_order": 67, "instance": 53, "plan": "plan_resource_order"}
123	6	2026-12-06 20:28:26.860883+00	\N	domain_order_started	resource order 70: Router (Managed Router)	{"domain_order": 70, "instance": 54, "plan": "plan_resource_order"}
124	6	2026-12-06 20:28:26.860892+00	\N	domain_order_started	resource order 73: Technician Slot (Installation)	{"domain_order": 73, "instance": 55, "plan": "plan_resource_order"}
125	6	2026-12-06 20:28:26.86092+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
133	6	2026-12-06 20:28:26.905783+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [63, 65, 68, 71]}
134	6	2026-12-06 20:28:26.91193+00	\N	domain_order_started	service order 63: Access Line (Business Fibre Internet)	{"domain_order": 63, "instance": 57, "plan": "plan_service_order"}
135	6	2026-12-06 20:28:26.911941+00	\N	domain_order_started	service order 65: IP Connectivity (Business Fibre Internet)	{"domain_order": 65, "instance": 58, "plan": "plan_service_order"}
136	6	2026-12-06 20:28:26.911949+00	\N	domain_order_started	service order 68: IP Connectivity (Static IP Block)	{"domain_order": 68, "instance": 59, "plan": "plan_service_order"}
137	6	2026-12-06 20:28:26.911958+00	\N	domain_order_started	service order 71: CPE Provisioning (Managed Router)	{"domain_order": 71, "instance": 60, "plan": "plan_service_order"}
148	6	2026-12-06 20:28:26.969681+00	\N	domain_order_completed	service order 74: Field Visit (Installation)	{"domain_order": 74, "instance": 56}
149	6	2026-12-06 20:28:26.972964+00	\N	domain_order_started	product order 75: Installation Product (Installation)	{"domain_order": 75, "instance": 64, "plan": "plan_product_order"}
150	6	2026-12-06 20:28:26.984599+00	\N	domain_order_completed	product order 75: Installation Product (Installation)	{"domain_order": 75, "instance": 64}
151	6	2026-12-06 20:28:26.996173+00	\N	completed	inventory, contracts and entitlements updated	{}
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
1	2	acknowledged	api	UPG-APPROVAL		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	1	2	2026-12-06 20:28:25.954328+00	2026-12-06 20:28:25.982551+00	2026-12-06 20:28:25.958832+00	\N	3	[]	[]	[{"id": "2", "role": "Customer"}]	\N
2	2	inProgress	api	UPG-SURVEY		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	2	2	2026-12-06 20:28:26.036674+00	2026-12-06 20:28:26.15564+00	2026-12-06 20:28:26.038734+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
3	2	inProgress	api	UPG-INSTALL		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	10	2	2026-12-06 20:28:26.226425+00	2026-12-06 20:28:26.274485+00	2026-12-06 20:28:26.22813+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
4	2	inProgress	api	UPG-FALLOUT		\N		184.00	515.00	GBP	[]	f	[]	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}	25	2	2026-12-06 20:28:26.41912+00	2026-12-06 20:28:26.491058+00	2026-12-06 20:28:26.420999+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
5	2	inProgress	api	UPG-TIMER		\N		184.00	515.00	GBP	[]	f	[]	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}	37	2	2026-12-06 20:28:26.639218+00	2026-12-06 20:28:26.702684+00	2026-12-06 20:28:26.641121+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
6	2	completed	api	UPG-DONE		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	49	2	2026-12-06 20:28:26.819344+00	2026-12-06 20:28:27.003346+00	2026-12-06 20:28:26.821151+00	2026-12-06 20:28:26.996142+00	5	[]	[]	[{"id": "2", "role": "Customer"}]	\N
\.


--
-- Data for Name: service_calls; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.service_calls (id, instance_id, task_id, task_name, connector, params, idempotency_key, attempt, status, result, error_code, error_message, created_at, finished_at, next_check_at, requeues, claimed_at, insert_sentinel) FROM stdin;
1	1	a9a49961-11f5-4f25-be4d-3eba6fb6c26b	Record enrichment on the order	ordra/record_enrichment	{"order_id": 1, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	1:a9a49961-11f5-4f25-be4d-3eba6fb6c26b:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 20:28:25.974098+00	2026-12-06 20:28:25.980088+00	2026-12-06 20:28:55.97337+00	0	\N	\N
2	2	bd08b035-140d-4967-a316-4031313c3293	Record enrichment on the order	ordra/record_enrichment	{"order_id": 2, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	2:bd08b035-140d-4967-a316-4031313c3293:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 20:28:26.041965+00	2026-12-06 20:28:26.045306+00	2026-12-06 20:28:56.041785+00	0	\N	\N
3	2	5ff407f0-da7e-470e-8dff-c9da3d5c68d4	Decompose into domain orders	ordra/decompose	{"order_id": 2, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	2:5ff407f0-da7e-470e-8dff-c9da3d5c68d4:1	1	done	{"order_id": 2, "domain_orders": [{"id": 1, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 2, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 3, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 4, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 5, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 6, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 7, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 8, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 9, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 10, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 11, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 12, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 13, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 14, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 15, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 20:28:26.076605+00	2026-12-06 20:28:26.151149+00	2026-12-06 20:28:56.076426+00	0	\N	\N
10	2	29e9cb68-b060-486d-96b5-6cfa6c172959	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 2}	2:29e9cb68-b060-486d-96b5-6cfa6c172959:1	1	waiting	\N			2026-12-06 20:28:26.153977+00	\N	2026-12-06 20:28:56.152785+00	0	\N	\N
4	3	8bfa1d47-b31f-4c26-bba0-ed54eddccbc9	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	3:8bfa1d47-b31f-4c26-bba0-ed54eddccbc9:1	1	done	{"resource_id": "RES-276839", "resource_type": "ONT", "serial_number": "SN1212070931", "status": "reserved"}			2026-12-06 20:28:26.149626+00	2026-12-06 20:28:26.183618+00	2026-12-06 20:28:56.148755+00	0	2026-12-06 20:28:26.076476+00	0
5	4	5dec64ef-e941-4c83-93cd-a3058ea05387	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	4:5dec64ef-e941-4c83-93cd-a3058ea05387:1	1	done	{"resource_id": "RES-672379", "resource_type": "Access Port", "serial_number": "SN2686231682", "status": "reserved"}			2026-12-06 20:28:26.149628+00	2026-12-06 20:28:26.183632+00	2026-12-06 20:28:56.148878+00	0	2026-12-06 20:28:26.076476+00	1
6	5	209bdaeb-f419-46e9-abe2-c45f965a99eb	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	5:209bdaeb-f419-46e9-abe2-c45f965a99eb:1	1	done	{"resource_id": "RES-839736", "resource_type": "IPv4 Address", "serial_number": "SN4867643797", "status": "reserved"}			2026-12-06 20:28:26.149629+00	2026-12-06 20:28:26.18364+00	2026-12-06 20:28:56.148912+00	0	2026-12-06 20:28:26.076476+00	2
7	6	512c96e3-cafc-416b-b99f-9ec4d69e6f99	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	6:512c96e3-cafc-416b-b99f-9ec4d69e6f99:1	1	done	{"resource_id": "RES-163107", "resource_type": "IPv4 Block", "serial_number": "SN9851497447", "status": "reserved"}			2026-12-06 20:28:26.149629+00	2026-12-06 20:28:26.183646+00	2026-12-06 20:28:56.148938+00	0	2026-12-06 20:28:26.076476+00	3
8	7	75018284-0c69-4905-ad58-36561e2fe3b6	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	7:75018284-0c69-4905-ad58-36561e2fe3b6:1	1	done	{"resource_id": "RES-169086", "resource_type": "Router", "serial_number": "SN5816535518", "status": "reserved"}			2026-12-06 20:28:26.14963+00	2026-12-06 20:28:26.183654+00	2026-12-06 20:28:56.148965+00	0	2026-12-06 20:28:26.076476+00	4
9	8	2df5cefd-0f85-4fad-b7c7-211a874d996a	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	8:2df5cefd-0f85-4fad-b7c7-211a874d996a:1	1	done	{"resource_id": "RES-260100", "resource_type": "Technician Slot", "serial_number": "SN0730814928", "status": "reserved"}			2026-12-06 20:28:26.149631+00	2026-12-06 20:28:26.18366+00	2026-12-06 20:28:56.148995+00	0	2026-12-06 20:28:26.076476+00	5
11	10	9729453c-66fd-4b69-b510-1e84c48e373a	Record enrichment on the order	ordra/record_enrichment	{"order_id": 3, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	10:9729453c-66fd-4b69-b510-1e84c48e373a:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 20:28:26.230867+00	2026-12-06 20:28:26.233933+00	2026-12-06 20:28:56.230681+00	0	\N	\N
13	11	88d180cc-2753-4a0c-8d95-499e98777751	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	11:88d180cc-2753-4a0c-8d95-499e98777751:1	1	done	{"resource_id": "RES-046131", "resource_type": "ONT", "serial_number": "SN1991377038", "status": "reserved"}			2026-12-06 20:28:26.269266+00	2026-12-06 20:28:26.293048+00	2026-12-06 20:28:56.268623+00	0	2026-12-06 20:28:26.252594+00	0
14	12	4b13c8c9-c541-4dc2-ad40-462e430dc226	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	12:4b13c8c9-c541-4dc2-ad40-462e430dc226:1	1	done	{"resource_id": "RES-925415", "resource_type": "Access Port", "serial_number": "SN2865974450", "status": "reserved"}			2026-12-06 20:28:26.269267+00	2026-12-06 20:28:26.29306+00	2026-12-06 20:28:56.268678+00	0	2026-12-06 20:28:26.252594+00	1
12	10	c0ffc991-701e-4b7f-811f-fc10ad9dd9bc	Decompose into domain orders	ordra/decompose	{"order_id": 3, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	10:c0ffc991-701e-4b7f-811f-fc10ad9dd9bc:1	1	done	{"order_id": 3, "domain_orders": [{"id": 16, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 17, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 18, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 19, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 20, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 21, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 22, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 23, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 24, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 25, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 26, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 27, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 28, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 29, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 30, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 20:28:26.252721+00	2026-12-06 20:28:26.270774+00	2026-12-06 20:28:56.252546+00	0	\N	\N
19	10	ceb1a8a1-641a-4e8f-8a0e-0205f91cb644	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 3}	10:ceb1a8a1-641a-4e8f-8a0e-0205f91cb644:1	1	waiting	\N			2026-12-06 20:28:26.273467+00	\N	2026-12-06 20:28:56.272341+00	0	\N	\N
15	13	780e0945-9db7-4cc9-8cf8-b6cdadcd6525	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	13:780e0945-9db7-4cc9-8cf8-b6cdadcd6525:1	1	done	{"resource_id": "RES-769792", "resource_type": "IPv4 Address", "serial_number": "SN6289823334", "status": "reserved"}			2026-12-06 20:28:26.269268+00	2026-12-06 20:28:26.293067+00	2026-12-06 20:28:56.268706+00	0	2026-12-06 20:28:26.252594+00	2
16	14	3b0a1798-f0c3-42ca-92be-8845da96dd02	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	14:3b0a1798-f0c3-42ca-92be-8845da96dd02:1	1	done	{"resource_id": "RES-060742", "resource_type": "IPv4 Block", "serial_number": "SN3717076809", "status": "reserved"}			2026-12-06 20:28:26.269269+00	2026-12-06 20:28:26.293073+00	2026-12-06 20:28:56.26873+00	0	2026-12-06 20:28:26.252594+00	3
17	15	77f48ae7-46f1-4da6-a832-96d9ce317927	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	15:77f48ae7-46f1-4da6-a832-96d9ce317927:1	1	done	{"resource_id": "RES-542153", "resource_type": "Router", "serial_number": "SN9391912350", "status": "reserved"}			2026-12-06 20:28:26.26927+00	2026-12-06 20:28:26.293078+00	2026-12-06 20:28:56.268949+00	0	2026-12-06 20:28:26.252594+00	4
18	16	7829569d-14bb-4c1d-87b2-87fa49451dd0	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	16:7829569d-14bb-4c1d-87b2-87fa49451dd0:1	1	done	{"resource_id": "RES-665325", "resource_type": "Technician Slot", "serial_number": "SN4600339940", "status": "reserved"}			2026-12-06 20:28:26.26927+00	2026-12-06 20:28:26.293084+00	2026-12-06 20:28:56.268981+00	0	2026-12-06 20:28:26.252594+00	5
20	17	422f123a-e3d9-44e4-856c-afbd09c0c7da	Hand the survey result to the order	ordra/provide_data	{"order_id": 3, "key": "survey_result", "value": "ready"}	17:422f123a-e3d9-44e4-856c-afbd09c0c7da:1	1	done	{"key": "survey_result", "domain_orders": [18, 20, 23, 26]}			2026-12-06 20:28:26.324013+00	2026-12-06 20:28:26.337207+00	2026-12-06 20:28:56.32383+00	0	\N	\N
21	18	aed52ac2-6433-4a07-9268-c74d8aacd684	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	18:aed52ac2-6433-4a07-9268-c74d8aacd684:1	1	done	{"service_id": "SVC-464327", "access_port": "ge-0/3/23", "ip_address": "10.77.107.129", "status": "active"}			2026-12-06 20:28:26.335964+00	2026-12-06 20:28:26.355987+00	2026-12-06 20:28:56.335642+00	0	2026-12-06 20:28:26.323878+00	0
22	19	448b959f-01e0-4949-bd50-6647efc9d732	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	19:448b959f-01e0-4949-bd50-6647efc9d732:1	1	done	{"service_id": "SVC-265127", "access_port": "ge-0/3/23", "ip_address": "10.127.60.129", "status": "active"}			2026-12-06 20:28:26.335965+00	2026-12-06 20:28:26.356+00	2026-12-06 20:28:56.33569+00	0	2026-12-06 20:28:26.323878+00	1
23	20	04849b88-198b-498a-a5ea-e7b1a8900c03	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	20:04849b88-198b-498a-a5ea-e7b1a8900c03:1	1	done	{"service_id": "SVC-703950", "access_port": "ge-0/2/30", "ip_address": "10.200.65.152", "status": "active"}			2026-12-06 20:28:26.335966+00	2026-12-06 20:28:26.356008+00	2026-12-06 20:28:56.335718+00	0	2026-12-06 20:28:26.323878+00	2
24	21	bc0ab014-3448-45c0-84ac-cadf56a8618a	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	21:bc0ab014-3448-45c0-84ac-cadf56a8618a:1	1	done	{"service_id": "SVC-281700", "access_port": "ge-0/0/36", "ip_address": "10.200.126.102", "status": "active"}			2026-12-06 20:28:26.335967+00	2026-12-06 20:28:26.356015+00	2026-12-06 20:28:56.335742+00	0	2026-12-06 20:28:26.323878+00	3
29	25	86f56d3a-53ab-479a-b861-1c3fc4cf32d1	Record enrichment on the order	ordra/record_enrichment	{"order_id": 4, "values": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	25:86f56d3a-53ab-479a-b861-1c3fc4cf32d1:1	1	done	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}			2026-12-06 20:28:26.423833+00	2026-12-06 20:28:26.426991+00	2026-12-06 20:28:56.42364+00	0	\N	\N
31	26	19a5ff3c-6dde-4f83-a063-782859ff4453	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	26:19a5ff3c-6dde-4f83-a063-782859ff4453:1	1	done	{"resource_id": "RES-886019", "resource_type": "ONT", "serial_number": "SN8247119881", "status": "reserved"}			2026-12-06 20:28:26.484939+00	2026-12-06 20:28:26.509153+00	2026-12-06 20:28:56.484434+00	0	2026-12-06 20:28:26.466412+00	0
25	17	823f0876-eb2f-4c76-ad5c-d2a20d8875d9	Book the engineer visit	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 3}	17:823f0876-eb2f-4c76-ad5c-d2a20d8875d9:1	1	done	{"visit_id": "FSV-846008", "engineer": "Sam Patel", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}			2026-12-06 20:28:26.338923+00	2026-12-06 20:28:26.356021+00	2026-12-06 20:28:56.33821+00	0	2026-12-06 20:28:26.323878+00	\N
78	49	ba874938-caf6-4942-a17d-48b79f60ae5d	Close order: inventory, contracts, entitlements	ordra/close_order	{"order_id": 6}	49:ba874938-caf6-4942-a17d-48b79f60ae5d:1	1	done	{"order_id": 6, "products": [1, 2, 3, 4]}			2026-12-06 20:28:26.992021+00	2026-12-06 20:28:26.996252+00	2026-12-06 20:28:56.991827+00	0	\N	\N
74	61	cf9c55e1-f56e-4405-8ac6-90a65b3e5dc3	Activate billing	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	61:cf9c55e1-f56e-4405-8ac6-90a65b3e5dc3:1	1	done	{"billing_item_id": "BIL-4974721", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}			2026-12-06 20:28:26.940672+00	2026-12-06 20:28:26.950084+00	2026-12-06 20:28:56.940407+00	0	2026-12-06 20:28:26.943229+00	0
75	62	fc767223-2c3d-4ae5-b409-1e957fa0290c	Activate billing	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	62:fc767223-2c3d-4ae5-b409-1e957fa0290c:1	1	done	{"billing_item_id": "BIL-3905175", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}			2026-12-06 20:28:26.940673+00	2026-12-06 20:28:26.950096+00	2026-12-06 20:28:56.940453+00	0	2026-12-06 20:28:26.943239+00	1
26	22	c77a04f2-5b09-4070-bc53-4a6a8198ceed	Activate billing	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	22:c77a04f2-5b09-4070-bc53-4a6a8198ceed:1	1	done	{"billing_item_id": "BIL-2018469", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}			2026-12-06 20:28:26.378731+00	2026-12-06 20:28:26.392492+00	2026-12-06 20:28:56.378454+00	0	2026-12-06 20:28:26.381677+00	0
27	23	7451f7cf-8b5b-47e6-8a88-751f09a93a63	Activate billing	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	23:7451f7cf-8b5b-47e6-8a88-751f09a93a63:1	1	done	{"billing_item_id": "BIL-7668356", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}			2026-12-06 20:28:26.378733+00	2026-12-06 20:28:26.392504+00	2026-12-06 20:28:56.378505+00	0	2026-12-06 20:28:26.381689+00	1
28	24	a00003bb-098a-41cf-81d2-4bc55f647430	Activate billing	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	24:a00003bb-098a-41cf-81d2-4bc55f647430:1	1	done	{"billing_item_id": "BIL-3739329", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}			2026-12-06 20:28:26.378734+00	2026-12-06 20:28:26.392511+00	2026-12-06 20:28:56.378532+00	0	2026-12-06 20:28:26.381693+00	2
32	27	9d874809-c3d4-48c6-bd13-cca8d1183da2	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	27:9d874809-c3d4-48c6-bd13-cca8d1183da2:1	1	done	{"resource_id": "RES-263192", "resource_type": "Access Port", "serial_number": "SN5661719162", "status": "reserved"}			2026-12-06 20:28:26.484942+00	2026-12-06 20:28:26.509166+00	2026-12-06 20:28:56.484491+00	0	2026-12-06 20:28:26.466412+00	1
33	28	b4bd71a2-af35-4936-a103-f11f74758e70	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	28:b4bd71a2-af35-4936-a103-f11f74758e70:1	1	done	{"resource_id": "RES-295745", "resource_type": "IPv4 Address", "serial_number": "SN7404154797", "status": "reserved"}			2026-12-06 20:28:26.484942+00	2026-12-06 20:28:26.509174+00	2026-12-06 20:28:56.484521+00	0	2026-12-06 20:28:26.466412+00	2
47	39	b522f640-7cbc-49a8-a6b2-22b774aadbd0	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	39:b522f640-7cbc-49a8-a6b2-22b774aadbd0:1	1	done	{"resource_id": "RES-146779", "resource_type": "Access Port", "serial_number": "SN2632681358", "status": "reserved"}			2026-12-06 20:28:26.697543+00	2026-12-06 20:28:26.716154+00	2026-12-06 20:28:56.697173+00	0	2026-12-06 20:28:26.679843+00	1
48	40	95bb42de-e7f0-4081-9a13-01a65dcec0d7	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	40:95bb42de-e7f0-4081-9a13-01a65dcec0d7:1	1	done	{"resource_id": "RES-698151", "resource_type": "IPv4 Address", "serial_number": "SN2743112177", "status": "reserved"}			2026-12-06 20:28:26.697544+00	2026-12-06 20:28:26.716161+00	2026-12-06 20:28:56.697202+00	0	2026-12-06 20:28:26.679843+00	2
63	52	5e8cd22d-18d2-4375-93ca-f5d2007cb8d9	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	52:5e8cd22d-18d2-4375-93ca-f5d2007cb8d9:1	1	done	{"resource_id": "RES-197108", "resource_type": "IPv4 Address", "serial_number": "SN4853765097", "status": "reserved"}			2026-12-06 20:28:26.859569+00	2026-12-06 20:28:26.877575+00	2026-12-06 20:28:56.859239+00	0	2026-12-06 20:28:26.843646+00	2
76	63	fb83e23a-9c43-4501-b06e-2fda7d6562c5	Activate billing	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	63:fb83e23a-9c43-4501-b06e-2fda7d6562c5:1	1	done	{"billing_item_id": "BIL-8292931", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}			2026-12-06 20:28:26.940674+00	2026-12-06 20:28:26.950103+00	2026-12-06 20:28:56.94048+00	0	2026-12-06 20:28:26.943242+00	2
30	25	1be76e85-8e5b-458c-9a08-4d16e1b16b33	Decompose into domain orders	ordra/decompose	{"order_id": 4, "facts": {"serving_exchange": "LAB-1", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	25:1be76e85-8e5b-458c-9a08-4d16e1b16b33:1	1	done	{"order_id": 4, "domain_orders": [{"id": 31, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 32, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 33, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 34, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 35, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 36, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 37, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 38, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 39, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 40, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 41, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 42, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 43, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 44, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 45, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 20:28:26.466551+00	2026-12-06 20:28:26.486513+00	2026-12-06 20:28:56.466362+00	0	\N	\N
37	25	4a37021f-97cf-48db-be26-18bb97a1cf5e	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 4}	25:4a37021f-97cf-48db-be26-18bb97a1cf5e:1	1	waiting	\N			2026-12-06 20:28:26.490048+00	\N	2026-12-06 20:28:56.488164+00	0	\N	\N
34	29	90b886c6-ad08-45cc-90ad-18f1284f10c4	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	29:90b886c6-ad08-45cc-90ad-18f1284f10c4:1	1	done	{"resource_id": "RES-592621", "resource_type": "IPv4 Block", "serial_number": "SN7533524305", "status": "reserved"}			2026-12-06 20:28:26.484943+00	2026-12-06 20:28:26.509181+00	2026-12-06 20:28:56.484546+00	0	2026-12-06 20:28:26.466412+00	3
35	30	aa7423b1-b9b4-4762-8446-79ad72d58a48	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	30:aa7423b1-b9b4-4762-8446-79ad72d58a48:1	1	done	{"resource_id": "RES-439671", "resource_type": "Router", "serial_number": "SN6384482979", "status": "reserved"}			2026-12-06 20:28:26.484944+00	2026-12-06 20:28:26.509188+00	2026-12-06 20:28:56.484571+00	0	2026-12-06 20:28:26.466412+00	4
36	31	cc3364a5-d658-4020-9780-b045f661d6ff	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	31:cc3364a5-d658-4020-9780-b045f661d6ff:1	1	done	{"resource_id": "RES-105537", "resource_type": "Technician Slot", "serial_number": "SN3504147822", "status": "reserved"}			2026-12-06 20:28:26.484945+00	2026-12-06 20:28:26.509195+00	2026-12-06 20:28:56.484595+00	0	2026-12-06 20:28:26.466412+00	5
38	32	b21cffc8-ff53-4ea2-a975-13d3377f7433	Hand the survey result to the order	ordra/provide_data	{"order_id": 4, "key": "survey_result", "value": "ready"}	32:b21cffc8-ff53-4ea2-a975-13d3377f7433:1	1	done	{"key": "survey_result", "domain_orders": [33, 35, 38, 41]}			2026-12-06 20:28:26.537961+00	2026-12-06 20:28:26.548995+00	2026-12-06 20:28:56.537775+00	0	\N	\N
39	33	df293597-d3db-4207-898e-447d37d5a162	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	33:df293597-d3db-4207-898e-447d37d5a162:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 20:28:26.547601+00	2026-12-06 20:28:26.568795+00	2026-12-06 20:28:56.547262+00	0	2026-12-06 20:28:26.537824+00	0
43	32	0a3e5d17-ad76-497d-b0b1-8e95311dd2fb	Book the engineer visit	field_service/schedule	{"site_postcode": "ZZ1 1ZZ", "work": "Install ONT", "order_id": 4}	32:0a3e5d17-ad76-497d-b0b1-8e95311dd2fb:1	1	done	{"visit_id": "FSV-926435", "engineer": "Lee Wong", "date": "2026-12-13", "slot": "13:00-17:00", "status": "scheduled"}			2026-12-06 20:28:26.550755+00	2026-12-06 20:28:26.568731+00	2026-12-06 20:28:56.550052+00	0	2026-12-06 20:28:26.537824+00	\N
40	34	54d000d1-5383-40a0-8be6-d7aa774657dd	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	34:54d000d1-5383-40a0-8be6-d7aa774657dd:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 20:28:26.547603+00	2026-12-06 20:28:26.58879+00	2026-12-06 20:28:56.547314+00	0	2026-12-06 20:28:26.537824+00	1
41	35	59578cf6-4d58-422d-836b-a017cac57a86	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {}}	35:59578cf6-4d58-422d-836b-a017cac57a86:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 20:28:26.547604+00	2026-12-06 20:28:26.596581+00	2026-12-06 20:28:56.547343+00	0	2026-12-06 20:28:26.537824+00	2
42	36	3c886d4d-321b-4aa2-a51f-68bd4bf9992a	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"wifi": true}}	36:3c886d4d-321b-4aa2-a51f-68bd4bf9992a:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 20:28:26.547605+00	2026-12-06 20:28:26.603837+00	2026-12-06 20:28:56.547369+00	0	2026-12-06 20:28:26.537824+00	3
44	37	0ee3bc68-71ce-48e8-84f9-6c7de3e6e3e0	Record enrichment on the order	ordra/record_enrichment	{"order_id": 5, "values": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	37:0ee3bc68-71ce-48e8-84f9-6c7de3e6e3e0:1	1	done	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}			2026-12-06 20:28:26.644058+00	2026-12-06 20:28:26.64712+00	2026-12-06 20:28:56.643854+00	0	\N	\N
46	38	51ef0924-b56a-4be3-8529-86e7d033f7b0	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	38:51ef0924-b56a-4be3-8529-86e7d033f7b0:1	1	done	{"resource_id": "RES-642589", "resource_type": "ONT", "serial_number": "SN0282582067", "status": "reserved"}			2026-12-06 20:28:26.697541+00	2026-12-06 20:28:26.716143+00	2026-12-06 20:28:56.697115+00	0	2026-12-06 20:28:26.679843+00	0
45	37	17bab67c-9079-428e-a316-2082fba3e869	Decompose into domain orders	ordra/decompose	{"order_id": 5, "facts": {"serving_exchange": "LAB-1", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	37:17bab67c-9079-428e-a316-2082fba3e869:1	1	done	{"order_id": 5, "domain_orders": [{"id": 46, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 47, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 48, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 49, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 50, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 51, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 52, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 53, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 54, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 55, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 56, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 57, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 58, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 59, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 60, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 20:28:26.679984+00	2026-12-06 20:28:26.699029+00	2026-12-06 20:28:56.679791+00	0	\N	\N
52	37	f556d73a-236e-4c3f-9ea3-b9da0a87df30	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 5}	37:f556d73a-236e-4c3f-9ea3-b9da0a87df30:1	1	waiting	\N			2026-12-06 20:28:26.70175+00	\N	2026-12-06 20:28:56.700576+00	0	\N	\N
49	41	100e1823-65ae-4fee-83af-0710728b7219	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	41:100e1823-65ae-4fee-83af-0710728b7219:1	1	done	{"resource_id": "RES-999848", "resource_type": "IPv4 Block", "serial_number": "SN0575963993", "status": "reserved"}			2026-12-06 20:28:26.697544+00	2026-12-06 20:28:26.716167+00	2026-12-06 20:28:56.697227+00	0	2026-12-06 20:28:26.679843+00	3
50	42	5b8d9ce3-b71e-4cc3-acc8-3c16d01a06b7	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	42:5b8d9ce3-b71e-4cc3-acc8-3c16d01a06b7:1	1	done	{"resource_id": "RES-798631", "resource_type": "Router", "serial_number": "SN4649902234", "status": "reserved"}			2026-12-06 20:28:26.697545+00	2026-12-06 20:28:26.716173+00	2026-12-06 20:28:56.69725+00	0	2026-12-06 20:28:26.679843+00	4
51	43	b89f4599-f58e-45fb-ba42-86818b6b318d	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	43:b89f4599-f58e-45fb-ba42-86818b6b318d:1	1	done	{"resource_id": "RES-626436", "resource_type": "Technician Slot", "serial_number": "SN9717756685", "status": "reserved"}			2026-12-06 20:28:26.697546+00	2026-12-06 20:28:26.716179+00	2026-12-06 20:28:56.697274+00	0	2026-12-06 20:28:26.679843+00	5
53	44	073ea7c5-4f72-4305-9057-96a3f1aa51df	Hand the survey result to the order	ordra/provide_data	{"order_id": 5, "key": "survey_result", "value": "ready"}	44:073ea7c5-4f72-4305-9057-96a3f1aa51df:1	1	done	{"key": "survey_result", "domain_orders": [48, 50, 53, 56]}			2026-12-06 20:28:26.741726+00	2026-12-06 20:28:26.751865+00	2026-12-06 20:28:56.741477+00	0	\N	\N
54	45	03880d4d-7b14-4ee4-b85d-b76641d7124f	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	45:03880d4d-7b14-4ee4-b85d-b76641d7124f:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 20:28:26.750499+00	2026-12-06 20:28:26.769865+00	2026-12-06 20:28:56.750176+00	0	2026-12-06 20:28:26.741528+00	0
58	44	58757159-cf4c-4605-ad48-b1c6fd2d49a7	Book the engineer visit	field_service/schedule	{"site_postcode": "TT1 1TT", "work": "Install ONT", "order_id": 5}	44:58757159-cf4c-4605-ad48-b1c6fd2d49a7:1	1	done	{"visit_id": "FSV-393554", "engineer": "Ana Costa", "date": "2026-12-07", "slot": "08:00-12:00", "status": "scheduled"}			2026-12-06 20:28:26.753627+00	2026-12-06 20:28:26.769807+00	2026-12-06 20:28:56.752932+00	0	2026-12-06 20:28:26.741528+00	\N
55	46	0e699094-de8c-4a2b-9593-8bfac936a3f6	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	46:0e699094-de8c-4a2b-9593-8bfac936a3f6:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 20:28:26.750501+00	2026-12-06 20:28:26.776286+00	2026-12-06 20:28:56.750223+00	0	2026-12-06 20:28:26.741528+00	1
56	47	f484e801-5006-4186-bfbe-430794f9f388	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {}}	47:f484e801-5006-4186-bfbe-430794f9f388:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 20:28:26.750501+00	2026-12-06 20:28:26.782031+00	2026-12-06 20:28:56.75025+00	0	2026-12-06 20:28:26.741528+00	2
57	48	44d52f06-85b1-4f3a-a5a0-cd5bfb67da71	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"wifi": true}}	48:44d52f06-85b1-4f3a-a5a0-cd5bfb67da71:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 20:28:26.750502+00	2026-12-06 20:28:26.78742+00	2026-12-06 20:28:56.750273+00	0	2026-12-06 20:28:26.741528+00	3
59	49	d9ccd7b6-4703-4add-8da0-3c6a94931c30	Record enrichment on the order	ordra/record_enrichment	{"order_id": 6, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	49:d9ccd7b6-4703-4add-8da0-3c6a94931c30:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 20:28:26.823827+00	2026-12-06 20:28:26.826671+00	2026-12-06 20:28:56.823644+00	0	\N	\N
61	50	9640e49c-7769-4571-9494-b3938aa4e8c3	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	50:9640e49c-7769-4571-9494-b3938aa4e8c3:1	1	done	{"resource_id": "RES-623275", "resource_type": "ONT", "serial_number": "SN9164759383", "status": "reserved"}			2026-12-06 20:28:26.859567+00	2026-12-06 20:28:26.877556+00	2026-12-06 20:28:56.859161+00	0	2026-12-06 20:28:26.843646+00	0
62	51	c9fd9877-dc32-4230-9cbb-3d511798b727	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	51:c9fd9877-dc32-4230-9cbb-3d511798b727:1	1	done	{"resource_id": "RES-746312", "resource_type": "Access Port", "serial_number": "SN3070604649", "status": "reserved"}			2026-12-06 20:28:26.859569+00	2026-12-06 20:28:26.877568+00	2026-12-06 20:28:56.859211+00	0	2026-12-06 20:28:26.843646+00	1
60	49	b14f7514-7c3a-4eb9-8424-92bb88b779ce	Decompose into domain orders	ordra/decompose	{"order_id": 6, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	49:b14f7514-7c3a-4eb9-8424-92bb88b779ce:1	1	done	{"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 70, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 20:28:26.843784+00	2026-12-06 20:28:26.861041+00	2026-12-06 20:28:56.843595+00	0	\N	\N
64	53	121c1ed6-076b-46d7-88d2-960c135e3bac	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	53:121c1ed6-076b-46d7-88d2-960c135e3bac:1	1	done	{"resource_id": "RES-887496", "resource_type": "IPv4 Block", "serial_number": "SN9543459850", "status": "reserved"}			2026-12-06 20:28:26.85957+00	2026-12-06 20:28:26.877581+00	2026-12-06 20:28:56.859264+00	0	2026-12-06 20:28:26.843646+00	3
65	54	d45f38f1-e462-4d71-b122-bad22d99ee99	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	54:d45f38f1-e462-4d71-b122-bad22d99ee99:1	1	done	{"resource_id": "RES-397312", "resource_type": "Router", "serial_number": "SN7169838737", "status": "reserved"}			2026-12-06 20:28:26.859571+00	2026-12-06 20:28:26.877587+00	2026-12-06 20:28:56.859287+00	0	2026-12-06 20:28:26.843646+00	4
66	55	3c825740-5b41-406a-8172-22721fcb4b51	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	55:3c825740-5b41-406a-8172-22721fcb4b51:1	1	done	{"resource_id": "RES-944365", "resource_type": "Technician Slot", "serial_number": "SN3804234441", "status": "reserved"}			2026-12-06 20:28:26.859572+00	2026-12-06 20:28:26.877593+00	2026-12-06 20:28:56.85931+00	0	2026-12-06 20:28:26.843646+00	5
68	56	9c3f4014-8c06-4718-86c8-623dc582fee8	Hand the survey result to the order	ordra/provide_data	{"order_id": 6, "key": "survey_result", "value": "ready"}	56:9c3f4014-8c06-4718-86c8-623dc582fee8:1	1	done	{"key": "survey_result", "domain_orders": [63, 65, 68, 71]}			2026-12-06 20:28:26.902267+00	2026-12-06 20:28:26.912044+00	2026-12-06 20:28:56.902088+00	0	\N	\N
69	57	305d0719-f7d6-4949-8a18-b89145be97e9	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	57:305d0719-f7d6-4949-8a18-b89145be97e9:1	1	done	{"service_id": "SVC-717834", "access_port": "ge-0/2/42", "ip_address": "10.84.121.36", "status": "active"}			2026-12-06 20:28:26.910689+00	2026-12-06 20:28:26.924609+00	2026-12-06 20:28:56.910374+00	0	2026-12-06 20:28:26.902136+00	0
70	58	9aaf2f15-0421-4dfb-b76a-3c9c5caa1e00	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	58:9aaf2f15-0421-4dfb-b76a-3c9c5caa1e00:1	1	done	{"service_id": "SVC-510582", "access_port": "ge-0/2/6", "ip_address": "10.82.42.184", "status": "active"}			2026-12-06 20:28:26.91069+00	2026-12-06 20:28:26.924621+00	2026-12-06 20:28:56.910421+00	0	2026-12-06 20:28:26.902136+00	1
71	59	ff1c39af-c6fb-4fed-a3e7-4b4dcc907c8c	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	59:ff1c39af-c6fb-4fed-a3e7-4b4dcc907c8c:1	1	done	{"service_id": "SVC-623470", "access_port": "ge-0/2/46", "ip_address": "10.220.243.72", "status": "active"}			2026-12-06 20:28:26.910691+00	2026-12-06 20:28:26.924628+00	2026-12-06 20:28:56.910449+00	0	2026-12-06 20:28:26.902136+00	2
72	60	0cc7923b-da69-49d7-b674-6689d75dc6b6	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	60:0cc7923b-da69-49d7-b674-6689d75dc6b6:1	1	done	{"service_id": "SVC-057556", "access_port": "ge-0/0/4", "ip_address": "10.56.230.158", "status": "active"}			2026-12-06 20:28:26.910692+00	2026-12-06 20:28:26.924635+00	2026-12-06 20:28:56.910473+00	0	2026-12-06 20:28:26.902136+00	3
73	56	064c6418-4452-4357-9846-a84a9b85e3c1	Book the engineer visit	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 6}	56:064c6418-4452-4357-9846-a84a9b85e3c1:1	1	done	{"visit_id": "FSV-894765", "engineer": "Jo Evans", "date": "2026-12-11", "slot": "13:00-17:00", "status": "scheduled"}			2026-12-06 20:28:26.913723+00	2026-12-06 20:28:26.92464+00	2026-12-06 20:28:56.91308+00	0	2026-12-06 20:28:26.902136+00	\N
77	64	fcabeb75-d3f6-47f7-b71d-cc8586dbe486	Activate billing	billing/activate	{"account_id": 2, "product": "Installation", "action": "add", "recurring": "0.00", "one_time": "195.00"}	64:fcabeb75-d3f6-47f7-b71d-cc8586dbe486:1	1	done	{"billing_item_id": "BIL-3911043", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}			2026-12-06 20:28:26.972389+00	2026-12-06 20:28:26.980102+00	2026-12-06 20:28:56.972211+00	0	2026-12-06 20:28:26.972256+00	\N
67	49	2efe17f6-b71b-4072-a208-115051d64266	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 6}	49:2efe17f6-b71b-4072-a208-115051d64266:1	1	done	{"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "completed"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "completed"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "completed"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "completed"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "completed"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "completed"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "completed"}, {"id": 70, "type": "resource", "spec": "Router", "state": "completed"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "completed"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "completed"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "completed"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "completed"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "completed"}]}			2026-12-06 20:28:26.863461+00	2026-12-06 20:28:26.987334+00	2026-12-06 20:28:56.8625+00	0	\N	\N
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
1	admin	Process Admin	pbkdf2:sha256:1000$n9PGp5NDGqC8zUNX$73523d0eebec4c13003fa1aaa295ba0001f1600c8c0328d25d59a42737cea650	t	2026-12-06 20:28:25.889997+00
2	agent	Olivia Agent	pbkdf2:sha256:1000$qjlOXjF8ifGMNXdR$06f6ddc709ccf1eaf5a9b4aafaceea907ef07424a696dac7128e5d73b2da9273	t	2026-12-06 20:28:25.893138+00
3	fulfiller	Frank Fulfiller	pbkdf2:sha256:1000$qlUn9nfzk75lZtws$7ebdd438b986423c06167327f5d18609f5fdec462cde53a53068f34051bdb9a5	t	2026-12-06 20:28:25.895242+00
4	omanager	Mona Manager	pbkdf2:sha256:1000$2Kl27LJAr2JtSoJB$59771d201aba70c2e01216a13e657b23b6c7063d14654c6ff41bcdef96ac1522	t	2026-12-06 20:28:25.897219+00
5	approver	Arthur Approver	pbkdf2:sha256:1000$c7wV66j5V0g7gDKX$a388617a5ca2253d80e471d1d7ac8a2de7e82a240e9d7a916a770ba6b1deea1a	t	2026-12-06 20:28:25.899145+00
6	fmanager	Fiona Fulfillment-Manager	pbkdf2:sha256:1000$e5HKjfADjjlUQFJL$fdca4de05bdf27ce85e8dea07d9a1b4f16f7dea2110dc66d9b48b1009fdcace4	t	2026-12-06 20:28:25.901141+00
7	fallout	Felix Fallout	pbkdf2:sha256:1000$iyGZn9NTXYnXhFRA$00793925d00f7ab8e6be751e40171b8607b7d2a9b395982d054981ea2ed49790	t	2026-12-06 20:28:25.903298+00
8	falloutmgr	Fay Fallout-Manager	pbkdf2:sha256:1000$SDrxnzGlexzgFUSI$b942ae6400e1568d23378311530cf86b5eeb3c8be865272d18ec96b031fcc444	t	2026-12-06 20:28:25.90522+00
9	alice	Alice (Acme Ltd)	pbkdf2:sha256:1000$VdYMurVwrBWwHbqD$a8ccf40f1d33172b8f3d02f2c38d308a2389f1cbfd7e629e2a81df47e3747332	t	2026-12-06 20:28:25.907057+00
10	bob	Bob (Bravo plc)	pbkdf2:sha256:1000$rP9hAE9idEHefAWG$fb27edefcd133838672acc93e68800fd5b115e53a0ae34a9d621ec3356a31cce	t	2026-12-06 20:28:25.908951+00
\.


--
-- Data for Name: work_items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.work_items (id, instance_id, task_id, bpmn_id, title, role, status, form, instructions, task_data, assignee_id, created_at, due_at, jeopardy, completed_at, completed_by_id, lock_version, insert_sentinel) FROM stdin;
1	1	80739147-73cb-4018-9f0a-5b8883abbbca	approve_order	Approve order	order_approver	open	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 1 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 1, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}	\N	2026-12-06 20:28:25.994453+00	2026-12-07 20:28:25.994453+00	on_track	\N	\N	1	\N
2	2	c2eac2ed-c390-4b8c-9550-b300f311f2e1	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 2 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 2, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}	\N	2026-12-06 20:28:26.047613+00	2026-12-07 20:28:26.047613+00	on_track	2026-12-06 20:28:26.072332+00	5	2	\N
3	9	c4db4961-6cde-4983-bb43-13cf7d1b1498	survey_site	Survey site	fulfillment_agent	open	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 2, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-260100", "resource_type": "Technician Slot", "serial_number": "SN0730814928", "status": "reserved"}}}}	\N	2026-12-06 20:28:26.20187+00	2026-12-08 20:28:26.20187+00	on_track	\N	\N	1	\N
4	10	f827fcba-7e8c-4cb4-b097-4d8bd2b17184	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 3 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 3, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}	\N	2026-12-06 20:28:26.236213+00	2026-12-07 20:28:26.236213+00	on_track	2026-12-06 20:28:26.249088+00	5	2	\N
7	25	7d3b4b50-047a-4a89-98b6-982cc3e8b136	technical_details	Enter technical details	fulfillment_agent	completed	{"kind": "json_schema", "file": "order_technical_details.json", "schema": {"title": "Technical details", "type": "object", "required": ["serving_exchange"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "serving_exchange": {"type": "string", "title": "Serving exchange", "minLength": 3, "maxLength": 40}, "site_notes": {"type": "string", "title": "Site notes for the engineers", "maxLength": 500}}}, "ui": null}	The site ZZ1 1ZZ of order 4 (Bravo plc) is not in a known serving area: enter its serving exchange.	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "ZZ1 1ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 20:28:26.432318+00	2026-12-08 20:28:26.432318+00	on_track	2026-12-06 20:28:26.44503+00	3	2	\N
5	17	25ed9c31-d58d-4471-86d5-0489e28d9824	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 3, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-665325", "resource_type": "Technician Slot", "serial_number": "SN4600339940", "status": "reserved"}}}}	\N	2026-12-06 20:28:26.305467+00	2026-12-08 20:28:26.305467+00	on_track	2026-12-06 20:28:26.320587+00	3	2	\N
6	17	b30565e2-be85-4f58-b675-dbbd05925e4c	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-846008 on 2026-12-09 08:00-12:00 (Sam Patel): install and test the ONT at SW1A 1AA, then enter its serial number.	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-665325", "resource_type": "Technician Slot", "serial_number": "SN4600339940", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [18, 20, 23, 26]}, "visit": {"visit_id": "FSV-846008", "engineer": "Sam Patel", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}}	\N	2026-12-06 20:28:26.368969+00	2026-12-08 20:28:26.368969+00	on_track	\N	\N	1	\N
9	32	8e7e9a04-4983-4344-8218-10352e701dc7	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site ZZ1 1ZZ (order 4, exchange ): can the fibre be drawn in?	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-105537", "resource_type": "Technician Slot", "serial_number": "SN3504147822", "status": "reserved"}}}}	\N	2026-12-06 20:28:26.522506+00	2026-12-08 20:28:26.522506+00	on_track	2026-12-06 20:28:26.534509+00	3	2	\N
8	25	4036f069-32e8-4772-8a8c-10090a4502b9	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 4 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in Unknown (exchange LAB-1), priority normal.	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "ZZ1 1ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "order_approval_needed": true}	\N	2026-12-06 20:28:26.450066+00	2026-12-07 20:28:26.450066+00	on_track	2026-12-06 20:28:26.462579+00	5	2	\N
11	37	c033657e-aa58-456c-a6f7-04051998ae94	technical_details	Enter technical details	fulfillment_agent	completed	{"kind": "json_schema", "file": "order_technical_details.json", "schema": {"title": "Technical details", "type": "object", "required": ["serving_exchange"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "serving_exchange": {"type": "string", "title": "Serving exchange", "minLength": 3, "maxLength": 40}, "site_notes": {"type": "string", "title": "Site notes for the engineers", "maxLength": 500}}}, "ui": null}	The site TT1 1TT of order 5 (Bravo plc) is not in a known serving area: enter its serving exchange.	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "TT1 1TT", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 20:28:26.648723+00	2026-12-08 20:28:26.648723+00	on_track	2026-12-06 20:28:26.660544+00	3	2	\N
10	32	a4dde6bb-3b49-434c-8e6c-d418bd91faa2	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-926435 on 2026-12-13 13:00-17:00 (Lee Wong): install and test the ONT at ZZ1 1ZZ, then enter its serial number.	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-105537", "resource_type": "Technician Slot", "serial_number": "SN3504147822", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [33, 35, 38, 41]}, "visit": {"visit_id": "FSV-926435", "engineer": "Lee Wong", "date": "2026-12-13", "slot": "13:00-17:00", "status": "scheduled"}}	\N	2026-12-06 20:28:26.613954+00	2026-12-08 20:28:26.613954+00	on_track	\N	\N	1	\N
13	44	ea09bb0c-ac75-42ff-bf95-4b1249b9ac15	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site TT1 1TT (order 5, exchange ): can the fibre be drawn in?	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-626436", "resource_type": "Technician Slot", "serial_number": "SN9717756685", "status": "reserved"}}}}	\N	2026-12-06 20:28:26.728228+00	2026-12-08 20:28:26.728228+00	on_track	2026-12-06 20:28:26.738585+00	3	2	\N
14	44	f06e3d6c-de6a-4ae9-8ec1-ba7c5aba653b	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-393554 on 2026-12-07 08:00-12:00 (Ana Costa): install and test the ONT at TT1 1TT, then enter its serial number.	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-626436", "resource_type": "Technician Slot", "serial_number": "SN9717756685", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [48, 50, 53, 56]}, "visit": {"visit_id": "FSV-393554", "engineer": "Ana Costa", "date": "2026-12-07", "slot": "08:00-12:00", "status": "scheduled"}}	\N	2026-12-06 20:28:26.796624+00	2026-12-08 20:28:26.796624+00	on_track	\N	\N	1	\N
17	56	724f75b3-df89-462f-8c44-ec92f98e7dce	install_ont	Install ONT on site	fulfillment_agent	completed	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-894765 on 2026-12-11 13:00-17:00 (Jo Evans): install and test the ONT at SW1A 1AA, then enter its serial number.	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-944365", "resource_type": "Technician Slot", "serial_number": "SN3804234441", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [63, 65, 68, 71]}, "visit": {"visit_id": "FSV-894765", "engineer": "Jo Evans", "date": "2026-12-11", "slot": "13:00-17:00", "status": "scheduled"}}	\N	2026-12-06 20:28:26.933001+00	2026-12-08 20:28:26.933001+00	on_track	2026-12-06 20:28:26.964681+00	3	2	\N
12	37	0b9590be-97ab-42ba-8f34-e5c8f605a501	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 5 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in Unknown (exchange LAB-1), priority normal.	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "TT1 1TT", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "order_approval_needed": true}	\N	2026-12-06 20:28:26.665382+00	2026-12-07 20:28:26.665382+00	on_track	2026-12-06 20:28:26.67609+00	5	2	\N
15	49	93429a5c-453d-4ac8-841a-1577b91a5b86	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Internal note (staff only, shown on the order in the workspace)", "maxLength": 300}, "customer_reason": {"type": "string", "title": "Reason for the customer (shown in the portal if rejected)", "maxLength": 300}}}, "ui": null}	Order 6 for Bravo plc: New Business Fibre Internet; New Static IP Block; New Managed Router; New Installation. 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 6, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "product_ref": "", "summary": "New Business Fibre Internet", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "product_ref": "", "summary": "New Static IP Block", "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "product_ref": "", "summary": "New Managed Router", "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "product_ref": "", "summary": "New Installation", "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "order_approval_needed": true}	\N	2026-12-06 20:28:26.829017+00	2026-12-07 20:28:26.829017+00	on_track	2026-12-06 20:28:26.840349+00	5	2	\N
16	56	cb1001cd-2ab0-412d-b3fc-c7192a63487e	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 6, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-944365", "resource_type": "Technician Slot", "serial_number": "SN3804234441", "status": "reserved"}}}}	\N	2026-12-06 20:28:26.889288+00	2026-12-08 20:28:26.889288+00	on_track	2026-12-06 20:28:26.899255+00	3	2	\N
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

\unrestrict VwKABhBrQuWuJGk5qYMh46YfM8EmM3EtTrzVfQcMAUCC8c7jhTgnmSqIoqG38Th

