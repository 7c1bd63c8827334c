--
-- PostgreSQL database dump
--

\restrict XgtxFaJ29vSW1Qhx5xxL1kZKtkM2llW3KpuVPDTojhxKEkxamgjV7cRvvmwL8u1

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
b5d1f0a7c3e2
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
1	Connectivity	Internet access for business sites and the addresses routed to it.	Active	\N	2026-12-06 15:15:40.590393+00
2	Voice	Business telephony over SIP.	Active	\N	2026-12-06 15:15:40.593371+00
3	Equipment	Customer premises equipment, rented and managed.	Active	\N	2026-12-06 15:15:40.595567+00
4	Professional services	Work done on site by Ordra's engineers.	Active	\N	2026-12-06 15:15:40.597641+00
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
1	Business Fibre Internet	Dedicated, uncontended fibre internet at 100 Mbps, 500 Mbps or 1 Gbps, symmetric, with a 99.95% availability SLA and 4-hour fix. Price by bandwidth and contract term.	Active	2024-01-01 00:00:00+00	\N	1	f	2026-12-06 15:15:40.571995+00
2	Managed Router	A business-grade router configured before delivery, monitored around the clock and replaced next business day if it fails.	Active	2024-01-01 00:00:00+00	\N	2	f	2026-12-06 15:15:40.576843+00
3	Static IP Block	A /29 block of public IPv4 addresses (five usable) routed to your fibre line, with reverse DNS. Needs Business Fibre Internet.	Active	2024-01-01 00:00:00+00	\N	3	f	2026-12-06 15:15:40.580104+00
4	Business Voice	SIP trunk telephony with 2 to 30 concurrent channels and up to 100 geographic numbers, including number porting. Priced by channel tier.	Active	2024-01-01 00:00:00+00	\N	4	f	2026-12-06 15:15:40.583389+00
5	Installation	A field engineer installs and tests the equipment on site within a booked half-day slot. Charged once.	Active	2024-01-01 00:00:00+00	\N	5	f	2026-12-06 15:15:40.586116+00
\.


--
-- Data for Name: catalog_prices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_prices (id, offering_id, name, price_type, recurring_period, amount, currency, decision_id, decision_output, description, lifecycle_status, last_update) FROM stdin;
1	1	Monthly charge	recurring	month	\N	GBP	pricing_fibre	monthly_price		Active	2026-12-06 15:15:40.573737+00
2	1	Connection fee	oneTime	\N	\N	GBP	pricing_fibre	setup_fee		Active	2026-12-06 15:15:40.57374+00
3	2	Router rental	recurring	month	15.00	GBP	\N	\N		Active	2026-12-06 15:15:40.577374+00
4	2	Delivery and configuration	oneTime	\N	45.00	GBP	\N	\N		Active	2026-12-06 15:15:40.577376+00
5	3	Address block	recurring	month	10.00	GBP	\N	\N		Active	2026-12-06 15:15:40.580682+00
6	3	Block setup	oneTime	\N	25.00	GBP	\N	\N		Active	2026-12-06 15:15:40.580684+00
7	4	Monthly charge	recurring	month	\N	GBP	pricing_voice	monthly_price		Active	2026-12-06 15:15:40.583873+00
8	4	Connection fee	oneTime	\N	\N	GBP	pricing_voice	setup_fee		Active	2026-12-06 15:15:40.583875+00
9	5	Site installation	oneTime	\N	195.00	GBP	\N	\N		Active	2026-12-06 15:15:40.586789+00
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
1	product	Fibre Internet Product	Symmetric business internet over a dedicated fibre line.	Active	2026-12-06 15:15:40.505355+00
2	product	Managed Router Product	A business router supplied, configured and monitored by us.	Active	2026-12-06 15:15:40.507066+00
3	product	Static IP Product	A routed block of public IPv4 addresses.	Active	2026-12-06 15:15:40.508585+00
4	product	Voice Product	SIP trunk voice with concurrent channels and geographic numbers.	Active	2026-12-06 15:15:40.509925+00
5	product	Installation Product	An engineer visit to install and test equipment on site.	Active	2026-12-06 15:15:40.511249+00
6	cfs	Internet Access	Internet connectivity as the customer sees it: bandwidth, availability.	Active	2026-12-06 15:15:40.512681+00
7	cfs	Managed CPE	Customer premises equipment, managed and monitored.	Active	2026-12-06 15:15:40.513993+00
8	cfs	Static Addressing	Public addresses routed to the customer's internet access.	Active	2026-12-06 15:15:40.515173+00
9	cfs	Voice Service	Inbound and outbound calls on the customer's numbers.	Active	2026-12-06 15:15:40.516371+00
10	cfs	Site Installation	Equipment installed and tested at the customer's site.	Active	2026-12-06 15:15:40.517495+00
11	rfs	Access Line	The physical fibre access from the exchange to the site.	Active	2026-12-06 15:15:40.518665+00
12	rfs	IP Connectivity	Routing, addressing and the BGP/RADIUS profile of a connection.	Active	2026-12-06 15:15:40.519969+00
13	rfs	CPE Provisioning	Zero-touch configuration of the router from the management platform.	Active	2026-12-06 15:15:40.521209+00
14	rfs	SIP Trunk	A SIP trunk on the voice platform with its channel limit and number range.	Active	2026-12-06 15:15:40.522542+00
15	rfs	Field Visit	A scheduled visit by a field engineer.	Active	2026-12-06 15:15:40.523868+00
16	resource	ONT	Optical network terminal installed at the site.	Active	2026-12-06 15:15:40.525022+00
17	resource	Access Port	A port on the aggregation switch in the exchange.	Active	2026-12-06 15:15:40.526197+00
18	resource	IPv4 Address	One public IPv4 address from the dynamic pool.	Active	2026-12-06 15:15:40.527412+00
19	resource	IPv4 Block	A /29 block of public IPv4 addresses (five usable).	Active	2026-12-06 15:15:40.528556+00
20	resource	Router	A router unit from stock, with serial number.	Active	2026-12-06 15:15:40.529766+00
21	resource	Voice Channel	Concurrent call capacity on the session border controller.	Active	2026-12-06 15:15:40.531036+00
22	resource	Telephone Number	A geographic telephone number from the number range.	Active	2026-12-06 15:15:40.532313+00
23	resource	Technician Slot	A bookable half-day slot in a field engineer's diary.	Active	2026-12-06 15:15:40.533842+00
\.


--
-- Data for Name: contracts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.contracts (id, account_id, order_id, product_id, term_months, recurring_charge, one_time_charge, currency, start_date, end_date, insert_sentinel) FROM stdin;
1	2	6	1	24	159.00	250.00	GBP	2026-12-06 15:15:41.604346+00	2028-12-06 15:15:41.604346+00	0
2	2	6	2	12	10.00	25.00	GBP	2026-12-06 15:15:41.604465+00	2027-12-06 15:15:41.604465+00	1
3	2	6	3	12	15.00	45.00	GBP	2026-12-06 15:15:41.604507+00	2027-12-06 15:15:41.604507+00	2
4	2	6	4	0	0.00	195.00	GBP	2026-12-06 15:15:41.604546+00	\N	3
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
1	Acme Ltd	enterprise		2026-12-06 15:15:40.625181+00
2	Bravo plc	smb		2026-12-06 15:15:40.630539+00
3	Cobalt Council	public_sector		2026-12-06 15:15:40.633507+00
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
1	3:c8513441-ccb7-48dc-895c-7268dd7c1fa8:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-626017", "resource_type": "ONT", "serial_number": "SN8182889696", "status": "reserved"}	2026-12-06 15:15:40.874355+00
2	4:3861c9a0-57e7-4384-82c4-e593dcc8690d:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-611662", "resource_type": "Access Port", "serial_number": "SN2099683604", "status": "reserved"}	2026-12-06 15:15:40.878576+00
3	5:ab7ec121-cc0e-4483-a574-dc6e03694f30:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-532068", "resource_type": "IPv4 Address", "serial_number": "SN3164397750", "status": "reserved"}	2026-12-06 15:15:40.879745+00
4	6:33247cf0-2ea5-4557-82fe-bf360deaecfb:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-047130", "resource_type": "IPv4 Block", "serial_number": "SN2538605726", "status": "reserved"}	2026-12-06 15:15:40.880927+00
5	7:7096f769-114c-448a-8c2d-17d33d1b7ca4:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-982635", "resource_type": "Router", "serial_number": "SN1875831827", "status": "reserved"}	2026-12-06 15:15:40.881814+00
6	8:82857205-df88-49bd-9714-b59a82b800a7:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	{"resource_id": "RES-639771", "resource_type": "Technician Slot", "serial_number": "SN4318102280", "status": "reserved"}	2026-12-06 15:15:40.882851+00
7	11:81ff31fb-4733-47eb-b494-9113b12cc1b2:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-037260", "resource_type": "ONT", "serial_number": "SN2792375409", "status": "reserved"}	2026-12-06 15:15:40.978318+00
8	12:1cf71ae7-b692-4ad2-baa4-d1130da2a1d0:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-741441", "resource_type": "Access Port", "serial_number": "SN5777559234", "status": "reserved"}	2026-12-06 15:15:40.979657+00
9	13:1e2d3943-22bf-4362-aceb-b6da3a216067:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-657385", "resource_type": "IPv4 Address", "serial_number": "SN0913433648", "status": "reserved"}	2026-12-06 15:15:40.98058+00
10	14:87809108-9179-4b54-8d0c-00ed3889485f:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-722136", "resource_type": "IPv4 Block", "serial_number": "SN0439419595", "status": "reserved"}	2026-12-06 15:15:40.981342+00
11	15:7c4499b1-faa6-42e1-b054-aa6061fa66ac:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-295318", "resource_type": "Router", "serial_number": "SN9681336574", "status": "reserved"}	2026-12-06 15:15:40.982103+00
12	16:8e1e0fa7-4369-4852-bd93-a36cba5b5384:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	{"resource_id": "RES-037168", "resource_type": "Technician Slot", "serial_number": "SN4165906033", "status": "reserved"}	2026-12-06 15:15:40.982837+00
13	18:307f9646-75ec-419c-9cf3-0643752302bf:1	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-780489", "access_port": "ge-0/1/9", "ip_address": "10.239.121.91", "status": "active"}	2026-12-06 15:15:41.030983+00
14	19:7ddb0e98-5c4a-4096-9d91-76433f7d36ac:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-558611", "access_port": "ge-0/3/35", "ip_address": "10.111.234.13", "status": "active"}	2026-12-06 15:15:41.03273+00
15	20:d6f9b20b-6ad6-4bc7-9741-c38688eda0f0:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	{"service_id": "SVC-508034", "access_port": "ge-0/2/2", "ip_address": "10.34.32.36", "status": "active"}	2026-12-06 15:15:41.033545+00
16	21:1e8b4932-ed3a-477b-8167-9724b4a9b5c9:1	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	{"service_id": "SVC-683445", "access_port": "ge-0/1/21", "ip_address": "10.195.233.47", "status": "active"}	2026-12-06 15:15:41.034342+00
17	17:5bdc4e66-5047-47f2-a52c-abc3c5ff4c57:1	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 3}	{"visit_id": "FSV-208235", "engineer": "Lee Wong", "date": "2026-12-13", "slot": "13:00-17:00", "status": "scheduled"}	2026-12-06 15:15:41.035118+00
18	22:09b1ce02-8829-44ad-bf5e-28f39176efeb:1	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	{"billing_item_id": "BIL-7009926", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}	2026-12-06 15:15:41.064981+00
19	23:8214e972-2a08-4f24-b0a8-24a83a3b3742:1	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	{"billing_item_id": "BIL-4182714", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}	2026-12-06 15:15:41.066708+00
20	24:57ad7047-268a-47e1-bb49-300b996c2489:1	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	{"billing_item_id": "BIL-8216800", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}	2026-12-06 15:15:41.067542+00
21	26:b19761b9-954c-433c-b1b3-853f13f40006:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-759223", "resource_type": "ONT", "serial_number": "SN7566226313", "status": "reserved"}	2026-12-06 15:15:41.157695+00
22	27:bd373cc6-8cd5-4de2-a4a5-2fc9d34bed72:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-095115", "resource_type": "Access Port", "serial_number": "SN8171692505", "status": "reserved"}	2026-12-06 15:15:41.158867+00
23	28:5dffe676-caf1-4342-a8d4-60b41a0cdf4a:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-846236", "resource_type": "IPv4 Address", "serial_number": "SN2106918830", "status": "reserved"}	2026-12-06 15:15:41.159745+00
24	29:bf7e8f3c-6373-4be6-af2d-dd3dd57baed6:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-747132", "resource_type": "IPv4 Block", "serial_number": "SN1863981457", "status": "reserved"}	2026-12-06 15:15:41.160602+00
25	30:08380434-57fc-406a-ad0c-752008b55f2b:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-388628", "resource_type": "Router", "serial_number": "SN3866154402", "status": "reserved"}	2026-12-06 15:15:41.161375+00
26	31:3827647c-7dec-46db-89b5-b86c229803ba:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	{"resource_id": "RES-551139", "resource_type": "Technician Slot", "serial_number": "SN5750139927", "status": "reserved"}	2026-12-06 15:15:41.16223+00
31	32:434c5d13-9b17-4fd3-9cc6-fdb45b742da3:1	field_service/schedule	{"site_postcode": "ZZ1 1ZZ", "work": "Install ONT", "order_id": 4}	{"visit_id": "FSV-735344", "engineer": "Sam Patel", "date": "2026-12-08", "slot": "08:00-12:00", "status": "scheduled"}	2026-12-06 15:15:41.211982+00
32	38:92d15da5-e776-4c5b-9627-00f0d87e5619:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-906802", "resource_type": "ONT", "serial_number": "SN5216708294", "status": "reserved"}	2026-12-06 15:15:41.337046+00
33	39:1ff00d84-9490-4fa2-8b5f-220a8e99ef9a:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-460353", "resource_type": "Access Port", "serial_number": "SN3916380868", "status": "reserved"}	2026-12-06 15:15:41.338266+00
34	40:cbe20399-798a-4304-977a-7d280b50e2bd:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-810845", "resource_type": "IPv4 Address", "serial_number": "SN3295864884", "status": "reserved"}	2026-12-06 15:15:41.33907+00
35	41:b04e69a3-f548-4f49-8b0d-3b264bd3734a:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-207923", "resource_type": "IPv4 Block", "serial_number": "SN4758237426", "status": "reserved"}	2026-12-06 15:15:41.34007+00
36	42:454d5621-d45a-40a6-9ba2-4a0bb8cdc452:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-150496", "resource_type": "Router", "serial_number": "SN5967225000", "status": "reserved"}	2026-12-06 15:15:41.340889+00
37	43:62d66858-75d5-4b9f-9b5e-249474c7ff50:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	{"resource_id": "RES-078173", "resource_type": "Technician Slot", "serial_number": "SN1502400020", "status": "reserved"}	2026-12-06 15:15:41.341698+00
42	44:fa29afc3-9279-4f33-90a7-b1f8ee3f72aa:1	field_service/schedule	{"site_postcode": "TT1 1TT", "work": "Install ONT", "order_id": 5}	{"visit_id": "FSV-864097", "engineer": "Jo Evans", "date": "2026-12-10", "slot": "13:00-17:00", "status": "scheduled"}	2026-12-06 15:15:41.390162+00
43	50:4edf62d8-c17a-4150-8607-04302c16b99e:1	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-022029", "resource_type": "ONT", "serial_number": "SN7095912912", "status": "reserved"}	2026-12-06 15:15:41.485441+00
44	51:2d162e2d-0e6e-4148-b115-1995a52b4af6:1	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-123825", "resource_type": "Access Port", "serial_number": "SN7636879239", "status": "reserved"}	2026-12-06 15:15:41.486627+00
45	52:bfccf841-4ce4-4baf-92bd-6fa6f954de7c:1	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-338755", "resource_type": "IPv4 Address", "serial_number": "SN6159275492", "status": "reserved"}	2026-12-06 15:15:41.487459+00
46	53:81277fda-5859-4b2c-84de-f69659bed48e:1	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-246565", "resource_type": "IPv4 Block", "serial_number": "SN0772431582", "status": "reserved"}	2026-12-06 15:15:41.488293+00
47	54:ece2b213-a0c1-4588-aa59-92dad7fe7405:1	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-337048", "resource_type": "Router", "serial_number": "SN8343322780", "status": "reserved"}	2026-12-06 15:15:41.489024+00
48	55:a18f4947-cd14-477d-a923-3451ed4b6c24:1	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	{"resource_id": "RES-576216", "resource_type": "Technician Slot", "serial_number": "SN5685337274", "status": "reserved"}	2026-12-06 15:15:41.489793+00
49	57:f979006f-3b2a-4898-9a0a-204fbecaa374:1	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-480253", "access_port": "ge-0/1/13", "ip_address": "10.3.171.55", "status": "active"}	2026-12-06 15:15:41.531044+00
50	58:7b886c55-8b78-431d-a9b9-520c664831fb:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	{"service_id": "SVC-578156", "access_port": "ge-0/0/44", "ip_address": "10.156.62.158", "status": "active"}	2026-12-06 15:15:41.532451+00
51	59:0f8d74ee-2813-4d06-b777-bcf328ffc715:1	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	{"service_id": "SVC-749207", "access_port": "ge-0/3/23", "ip_address": "10.207.246.9", "status": "active"}	2026-12-06 15:15:41.533301+00
52	60:870f0f66-63b3-43d3-a1d7-e0661c8024ec:1	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	{"service_id": "SVC-060607", "access_port": "ge-0/3/31", "ip_address": "10.107.242.9", "status": "active"}	2026-12-06 15:15:41.53433+00
53	56:e5759b5b-69ad-42f3-9ac6-5f0551d5ec19:1	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 6}	{"visit_id": "FSV-493110", "engineer": "Ana Costa", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}	2026-12-06 15:15:41.535206+00
54	61:a86f479c-2cd8-45b4-857c-f6a6791182af:1	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	{"billing_item_id": "BIL-0031436", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}	2026-12-06 15:15:41.557727+00
55	62:254c1c18-201c-4c5d-8b28-822d09d50bef:1	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	{"billing_item_id": "BIL-0196192", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}	2026-12-06 15:15:41.559048+00
56	63:c651e3a4-345d-46ce-a445-25843eaa8292:1	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	{"billing_item_id": "BIL-9088908", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}	2026-12-06 15:15:41.560003+00
57	64:c9af9c74-e9e5-4b75-940e-5ad720bf6b4c:1	billing/activate	{"account_id": 2, "product": "Installation", "action": "add", "recurring": "0.00", "one_time": "195.00"}	{"billing_item_id": "BIL-5764671", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}	2026-12-06 15:15:41.587577+00
\.


--
-- Data for Name: deployments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deployments (id, deployed_by_id, deployed_at, note, warnings, forced_test_failures) FROM stdin;
1	\N	2026-12-06 15:15:40.460714+00	ordra seed	[]	[]
\.


--
-- Data for Name: domain_orders; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.domain_orders (id, order_id, type, name, spec_name, action, item_seqs, state, plan, instance_id, depends_on, requires, data, result, created_at, started_at, completed_at, rule, insert_sentinel) FROM stdin;
3	2	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	pending	plan_service_order	\N	[1, 2]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 3}	{}	2026-12-06 15:15:40.839846+00	\N	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
5	2	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	pending	plan_service_order	\N	[4]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 5}	{}	2026-12-06 15:15:40.839848+00	\N	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
6	2	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[3, 5]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 6}	{}	2026-12-06 15:15:40.839848+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
8	2	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	pending	plan_service_order	\N	[7]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 8}	{}	2026-12-06 15:15:40.83985+00	\N	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
9	2	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[8]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 9}	{}	2026-12-06 15:15:40.83985+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
11	2	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	pending	plan_service_order	\N	[10]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 11}	{}	2026-12-06 15:15:40.839851+00	\N	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
12	2	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[11]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 12}	{}	2026-12-06 15:15:40.839852+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
15	2	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[14]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 15}	{}	2026-12-06 15:15:40.839854+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
1	2	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	3	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 1}	{"resource": {"resource_id": "RES-626017", "resource_type": "ONT", "serial_number": "SN8182889696", "status": "reserved"}}	2026-12-06 15:15:40.839841+00	2026-12-06 15:15:40.855111+00	2026-12-06 15:15:40.899199+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
10	2	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	7	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 10}	{"resource": {"resource_id": "RES-982635", "resource_type": "Router", "serial_number": "SN1875831827", "status": "reserved"}}	2026-12-06 15:15:40.839851+00	2026-12-06 15:15:40.855111+00	2026-12-06 15:15:40.899325+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
2	2	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	4	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 2}	{"resource": {"resource_id": "RES-611662", "resource_type": "Access Port", "serial_number": "SN2099683604", "status": "reserved"}}	2026-12-06 15:15:40.839845+00	2026-12-06 15:15:40.855111+00	2026-12-06 15:15:40.899242+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
4	2	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	5	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 4}	{"resource": {"resource_id": "RES-532068", "resource_type": "IPv4 Address", "serial_number": "SN3164397750", "status": "reserved"}}	2026-12-06 15:15:40.839847+00	2026-12-06 15:15:40.855111+00	2026-12-06 15:15:40.899259+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
7	2	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	6	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 7}	{"resource": {"resource_id": "RES-047130", "resource_type": "IPv4 Block", "serial_number": "SN2538605726", "status": "reserved"}}	2026-12-06 15:15:40.839849+00	2026-12-06 15:15:40.855111+00	2026-12-06 15:15:40.899273+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
13	2	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	8	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 13}	{"resource": {"resource_id": "RES-639771", "resource_type": "Technician Slot", "serial_number": "SN4318102280", "status": "reserved"}}	2026-12-06 15:15:40.839853+00	2026-12-06 15:15:40.855111+00	2026-12-06 15:15:40.899341+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
14	2	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	9	[13]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14}	{}	2026-12-06 15:15:40.839854+00	2026-12-06 15:15:40.90841+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
34	4	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	28	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 34}	{"resource": {"resource_id": "RES-846236", "resource_type": "IPv4 Address", "serial_number": "SN2106918830", "status": "reserved"}}	2026-12-06 15:15:41.137679+00	2026-12-06 15:15:41.14794+00	2026-12-06 15:15:41.172961+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
44	4	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	32	[43]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44}	{}	2026-12-06 15:15:41.137685+00	2026-12-06 15:15:41.177174+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
47	5	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	39	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 47}	{"resource": {"resource_id": "RES-460353", "resource_type": "Access Port", "serial_number": "SN3916380868", "status": "reserved"}}	2026-12-06 15:15:41.31673+00	2026-12-06 15:15:41.327173+00	2026-12-06 15:15:41.353143+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
49	5	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	40	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 49}	{"resource": {"resource_id": "RES-810845", "resource_type": "IPv4 Address", "serial_number": "SN3295864884", "status": "reserved"}}	2026-12-06 15:15:41.316731+00	2026-12-06 15:15:41.327173+00	2026-12-06 15:15:41.353159+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
18	3	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	completed	plan_service_order	18	[16, 17]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 18, "survey_result": "ready"}	{"service": {"service_id": "SVC-780489", "access_port": "ge-0/1/9", "ip_address": "10.239.121.91", "status": "active"}}	2026-12-06 15:15:40.957706+00	2026-12-06 15:15:41.024363+00	2026-12-06 15:15:41.053437+00	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
30	3	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[29]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 30}	{}	2026-12-06 15:15:40.957714+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
16	3	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	11	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 16}	{"resource": {"resource_id": "RES-037260", "resource_type": "ONT", "serial_number": "SN2792375409", "status": "reserved"}}	2026-12-06 15:15:40.957702+00	2026-12-06 15:15:40.968286+00	2026-12-06 15:15:40.994023+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
29	3	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	17	[28]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29}	{}	2026-12-06 15:15:40.957713+00	2026-12-06 15:15:40.998547+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
21	3	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	completed	plan_product_order	22	[18, 20]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 21}	{"billing": {"billing_item_id": "BIL-7009926", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}	2026-12-06 15:15:40.957708+00	2026-12-06 15:15:41.060733+00	2026-12-06 15:15:41.075372+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
24	3	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	completed	plan_product_order	23	[23]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 24}	{"billing": {"billing_item_id": "BIL-4182714", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}	2026-12-06 15:15:40.95771+00	2026-12-06 15:15:41.060733+00	2026-12-06 15:15:41.075414+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
27	3	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	completed	plan_product_order	24	[26]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 27}	{"billing": {"billing_item_id": "BIL-8216800", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}	2026-12-06 15:15:40.957712+00	2026-12-06 15:15:41.060733+00	2026-12-06 15:15:41.075433+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
17	3	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	12	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 17}	{"resource": {"resource_id": "RES-741441", "resource_type": "Access Port", "serial_number": "SN5777559234", "status": "reserved"}}	2026-12-06 15:15:40.957706+00	2026-12-06 15:15:40.968286+00	2026-12-06 15:15:40.994058+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
19	3	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	13	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 19}	{"resource": {"resource_id": "RES-657385", "resource_type": "IPv4 Address", "serial_number": "SN0913433648", "status": "reserved"}}	2026-12-06 15:15:40.957707+00	2026-12-06 15:15:40.968286+00	2026-12-06 15:15:40.994075+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
22	3	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	14	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 22}	{"resource": {"resource_id": "RES-722136", "resource_type": "IPv4 Block", "serial_number": "SN0439419595", "status": "reserved"}}	2026-12-06 15:15:40.957709+00	2026-12-06 15:15:40.968286+00	2026-12-06 15:15:40.994089+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
25	3	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	15	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 25}	{"resource": {"resource_id": "RES-295318", "resource_type": "Router", "serial_number": "SN9681336574", "status": "reserved"}}	2026-12-06 15:15:40.957711+00	2026-12-06 15:15:40.968286+00	2026-12-06 15:15:40.994104+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
28	3	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	16	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 28}	{"resource": {"resource_id": "RES-037168", "resource_type": "Technician Slot", "serial_number": "SN4165906033", "status": "reserved"}}	2026-12-06 15:15:40.957713+00	2026-12-06 15:15:40.968286+00	2026-12-06 15:15:40.994121+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
26	3	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	completed	plan_service_order	21	[25]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 26, "survey_result": "ready"}	{"service": {"service_id": "SVC-683445", "access_port": "ge-0/1/21", "ip_address": "10.195.233.47", "status": "active"}}	2026-12-06 15:15:40.957711+00	2026-12-06 15:15:41.024363+00	2026-12-06 15:15:41.053506+00	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
20	3	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	completed	plan_service_order	19	[19]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 20, "survey_result": "ready"}	{"service": {"service_id": "SVC-558611", "access_port": "ge-0/3/35", "ip_address": "10.111.234.13", "status": "active"}}	2026-12-06 15:15:40.957708+00	2026-12-06 15:15:41.024363+00	2026-12-06 15:15:41.053474+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
23	3	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	completed	plan_service_order	20	[22]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 23, "survey_result": "ready"}	{"service": {"service_id": "SVC-508034", "access_port": "ge-0/2/2", "ip_address": "10.34.32.36", "status": "active"}}	2026-12-06 15:15:40.95771+00	2026-12-06 15:15:41.024363+00	2026-12-06 15:15:41.053491+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
36	4	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[33, 35]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 36}	{}	2026-12-06 15:15:41.13768+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
33	4	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	failed	plan_service_order	33	[31, 32]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 33, "survey_result": "ready"}	{}	2026-12-06 15:15:41.137679+00	2026-12-06 15:15:41.198576+00	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
35	4	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	failed	plan_service_order	34	[34]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 35, "survey_result": "ready"}	{}	2026-12-06 15:15:41.13768+00	2026-12-06 15:15:41.198576+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
39	4	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[38]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 39}	{}	2026-12-06 15:15:41.137682+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
42	4	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[41]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 42}	{}	2026-12-06 15:15:41.137684+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
45	4	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[44]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 45}	{}	2026-12-06 15:15:41.137686+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
31	4	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	26	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 31}	{"resource": {"resource_id": "RES-759223", "resource_type": "ONT", "serial_number": "SN7566226313", "status": "reserved"}}	2026-12-06 15:15:41.137675+00	2026-12-06 15:15:41.14794+00	2026-12-06 15:15:41.172914+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
32	4	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	27	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 32}	{"resource": {"resource_id": "RES-095115", "resource_type": "Access Port", "serial_number": "SN8171692505", "status": "reserved"}}	2026-12-06 15:15:41.137678+00	2026-12-06 15:15:41.14794+00	2026-12-06 15:15:41.172945+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
38	4	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	failed	plan_service_order	35	[37]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 38, "survey_result": "ready"}	{}	2026-12-06 15:15:41.137682+00	2026-12-06 15:15:41.198576+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
41	4	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	failed	plan_service_order	36	[40]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 41, "survey_result": "ready"}	{}	2026-12-06 15:15:41.137683+00	2026-12-06 15:15:41.198576+00	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
37	4	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	29	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 37}	{"resource": {"resource_id": "RES-747132", "resource_type": "IPv4 Block", "serial_number": "SN1863981457", "status": "reserved"}}	2026-12-06 15:15:41.137681+00	2026-12-06 15:15:41.14794+00	2026-12-06 15:15:41.172975+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
40	4	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	30	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 40}	{"resource": {"resource_id": "RES-388628", "resource_type": "Router", "serial_number": "SN3866154402", "status": "reserved"}}	2026-12-06 15:15:41.137683+00	2026-12-06 15:15:41.14794+00	2026-12-06 15:15:41.17299+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
43	4	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	31	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 43}	{"resource": {"resource_id": "RES-551139", "resource_type": "Technician Slot", "serial_number": "SN5750139927", "status": "reserved"}}	2026-12-06 15:15:41.137685+00	2026-12-06 15:15:41.14794+00	2026-12-06 15:15:41.173006+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
48	5	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	failed	plan_service_order	45	[46, 47]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 48, "survey_result": "ready"}	{}	2026-12-06 15:15:41.31673+00	2026-12-06 15:15:41.377907+00	\N	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
50	5	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	failed	plan_service_order	46	[49]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 50, "survey_result": "ready"}	{}	2026-12-06 15:15:41.316732+00	2026-12-06 15:15:41.377907+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
51	5	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	waiting	plan_product_order	\N	[48, 50]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 51}	{}	2026-12-06 15:15:41.316732+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
54	5	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	waiting	plan_product_order	\N	[53]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 54}	{}	2026-12-06 15:15:41.316734+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
57	5	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	waiting	plan_product_order	\N	[56]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 57}	{}	2026-12-06 15:15:41.316736+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
60	5	product	Installation Product (Installation)	Installation Product	add	[4]	waiting	plan_product_order	\N	[59]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 60}	{}	2026-12-06 15:15:41.316737+00	\N	\N	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
46	5	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	38	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 46}	{"resource": {"resource_id": "RES-906802", "resource_type": "ONT", "serial_number": "SN5216708294", "status": "reserved"}}	2026-12-06 15:15:41.316727+00	2026-12-06 15:15:41.327173+00	2026-12-06 15:15:41.353108+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
59	5	service	Field Visit (Installation)	Field Visit	add	[4]	inProgress	plan_field_visit	44	[58]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59}	{}	2026-12-06 15:15:41.316737+00	2026-12-06 15:15:41.357399+00	\N	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
53	5	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	failed	plan_service_order	47	[52]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 53, "survey_result": "ready"}	{}	2026-12-06 15:15:41.316733+00	2026-12-06 15:15:41.377907+00	\N	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
56	5	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	failed	plan_service_order	48	[55]	["survey_result"]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 56, "survey_result": "ready"}	{}	2026-12-06 15:15:41.316735+00	2026-12-06 15:15:41.377907+00	\N	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
52	5	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	41	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 52}	{"resource": {"resource_id": "RES-207923", "resource_type": "IPv4 Block", "serial_number": "SN4758237426", "status": "reserved"}}	2026-12-06 15:15:41.316733+00	2026-12-06 15:15:41.327173+00	2026-12-06 15:15:41.353174+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
55	5	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	42	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 55}	{"resource": {"resource_id": "RES-150496", "resource_type": "Router", "serial_number": "SN5967225000", "status": "reserved"}}	2026-12-06 15:15:41.316735+00	2026-12-06 15:15:41.327173+00	2026-12-06 15:15:41.353189+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
58	5	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	43	[]	[]	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 58}	{"resource": {"resource_id": "RES-078173", "resource_type": "Technician Slot", "serial_number": "SN1502400020", "status": "reserved"}}	2026-12-06 15:15:41.316736+00	2026-12-06 15:15:41.327173+00	2026-12-06 15:15:41.353205+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
63	6	service	Access Line (Business Fibre Internet)	Access Line	add	[1]	completed	plan_service_order	57	[61, 62]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 63, "survey_result": "ready"}	{"service": {"service_id": "SVC-480253", "access_port": "ge-0/1/13", "ip_address": "10.3.171.55", "status": "active"}}	2026-12-06 15:15:41.465503+00	2026-12-06 15:15:41.524923+00	2026-12-06 15:15:41.548856+00	{"decision": "decomposition", "row": 12, "rule_id": "r11", "provides": []}	2
65	6	service	IP Connectivity (Business Fibre Internet)	IP Connectivity	add	[1]	completed	plan_service_order	58	[64]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 65, "survey_result": "ready"}	{"service": {"service_id": "SVC-578156", "access_port": "ge-0/0/44", "ip_address": "10.156.62.158", "status": "active"}}	2026-12-06 15:15:41.465505+00	2026-12-06 15:15:41.524923+00	2026-12-06 15:15:41.548891+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	4
61	6	resource	ONT (Business Fibre Internet)	ONT	add	[1]	completed	plan_resource_order	50	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 61}	{"resource": {"resource_id": "RES-022029", "resource_type": "ONT", "serial_number": "SN7095912912", "status": "reserved"}}	2026-12-06 15:15:41.4655+00	2026-12-06 15:15:41.475956+00	2026-12-06 15:15:41.500542+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	0
62	6	resource	Access Port (Business Fibre Internet)	Access Port	add	[1]	completed	plan_resource_order	51	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 62}	{"resource": {"resource_id": "RES-123825", "resource_type": "Access Port", "serial_number": "SN7636879239", "status": "reserved"}}	2026-12-06 15:15:41.465503+00	2026-12-06 15:15:41.475956+00	2026-12-06 15:15:41.500576+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	1
68	6	service	IP Connectivity (Static IP Block)	IP Connectivity	add	[2]	completed	plan_service_order	59	[67]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 68, "survey_result": "ready"}	{"service": {"service_id": "SVC-749207", "access_port": "ge-0/3/23", "ip_address": "10.207.246.9", "status": "active"}}	2026-12-06 15:15:41.465507+00	2026-12-06 15:15:41.524923+00	2026-12-06 15:15:41.548907+00	{"decision": "decomposition", "row": 14, "rule_id": "r13", "provides": []}	7
66	6	product	Fibre Internet Product (Business Fibre Internet)	Fibre Internet Product	add	[1]	completed	plan_product_order	61	[63, 65]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 66}	{"billing": {"billing_item_id": "BIL-0031436", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}	2026-12-06 15:15:41.465505+00	2026-12-06 15:15:41.553883+00	2026-12-06 15:15:41.567747+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	5
69	6	product	Static IP Product (Static IP Block)	Static IP Product	add	[2]	completed	plan_product_order	62	[68]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 69}	{"billing": {"billing_item_id": "BIL-0196192", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}	2026-12-06 15:15:41.465507+00	2026-12-06 15:15:41.553883+00	2026-12-06 15:15:41.567783+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	8
72	6	product	Managed Router Product (Managed Router)	Managed Router Product	add	[3]	completed	plan_product_order	63	[71]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 72}	{"billing": {"billing_item_id": "BIL-9088908", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}	2026-12-06 15:15:41.465509+00	2026-12-06 15:15:41.553883+00	2026-12-06 15:15:41.567801+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	11
75	6	product	Installation Product (Installation)	Installation Product	add	[4]	completed	plan_product_order	64	[74]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 75}	{"billing": {"billing_item_id": "BIL-5764671", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}}	2026-12-06 15:15:41.465511+00	2026-12-06 15:15:41.583844+00	2026-12-06 15:15:41.594526+00	{"decision": "decomposition", "row": 20, "rule_id": "r19", "provides": []}	14
64	6	resource	IPv4 Address (Business Fibre Internet)	IPv4 Address	add	[1]	completed	plan_resource_order	52	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 64}	{"resource": {"resource_id": "RES-338755", "resource_type": "IPv4 Address", "serial_number": "SN6159275492", "status": "reserved"}}	2026-12-06 15:15:41.465504+00	2026-12-06 15:15:41.475956+00	2026-12-06 15:15:41.500592+00	{"decision": "decomposition", "row": 8, "rule_id": "r7", "provides": []}	3
67	6	resource	IPv4 Block (Static IP Block)	IPv4 Block	add	[2]	completed	plan_resource_order	53	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 67}	{"resource": {"resource_id": "RES-246565", "resource_type": "IPv4 Block", "serial_number": "SN0772431582", "status": "reserved"}}	2026-12-06 15:15:41.465506+00	2026-12-06 15:15:41.475956+00	2026-12-06 15:15:41.500606+00	{"decision": "decomposition", "row": 6, "rule_id": "r5", "provides": []}	6
70	6	resource	Router (Managed Router)	Router	add	[3]	completed	plan_resource_order	54	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 70}	{"resource": {"resource_id": "RES-337048", "resource_type": "Router", "serial_number": "SN8343322780", "status": "reserved"}}	2026-12-06 15:15:41.465508+00	2026-12-06 15:15:41.475956+00	2026-12-06 15:15:41.500619+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	9
73	6	resource	Technician Slot (Installation)	Technician Slot	add	[4]	completed	plan_resource_order	55	[]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 73}	{"resource": {"resource_id": "RES-576216", "resource_type": "Technician Slot", "serial_number": "SN5685337274", "status": "reserved"}}	2026-12-06 15:15:41.46551+00	2026-12-06 15:15:41.475956+00	2026-12-06 15:15:41.500635+00	{"decision": "decomposition", "row": 11, "rule_id": "r10", "provides": []}	12
71	6	service	CPE Provisioning (Managed Router)	CPE Provisioning	add	[3]	completed	plan_service_order	60	[70]	["survey_result"]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 71, "survey_result": "ready"}	{"service": {"service_id": "SVC-060607", "access_port": "ge-0/3/31", "ip_address": "10.107.242.9", "status": "active"}}	2026-12-06 15:15:41.465508+00	2026-12-06 15:15:41.524923+00	2026-12-06 15:15:41.548922+00	{"decision": "decomposition", "row": 15, "rule_id": "r14", "provides": []}	10
74	6	service	Field Visit (Installation)	Field Visit	add	[4]	completed	plan_field_visit	56	[73]	[]	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74}	{"visit": {"visit_id": "FSV-493110", "engineer": "Ana Costa", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}, "survey_result": "ready", "ont_serial": "ONT1234567"}	2026-12-06 15:15:41.46551+00	2026-12-06 15:15:41.504789+00	2026-12-06 15:15:41.58072+00	{"decision": "decomposition", "row": 17, "rule_id": "r16", "provides": ["survey_result"]}	13
\.


--
-- Data for Name: entitlements; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.entitlements (id, account_id, order_id, product_id, service, status, created_at, insert_sentinel) FROM stdin;
1	2	6	1	Access Line	active	2026-12-06 15:15:41.610197+00	0
2	2	6	1	IP Connectivity	active	2026-12-06 15:15:41.6102+00	1
3	2	6	2	IP Connectivity	active	2026-12-06 15:15:41.6102+00	2
4	2	6	3	CPE Provisioning	active	2026-12-06 15:15:41.610201+00	3
\.


--
-- Data for Name: fallout_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fallout_events (id, fallout_id, at, actor_id, kind, detail) FROM stdin;
1	1	2026-12-06 15:15:41.230813+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
2	2	2026-12-06 15:15:41.238319+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
3	3	2026-12-06 15:15:41.244557+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
4	4	2026-12-06 15:15:41.250813+00	\N	failed	{"attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
5	5	2026-12-06 15:15:41.39734+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
6	6	2026-12-06 15:15:41.4028+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
7	7	2026-12-06 15:15:41.408014+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
8	8	2026-12-06 15:15:41.41344+00	\N	failed	{"attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
\.


--
-- Data for Name: fallouts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fallouts (id, instance_id, order_id, task_name, connector, error_code, message, payload, response, attempt, category, action, assign_to, assignee_id, status, next_retry_at, policy, created_at, updated_at, resolved_at) FROM stdin;
1	33	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "Access Line", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 15:15:41.221467+00	2026-12-06 15:15:41.226851+00	\N
2	34	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 15:15:41.23613+00	2026-12-06 15:15:41.236133+00	\N
3	35	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 15:15:41.242519+00	2026-12-06 15:15:41.242521+00	\N
4	36	4	Activate service	provisioning/activate	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	{"service": "CPE Provisioning", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"wifi": true}}	{"error": "PORT_UNAVAILABLE", "rule": 1}	1	network capacity	manual	fallout_agent	\N	open	\N	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "PORT_UNAVAILABLE"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 3, "rule_id": "network_capacity", "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 15:15:41.248695+00	2026-12-06 15:15:41.248697+00	\N
5	45	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "Access Line", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 15:16:11.396107+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 15:15:41.396302+00	2026-12-06 15:15:41.396303+00	\N
6	46	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 15:16:11.401632+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 15:15:41.401811+00	2026-12-06 15:15:41.401813+00	\N
7	47	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 15:16:11.406775+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 15:15:41.406951+00	2026-12-06 15:15:41.406952+00	\N
8	48	5	Activate service	provisioning/activate	TIMEOUT	TIMEOUT: provisioning timed out	{"service": "CPE Provisioning", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"wifi": true}}	{"error": "TIMEOUT", "rule": 2}	1	transient	retry	fallout_agent	\N	retrying	2026-12-06 15:16:11.412203+00	{"decision_id": "fallout_policy", "decision_name": "Fallout policy", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Error code", "expression": "error_code", "value": "TIMEOUT"}, {"label": "Connector", "expression": "connector", "value": "provisioning/activate"}, {"label": "Attempt", "expression": "attempt", "value": 1}], "matched_rules": [{"index": 1, "rule_id": "transient_retry", "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}], "defaulted": false, "outputs": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}, "warnings": [], "required_decisions": {}}	2026-12-06 15:15:41.412377+00	2026-12-06 15:15:41.412378+00	\N
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
1	1	2026-12-06 15:15:40.683007+00	2	started		customer_order version 1	{}
2	1	2026-12-06 15:15:40.683041+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
3	1	2026-12-06 15:15:40.683043+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
4	1	2026-12-06 15:15:40.684845+00	\N	service_call	Record enrichment on the order		{"call": 1, "connector": "ordra/record_enrichment", "attempt": 1}
5	1	2026-12-06 15:15:40.689527+00	\N	service_result	Record enrichment on the order		{"call": 1}
6	1	2026-12-06 15:15:40.704803+00	\N	task_ready	Approve order		{"work_item": 1, "role": "order_approver"}
7	2	2026-12-06 15:15:40.745105+00	2	started		customer_order version 1	{}
8	2	2026-12-06 15:15:40.745133+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
9	2	2026-12-06 15:15:40.745135+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
10	2	2026-12-06 15:15:40.745786+00	\N	service_call	Record enrichment on the order		{"call": 2, "connector": "ordra/record_enrichment", "attempt": 1}
11	2	2026-12-06 15:15:40.748244+00	\N	service_result	Record enrichment on the order		{"call": 2}
12	2	2026-12-06 15:15:40.752724+00	\N	task_ready	Approve order		{"work_item": 2, "role": "order_approver"}
13	2	2026-12-06 15:15:40.772418+00	5	task_completed	Approve order		{"work_item": 2, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
14	2	2026-12-06 15:15:40.776841+00	\N	service_call	Decompose into domain orders		{"call": 3, "connector": "ordra/decompose", "attempt": 1}
15	3	2026-12-06 15:15:40.852806+00	\N	started		plan_resource_order version 1	{}
16	4	2026-12-06 15:15:40.852872+00	\N	started		plan_resource_order version 1	{}
17	5	2026-12-06 15:15:40.852902+00	\N	started		plan_resource_order version 1	{}
18	6	2026-12-06 15:15:40.852933+00	\N	started		plan_resource_order version 1	{}
19	7	2026-12-06 15:15:40.852956+00	\N	started		plan_resource_order version 1	{}
20	8	2026-12-06 15:15:40.852983+00	\N	started		plan_resource_order version 1	{}
21	3	2026-12-06 15:15:40.85491+00	\N	service_call	Reserve resource		{"call": 4, "connector": "inventory/reserve", "attempt": 1}
22	4	2026-12-06 15:15:40.854922+00	\N	service_call	Reserve resource		{"call": 5, "connector": "inventory/reserve", "attempt": 1}
23	5	2026-12-06 15:15:40.854925+00	\N	service_call	Reserve resource		{"call": 6, "connector": "inventory/reserve", "attempt": 1}
24	6	2026-12-06 15:15:40.854928+00	\N	service_call	Reserve resource		{"call": 7, "connector": "inventory/reserve", "attempt": 1}
25	7	2026-12-06 15:15:40.854931+00	\N	service_call	Reserve resource		{"call": 8, "connector": "inventory/reserve", "attempt": 1}
26	8	2026-12-06 15:15:40.854933+00	\N	service_call	Reserve resource		{"call": 9, "connector": "inventory/reserve", "attempt": 1}
27	2	2026-12-06 15:15:40.855383+00	\N	service_result	Decompose into domain orders		{"call": 3}
28	2	2026-12-06 15:15:40.863163+00	\N	service_call	Wait for the domain orders		{"call": 10, "connector": "ordra/await_fulfilment", "attempt": 1}
29	2	2026-12-06 15:15:40.86464+00	\N	service_waiting	Wait for the domain orders		{"call": 10}
30	3	2026-12-06 15:15:40.888199+00	\N	service_result	Reserve resource		{"call": 4}
31	3	2026-12-06 15:15:40.889212+00	\N	completed			{}
32	4	2026-12-06 15:15:40.889297+00	\N	service_result	Reserve resource		{"call": 5}
33	4	2026-12-06 15:15:40.890024+00	\N	completed			{}
34	5	2026-12-06 15:15:40.890097+00	\N	service_result	Reserve resource		{"call": 6}
35	5	2026-12-06 15:15:40.890681+00	\N	completed			{}
36	6	2026-12-06 15:15:40.890741+00	\N	service_result	Reserve resource		{"call": 7}
37	6	2026-12-06 15:15:40.891526+00	\N	completed			{}
38	7	2026-12-06 15:15:40.891603+00	\N	service_result	Reserve resource		{"call": 8}
39	7	2026-12-06 15:15:40.892186+00	\N	completed			{}
40	8	2026-12-06 15:15:40.892243+00	\N	service_result	Reserve resource		{"call": 9}
41	8	2026-12-06 15:15:40.892782+00	\N	completed			{}
42	9	2026-12-06 15:15:40.905061+00	\N	started		plan_field_visit version 1	{}
43	9	2026-12-06 15:15:40.908257+00	\N	task_ready	Survey site		{"work_item": 3, "role": "fulfillment_agent"}
44	10	2026-12-06 15:15:40.933154+00	2	started		customer_order version 1	{}
45	10	2026-12-06 15:15:40.933179+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
46	10	2026-12-06 15:15:40.933181+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
47	10	2026-12-06 15:15:40.933803+00	\N	service_call	Record enrichment on the order		{"call": 11, "connector": "ordra/record_enrichment", "attempt": 1}
48	10	2026-12-06 15:15:40.936135+00	\N	service_result	Record enrichment on the order		{"call": 11}
49	10	2026-12-06 15:15:40.940385+00	\N	task_ready	Approve order		{"work_item": 4, "role": "order_approver"}
50	10	2026-12-06 15:15:40.948804+00	5	task_completed	Approve order		{"work_item": 4, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
51	10	2026-12-06 15:15:40.952376+00	\N	service_call	Decompose into domain orders		{"call": 12, "connector": "ordra/decompose", "attempt": 1}
52	11	2026-12-06 15:15:40.966613+00	\N	started		plan_resource_order version 1	{}
53	12	2026-12-06 15:15:40.966674+00	\N	started		plan_resource_order version 1	{}
54	13	2026-12-06 15:15:40.966702+00	\N	started		plan_resource_order version 1	{}
55	14	2026-12-06 15:15:40.966727+00	\N	started		plan_resource_order version 1	{}
56	15	2026-12-06 15:15:40.96675+00	\N	started		plan_resource_order version 1	{}
57	16	2026-12-06 15:15:40.966772+00	\N	started		plan_resource_order version 1	{}
58	11	2026-12-06 15:15:40.968112+00	\N	service_call	Reserve resource		{"call": 13, "connector": "inventory/reserve", "attempt": 1}
59	12	2026-12-06 15:15:40.968121+00	\N	service_call	Reserve resource		{"call": 14, "connector": "inventory/reserve", "attempt": 1}
60	13	2026-12-06 15:15:40.968124+00	\N	service_call	Reserve resource		{"call": 15, "connector": "inventory/reserve", "attempt": 1}
61	14	2026-12-06 15:15:40.968127+00	\N	service_call	Reserve resource		{"call": 16, "connector": "inventory/reserve", "attempt": 1}
62	15	2026-12-06 15:15:40.96813+00	\N	service_call	Reserve resource		{"call": 17, "connector": "inventory/reserve", "attempt": 1}
63	16	2026-12-06 15:15:40.968133+00	\N	service_call	Reserve resource		{"call": 18, "connector": "inventory/reserve", "attempt": 1}
64	10	2026-12-06 15:15:40.96847+00	\N	service_result	Decompose into domain orders		{"call": 12}
65	10	2026-12-06 15:15:40.973316+00	\N	service_call	Wait for the domain orders		{"call": 19, "connector": "ordra/await_fulfilment", "attempt": 1}
66	10	2026-12-06 15:15:40.974422+00	\N	service_waiting	Wait for the domain orders		{"call": 19}
81	17	2026-12-06 15:15:41.010075+00	3	task_completed	Survey site		{"work_item": 5, "data": {"site_postcode": "SW1A 1AA", "survey_result": "ready", "survey_notes": null}}
82	17	2026-12-06 15:15:41.013544+00	\N	service_call	Hand the survey result to the order		{"call": 20, "connector": "ordra/provide_data", "attempt": 1}
83	18	2026-12-06 15:15:41.022954+00	\N	started		plan_service_order version 1	{}
84	19	2026-12-06 15:15:41.023018+00	\N	started		plan_service_order version 1	{}
85	20	2026-12-06 15:15:41.023046+00	\N	started		plan_service_order version 1	{}
86	21	2026-12-06 15:15:41.023071+00	\N	started		plan_service_order version 1	{}
87	18	2026-12-06 15:15:41.024229+00	\N	service_call	Activate service		{"call": 21, "connector": "provisioning/activate", "attempt": 1}
88	19	2026-12-06 15:15:41.024238+00	\N	service_call	Activate service		{"call": 22, "connector": "provisioning/activate", "attempt": 1}
89	20	2026-12-06 15:15:41.02424+00	\N	service_call	Activate service		{"call": 23, "connector": "provisioning/activate", "attempt": 1}
90	21	2026-12-06 15:15:41.024243+00	\N	service_call	Activate service		{"call": 24, "connector": "provisioning/activate", "attempt": 1}
91	17	2026-12-06 15:15:41.024512+00	\N	service_result	Hand the survey result to the order		{"call": 20}
92	17	2026-12-06 15:15:41.027713+00	\N	service_call	Book the engineer visit		{"call": 25, "connector": "field_service/schedule", "attempt": 1}
115	25	2026-12-06 15:15:41.097655+00	2	started		customer_order version 1	{}
116	25	2026-12-06 15:15:41.097677+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "ZZ1 1ZZ"}], "matched_rules": [{"index": 5, "rule_id": "site_other", "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}], "defaulted": false, "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}, "warnings": [], "required_decisions": {}}
117	25	2026-12-06 15:15:41.097679+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
118	25	2026-12-06 15:15:41.098225+00	\N	service_call	Record enrichment on the order		{"call": 29, "connector": "ordra/record_enrichment", "attempt": 1}
119	25	2026-12-06 15:15:41.100518+00	\N	service_result	Record enrichment on the order		{"call": 29}
120	25	2026-12-06 15:15:41.106006+00	\N	task_ready	Enter technical details		{"work_item": 7, "role": "fulfillment_agent"}
121	25	2026-12-06 15:15:41.115199+00	3	task_completed	Enter technical details		{"work_item": 7, "data": {"customer": "Bravo plc", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "LAB-1", "site_notes": null}}
122	25	2026-12-06 15:15:41.120011+00	\N	task_ready	Approve order		{"work_item": 8, "role": "order_approver"}
123	25	2026-12-06 15:15:41.128479+00	5	task_completed	Approve order		{"work_item": 8, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
124	25	2026-12-06 15:15:41.132288+00	\N	service_call	Decompose into domain orders		{"call": 30, "connector": "ordra/decompose", "attempt": 1}
125	26	2026-12-06 15:15:41.146356+00	\N	started		plan_resource_order version 1	{}
126	27	2026-12-06 15:15:41.146416+00	\N	started		plan_resource_order version 1	{}
127	28	2026-12-06 15:15:41.146444+00	\N	started		plan_resource_order version 1	{}
128	29	2026-12-06 15:15:41.146467+00	\N	started		plan_resource_order version 1	{}
129	30	2026-12-06 15:15:41.14649+00	\N	started		plan_resource_order version 1	{}
130	31	2026-12-06 15:15:41.146512+00	\N	started		plan_resource_order version 1	{}
131	26	2026-12-06 15:15:41.147772+00	\N	service_call	Reserve resource		{"call": 31, "connector": "inventory/reserve", "attempt": 1}
132	27	2026-12-06 15:15:41.14778+00	\N	service_call	Reserve resource		{"call": 32, "connector": "inventory/reserve", "attempt": 1}
133	28	2026-12-06 15:15:41.147783+00	\N	service_call	Reserve resource		{"call": 33, "connector": "inventory/reserve", "attempt": 1}
134	29	2026-12-06 15:15:41.147786+00	\N	service_call	Reserve resource		{"call": 34, "connector": "inventory/reserve", "attempt": 1}
135	30	2026-12-06 15:15:41.147788+00	\N	service_call	Reserve resource		{"call": 35, "connector": "inventory/reserve", "attempt": 1}
136	31	2026-12-06 15:15:41.147791+00	\N	service_call	Reserve resource		{"call": 36, "connector": "inventory/reserve", "attempt": 1}
137	25	2026-12-06 15:15:41.148114+00	\N	service_result	Decompose into domain orders		{"call": 30}
138	25	2026-12-06 15:15:41.152907+00	\N	service_call	Wait for the domain orders		{"call": 37, "connector": "ordra/await_fulfilment", "attempt": 1}
139	25	2026-12-06 15:15:41.153961+00	\N	service_waiting	Wait for the domain orders		{"call": 37}
67	11	2026-12-06 15:15:40.985535+00	\N	service_result	Reserve resource		{"call": 13}
68	11	2026-12-06 15:15:40.986533+00	\N	completed			{}
69	12	2026-12-06 15:15:40.986616+00	\N	service_result	Reserve resource		{"call": 14}
70	12	2026-12-06 15:15:40.987258+00	\N	completed			{}
71	13	2026-12-06 15:15:40.987402+00	\N	service_result	Reserve resource		{"call": 15}
72	13	2026-12-06 15:15:40.988027+00	\N	completed			{}
73	14	2026-12-06 15:15:40.988093+00	\N	service_result	Reserve resource		{"call": 16}
74	14	2026-12-06 15:15:40.988669+00	\N	completed			{}
75	15	2026-12-06 15:15:40.988726+00	\N	service_result	Reserve resource		{"call": 17}
76	15	2026-12-06 15:15:40.989632+00	\N	completed			{}
77	16	2026-12-06 15:15:40.989719+00	\N	service_result	Reserve resource		{"call": 18}
78	16	2026-12-06 15:15:40.990373+00	\N	completed			{}
79	17	2026-12-06 15:15:40.997232+00	\N	started		plan_field_visit version 1	{}
80	17	2026-12-06 15:15:40.998415+00	\N	task_ready	Survey site		{"work_item": 5, "role": "fulfillment_agent"}
93	18	2026-12-06 15:15:41.0382+00	\N	service_result	Activate service		{"call": 21}
94	18	2026-12-06 15:15:41.039084+00	\N	completed			{}
95	19	2026-12-06 15:15:41.039162+00	\N	service_result	Activate service		{"call": 22}
96	19	2026-12-06 15:15:41.040026+00	\N	completed			{}
97	20	2026-12-06 15:15:41.040109+00	\N	service_result	Activate service		{"call": 23}
98	20	2026-12-06 15:15:41.040785+00	\N	completed			{}
99	21	2026-12-06 15:15:41.040855+00	\N	service_result	Activate service		{"call": 24}
100	21	2026-12-06 15:15:41.041677+00	\N	completed			{}
101	17	2026-12-06 15:15:41.041754+00	\N	service_result	Book the engineer visit		{"call": 25}
102	17	2026-12-06 15:15:41.050987+00	\N	task_ready	Install ONT on site		{"work_item": 6, "role": "fulfillment_agent"}
103	22	2026-12-06 15:15:41.059405+00	\N	started		plan_product_order version 1	{}
104	23	2026-12-06 15:15:41.059471+00	\N	started		plan_product_order version 1	{}
105	24	2026-12-06 15:15:41.059499+00	\N	started		plan_product_order version 1	{}
106	22	2026-12-06 15:15:41.060615+00	\N	service_call	Activate billing		{"call": 26, "connector": "billing/activate", "attempt": 1}
107	23	2026-12-06 15:15:41.060624+00	\N	service_call	Activate billing		{"call": 27, "connector": "billing/activate", "attempt": 1}
108	24	2026-12-06 15:15:41.060627+00	\N	service_call	Activate billing		{"call": 28, "connector": "billing/activate", "attempt": 1}
109	22	2026-12-06 15:15:41.069982+00	\N	service_result	Activate billing		{"call": 26}
110	22	2026-12-06 15:15:41.070779+00	\N	completed			{}
111	23	2026-12-06 15:15:41.070846+00	\N	service_result	Activate billing		{"call": 27}
112	23	2026-12-06 15:15:41.071517+00	\N	completed			{}
113	24	2026-12-06 15:15:41.071587+00	\N	service_result	Activate billing		{"call": 28}
114	24	2026-12-06 15:15:41.072185+00	\N	completed			{}
140	26	2026-12-06 15:15:41.164869+00	\N	service_result	Reserve resource		{"call": 31}
141	26	2026-12-06 15:15:41.165767+00	\N	completed			{}
142	27	2026-12-06 15:15:41.165847+00	\N	service_result	Reserve resource		{"call": 32}
143	27	2026-12-06 15:15:41.166467+00	\N	completed			{}
144	28	2026-12-06 15:15:41.166532+00	\N	service_result	Reserve resource		{"call": 33}
145	28	2026-12-06 15:15:41.1671+00	\N	completed			{}
146	29	2026-12-06 15:15:41.167155+00	\N	service_result	Reserve resource		{"call": 34}
147	29	2026-12-06 15:15:41.167789+00	\N	completed			{}
148	30	2026-12-06 15:15:41.167856+00	\N	service_result	Reserve resource		{"call": 35}
149	30	2026-12-06 15:15:41.168579+00	\N	completed			{}
150	31	2026-12-06 15:15:41.168642+00	\N	service_result	Reserve resource		{"call": 36}
151	31	2026-12-06 15:15:41.169194+00	\N	completed			{}
152	32	2026-12-06 15:15:41.175945+00	\N	started		plan_field_visit version 1	{}
153	32	2026-12-06 15:15:41.177036+00	\N	task_ready	Survey site		{"work_item": 9, "role": "fulfillment_agent"}
166	33	2026-12-06 15:15:41.215364+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
167	33	2026-12-06 15:15:41.229268+00	\N	fallout_failed	Activate service		{"fallout": 1, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
168	34	2026-12-06 15:15:41.232778+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
169	34	2026-12-06 15:15:41.237371+00	\N	fallout_failed	Activate service		{"fallout": 2, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
170	35	2026-12-06 15:15:41.239868+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
171	35	2026-12-06 15:15:41.243662+00	\N	fallout_failed	Activate service		{"fallout": 3, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
172	36	2026-12-06 15:15:41.246054+00	\N	error	Activate service	PORT_UNAVAILABLE: no free access port at the serving exchange	{}
173	36	2026-12-06 15:15:41.249859+00	\N	fallout_failed	Activate service		{"fallout": 4, "attempt": 1, "error_code": "PORT_UNAVAILABLE", "message": "PORT_UNAVAILABLE: no free access port at the serving exchange"}
174	32	2026-12-06 15:15:41.251807+00	\N	service_result	Book the engineer visit		{"call": 43}
175	32	2026-12-06 15:15:41.255493+00	\N	task_ready	Install ONT on site		{"work_item": 10, "role": "fulfillment_agent"}
201	38	2026-12-06 15:15:41.344426+00	\N	service_result	Reserve resource		{"call": 46}
202	38	2026-12-06 15:15:41.345465+00	\N	completed			{}
203	39	2026-12-06 15:15:41.345548+00	\N	service_result	Reserve resource		{"call": 47}
204	39	2026-12-06 15:15:41.346159+00	\N	completed			{}
205	40	2026-12-06 15:15:41.346224+00	\N	service_result	Reserve resource		{"call": 48}
206	40	2026-12-06 15:15:41.346805+00	\N	completed			{}
207	41	2026-12-06 15:15:41.346866+00	\N	service_result	Reserve resource		{"call": 49}
208	41	2026-12-06 15:15:41.347508+00	\N	completed			{}
209	42	2026-12-06 15:15:41.347572+00	\N	service_result	Reserve resource		{"call": 50}
210	42	2026-12-06 15:15:41.348408+00	\N	completed			{}
211	43	2026-12-06 15:15:41.34849+00	\N	service_result	Reserve resource		{"call": 51}
212	43	2026-12-06 15:15:41.3491+00	\N	completed			{}
213	44	2026-12-06 15:15:41.356134+00	\N	started		plan_field_visit version 1	{}
214	44	2026-12-06 15:15:41.35727+00	\N	task_ready	Survey site		{"work_item": 13, "role": "fulfillment_agent"}
227	45	2026-12-06 15:15:41.393238+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
228	45	2026-12-06 15:15:41.3969+00	\N	fallout_failed	Activate service		{"fallout": 5, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
229	46	2026-12-06 15:15:41.39887+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
230	46	2026-12-06 15:15:41.402357+00	\N	fallout_failed	Activate service		{"fallout": 6, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
231	47	2026-12-06 15:15:41.404342+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
232	47	2026-12-06 15:15:41.407536+00	\N	fallout_failed	Activate service		{"fallout": 7, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
233	48	2026-12-06 15:15:41.409659+00	\N	error	Activate service	TIMEOUT: provisioning timed out	{}
234	48	2026-12-06 15:15:41.413008+00	\N	fallout_failed	Activate service		{"fallout": 8, "attempt": 1, "error_code": "TIMEOUT", "message": "TIMEOUT: provisioning timed out"}
154	32	2026-12-06 15:15:41.186014+00	3	task_completed	Survey site		{"work_item": 9, "data": {"site_postcode": "ZZ1 1ZZ", "survey_result": "ready", "survey_notes": null}}
155	32	2026-12-06 15:15:41.18935+00	\N	service_call	Hand the survey result to the order		{"call": 38, "connector": "ordra/provide_data", "attempt": 1}
156	33	2026-12-06 15:15:41.197174+00	\N	started		plan_service_order version 1	{}
157	34	2026-12-06 15:15:41.197235+00	\N	started		plan_service_order version 1	{}
158	35	2026-12-06 15:15:41.197263+00	\N	started		plan_service_order version 1	{}
159	36	2026-12-06 15:15:41.197288+00	\N	started		plan_service_order version 1	{}
160	33	2026-12-06 15:15:41.198438+00	\N	service_call	Activate service		{"call": 39, "connector": "provisioning/activate", "attempt": 1}
161	34	2026-12-06 15:15:41.198448+00	\N	service_call	Activate service		{"call": 40, "connector": "provisioning/activate", "attempt": 1}
162	35	2026-12-06 15:15:41.198451+00	\N	service_call	Activate service		{"call": 41, "connector": "provisioning/activate", "attempt": 1}
163	36	2026-12-06 15:15:41.198454+00	\N	service_call	Activate service		{"call": 42, "connector": "provisioning/activate", "attempt": 1}
164	32	2026-12-06 15:15:41.198727+00	\N	service_result	Hand the survey result to the order		{"call": 38}
165	32	2026-12-06 15:15:41.201931+00	\N	service_call	Book the engineer visit		{"call": 43, "connector": "field_service/schedule", "attempt": 1}
176	37	2026-12-06 15:15:41.2808+00	2	started		customer_order version 1	{}
177	37	2026-12-06 15:15:41.280822+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "TT1 1TT"}], "matched_rules": [{"index": 5, "rule_id": "site_other", "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}], "defaulted": false, "outputs": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}, "warnings": [], "required_decisions": {}}
178	37	2026-12-06 15:15:41.280823+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
179	37	2026-12-06 15:15:41.281389+00	\N	service_call	Record enrichment on the order		{"call": 44, "connector": "ordra/record_enrichment", "attempt": 1}
180	37	2026-12-06 15:15:41.283711+00	\N	service_result	Record enrichment on the order		{"call": 44}
181	37	2026-12-06 15:15:41.287559+00	\N	task_ready	Enter technical details		{"work_item": 11, "role": "fulfillment_agent"}
182	37	2026-12-06 15:15:41.295031+00	3	task_completed	Enter technical details		{"work_item": 11, "data": {"customer": "Bravo plc", "site_postcode": "TT1 1TT", "serving_exchange": "LAB-1", "site_notes": null}}
183	37	2026-12-06 15:15:41.299634+00	\N	task_ready	Approve order		{"work_item": 12, "role": "order_approver"}
184	37	2026-12-06 15:15:41.307986+00	5	task_completed	Approve order		{"work_item": 12, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
185	37	2026-12-06 15:15:41.311707+00	\N	service_call	Decompose into domain orders		{"call": 45, "connector": "ordra/decompose", "attempt": 1}
186	38	2026-12-06 15:15:41.325564+00	\N	started		plan_resource_order version 1	{}
187	39	2026-12-06 15:15:41.325626+00	\N	started		plan_resource_order version 1	{}
188	40	2026-12-06 15:15:41.325654+00	\N	started		plan_resource_order version 1	{}
189	41	2026-12-06 15:15:41.325677+00	\N	started		plan_resource_order version 1	{}
190	42	2026-12-06 15:15:41.325699+00	\N	started		plan_resource_order version 1	{}
191	43	2026-12-06 15:15:41.325721+00	\N	started		plan_resource_order version 1	{}
192	38	2026-12-06 15:15:41.327004+00	\N	service_call	Reserve resource		{"call": 46, "connector": "inventory/reserve", "attempt": 1}
193	39	2026-12-06 15:15:41.327013+00	\N	service_call	Reserve resource		{"call": 47, "connector": "inventory/reserve", "attempt": 1}
194	40	2026-12-06 15:15:41.327016+00	\N	service_call	Reserve resource		{"call": 48, "connector": "inventory/reserve", "attempt": 1}
195	41	2026-12-06 15:15:41.327019+00	\N	service_call	Reserve resource		{"call": 49, "connector": "inventory/reserve", "attempt": 1}
196	42	2026-12-06 15:15:41.327022+00	\N	service_call	Reserve resource		{"call": 50, "connector": "inventory/reserve", "attempt": 1}
197	43	2026-12-06 15:15:41.327024+00	\N	service_call	Reserve resource		{"call": 51, "connector": "inventory/reserve", "attempt": 1}
198	37	2026-12-06 15:15:41.327437+00	\N	service_result	Decompose into domain orders		{"call": 45}
199	37	2026-12-06 15:15:41.332369+00	\N	service_call	Wait for the domain orders		{"call": 52, "connector": "ordra/await_fulfilment", "attempt": 1}
200	37	2026-12-06 15:15:41.333449+00	\N	service_waiting	Wait for the domain orders		{"call": 52}
215	44	2026-12-06 15:15:41.365414+00	3	task_completed	Survey site		{"work_item": 13, "data": {"site_postcode": "TT1 1TT", "survey_result": "ready", "survey_notes": null}}
216	44	2026-12-06 15:15:41.368572+00	\N	service_call	Hand the survey result to the order		{"call": 53, "connector": "ordra/provide_data", "attempt": 1}
217	45	2026-12-06 15:15:41.376505+00	\N	started		plan_service_order version 1	{}
218	46	2026-12-06 15:15:41.376564+00	\N	started		plan_service_order version 1	{}
219	47	2026-12-06 15:15:41.376592+00	\N	started		plan_service_order version 1	{}
220	48	2026-12-06 15:15:41.376616+00	\N	started		plan_service_order version 1	{}
221	45	2026-12-06 15:15:41.377772+00	\N	service_call	Activate service		{"call": 54, "connector": "provisioning/activate", "attempt": 1}
222	46	2026-12-06 15:15:41.377781+00	\N	service_call	Activate service		{"call": 55, "connector": "provisioning/activate", "attempt": 1}
223	47	2026-12-06 15:15:41.377783+00	\N	service_call	Activate service		{"call": 56, "connector": "provisioning/activate", "attempt": 1}
224	48	2026-12-06 15:15:41.377786+00	\N	service_call	Activate service		{"call": 57, "connector": "provisioning/activate", "attempt": 1}
225	44	2026-12-06 15:15:41.378044+00	\N	service_result	Hand the survey result to the order		{"call": 53}
226	44	2026-12-06 15:15:41.381255+00	\N	service_call	Book the engineer visit		{"call": 58, "connector": "field_service/schedule", "attempt": 1}
237	49	2026-12-06 15:15:41.442564+00	2	started		customer_order version 1	{}
238	49	2026-12-06 15:15:41.442583+00	\N	decision	enrichment_site		{"decision_id": "enrichment_site", "decision_name": "Site enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Site postcode", "expression": "upper case(site_postcode)", "value": "SW1A 1AA"}], "matched_rules": [{"index": 2, "rule_id": "site_sw", "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}], "defaulted": false, "outputs": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}, "warnings": [], "required_decisions": {}}
235	44	2026-12-06 15:15:41.41444+00	\N	service_result	Book the engineer visit		{"call": 58}
236	44	2026-12-06 15:15:41.418509+00	\N	task_ready	Install ONT on site		{"work_item": 14, "role": "fulfillment_agent"}
260	50	2026-12-06 15:15:41.492434+00	\N	service_result	Reserve resource		{"call": 61}
261	50	2026-12-06 15:15:41.493274+00	\N	completed			{}
262	51	2026-12-06 15:15:41.493353+00	\N	service_result	Reserve resource		{"call": 62}
263	51	2026-12-06 15:15:41.493973+00	\N	completed			{}
264	52	2026-12-06 15:15:41.49403+00	\N	service_result	Reserve resource		{"call": 63}
265	52	2026-12-06 15:15:41.49459+00	\N	completed			{}
266	53	2026-12-06 15:15:41.494645+00	\N	service_result	Reserve resource		{"call": 64}
267	53	2026-12-06 15:15:41.495189+00	\N	completed			{}
268	54	2026-12-06 15:15:41.495242+00	\N	service_result	Reserve resource		{"call": 65}
269	54	2026-12-06 15:15:41.496095+00	\N	completed			{}
270	55	2026-12-06 15:15:41.496169+00	\N	service_result	Reserve resource		{"call": 66}
271	55	2026-12-06 15:15:41.496752+00	\N	completed			{}
272	56	2026-12-06 15:15:41.503608+00	\N	started		plan_field_visit version 1	{}
273	56	2026-12-06 15:15:41.50466+00	\N	task_ready	Survey site		{"work_item": 16, "role": "fulfillment_agent"}
286	57	2026-12-06 15:15:41.537838+00	\N	service_result	Activate service		{"call": 69}
287	57	2026-12-06 15:15:41.538623+00	\N	completed			{}
288	58	2026-12-06 15:15:41.538685+00	\N	service_result	Activate service		{"call": 70}
289	58	2026-12-06 15:15:41.539261+00	\N	completed			{}
290	59	2026-12-06 15:15:41.539399+00	\N	service_result	Activate service		{"call": 71}
291	59	2026-12-06 15:15:41.540064+00	\N	completed			{}
292	60	2026-12-06 15:15:41.54013+00	\N	service_result	Activate service		{"call": 72}
293	60	2026-12-06 15:15:41.540921+00	\N	completed			{}
294	56	2026-12-06 15:15:41.540993+00	\N	service_result	Book the engineer visit		{"call": 73}
295	56	2026-12-06 15:15:41.546517+00	\N	task_ready	Install ONT on site		{"work_item": 17, "role": "fulfillment_agent"}
296	61	2026-12-06 15:15:41.552843+00	\N	started		plan_product_order version 1	{}
297	62	2026-12-06 15:15:41.5529+00	\N	started		plan_product_order version 1	{}
298	63	2026-12-06 15:15:41.552927+00	\N	started		plan_product_order version 1	{}
299	61	2026-12-06 15:15:41.553771+00	\N	service_call	Activate billing		{"call": 74, "connector": "billing/activate", "attempt": 1}
300	62	2026-12-06 15:15:41.553779+00	\N	service_call	Activate billing		{"call": 75, "connector": "billing/activate", "attempt": 1}
301	63	2026-12-06 15:15:41.553782+00	\N	service_call	Activate billing		{"call": 76, "connector": "billing/activate", "attempt": 1}
302	61	2026-12-06 15:15:41.562459+00	\N	service_result	Activate billing		{"call": 74}
303	61	2026-12-06 15:15:41.563242+00	\N	completed			{}
304	62	2026-12-06 15:15:41.563383+00	\N	service_result	Activate billing		{"call": 75}
305	62	2026-12-06 15:15:41.563995+00	\N	completed			{}
306	63	2026-12-06 15:15:41.564056+00	\N	service_result	Activate billing		{"call": 76}
307	63	2026-12-06 15:15:41.564635+00	\N	completed			{}
312	64	2026-12-06 15:15:41.590724+00	\N	service_result	Activate billing		{"call": 77}
313	64	2026-12-06 15:15:41.591786+00	\N	completed			{}
314	49	2026-12-06 15:15:41.596908+00	\N	service_result	Wait for the domain orders		{"call": 67}
315	49	2026-12-06 15:15:41.601209+00	\N	service_call	Close order: inventory, contracts, entitlements		{"call": 78, "connector": "ordra/close_order", "attempt": 1}
316	49	2026-12-06 15:15:41.604661+00	\N	service_result	Close order: inventory, contracts, entitlements		{"call": 78}
317	49	2026-12-06 15:15:41.606693+00	\N	completed			{}
239	49	2026-12-06 15:15:41.442585+00	\N	decision	enrichment_customer		{"decision_id": "enrichment_customer", "decision_name": "Customer enrichment", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Customer segment", "expression": "segment", "value": "smb"}], "matched_rules": [{"index": 3, "rule_id": "seg_other", "outputs": {"priority": "normal", "sla_class": "bronze"}}], "defaulted": false, "outputs": {"priority": "normal", "sla_class": "bronze"}, "warnings": [], "required_decisions": {}}
240	49	2026-12-06 15:15:41.44314+00	\N	service_call	Record enrichment on the order		{"call": 59, "connector": "ordra/record_enrichment", "attempt": 1}
241	49	2026-12-06 15:15:41.445418+00	\N	service_result	Record enrichment on the order		{"call": 59}
242	49	2026-12-06 15:15:41.449764+00	\N	task_ready	Approve order		{"work_item": 15, "role": "order_approver"}
243	49	2026-12-06 15:15:41.457101+00	5	task_completed	Approve order		{"work_item": 15, "data": {"customer": "Bravo plc", "recurring_total": "184.00", "approval_decision": "approve", "approval_reason": null}}
244	49	2026-12-06 15:15:41.460465+00	\N	service_call	Decompose into domain orders		{"call": 60, "connector": "ordra/decompose", "attempt": 1}
245	50	2026-12-06 15:15:41.474324+00	\N	started		plan_resource_order version 1	{}
246	51	2026-12-06 15:15:41.474384+00	\N	started		plan_resource_order version 1	{}
247	52	2026-12-06 15:15:41.474412+00	\N	started		plan_resource_order version 1	{}
248	53	2026-12-06 15:15:41.474435+00	\N	started		plan_resource_order version 1	{}
249	54	2026-12-06 15:15:41.474458+00	\N	started		plan_resource_order version 1	{}
250	55	2026-12-06 15:15:41.474481+00	\N	started		plan_resource_order version 1	{}
251	50	2026-12-06 15:15:41.475787+00	\N	service_call	Reserve resource		{"call": 61, "connector": "inventory/reserve", "attempt": 1}
252	51	2026-12-06 15:15:41.475796+00	\N	service_call	Reserve resource		{"call": 62, "connector": "inventory/reserve", "attempt": 1}
253	52	2026-12-06 15:15:41.475799+00	\N	service_call	Reserve resource		{"call": 63, "connector": "inventory/reserve", "attempt": 1}
254	53	2026-12-06 15:15:41.475802+00	\N	service_call	Reserve resource		{"call": 64, "connector": "inventory/reserve", "attempt": 1}
255	54	2026-12-06 15:15:41.475804+00	\N	service_call	Reserve resource		{"call": 65, "connector": "inventory/reserve", "attempt": 1}
256	55	2026-12-06 15:15:41.475807+00	\N	service_call	Reserve resource		{"call": 66, "connector": "inventory/reserve", "attempt": 1}
257	49	2026-12-06 15:15:41.476127+00	\N	service_result	Decompose into domain orders		{"call": 60}
258	49	2026-12-06 15:15:41.480631+00	\N	service_call	Wait for the domain orders		{"call": 67, "connector": "ordra/await_fulfilment", "attempt": 1}
259	49	2026-12-06 15:15:41.481682+00	\N	service_waiting	Wait for the domain orders		{"call": 67}
274	56	2026-12-06 15:15:41.512717+00	3	task_completed	Survey site		{"work_item": 16, "data": {"site_postcode": "SW1A 1AA", "survey_result": "ready", "survey_notes": null}}
275	56	2026-12-06 15:15:41.515724+00	\N	service_call	Hand the survey result to the order		{"call": 68, "connector": "ordra/provide_data", "attempt": 1}
276	57	2026-12-06 15:15:41.523446+00	\N	started		plan_service_order version 1	{}
277	58	2026-12-06 15:15:41.523507+00	\N	started		plan_service_order version 1	{}
278	59	2026-12-06 15:15:41.523534+00	\N	started		plan_service_order version 1	{}
279	60	2026-12-06 15:15:41.523558+00	\N	started		plan_service_order version 1	{}
280	57	2026-12-06 15:15:41.524785+00	\N	service_call	Activate service		{"call": 69, "connector": "provisioning/activate", "attempt": 1}
281	58	2026-12-06 15:15:41.524794+00	\N	service_call	Activate service		{"call": 70, "connector": "provisioning/activate", "attempt": 1}
282	59	2026-12-06 15:15:41.524797+00	\N	service_call	Activate service		{"call": 71, "connector": "provisioning/activate", "attempt": 1}
283	60	2026-12-06 15:15:41.5248+00	\N	service_call	Activate service		{"call": 72, "connector": "provisioning/activate", "attempt": 1}
284	56	2026-12-06 15:15:41.525049+00	\N	service_result	Hand the survey result to the order		{"call": 68}
285	56	2026-12-06 15:15:41.527946+00	\N	service_call	Book the engineer visit		{"call": 73, "connector": "field_service/schedule", "attempt": 1}
308	56	2026-12-06 15:15:41.576116+00	3	task_completed	Install ONT on site		{"work_item": 17, "data": {"site_postcode": "SW1A 1AA", "ont_serial": "ONT1234567", "install_notes": null}}
309	56	2026-12-06 15:15:41.579135+00	\N	completed			{}
310	64	2026-12-06 15:15:41.583122+00	\N	started		plan_product_order version 1	{}
311	64	2026-12-06 15:15:41.583783+00	\N	service_call	Activate billing		{"call": 77, "connector": "billing/activate", "attempt": 1}
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
1	2	6	1	1	Business Fibre Internet	active	{"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}	[{"service_id": "SVC-480253", "access_port": "ge-0/1/13", "ip_address": "10.3.171.55", "status": "active", "name": "Access Line", "id": "SVC-480253", "domain_order": 63}, {"service_id": "SVC-578156", "access_port": "ge-0/0/44", "ip_address": "10.156.62.158", "status": "active", "name": "IP Connectivity", "id": "SVC-578156", "domain_order": 65}]	[{"resource_id": "RES-022029", "resource_type": "ONT", "serial_number": "SN7095912912", "status": "reserved", "name": "ONT", "id": "RES-022029", "domain_order": 61}, {"resource_id": "RES-123825", "resource_type": "Access Port", "serial_number": "SN7636879239", "status": "reserved", "name": "Access Port", "id": "RES-123825", "domain_order": 62}, {"resource_id": "RES-338755", "resource_type": "IPv4 Address", "serial_number": "SN6159275492", "status": "reserved", "name": "IPv4 Address", "id": "RES-338755", "domain_order": 64}]	2026-12-06 15:15:41.602921+00	\N	2026-12-06 15:15:41.602923+00	0
2	2	6	2	3	Static IP Block	active	{}	[{"service_id": "SVC-749207", "access_port": "ge-0/3/23", "ip_address": "10.207.246.9", "status": "active", "name": "IP Connectivity", "id": "SVC-749207", "domain_order": 68}]	[{"resource_id": "RES-246565", "resource_type": "IPv4 Block", "serial_number": "SN0772431582", "status": "reserved", "name": "IPv4 Block", "id": "RES-246565", "domain_order": 67}]	2026-12-06 15:15:41.602924+00	\N	2026-12-06 15:15:41.602925+00	1
3	2	6	3	2	Managed Router	active	{"wifi": true}	[{"service_id": "SVC-060607", "access_port": "ge-0/3/31", "ip_address": "10.107.242.9", "status": "active", "name": "CPE Provisioning", "id": "SVC-060607", "domain_order": 71}]	[{"resource_id": "RES-337048", "resource_type": "Router", "serial_number": "SN8343322780", "status": "reserved", "name": "Router", "id": "RES-337048", "domain_order": 70}]	2026-12-06 15:15:41.602925+00	\N	2026-12-06 15:15:41.602926+00	2
4	2	6	4	5	Installation	active	{}	[{"visit_id": "FSV-493110", "engineer": "Ana Costa", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled", "survey_result": "ready", "ont_serial": "ONT1234567", "name": "Field Visit", "id": null, "domain_order": 74}]	[{"resource_id": "RES-576216", "resource_type": "Technician Slot", "serial_number": "SN5685337274", "status": "reserved", "name": "Technician Slot", "id": "RES-576216", "domain_order": 73}]	2026-12-06 15:15:41.602927+00	\N	2026-12-06 15:15:41.602927+00	3
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
1	work_item	1	Approve order	1	order_approver	order_task	normal	bronze	2026-12-06 15:15:40.698905+00	2026-12-06 19:15:40.698905+00	2026-12-07 15:15:40.698905+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
2	work_item	2	Approve order	2	order_approver	order_task	normal	bronze	2026-12-06 15:15:40.750088+00	2026-12-06 19:15:40.750088+00	2026-12-07 15:15:40.750088+00	on_track	t	2026-12-06 15:15:40.777022+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
3	work_item	3	Survey site	2	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:40.907152+00	2026-12-07 15:15:40.907152+00	2026-12-08 15:15:40.907152+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
4	work_item	4	Approve order	3	order_approver	order_task	normal	bronze	2026-12-06 15:15:40.937812+00	2026-12-06 19:15:40.937812+00	2026-12-07 15:15:40.937812+00	on_track	t	2026-12-06 15:15:40.952549+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
5	work_item	5	Survey site	3	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:40.997519+00	2026-12-07 15:15:40.997519+00	2026-12-08 15:15:40.997519+00	on_track	t	2026-12-06 15:15:41.013723+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
6	work_item	6	Install ONT on site	3	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:41.050102+00	2026-12-07 15:15:41.050102+00	2026-12-08 15:15:41.050102+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
7	work_item	7	Enter technical details	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:41.105063+00	2026-12-07 15:15:41.105063+00	2026-12-08 15:15:41.105063+00	on_track	t	2026-12-06 15:15:41.120187+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
8	work_item	8	Approve order	4	order_approver	order_task	normal	bronze	2026-12-06 15:15:41.119041+00	2026-12-06 19:15:41.119041+00	2026-12-07 15:15:41.119041+00	on_track	t	2026-12-06 15:15:41.132454+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
15	work_item	11	Enter technical details	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:41.28505+00	2026-12-07 15:15:41.28505+00	2026-12-08 15:15:41.28505+00	on_track	t	2026-12-06 15:15:41.299819+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
9	work_item	9	Survey site	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:41.176215+00	2026-12-07 15:15:41.176215+00	2026-12-08 15:15:41.176215+00	on_track	t	2026-12-06 15:15:41.189523+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
10	fallout	1	Fallout: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 15:15:41.227425+00	2026-12-06 19:15:41.227425+00	2026-12-06 23:15:41.227425+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
11	fallout	2	Fallout: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 15:15:41.236678+00	2026-12-06 19:15:41.236678+00	2026-12-06 23:15:41.236678+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
12	fallout	3	Fallout: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 15:15:41.242993+00	2026-12-06 19:15:41.242993+00	2026-12-06 23:15:41.242993+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
13	fallout	4	Fallout: Activate service	4	fallout_agent	fallout	normal	bronze	2026-12-06 15:15:41.249161+00	2026-12-06 19:15:41.249161+00	2026-12-06 23:15:41.249161+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "fallout"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 2, "rule_id": "fallout", "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "PT8H"}, "warnings": [], "required_decisions": {}}
14	work_item	10	Install ONT on site	4	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:41.254611+00	2026-12-07 15:15:41.254611+00	2026-12-08 15:15:41.254611+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
17	work_item	13	Survey site	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:41.356402+00	2026-12-07 15:15:41.356402+00	2026-12-08 15:15:41.356402+00	on_track	t	2026-12-06 15:15:41.368736+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
18	work_item	14	Install ONT on site	5	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:41.417711+00	2026-12-07 15:15:41.417711+00	2026-12-08 15:15:41.417711+00	on_track	f	\N	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
20	work_item	16	Survey site	6	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:41.503881+00	2026-12-07 15:15:41.503881+00	2026-12-08 15:15:41.503881+00	on_track	t	2026-12-06 15:15:41.515887+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
16	work_item	12	Approve order	5	order_approver	order_task	normal	bronze	2026-12-06 15:15:41.298654+00	2026-12-06 19:15:41.298654+00	2026-12-07 15:15:41.298654+00	on_track	t	2026-12-06 15:15:41.311878+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
19	work_item	15	Approve order	6	order_approver	order_task	normal	bronze	2026-12-06 15:15:41.447118+00	2026-12-06 19:15:41.447118+00	2026-12-07 15:15:41.447118+00	on_track	t	2026-12-06 15:15:41.460631+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "order_task"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 5, "rule_id": "order_task", "outputs": {"warn_after": "PT4H", "due_after": "P1D"}}], "defaulted": false, "outputs": {"warn_after": "PT4H", "due_after": "P1D"}, "warnings": [], "required_decisions": {}}
21	work_item	17	Install ONT on site	6	fulfillment_agent	work_order	normal	bronze	2026-12-06 15:15:41.545722+00	2026-12-07 15:15:41.545722+00	2026-12-08 15:15:41.545722+00	on_track	t	2026-12-06 15:15:41.584048+00	{"decision_id": "jeopardy_sla", "decision_name": "Jeopardy SLA", "kind": "decision table", "hit_policy": "FIRST", "aggregation": null, "inputs": [{"label": "Task type", "expression": "task_type", "value": "work_order"}, {"label": "Priority", "expression": "priority", "value": "normal"}, {"label": "SLA class", "expression": "sla_class", "value": "bronze"}], "matched_rules": [{"index": 4, "rule_id": "work_order", "outputs": {"warn_after": "P1D", "due_after": "P2D"}}], "defaulted": false, "outputs": {"warn_after": "P1D", "due_after": "P2D"}, "warnings": [], "required_decisions": {}}
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
1	2329480182615746071
\.


--
-- Data for Name: model_test_cases; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_test_cases (id, kind, model_id, name, "case", source, created_by_id, created_at, updated_at) FROM stdin;
1	decision	approval_level	row 1 (r_small)	{"inputs": {"bandwidth": 499, "surcharge": 0}, "expected": {"approval_needed": false, "level": "standard"}}	shipped	\N	2026-12-06 15:15:40.250828+00	2026-12-06 15:15:40.250834+00
2	decision	approval_level	row 2 (r_small_cabling)	{"inputs": {"bandwidth": 499, "surcharge": 1}, "expected": {"approval_needed": true, "level": "works"}}	shipped	\N	2026-12-06 15:15:40.252606+00	2026-12-06 15:15:40.25261+00
3	decision	approval_level	row 3 (r_large)	{"inputs": {"bandwidth": 500, "surcharge": 0}, "expected": {"approval_needed": true, "level": "high bandwidth"}}	shipped	\N	2026-12-06 15:15:40.253645+00	2026-12-06 15:15:40.253648+00
4	decision	decomposition	row 1 (r0): A suspend or resume changes no resource: services and billing are suspended or resumed.	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 15:15:40.254971+00	2026-12-06 15:15:40.254974+00
5	decision	decomposition	row 2 (r1)	{"inputs": {"kind": "cfs", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 15:15:40.25612+00	2026-12-06 15:15:40.256123+00
6	decision	decomposition	row 3 (r2)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 15:15:40.257227+00	2026-12-06 15:15:40.25723+00
7	decision	decomposition	row 4 (r3)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": false, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 15:15:40.258307+00	2026-12-06 15:15:40.25831+00
8	decision	decomposition	row 5 (r4)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "static_ip", "rank": 1}}	shipped	\N	2026-12-06 15:15:40.259242+00	2026-12-06 15:15:40.259244+00
9	decision	decomposition	row 6 (r5)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": false, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "", "rank": 1}}	shipped	\N	2026-12-06 15:15:40.260272+00	2026-12-06 15:15:40.260275+00
10	decision	decomposition	row 7 (r6)	{"inputs": {"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": false, "product_spec": "zzz-other"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 15:15:40.261216+00	2026-12-06 15:15:40.261218+00
11	decision	decomposition	row 8 (r7)	{"inputs": {"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": false, "product_spec": "zzz-other"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "static_ip", "rank": 1}}	shipped	\N	2026-12-06 15:15:40.262108+00	2026-12-06 15:15:40.26211+00
12	decision	decomposition	row 9 (r8)	{"inputs": {"kind": "resource", "spec": "Voice Channel", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "channels", "rank": 1}}	shipped	\N	2026-12-06 15:15:40.262964+00	2026-12-06 15:15:40.262967+00
13	decision	decomposition	row 10 (r9)	{"inputs": {"kind": "resource", "spec": "Telephone Number", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "numbers", "rank": 1}}	shipped	\N	2026-12-06 15:15:40.263827+00	2026-12-06 15:15:40.263829+00
14	decision	decomposition	row 11 (r10)	{"inputs": {"kind": "resource", "spec": "Access Line", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "resource", "plan": "plan_resource_order", "requires": "", "provides": "", "watches": "", "rank": 1}}	shipped	\N	2026-12-06 15:15:40.264617+00	2026-12-06 15:15:40.26462+00
15	decision	decomposition	row 12 (r11)	{"inputs": {"kind": "rfs", "spec": "Access Line", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "bandwidth", "rank": 2}}	shipped	\N	2026-12-06 15:15:40.265384+00	2026-12-06 15:15:40.265386+00
16	decision	decomposition	row 13 (r12)	{"inputs": {"kind": "rfs", "spec": "Access Line", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "", "provides": "", "watches": "bandwidth", "rank": 2}}	shipped	\N	2026-12-06 15:15:40.266189+00	2026-12-06 15:15:40.266192+00
17	decision	decomposition	row 14 (r13)	{"inputs": {"kind": "rfs", "spec": "IP Connectivity", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "static_ip", "rank": 2}}	shipped	\N	2026-12-06 15:15:40.266979+00	2026-12-06 15:15:40.266982+00
18	decision	decomposition	row 15 (r14)	{"inputs": {"kind": "rfs", "spec": "CPE Provisioning", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "wifi", "rank": 2}}	shipped	\N	2026-12-06 15:15:40.267847+00	2026-12-06 15:15:40.26785+00
19	decision	decomposition	row 16 (r15)	{"inputs": {"kind": "rfs", "spec": "SIP Trunk", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "channels,numbers", "rank": 2}}	shipped	\N	2026-12-06 15:15:40.268636+00	2026-12-06 15:15:40.268638+00
20	decision	decomposition	row 17 (r16)	{"inputs": {"kind": "rfs", "spec": "Field Visit", "action": "add", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_field_visit", "requires": "", "provides": "survey_result", "watches": "", "rank": 2}}	shipped	\N	2026-12-06 15:15:40.269442+00	2026-12-06 15:15:40.269444+00
21	decision	decomposition	row 18 (r17)	{"inputs": {"kind": "rfs", "spec": "Field Visit", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "none", "plan": "", "requires": "", "provides": "", "watches": "", "rank": 0}}	shipped	\N	2026-12-06 15:15:40.270278+00	2026-12-06 15:15:40.270281+00
22	decision	decomposition	row 19 (r18)	{"inputs": {"kind": "rfs", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result", "provides": "", "watches": "*", "rank": 2}}	shipped	\N	2026-12-06 15:15:40.27106+00	2026-12-06 15:15:40.271063+00
23	decision	decomposition	row 20 (r19)	{"inputs": {"kind": "product", "spec": "IPv4 Address", "action": "suspend", "static_ip": true, "product_spec": "Static IP Product"}, "expected": {"domain_type": "product", "plan": "plan_product_order", "requires": "", "provides": "", "watches": "*", "rank": 3}}	shipped	\N	2026-12-06 15:15:40.271785+00	2026-12-06 15:15:40.271788+00
24	decision	enrichment_customer	row 1 (seg_enterprise)	{"inputs": {"segment": "enterprise"}, "expected": {"priority": "high", "sla_class": "gold"}}	shipped	\N	2026-12-06 15:15:40.272742+00	2026-12-06 15:15:40.272745+00
25	decision	enrichment_customer	row 2 (seg_public)	{"inputs": {"segment": "public_sector"}, "expected": {"priority": "high", "sla_class": "silver"}}	shipped	\N	2026-12-06 15:15:40.273628+00	2026-12-06 15:15:40.273631+00
26	decision	enrichment_customer	row 3 (seg_other)	{"inputs": {"segment": "zzz-other"}, "expected": {"priority": "normal", "sla_class": "bronze"}}	shipped	\N	2026-12-06 15:15:40.2743+00	2026-12-06 15:15:40.274302+00
27	decision	enrichment_site	row 1 (site_ec)	{"inputs": {"site_postcode": "EC1A 1AA"}, "expected": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false}}	shipped	\N	2026-12-06 15:15:40.275225+00	2026-12-06 15:15:40.275228+00
28	decision	enrichment_site	row 2 (site_sw)	{"inputs": {"site_postcode": "SW1A 1AA"}, "expected": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 15:15:40.276069+00	2026-12-06 15:15:40.276072+00
29	decision	enrichment_site	row 3 (site_m)	{"inputs": {"site_postcode": "M1A 1AA"}, "expected": {"region": "North West", "serving_exchange": "MAN-CENTRAL", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 15:15:40.27688+00	2026-12-06 15:15:40.276882+00
30	decision	enrichment_site	row 4 (site_eh)	{"inputs": {"site_postcode": "EH1A 1AA"}, "expected": {"region": "Scotland", "serving_exchange": "EDI-LEITH", "survey_needed": true, "technical_details_needed": false}}	shipped	\N	2026-12-06 15:15:40.277655+00	2026-12-06 15:15:40.277657+00
31	decision	enrichment_site	row 5 (site_other)	{"inputs": {"site_postcode": "zzz-other"}, "expected": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true}}	shipped	\N	2026-12-06 15:15:40.278345+00	2026-12-06 15:15:40.278348+00
32	decision	fallout_policy	row 1 (transient_retry): Transient faults of external systems: retry by itself, with backoff	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": 3}, "expected": {"category": "transient", "action": "retry", "retry_after": "PT30S", "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 15:15:40.279433+00	2026-12-06 15:15:40.279435+00
33	decision	fallout_policy	row 2 (transient_manual): Still failing after three automatic retries: a person looks	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": 4}, "expected": {"category": "transient", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 15:15:40.280396+00	2026-12-06 15:15:40.280398+00
34	decision	fallout_policy	row 3 (network_capacity)	{"inputs": {"error_code": "PORT_UNAVAILABLE", "connector": null, "attempt": 3}, "expected": {"category": "network capacity", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 15:15:40.281292+00	2026-12-06 15:15:40.281295+00
35	decision	fallout_policy	row 4 (data_error)	{"inputs": {"error_code": "MISSING_DATA", "connector": null, "attempt": 3}, "expected": {"category": "data error", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 15:15:40.282174+00	2026-12-06 15:15:40.282176+00
36	decision	fallout_policy	row 5 (model_error): Scripts and rules that fail are the models' problem	{"inputs": {"error_code": "SCRIPT_ERROR", "connector": null, "attempt": 3}, "expected": {"category": "model error", "action": "manual", "retry_after": null, "assign_to": "fallout_manager"}}	shipped	\N	2026-12-06 15:15:40.283067+00	2026-12-06 15:15:40.28307+00
37	decision	fallout_policy	row 6 (anything_else)	{"inputs": {"error_code": "TIMEOUT", "connector": null, "attempt": null}, "expected": {"category": "unclassified", "action": "manual", "retry_after": null, "assign_to": "fallout_agent"}}	shipped	\N	2026-12-06 15:15:40.283881+00	2026-12-06 15:15:40.283883+00
38	decision	jeopardy_sla	row 1 (fallout_urgent)	{"inputs": {"task_type": "fallout", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT1H", "due_after": "PT2H"}}	shipped	\N	2026-12-06 15:15:40.284961+00	2026-12-06 15:15:40.284964+00
39	decision	jeopardy_sla	row 2 (fallout)	{"inputs": {"task_type": "fallout", "priority": "zzz-other", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "PT8H"}}	shipped	\N	2026-12-06 15:15:40.285831+00	2026-12-06 15:15:40.285833+00
40	decision	jeopardy_sla	row 3 (work_order_premium)	{"inputs": {"task_type": "work_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "PT8H"}}	shipped	\N	2026-12-06 15:15:40.286811+00	2026-12-06 15:15:40.286814+00
41	decision	jeopardy_sla	row 4 (work_order)	{"inputs": {"task_type": "work_order", "priority": "high", "sla_class": "zzz-other"}, "expected": {"warn_after": "P1D", "due_after": "P2D"}}	shipped	\N	2026-12-06 15:15:40.287684+00	2026-12-06 15:15:40.287687+00
42	decision	jeopardy_sla	row 5 (order_task)	{"inputs": {"task_type": "order_task", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT4H", "due_after": "P1D"}}	shipped	\N	2026-12-06 15:15:40.288499+00	2026-12-06 15:15:40.288502+00
43	decision	jeopardy_sla	row 6 (customer_order): For promised dates: warn when less than this margin (due minus warn) is left	{"inputs": {"task_type": "customer_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "P0D", "due_after": "P2D"}}	shipped	\N	2026-12-06 15:15:40.289354+00	2026-12-06 15:15:40.289357+00
44	decision	jeopardy_sla	row 7 (domain_order): Plans for the order timeline: how long an automated domain order may take (its work orders	{"inputs": {"task_type": "domain_order", "priority": "high", "sla_class": "premium"}, "expected": {"warn_after": "PT1H", "due_after": "PT2H"}}	shipped	\N	2026-12-06 15:15:40.290302+00	2026-12-06 15:15:40.290306+00
45	decision	pricing_fibre	row 1 (fibre_r1)	{"inputs": {"bandwidth": 100, "contract_term": 12}, "expected": {"monthly_price": 89, "setup_fee": 450}}	shipped	\N	2026-12-06 15:15:40.291598+00	2026-12-06 15:15:40.2916+00
46	decision	pricing_fibre	row 2 (fibre_r2)	{"inputs": {"bandwidth": 100, "contract_term": 24}, "expected": {"monthly_price": 79.5, "setup_fee": 250}}	shipped	\N	2026-12-06 15:15:40.292514+00	2026-12-06 15:15:40.292517+00
47	decision	pricing_fibre	row 3 (fibre_r3)	{"inputs": {"bandwidth": 100, "contract_term": 36}, "expected": {"monthly_price": 69, "setup_fee": 0}}	shipped	\N	2026-12-06 15:15:40.293376+00	2026-12-06 15:15:40.293379+00
48	decision	pricing_fibre	row 4 (fibre_r4)	{"inputs": {"bandwidth": 500, "contract_term": 12}, "expected": {"monthly_price": 179, "setup_fee": 450}}	shipped	\N	2026-12-06 15:15:40.294223+00	2026-12-06 15:15:40.294226+00
49	decision	pricing_fibre	row 5 (fibre_r5)	{"inputs": {"bandwidth": 500, "contract_term": 24}, "expected": {"monthly_price": 159, "setup_fee": 250}}	shipped	\N	2026-12-06 15:15:40.295089+00	2026-12-06 15:15:40.295092+00
50	decision	pricing_fibre	row 6 (fibre_r6)	{"inputs": {"bandwidth": 500, "contract_term": 36}, "expected": {"monthly_price": 139, "setup_fee": 0}}	shipped	\N	2026-12-06 15:15:40.296021+00	2026-12-06 15:15:40.296024+00
51	decision	pricing_fibre	row 7 (fibre_r7)	{"inputs": {"bandwidth": 1000, "contract_term": 12}, "expected": {"monthly_price": 329, "setup_fee": 450}}	shipped	\N	2026-12-06 15:15:40.296862+00	2026-12-06 15:15:40.296865+00
52	decision	pricing_fibre	row 8 (fibre_r8)	{"inputs": {"bandwidth": 1000, "contract_term": 24}, "expected": {"monthly_price": 295, "setup_fee": 250}}	shipped	\N	2026-12-06 15:15:40.297717+00	2026-12-06 15:15:40.29772+00
53	decision	pricing_fibre	row 9 (fibre_r9)	{"inputs": {"bandwidth": 1000, "contract_term": 36}, "expected": {"monthly_price": 265, "setup_fee": 0}}	shipped	\N	2026-12-06 15:15:40.298452+00	2026-12-06 15:15:40.298455+00
54	decision	pricing_voice	row 1 (voice_r1)	{"inputs": {"channels": 2}, "expected": {"monthly_price": 36, "setup_fee": 95}}	shipped	\N	2026-12-06 15:15:40.299573+00	2026-12-06 15:15:40.299576+00
55	decision	pricing_voice	row 2 (voice_r2)	{"inputs": {"channels": 5}, "expected": {"monthly_price": 82, "setup_fee": 145}}	shipped	\N	2026-12-06 15:15:40.300567+00	2026-12-06 15:15:40.30057+00
56	decision	pricing_voice	row 3 (voice_r3)	{"inputs": {"channels": 11}, "expected": {"monthly_price": 149, "setup_fee": 195}}	shipped	\N	2026-12-06 15:15:40.30149+00	2026-12-06 15:15:40.301493+00
57	decision	pricing_voice	row 4 (voice_r4)	{"inputs": {"channels": 21}, "expected": {"monthly_price": 210, "setup_fee": 245}}	shipped	\N	2026-12-06 15:15:40.302329+00	2026-12-06 15:15:40.302332+00
58	decision	revision_approval	row 1 (rev_discounts)	{"inputs": {"discounts_over_limit": true, "recurring_delta": 251, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "the revised order carries discounts above the limit"}}	shipped	\N	2026-12-06 15:15:40.303467+00	2026-12-06 15:15:40.30347+00
59	decision	revision_approval	row 2 (rev_monthly)	{"inputs": {"discounts_over_limit": false, "recurring_delta": 251, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "the monthly price goes up by more than 250.00"}}	shipped	\N	2026-12-06 15:15:40.304391+00	2026-12-06 15:15:40.304393+00
60	decision	revision_approval	row 3 (rev_one_time)	{"inputs": {"discounts_over_limit": false, "recurring_delta": -999999, "one_time_delta": 501}, "expected": {"approval_needed": true, "reason": "one-time charges go up by more than 500.00"}}	shipped	\N	2026-12-06 15:15:40.305269+00	2026-12-06 15:15:40.305272+00
61	decision	revision_approval	row 4 (rev_none)	{"inputs": {"discounts_over_limit": false, "recurring_delta": -999999, "one_time_delta": -999999}, "expected": {"approval_needed": false, "reason": ""}}	shipped	\N	2026-12-06 15:15:40.30603+00	2026-12-06 15:15:40.306033+00
62	process	change_request	small change goes through	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": false}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "end_auto"], "expected_data": {"surcharge": 0, "summary": "100 Mbps at SW1A 1AA", "approval_needed": false, "level": "standard"}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.30722+00	2026-12-06 15:15:40.307223+00
63	process	change_request	small change with cabling needs approval	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 100, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": true}, "approve": {"approved": true}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "approve", "end_approved"], "expected_data": {"surcharge": 50, "summary": "100 Mbps at SW1A 1AA", "approval_needed": true, "level": "works"}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.308216+00	2026-12-06 15:15:40.308218+00
64	process	change_request	high bandwidth needs approval	{"start_data": {"customer": "Acme Ltd"}, "user_tasks": {"enter_details": {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": false}, "approve": {"approved": true}}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["start", "enter_details", "compute_surcharge", "classify", "needs_approval", "approve", "end_approved"], "expected_data": {"surcharge": 0, "summary": "1000 Mbps at SW1A 1AA", "approval_needed": true, "level": "high bandwidth"}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.309016+00	2026-12-06 15:15:40.309018+00
65	process	customer_order	known site, no discount: approved and closed	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "approve_order", "approval_decided", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.310292+00	2026-12-06 15:15:40.310295+00
66	process	customer_order	unknown site: technical details first	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "ZZ9 9ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"technical_details": {"site_postcode": "SW1A 1AA"}, "approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "technical_details", "details_done", "adjustments_gateway", "adjustments_done", "approve_order", "approval_decided", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.311385+00	2026-12-06 15:15:40.311388+00
67	process	customer_order	discount above the limit approved, order approved	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": true, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"approve_adjustments": {"adjustments_decision": "approve"}, "approve_order": {"approval_decision": "approve"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "approve_adjustments", "adjustments_decided", "adjustments_done", "approve_order", "approval_decided", "decompose", "await_fulfilment", "close_order", "order_closed"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.312319+00	2026-12-06 15:15:40.312322+00
68	process	customer_order	discount above the limit rejected	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": true, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"approve_adjustments": {"adjustments_decision": "reject", "adjustments_note": "too generous"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "approve_adjustments", "adjustments_decided", "reject_order", "order_rejected"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.313227+00	2026-12-06 15:15:40.313229+00
69	process	customer_order	order rejected at approval	{"start_data": {"order_id": 1, "account_id": 1, "customer": "Acme Ltd", "segment": "enterprise", "channel": "portal", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "79.50", "one_time_total": "250.00", "site_postcode": "EC1A 1BB", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": []}, "user_tasks": {"approve_order": {"approval_decision": "reject", "approval_reason": "credit check failed"}}, "connectors": {"record_enrichment": {"recorded": true}, "decompose": {"domain_orders": 2}, "await_fulfilment": {"state": "completed"}, "close_order": {"closed": true}, "reject_order": {"rejected": true}}, "messages": {}, "timers": {}, "expected_path": ["order_captured", "enrich_site", "enrich_customer", "record_enrichment", "details_gateway", "details_done", "adjustments_gateway", "adjustments_done", "approve_order", "approval_decided", "reject_order", "order_rejected"], "expected_data": {"region": "London", "serving_exchange": "LDN-CITY", "survey_needed": false, "technical_details_needed": false, "priority": "high", "sla_class": "gold"}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.313984+00	2026-12-06 15:15:40.313987+00
70	process	customer_request	request answered	{"start_data": {"order_id": 1, "request": "cancel", "request_kind": "cancel"}, "user_tasks": {"handle_request": {"resolution": "accepted", "resolution_note": "done"}}, "connectors": {"settle_request": {"settled": true}}, "messages": {}, "timers": {}, "expected_path": ["request_received", "handle_request", "settle_request", "request_answered"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.314969+00	2026-12-06 15:15:40.314972+00
71	process	plan_field_visit.compensation	undo: cancel the booked visit	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "visit": {"visit_id": "V-1"}, "compensate": ["schedule_visit"]}, "user_tasks": {}, "connectors": {"cancel_visit": {"cancelled": true}}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "cancel_visit", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.31616+00	2026-12-06 15:15:40.316163+00
72	process	plan_field_visit.compensation	undo: nothing was booked	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "compensate": []}, "user_tasks": {}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.317048+00	2026-12-06 15:15:40.31705+00
73	process	plan_field_visit	survey needed: survey, book, install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"survey_site": {"survey_result": "ok"}, "install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "survey_gateway", "survey_site", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.31816+00	2026-12-06 15:15:40.318163+00
74	process	plan_field_visit	no survey needed: book and install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "survey_gateway", "no_survey", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.319088+00	2026-12-06 15:15:40.319091+00
75	process	plan_field_visit	order amended during the survey: no survey after all, book and install	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {"install_ont": {"ont_serial": "ONT-1"}}, "connectors": {"provide_survey": {"ok": true}, "schedule_visit": {"visit_id": "V-1"}}, "messages": {"order_amended": {"survey_needed": false, "site_postcode": "SW1A 2AA"}}, "timers": {}, "expected_path": ["start", "survey_gateway", "survey_amended", "take_amendment", "survey_gateway", "no_survey", "survey_done", "provide_survey", "schedule_visit", "install_ont", "end"], "expected_data": {"site_postcode": "SW1A 2AA", "survey_result": "not_required"}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.31995+00	2026-12-06 15:15:40.319953+00
76	process	plan_product_order	activate billing	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "Business Fibre Internet", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"activate_billing": {"billing_account": "B-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "activate_billing", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.320962+00	2026-12-06 15:15:40.320965+00
77	process	plan_resource_order.compensation	undo: release the reserved resource	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "resource": {"resource_id": "R-1"}, "compensate": ["reserve_resource"]}, "user_tasks": {}, "connectors": {"release_resource": {"released": true}}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "release_resource", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.322076+00	2026-12-06 15:15:40.322079+00
78	process	plan_resource_order.compensation	undo: nothing was reserved	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}, "compensate": []}, "user_tasks": {}, "connectors": {}, "messages": {}, "timers": {}, "expected_path": ["compensation_start", "compensate_0_check", "compensate_0_done", "compensation_end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.322857+00	2026-12-06 15:15:40.322859+00
79	process	plan_resource_order	reserve the resource	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"reserve_resource": {"resource_id": "R-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "reserve_resource", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.323889+00	2026-12-06 15:15:40.323892+00
80	process	plan_service_order	activate the service	{"start_data": {"order_id": 1, "domain_order_id": 7, "spec": "Business Fibre CFS", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "survey_needed": false, "characteristics": {}, "account_id": 1, "name": "Business Fibre Internet", "recurring": "79.50", "one_time": "250.00", "upstream": {}}, "user_tasks": {}, "connectors": {"activate_service": {"service_id": "S-1"}}, "messages": {}, "timers": {}, "expected_path": ["start", "activate_service", "end"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.324844+00	2026-12-06 15:15:40.324846+00
81	process	revision_approval	revision approved	{"start_data": {"order_id": 1, "revision": 2}, "user_tasks": {"approve_revision": {"revision_decision": "approve", "revision_note": ""}}, "connectors": {"decide_revision": {"applied": true}}, "messages": {}, "timers": {}, "expected_path": ["revision_requested", "approve_revision", "decide_revision", "revision_decided"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.32589+00	2026-12-06 15:15:40.325893+00
82	process	revision_approval	revision rejected	{"start_data": {"order_id": 1, "revision": 2}, "user_tasks": {"approve_revision": {"revision_decision": "reject", "revision_note": "no"}}, "connectors": {"decide_revision": {"applied": false}}, "messages": {}, "timers": {}, "expected_path": ["revision_requested", "approve_revision", "decide_revision", "revision_decided"], "expected_data": {}, "expected_status": "completed"}	shipped	\N	2026-12-06 15:15:40.326625+00	2026-12-06 15:15:40.326627+00
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
1	2	customer_order	1	waiting	{"data":{},"correlations":{},"last_task":"03dd4d4e-60fc-4c55-86f6-92622ae8ccff","success":true,"completed":false,"tasks":{"2331f52c-88f7-4ac1-9c71-9f3e9e71722c":{"id":"2331f52c-88f7-4ac1-9c71-9f3e9e71722c","parent":null,"children":["038369d2-56aa-4af0-b705-831270024234"],"last_state_change":1796570140.6717558,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":1,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"038369d2-56aa-4af0-b705-831270024234":{"id":"038369d2-56aa-4af0-b705-831270024234","parent":"2331f52c-88f7-4ac1-9c71-9f3e9e71722c","children":["da2f0760-69f5-4ac0-b4e9-342bfac01849"],"last_state_change":1796570140.6718235,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"da2f0760-69f5-4ac0-b4e9-342bfac01849":{"id":"da2f0760-69f5-4ac0-b4e9-342bfac01849","parent":"038369d2-56aa-4af0-b705-831270024234","children":["deb452f8-ec0c-4828-943e-95503ac8b01f"],"last_state_change":1796570140.6797717,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"deb452f8-ec0c-4828-943e-95503ac8b01f":{"id":"deb452f8-ec0c-4828-943e-95503ac8b01f","parent":"da2f0760-69f5-4ac0-b4e9-342bfac01849","children":["bd32a22c-ca64-4e90-a4ae-bff99d09da36"],"last_state_change":1796570140.6807313,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"bd32a22c-ca64-4e90-a4ae-bff99d09da36":{"id":"bd32a22c-ca64-4e90-a4ae-bff99d09da36","parent":"deb452f8-ec0c-4828-943e-95503ac8b01f","children":["a09c3467-dc28-4b57-9cef-a81e2fc345a9"],"last_state_change":1796570140.6899972,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":1,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"a09c3467-dc28-4b57-9cef-a81e2fc345a9":{"id":"a09c3467-dc28-4b57-9cef-a81e2fc345a9","parent":"bd32a22c-ca64-4e90-a4ae-bff99d09da36","children":["c9ef8282-6747-4dd3-997c-b01d336f8bc9"],"last_state_change":1796570140.6901755,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c9ef8282-6747-4dd3-997c-b01d336f8bc9":{"id":"c9ef8282-6747-4dd3-997c-b01d336f8bc9","parent":"a09c3467-dc28-4b57-9cef-a81e2fc345a9","children":["f1f57315-3af0-4e59-aaeb-e962a49aa4a7"],"last_state_change":1796570140.690248,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f1f57315-3af0-4e59-aaeb-e962a49aa4a7":{"id":"f1f57315-3af0-4e59-aaeb-e962a49aa4a7","parent":"c9ef8282-6747-4dd3-997c-b01d336f8bc9","children":["03dd4d4e-60fc-4c55-86f6-92622ae8ccff"],"last_state_change":1796570140.6903174,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"03dd4d4e-60fc-4c55-86f6-92622ae8ccff":{"id":"03dd4d4e-60fc-4c55-86f6-92622ae8ccff","parent":"f1f57315-3af0-4e59-aaeb-e962a49aa4a7","children":["795a70ce-02f3-48e9-8658-dbcee3312a73"],"last_state_change":1796570140.690383,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"795a70ce-02f3-48e9-8658-dbcee3312a73":{"id":"795a70ce-02f3-48e9-8658-dbcee3312a73","parent":"03dd4d4e-60fc-4c55-86f6-92622ae8ccff","children":["19614430-1fd3-446c-ac9d-1f4244f07118"],"last_state_change":1796570140.690396,"state":16,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"19614430-1fd3-446c-ac9d-1f4244f07118":{"id":"19614430-1fd3-446c-ac9d-1f4244f07118","parent":"795a70ce-02f3-48e9-8658-dbcee3312a73","children":["08086dd2-b941-42c8-a670-53e38c1f03f6","17923ddc-9a52-4a06-8c7f-bad01860ebb0"],"last_state_change":1796570140.690356,"state":4,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment"]},"typename":"Task"},"08086dd2-b941-42c8-a670-53e38c1f03f6":{"id":"08086dd2-b941-42c8-a670-53e38c1f03f6","parent":"19614430-1fd3-446c-ac9d-1f4244f07118","children":["eaa7415b-24ab-407c-9d9d-c41798ecdbdc"],"last_state_change":1796570140.6903656,"state":2,"task_spec":"decompose","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"17923ddc-9a52-4a06-8c7f-bad01860ebb0":{"id":"17923ddc-9a52-4a06-8c7f-bad01860ebb0","parent":"19614430-1fd3-446c-ac9d-1f4244f07118","children":["b8bb9efe-bb81-495b-bb22-f55ad670fdf7"],"last_state_change":1796570140.6903687,"state":1,"task_spec":"reject_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"eaa7415b-24ab-407c-9d9d-c41798ecdbdc":{"id":"eaa7415b-24ab-407c-9d9d-c41798ecdbdc","parent":"08086dd2-b941-42c8-a670-53e38c1f03f6","children":[],"last_state_change":1796570140.6903749,"state":2,"task_spec":"await_fulfilment","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b8bb9efe-bb81-495b-bb22-f55ad670fdf7":{"id":"b8bb9efe-bb81-495b-bb22-f55ad670fdf7","parent":"17923ddc-9a52-4a06-8c7f-bad01860ebb0","children":[],"last_state_change":1796570140.6903806,"state":1,"task_spec":"order_rejected","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"2331f52c-88f7-4ac1-9c71-9f3e9e71722c","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 1, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}			\N	2	2026-12-06 15:15:40.673122+00	2026-12-06 15:15:40.691119+00	\N	3	\N	\N
3	7	plan_resource_order	2	completed	z1:eJztVk1v3DYQ/SsGz5YrSpRE7c1BXbRF4QC1ixyCQKDI0YaIltyQlFPX2P/e4Wo/i27CoECKAr2Jw9EM5703HL4QJYIgixfiwT1ps+zgd/lemCWQBfnl+/vs4fVvjz+Sa+Jgqa2JRmsUflyTtdPW6fCMNmPdSoxo86Po5Ci8R2PvrPkDonFyT/DcGQAFiiyCm+CaWKfAdRrXxTURUtrJhP1SB1h1Hj6SBY17YU4slIrB1iBx8fr+ERdGrOI5X01eG/D+6gfdO7j6yQRwBsL2jFZNMnQOBvRDA9bmMCI47YOWPhbeC6M+aRXek0WV55ghCNzq9JosBjF6PKvHA3Vr64O0KuZ7eENvr+jtbYxnTYgBOwy5wsOzzWfdHcjJOYQZzbRqb/IcjdZAF/S2kqLKZ5uyK6FNd0QJkZjWPjgQmOZlE0N5OzkJsYT999aT/Hr3kNVFndOGHN268LyGA3BIthZjZ6ZVDy4e8Z5TXnDe1m1NZgimyCH+jbJA1jabWKtzMIpIh5/PgExj5cJ/2NIzQF41VdbXtMlYKWXW5oxmZVEAr1WpmnwbepISoj5mGUi7Wo8QjrqI0ba0lD2jhQKWSUoB40Ge9bSkGR1yKlgDTc+K6LctOckZ5SAcmEAWZhrHqAU9KjSQxVvSClr2vOwzJvoKA7Aya+tG4FdJhShyWamavNtVHOGBbt8mtGnrqskpy284q1veFjOAuFWzuaBup9qHIFyUZXB6uQQXq95JTG81i5Ts2hHB/b8x/4uNGYmDcc9hbLodFo+xTdCUpLS9rpOcj7pO7YNT5Ute0ZJho0rZY99yJTPeVjJripor1Ug6CJ6i/CZnNb2ofJ+sfAJPWEs3aLfX5LEXTsBF0NEI/mCF3b309t3f455U5x73JOcT3BN5OrtxyqJqZZVntAakig+QiQpJU6pt+VBxBmpIwJ3zqmouwr67v7vDsEhiAHvHgAzW4X8fJ/DhzIhhtYkcWff83S7BjIVY+bNpdDZy/npdXO7Fkxtos/kS+f/CHEwQWxK5hyZPcT4RW6I4T8UmhATZC5bRpqzxF/xZ1LTOSqakwhw5F1WS2OqCsYtqA6O+crj9k4ZOqmmPcZLzaUOncXKGccoDKAlj3vKLGK9HYQ7tPI+hmzujfrbafEvsU2o9YJ/2Mjxgn8jVCfYpqDa0rS+ievcNlRvf7tZ+xbT2U4/Ppfhq3ufo1yvTbeekn6s/SfIK995Y92EY7Sey+RNmNFIc	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 1, "upstream": {}, "resource": {"resource_id": "RES-626017", "resource_type": "ONT", "serial_number": "SN8182889696", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.851102+00	2026-12-06 15:15:40.889194+00	2026-12-06 15:15:40.889198+00	2	\N	0
2	2	customer_order	2	running	{"data":{},"correlations":{},"last_task":"a5ac934d-5b9b-4773-8471-39521bdef3b5","success":true,"completed":false,"tasks":{"0e6a11f6-b5f1-4b10-a1e2-70baace6b2ac":{"id":"0e6a11f6-b5f1-4b10-a1e2-70baace6b2ac","parent":null,"children":["d33f4246-c3d1-4234-8e86-5662f5855ef8"],"last_state_change":1796570140.7426481,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":2,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"d33f4246-c3d1-4234-8e86-5662f5855ef8":{"id":"d33f4246-c3d1-4234-8e86-5662f5855ef8","parent":"0e6a11f6-b5f1-4b10-a1e2-70baace6b2ac","children":["dc140a78-c3dd-4bb0-9ee9-448f01f89967"],"last_state_change":1796570140.7427154,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"dc140a78-c3dd-4bb0-9ee9-448f01f89967":{"id":"dc140a78-c3dd-4bb0-9ee9-448f01f89967","parent":"d33f4246-c3d1-4234-8e86-5662f5855ef8","children":["55f70a10-d503-4d45-a121-d879ada9ad85"],"last_state_change":1796570140.7428539,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"55f70a10-d503-4d45-a121-d879ada9ad85":{"id":"55f70a10-d503-4d45-a121-d879ada9ad85","parent":"dc140a78-c3dd-4bb0-9ee9-448f01f89967","children":["963007c7-7ddf-4b17-97df-2567f483814c"],"last_state_change":1796570140.7429497,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"963007c7-7ddf-4b17-97df-2567f483814c":{"id":"963007c7-7ddf-4b17-97df-2567f483814c","parent":"55f70a10-d503-4d45-a121-d879ada9ad85","children":["b14962c2-4211-4d20-a98a-b7ba7cdcf1bc"],"last_state_change":1796570140.7486067,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":2,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"b14962c2-4211-4d20-a98a-b7ba7cdcf1bc":{"id":"b14962c2-4211-4d20-a98a-b7ba7cdcf1bc","parent":"963007c7-7ddf-4b17-97df-2567f483814c","children":["60b7ae3e-4e31-4eee-9fe0-0c92a8be326e"],"last_state_change":1796570140.748775,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"60b7ae3e-4e31-4eee-9fe0-0c92a8be326e":{"id":"60b7ae3e-4e31-4eee-9fe0-0c92a8be326e","parent":"b14962c2-4211-4d20-a98a-b7ba7cdcf1bc","children":["57b8aff0-7547-44d2-a470-1be7efb48536"],"last_state_change":1796570140.7488458,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"57b8aff0-7547-44d2-a470-1be7efb48536":{"id":"57b8aff0-7547-44d2-a470-1be7efb48536","parent":"60b7ae3e-4e31-4eee-9fe0-0c92a8be326e","children":["847f1758-31c7-4982-89b1-f6cb629f6c82"],"last_state_change":1796570140.748914,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"847f1758-31c7-4982-89b1-f6cb629f6c82":{"id":"847f1758-31c7-4982-89b1-f6cb629f6c82","parent":"57b8aff0-7547-44d2-a470-1be7efb48536","children":["d87ba0b0-84ee-425b-8498-3c254bb786b0"],"last_state_change":1796570140.748977,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d87ba0b0-84ee-425b-8498-3c254bb786b0":{"id":"d87ba0b0-84ee-425b-8498-3c254bb786b0","parent":"847f1758-31c7-4982-89b1-f6cb629f6c82","children":["a17c765d-cff5-457b-b2c4-ac2348bd1740"],"last_state_change":1796570140.7743,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null},"deletions":[]},"typename":"Task"},"a17c765d-cff5-457b-b2c4-ac2348bd1740":{"id":"a17c765d-cff5-457b-b2c4-ac2348bd1740","parent":"d87ba0b0-84ee-425b-8498-3c254bb786b0","children":["a5ac934d-5b9b-4773-8471-39521bdef3b5"],"last_state_change":1796570140.774489,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a5ac934d-5b9b-4773-8471-39521bdef3b5":{"id":"a5ac934d-5b9b-4773-8471-39521bdef3b5","parent":"a17c765d-cff5-457b-b2c4-ac2348bd1740","children":["c769a222-8160-410a-873c-bee2c0ca408b"],"last_state_change":1796570140.8558216,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":2,"facts":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":2,"domain_orders":[{"id":1,"type":"resource","spec":"ONT","state":"inProgress"},{"id":2,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":3,"type":"service","spec":"Access Line","state":"pending"},{"id":4,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":5,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":6,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":7,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":8,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":9,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":10,"type":"resource","spec":"Router","state":"inProgress"},{"id":11,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":12,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":13,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":14,"type":"service","spec":"Field Visit","state":"waiting"},{"id":15,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"c769a222-8160-410a-873c-bee2c0ca408b":{"id":"c769a222-8160-410a-873c-bee2c0ca408b","parent":"a5ac934d-5b9b-4773-8471-39521bdef3b5","children":["9ad1bdc6-e4a6-46c2-b1cd-92a2e1a2dd17"],"last_state_change":1796570140.855959,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":2}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9ad1bdc6-e4a6-46c2-b1cd-92a2e1a2dd17":{"id":"9ad1bdc6-e4a6-46c2-b1cd-92a2e1a2dd17","parent":"c769a222-8160-410a-873c-bee2c0ca408b","children":["44cbe7c8-671c-4f82-b220-41ba582aaebc"],"last_state_change":1796570140.774464,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","decomposition"]},"typename":"Task"},"44cbe7c8-671c-4f82-b220-41ba582aaebc":{"id":"44cbe7c8-671c-4f82-b220-41ba582aaebc","parent":"9ad1bdc6-e4a6-46c2-b1cd-92a2e1a2dd17","children":["3f5ca54d-ec7b-4b7a-b07f-ca9fe6c95d33"],"last_state_change":1796570140.7744708,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"3f5ca54d-ec7b-4b7a-b07f-ca9fe6c95d33":{"id":"3f5ca54d-ec7b-4b7a-b07f-ca9fe6c95d33","parent":"44cbe7c8-671c-4f82-b220-41ba582aaebc","children":["50f27c78-b84e-4525-b6f2-6ba7d1b88524"],"last_state_change":1796570140.774477,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"50f27c78-b84e-4525-b6f2-6ba7d1b88524":{"id":"50f27c78-b84e-4525-b6f2-6ba7d1b88524","parent":"3f5ca54d-ec7b-4b7a-b07f-ca9fe6c95d33","children":[],"last_state_change":1796570140.7744837,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"0e6a11f6-b5f1-4b10-a1e2-70baace6b2ac","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 2, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "decomposition": {"order_id": 2, "domain_orders": [{"id": 1, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 2, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 3, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 4, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 5, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 6, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 7, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 8, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 9, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 10, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 11, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 12, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 13, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 14, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 15, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 15:15:40.744407+00	2026-12-06 15:15:40.856593+00	\N	4	\N	\N
10	2	customer_order	3	running	{"data":{},"correlations":{},"last_task":"d06680e3-f0d3-4202-b28e-cadc707dbc49","success":true,"completed":false,"tasks":{"5d283823-8e4a-4b44-be41-82bee39e33e7":{"id":"5d283823-8e4a-4b44-be41-82bee39e33e7","parent":null,"children":["e8bd443f-4314-4cba-a952-6e044e8733e1"],"last_state_change":1796570140.93145,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":3,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"SW1A 1AA","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"SW1A 1AA","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"e8bd443f-4314-4cba-a952-6e044e8733e1":{"id":"e8bd443f-4314-4cba-a952-6e044e8733e1","parent":"5d283823-8e4a-4b44-be41-82bee39e33e7","children":["a2fa9c93-61c6-4325-9e69-c07f2a011f24"],"last_state_change":1796570140.9315221,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a2fa9c93-61c6-4325-9e69-c07f2a011f24":{"id":"a2fa9c93-61c6-4325-9e69-c07f2a011f24","parent":"e8bd443f-4314-4cba-a952-6e044e8733e1","children":["95518777-e83e-4174-bc6d-d2658450a069"],"last_state_change":1796570140.9316669,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"SW1A 1AA"}],"matched_rules":[{"index":2,"rule_id":"site_sw","outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false}}],"defaulted":false,"outputs":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false},"deletions":[]},"typename":"Task"},"95518777-e83e-4174-bc6d-d2658450a069":{"id":"95518777-e83e-4174-bc6d-d2658450a069","parent":"a2fa9c93-61c6-4325-9e69-c07f2a011f24","children":["19d6f0e9-6196-4d92-b55e-9a3392aa3d96"],"last_state_change":1796570140.931757,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"19d6f0e9-6196-4d92-b55e-9a3392aa3d96":{"id":"19d6f0e9-6196-4d92-b55e-9a3392aa3d96","parent":"95518777-e83e-4174-bc6d-d2658450a069","children":["89ba1c16-9ee5-48b9-b201-4bc5aa196903"],"last_state_change":1796570140.9364426,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":3,"values":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"London","serving_exchange":"LDN-SOUTH","survey_needed":true,"technical_details_needed":false,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"89ba1c16-9ee5-48b9-b201-4bc5aa196903":{"id":"89ba1c16-9ee5-48b9-b201-4bc5aa196903","parent":"19d6f0e9-6196-4d92-b55e-9a3392aa3d96","children":["245f3188-f4a6-41e8-ae90-06010325fbec"],"last_state_change":1796570140.9365778,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"245f3188-f4a6-41e8-ae90-06010325fbec":{"id":"245f3188-f4a6-41e8-ae90-06010325fbec","parent":"89ba1c16-9ee5-48b9-b201-4bc5aa196903","children":["aa522b69-d17e-478c-90d0-22848589f9ef"],"last_state_change":1796570140.9366503,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"aa522b69-d17e-478c-90d0-22848589f9ef":{"id":"aa522b69-d17e-478c-90d0-22848589f9ef","parent":"245f3188-f4a6-41e8-ae90-06010325fbec","children":["62e54aca-de92-45ab-8a25-0b815435ab1d"],"last_state_change":1796570140.9367208,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"62e54aca-de92-45ab-8a25-0b815435ab1d":{"id":"62e54aca-de92-45ab-8a25-0b815435ab1d","parent":"aa522b69-d17e-478c-90d0-22848589f9ef","children":["bc47ebe8-6afd-4e7b-a2a0-69dc21655426"],"last_state_change":1796570140.9367862,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"bc47ebe8-6afd-4e7b-a2a0-69dc21655426":{"id":"bc47ebe8-6afd-4e7b-a2a0-69dc21655426","parent":"62e54aca-de92-45ab-8a25-0b815435ab1d","children":["dca159cb-4a9c-4188-b167-800c0899b419"],"last_state_change":1796570140.9500659,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null},"deletions":[]},"typename":"Task"},"dca159cb-4a9c-4188-b167-800c0899b419":{"id":"dca159cb-4a9c-4188-b167-800c0899b419","parent":"bc47ebe8-6afd-4e7b-a2a0-69dc21655426","children":["d06680e3-f0d3-4202-b28e-cadc707dbc49"],"last_state_change":1796570140.950257,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d06680e3-f0d3-4202-b28e-cadc707dbc49":{"id":"d06680e3-f0d3-4202-b28e-cadc707dbc49","parent":"dca159cb-4a9c-4188-b167-800c0899b419","children":["323a84ec-05bc-4a30-8aa0-77a142135b98"],"last_state_change":1796570140.9688866,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":3,"facts":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":3,"domain_orders":[{"id":16,"type":"resource","spec":"ONT","state":"inProgress"},{"id":17,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":18,"type":"service","spec":"Access Line","state":"pending"},{"id":19,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":20,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":21,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":22,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":23,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":24,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":25,"type":"resource","spec":"Router","state":"inProgress"},{"id":26,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":27,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":28,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":29,"type":"service","spec":"Field Visit","state":"waiting"},{"id":30,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"323a84ec-05bc-4a30-8aa0-77a142135b98":{"id":"323a84ec-05bc-4a30-8aa0-77a142135b98","parent":"d06680e3-f0d3-4202-b28e-cadc707dbc49","children":["af7bde28-704a-4210-bc6e-1e419423bd4b"],"last_state_change":1796570140.969017,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":3}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"af7bde28-704a-4210-bc6e-1e419423bd4b":{"id":"af7bde28-704a-4210-bc6e-1e419423bd4b","parent":"323a84ec-05bc-4a30-8aa0-77a142135b98","children":["dca936ac-5ffe-4685-973a-441ca8b1eafe"],"last_state_change":1796570140.950232,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","decomposition"]},"typename":"Task"},"dca936ac-5ffe-4685-973a-441ca8b1eafe":{"id":"dca936ac-5ffe-4685-973a-441ca8b1eafe","parent":"af7bde28-704a-4210-bc6e-1e419423bd4b","children":["b1bd04a2-eaf0-4b1b-ae3f-a62a2f9f0536"],"last_state_change":1796570140.950239,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b1bd04a2-eaf0-4b1b-ae3f-a62a2f9f0536":{"id":"b1bd04a2-eaf0-4b1b-ae3f-a62a2f9f0536","parent":"dca936ac-5ffe-4685-973a-441ca8b1eafe","children":["0cadc44a-c972-4d88-8082-efe922e8f765"],"last_state_change":1796570140.9502456,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0cadc44a-c972-4d88-8082-efe922e8f765":{"id":"0cadc44a-c972-4d88-8082-efe922e8f765","parent":"b1bd04a2-eaf0-4b1b-ae3f-a62a2f9f0536","children":[],"last_state_change":1796570140.9502523,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"5d283823-8e4a-4b44-be41-82bee39e33e7","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 3, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "decomposition": {"order_id": 3, "domain_orders": [{"id": 16, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 17, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 18, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 19, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 20, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 21, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 22, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 23, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 24, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 25, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 26, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 27, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 28, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 29, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 30, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 15:15:40.932547+00	2026-12-06 15:15:40.969726+00	\N	4	\N	\N
33	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"9c97be2a-5d25-411c-9781-3e59dca4303e","success":true,"completed":false,"tasks":{"b1b1bd80-8aef-4ab2-8a17-5962d862889f":{"id":"b1b1bd80-8aef-4ab2-8a17-5962d862889f","parent":null,"children":["9c97be2a-5d25-411c-9781-3e59dca4303e"],"last_state_change":1796570141.1929846,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":1,"action":"add","spec":"Access Line","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24},"site_postcode":"ZZ1 1ZZ","recurring":"159.00","one_time":"250.00","domain_order_id":33,"survey_result":"ready","upstream":{"ONT":{"resource":{"resource_id":"RES-759223","resource_type":"ONT","serial_number":"SN7566226313","status":"reserved"}},"Access Port":{"resource":{"resource_id":"RES-095115","resource_type":"Access Port","serial_number":"SN8171692505","status":"reserved"}}}},"delta":{},"typename":"Task"},"9c97be2a-5d25-411c-9781-3e59dca4303e":{"id":"9c97be2a-5d25-411c-9781-3e59dca4303e","parent":"b1b1bd80-8aef-4ab2-8a17-5962d862889f","children":["eea141c5-86bb-4650-a94d-6b0d03303b21"],"last_state_change":1796570141.193038,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"eea141c5-86bb-4650-a94d-6b0d03303b21":{"id":"eea141c5-86bb-4650-a94d-6b0d03303b21","parent":"9c97be2a-5d25-411c-9781-3e59dca4303e","children":["a31edb6a-73b9-439b-b3d5-abecd029e0e0"],"last_state_change":1796570141.2150397,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"Access Line","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a31edb6a-73b9-439b-b3d5-abecd029e0e0":{"id":"a31edb6a-73b9-439b-b3d5-abecd029e0e0","parent":"eea141c5-86bb-4650-a94d-6b0d03303b21","children":["f97778a1-98fb-47b5-891b-5b2ad009c20b"],"last_state_change":1796570141.192906,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"f97778a1-98fb-47b5-891b-5b2ad009c20b":{"id":"f97778a1-98fb-47b5-891b-5b2ad009c20b","parent":"a31edb6a-73b9-439b-b3d5-abecd029e0e0","children":["70ceeb9e-8e34-4f99-908c-dab08ccf5a17"],"last_state_change":1796570141.1929119,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"70ceeb9e-8e34-4f99-908c-dab08ccf5a17":{"id":"70ceeb9e-8e34-4f99-908c-dab08ccf5a17","parent":"f97778a1-98fb-47b5-891b-5b2ad009c20b","children":[],"last_state_change":1796570141.192918,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"b1b1bd80-8aef-4ab2-8a17-5962d862889f","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 33, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-759223", "resource_type": "ONT", "serial_number": "SN7566226313", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-095115", "resource_type": "Access Port", "serial_number": "SN8171692505", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 15:15:41.19602+00	2026-12-06 15:15:41.215352+00	\N	2	\N	0
34	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"e625eb91-4089-4e17-8b82-75e5e6af68c1","success":true,"completed":false,"tasks":{"bd8de60e-8d56-484a-9461-d6a08884c657":{"id":"bd8de60e-8d56-484a-9461-d6a08884c657","parent":null,"children":["e625eb91-4089-4e17-8b82-75e5e6af68c1"],"last_state_change":1796570141.1936405,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":1,"action":"add","spec":"IP Connectivity","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24},"site_postcode":"ZZ1 1ZZ","recurring":"159.00","one_time":"250.00","domain_order_id":35,"survey_result":"ready","upstream":{"IPv4 Address":{"resource":{"resource_id":"RES-846236","resource_type":"IPv4 Address","serial_number":"SN2106918830","status":"reserved"}}}},"delta":{},"typename":"Task"},"e625eb91-4089-4e17-8b82-75e5e6af68c1":{"id":"e625eb91-4089-4e17-8b82-75e5e6af68c1","parent":"bd8de60e-8d56-484a-9461-d6a08884c657","children":["0d768a76-c7c4-4518-bc46-4b9c70d03cbe"],"last_state_change":1796570141.193688,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0d768a76-c7c4-4518-bc46-4b9c70d03cbe":{"id":"0d768a76-c7c4-4518-bc46-4b9c70d03cbe","parent":"e625eb91-4089-4e17-8b82-75e5e6af68c1","children":["5e61a34f-a6c5-4d23-a55a-a0a6d2429458"],"last_state_change":1796570141.2325046,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5e61a34f-a6c5-4d23-a55a-a0a6d2429458":{"id":"5e61a34f-a6c5-4d23-a55a-a0a6d2429458","parent":"0d768a76-c7c4-4518-bc46-4b9c70d03cbe","children":["38d8afd5-ce7b-430b-a557-11502b4abc5f"],"last_state_change":1796570141.1935778,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"38d8afd5-ce7b-430b-a557-11502b4abc5f":{"id":"38d8afd5-ce7b-430b-a557-11502b4abc5f","parent":"5e61a34f-a6c5-4d23-a55a-a0a6d2429458","children":["f708f59f-bd1f-426e-93fd-ef95d1c8e345"],"last_state_change":1796570141.1935825,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f708f59f-bd1f-426e-93fd-ef95d1c8e345":{"id":"f708f59f-bd1f-426e-93fd-ef95d1c8e345","parent":"38d8afd5-ce7b-430b-a557-11502b4abc5f","children":[],"last_state_change":1796570141.1935875,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"bd8de60e-8d56-484a-9461-d6a08884c657","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 35, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-846236", "resource_type": "IPv4 Address", "serial_number": "SN2106918830", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 15:15:41.196023+00	2026-12-06 15:15:41.232768+00	\N	2	\N	1
35	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"a3a39402-cfd0-490a-91b5-b07abc52498d","success":true,"completed":false,"tasks":{"359b0129-e922-4e86-ac60-88070a2df903":{"id":"359b0129-e922-4e86-ac60-88070a2df903","parent":null,"children":["a3a39402-cfd0-490a-91b5-b07abc52498d"],"last_state_change":1796570141.1941748,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":2,"action":"add","spec":"IP Connectivity","name":"Static IP Block","product_ref":"","characteristics":{},"site_postcode":"ZZ1 1ZZ","recurring":"10.00","one_time":"25.00","domain_order_id":38,"survey_result":"ready","upstream":{"IPv4 Block":{"resource":{"resource_id":"RES-747132","resource_type":"IPv4 Block","serial_number":"SN1863981457","status":"reserved"}}}},"delta":{},"typename":"Task"},"a3a39402-cfd0-490a-91b5-b07abc52498d":{"id":"a3a39402-cfd0-490a-91b5-b07abc52498d","parent":"359b0129-e922-4e86-ac60-88070a2df903","children":["fee99d13-fb53-4e2c-a659-ab9b06e2a560"],"last_state_change":1796570141.194219,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"fee99d13-fb53-4e2c-a659-ab9b06e2a560":{"id":"fee99d13-fb53-4e2c-a659-ab9b06e2a560","parent":"a3a39402-cfd0-490a-91b5-b07abc52498d","children":["e6d3a411-7806-4ecc-a06b-b2dd47914da6"],"last_state_change":1796570141.2396452,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e6d3a411-7806-4ecc-a06b-b2dd47914da6":{"id":"e6d3a411-7806-4ecc-a06b-b2dd47914da6","parent":"fee99d13-fb53-4e2c-a659-ab9b06e2a560","children":["10f1b802-be15-475d-9baa-bd18e418a5a5"],"last_state_change":1796570141.1941173,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"10f1b802-be15-475d-9baa-bd18e418a5a5":{"id":"10f1b802-be15-475d-9baa-bd18e418a5a5","parent":"e6d3a411-7806-4ecc-a06b-b2dd47914da6","children":["c6537c5f-a9ca-43ef-b1cb-8274dca2f87d"],"last_state_change":1796570141.194122,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c6537c5f-a9ca-43ef-b1cb-8274dca2f87d":{"id":"c6537c5f-a9ca-43ef-b1cb-8274dca2f87d","parent":"10f1b802-be15-475d-9baa-bd18e418a5a5","children":[],"last_state_change":1796570141.1941273,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"359b0129-e922-4e86-ac60-88070a2df903","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 38, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-747132", "resource_type": "IPv4 Block", "serial_number": "SN1863981457", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 15:15:41.196024+00	2026-12-06 15:15:41.239858+00	\N	2	\N	2
4	7	plan_resource_order	2	completed	z1:eJztVtuO2zYQ/ZUFn5dbUtbVbxt0g7Yo0qKbIg9BIFDkyCEikw5Jbbpd+N87lC1f2rhlUCBBgLxZw/EM58w5M3wiSgRBlk/Eg3vQZtXCH/KtMCsgS/Lz9y/o/S+/v/yBXBMHK21NNFqj8Mc12ThtnQ6PaDPWrcWANj+IVg7CezR2zpo/IRpH9wCPrQFQoMgyuBGuiXUKXKvxO7smQko7mjB/6gDr1sN7suTxLOwSC6VisA1I/LiVEry/+tW6gEYj1vG+z0avTTQ/152Dqx9NAGcgTHe1apShddCjHxqwRoeRwWkftPQRgE4Y9UGr8JYsC8YwUxB41OoNWfZi8HhnjxdrN9YHaVXMd/+K317x29sYz5oQA7YYco1F5Nt/dXcgR+cQbjTzorlhDI3WQBv0VElWsJ1N2bXQpj1Da9z44EBgmqdtDOXt6CTEEubfkyf57e6elpyXZUaObm143MA/AMTmazG0Zlx34OJVX2Ssacp6UbKc7KAYY08xCtIEu7jdxpqdg0HE9vjdXbDziIDw79C1yKqFKktOlVSS5gKA1gwyWi6aollAWeV9NpFjushMC2nXmwHCkScx2tQexZioFgXQgktB85yVVICsKWdVxXnOCs4mHk+lJzkjLYQDE8jSjMMQOaEHhQayfE2yhmdSsIo2WV/RXDU9rWsBiKfo+gZkyeqevNlXHOGBdpYNr5qyqBhmuanzqlo0O/zwpMx39bR7Et8HMaEfnF6twMWi90zTE3WxI3t1IrbfdPo16zQ2EIa5l1GDeyxeRrWgKYlwM72TnI/0TpXDqQAWdcllIxgtKsAUizqndSZzCiheJWVdNkylCaAuiosK8MkKIPCAtbS9djM3j5o4ARdBRyP4gxX24+n1m4/jnlTnjHuS8wnuiX06xR0jlTVfcFo2XY9js+pp1xWc5rwQFWaou7pIwL1ucP5ehH0/xtvD7kjqAGrHgAzW4f/ej+DDmRHDahN7ZN3jd/sEOyzE2p8tp49uoL+Pj8uaPNHYdvtfJPiC6zGBfEnNnsmX5HxCvkSynm09AVXF8po2XYFzoms6ZG7HqOpV1SvWlwqyNPLV7DL7wKhPXHr/R+BJNR0Ga4rzCcaJPTkTeMq7KAVj7N/lp8VmEOYg791aurkz6ierzWfEPqnWA7/THozH4ZrWqxPsU1CteHOZuXefkbnxaW/tJ2xvP3b4fIpja87Rbdamnfam31V/kuQZnr2y7l0/2A9k+xcY2WA5	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 2, "upstream": {}, "resource": {"resource_id": "RES-611662", "resource_type": "Access Port", "serial_number": "SN2099683604", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.851104+00	2026-12-06 15:15:40.890012+00	2026-12-06 15:15:40.890015+00	2	\N	1
5	7	plan_resource_order	2	completed	z1:eJztVtuO2zYQ/ZUFn80tJVMS6bcNukVTFGnRTZGHIBAocrQRIpMOSW26XfjfM/TdTZwyKJCiQN+s4XguZ87h8IkYFRVZPJEA/mGw9y38od8qew9kQX7+/gW9++X3lz+SGfFwPzibjM4a/DEjKz84P8RHtFnnl2pEWxhVq0cVAho77+yfkIyTf4DH1gIYMGQR/QQz4rwB3w74Xc6I0tpNNu4/hwjLNsB7sijSWdwmVsakYCvQ+PH81wd+dWOMB8w1I1YtU8HPpjBYtFz9MHQerp7bCN5C3BTrzKRj66FHPzRgkx5Dgx9CHHRICHTKmg+DiW/JomIMU0WFR+2wIotejQGLDlhZu3IhamdSvrtXxc1VcXOT4jkbU8AWQy6xC77+orsHPXmPeKO5qOQ1Y2h0Fto4bDopK7a1GbdUg22PcPEZmVYhelCY5mmdQgU3eQ2phf3vjSf57faOVvOS1YIc3dr4uIJPEcTxD2ps7bTswKdaX8yLms9l01SpjITFlKaK7kgUnON6nZr2HkaVBhS2xeDsEQIV3qFrX9SdgqajsgZJed8AFYL3tJECuBBMQNls6KF1qmFHDO2WqxHikSkp2mY+pWZClIWgrGOcci0ZVbzrqOkaUYqSzSspkt+m9yxn5IXyYCNZ2GkcEymGEQFBtr0mZWEE54WikgkMALqmUjUFFT3UvalF1zFF3uw6TvBAuxdO0ci6aljB2bXgYl4X1RZAPKr5tqF2x+O7qHziZ/TD/T341PWOa8OGvDiSnUAR3P+l+p+WapogjPthJhnusHiZ9IKmLModCJ7jfCR4riBOJaC6BnRRFlRrBpQjlamqGk6NroHNa8n7OcuSAGfNZQmEbAkQeMBe2n7we3IeRXECLoKORggHK+wuqNdvPo97Vp973LOcT3HPm9P51dOprmcNlQgc5aYr8VdVUIMHWvCmVkxn4C5ZKQW/iPvuJm8P+yNrBCgeCzo6j/97P0GIZ0YMO9g0JOcfv9sl2IKhluFsQX1+C/31BrmsypNLab3+Oxr8mzsyg39Z8z7qPsP5hH+ZfD3lX2/6uhd1TTnrNeVSN1QpKWhTllJqUUgjTRb/5kj8i/wDa75y8f0TjWf1tMc4y/lM41kzOcM453GUhbGQFyFejcoe9L1dTNe31vzkBvstoc9p9QB93qPxAH3mqE6gzwGVF1VzEdXbb0jc9L537iv2d5g6fEClB/U+R7da2nazOcO2+5Mkz/DslfPv+tF9IOuPkVdg6g==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 4, "upstream": {}, "resource": {"resource_id": "RES-532068", "resource_type": "IPv4 Address", "serial_number": "SN3164397750", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.851104+00	2026-12-06 15:15:40.890672+00	2026-12-06 15:15:40.890674+00	2	\N	2
6	7	plan_resource_order	2	completed	z1:eJztVkuP2zYQ/isLns0tJVEv3zbIAk0QpEE3RQ5BIPAxcoWVSYeitt0u/N87tCVbCWKUQZHkkps4HM3we/DxRLTwgqyfyADuoTObBv5WfwqzAbImr56/pne//fH2V7IiDjadNSFojcaPFdm5zrrOP2LMWLcVPcaGXjSqF8OAQems+QdCcHQP8NgYAA2arL0bYUWs0+CaDsfpigil7Gj8POw8bJsBPk5z/thYaB2K7UDh4MWbB371rLfqHmNGbMNy77zwnbp68eY0sXNWj8o3DlqcxwBCc1gQXDdgKq7yaY8lsV+zs4NXVh/qvEturpKbmwNqNTqHtGA4YdeMYcwaaHx36Jjmx5C2W9GZ5oypXJFxN3gHYnvs4WCwo1MQmJ6/D5nk99s7yniZZIyc0xr/uIPPYaJCnegbM24luLDO12meVQXLy7QI0wh/DMRjEdQSqd5jY2Wdg14EDie4KI9vvBjug0YFZHlZ5DRL05ryFL9EldQ0q3grSmB1XSYHBZWCIOpRO2W3ux78WcxQLVQnqUwSyWRKZZpxyvM6pSLHYZXVmic8E3WlQt4BeVQyiigcGE/WZuz7oGDXawyQ9XtSSKmk4i1lkgPlMsECdZ5RnsgKdCoRmiYfJsSBHmhmbydlXeQlSzi7rnhVlfWRP5wp+BFPMzkNXeU8LsO7brMBF0C3oh8QdWfQSAYVmbYQcvtzM337zRRohn5mPGyUaclvg6cxFGWL2YRRyWcTxpp2adMsS3mpWkZTEDn+kpe0Slugss0KpkGAamWUTWtsedGnQ7RPCTwglqbt3Oygs3MX5CLpGIThFIXpEHn/4cu8R+GceY9KXvAeqdOSd2CAYhUZBc1T/EW2VNZ1TUuhM9lWjCU6j+C9TljOqou8T6dtczrhoyRQ1hhQ3jr87+MIg/8kiGU7E0Sy7vGXqcGRDLEdPrlCvnRPfL7JL+/Ixbmx3/+XCX7cHRbhvSitZ+9FJS+8F+nVpfeYAq1SXdMi14pyXeCBIZmguhR1pmrgGk/RGO8lF40HRn/ltfR/NncUoJngqOQFwZGCLAmOerlEEczLy4fqrhfmtLOPV9L1rdEvbWe+I/dRWGfuI590J+4jtVpwH8VqybOLrN5+R+eGt7e1X3FzD6PEl0547s495G5rmsOdORzRL5o8w7l31t23vf2L7P8F1iUmwQ==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 7, "upstream": {}, "resource": {"resource_id": "RES-047130", "resource_type": "IPv4 Block", "serial_number": "SN2538605726", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.851105+00	2026-12-06 15:15:40.891513+00	2026-12-06 15:15:40.891516+00	2	\N	3
7	7	plan_resource_order	2	completed	z1:eJztVkuP2zYQ/isBz+ZGEqmXbxt0gaBoUyCbIocgEChy5BCRSYekNtkG/u8d2patBDXKIMD2Up/M4WiG34OPr0SJIMj6K/HgHrTZdPBFfhBmA2RNfvvlFb3/4883L8mKONhoa2LQGoV/VmTntHU6PGLMWLcVI8b8KDo5Cu8x2Dtr/oIYnNwDPHYGQIEi6+AmWBHrFLhO47hYESGlnUyYhzrAtvPwiaxZnAvHxkKpWGwHEgev7RTA4diIbVzq78KIDahn5/jOWTXJ0DkYcBoDiMphLXDaBy19hPxZD/q4nj0Wxq7dzvogrYoV79/mt8/y29sDdjk5h+RgOC9vsgxj1kAX9KE3P4WU3QptuguyPFuRaeeDA7HFfvtYydvJSYjd5/+HVPL67p62TVGxklzSuvC4gyVaFEmLsTPTtscxLvJV3tRlw/KmqON0EGGK3GMBlBPZ3mNTaZ2DUUQa/XEZqFDogvAfMTXrh7YumKBFBYLyXgxUMFZTyFhVFoyB6oeDiFJC1PUon7Tb3QjhomesdiB1aIe6khyoYsNAeVa3VDRSUcX7SpU1ZEVRxLwD6qRkFFM4MIGszTSOUUk9KgyQ9TtSVhUXFetpIRtGedv2VKi6oD2CEdXQNyW05P0JcaQHutneed1WZZ3lPLtpeMvq4sgfzlT8iKc7me0+CBdwGcHpzQZcBD2I0SNqbVAXg4qcdhFy+/9+erL9FNmGcSY+7pXT6t9Ea2MoyR2zF5OSL15M9e7SrXXWVvhRS/OcS8p5I2gjC0XzWjGm8r6Wgie5lef1Vbf6ZLcSeEAo3aDd7KOLfxfcIucYBH+Owukoeff+n2lPgjnTnpS8oD1RpiXtRS9bzmpBGR8U5U3NaD/kglbYh+XZ0EuuEmhv8ya/yvrpxO3OJ3ySANIaAzJYh999msCHb4JYVpsokXWPz08NjlSIrf/mCvn+nvh+k1/fi4tzY7//N/n/m/srwXFJCs+OS0peOC7RoUvHyUFmvZIVnghNgZ/gASEGhp9AX+KPV1VZpTmubKqrngOjfvBW+pldnYRp5jgpecFxoiZLjpMeLikctxm7SvFuFOa8p49X0c2dUb9abZ6Q+iSoM/WJD7oz9YlSLahPIrVo+FVW757QuPHVbe0PXNh+6vGxEx+7c49+tzXd4a70R/SLJi9w7q11H4fRfib7vwHa4C1g	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 10, "upstream": {}, "resource": {"resource_id": "RES-982635", "resource_type": "Router", "serial_number": "SN1875831827", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.851105+00	2026-12-06 15:15:40.892177+00	2026-12-06 15:15:40.892179+00	2	\N	4
8	7	plan_resource_order	2	completed	z1:eJztVtuO2zYQ/ZWAz+ZWF+pCv23QBZKiSIF6izwEgcDLyBEikw5Fbbtd+N87tCxbG8QIgwLbl76Jw9EM55wzHD4RLbwg6ycygHvozLaBv9QnYbZA1uTXn9/RzW9/3L8hK+Jg21kTjNZo/FiRveus6/wj2ox1O9GjbehFo3oxDGiUzpq/IRhH9wCPjQHQoMnauxFWxDoNrulwna2IUMqOxs/LzsOuGeALWbOw56fEQusQbA8KF/egPplOdcK82vTW44YRu3Dmt2bwou/F8adwSKtH5RsHLW6iAYtzGBJcN/hO4TmfDhgUMzZ7O3hldQiyeZ/evkpvb491q9E5BAbNyU2SoMkaaHx3zJbyYrJpuxOdaS5VpfmKjPvBOxC7KYmDwY5OQQB7/j66kt/vNrTMeVWl5OLW+Mc9fLNSZKoTfWPGnQQXTvuO5WmdJllWh6Ng/X4MBGAk5BQhP2B2ZZ2DCZZT0UiTb7wYPqOrZq3mra5oqZOCMq1SiscpaVZx0IpnNSQTk0pBIHfiUNndvgd/ITVEC9GJhKKVrZY0LyXGq2pJZcoSqluWtqVIs7oog9+x/ChnpFI4MJ6szdj3gceu12gg6w+EMVCQMkbbLOWUtayiteCaZkUp27aCVMmMfDxVHOCBZtZ4WvGyqBJMd1Mzzqtywg93SjbV05wUt/HCBfS967ZbcKHoVvQDVt0ZlJNBRk6thNj+31Qv0lQBaehn0EPDnA58H2SNpihlzDqMcr7oMFa3S6XWaKsybDHd1jVlXGrss5RRWXBRZ7JOElFFKLVIkjyprkp1iJYqgQespWk7N4voIt4FuAg6GmE4W+F0j3z4+G3co+qccY9yXuAeydMz3BXPVc4ELQTgLyyTlJe5pEpKmUJeAEgVgTvPWJazq7ifLtzmfNNHUaCsMaC8dfjflxEG/8yIYTsTSLLu8adTggkMsRuejZKr8+LrZr/el4v743D4nhL+44EWo8IY1s8qjHFeqDBStUsVClYmbVEpqjhPKCs0p7zFC6Oo24LVSZVXLI9TYXl9ToHRPzil/k2jR5U0QxzlvIQ4jpIlxFEPmRiIi4RnVzHe98Kcu3yaTzd3Rv9iO/OC2EfVOmMf+cI7Yx/J1QL7KFRzdn1s3b2gcsN73NofmOLDKPHZE16/cw6535nmOD+HqfpFkte49966z21v/ySHfwBu0zBA	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 13, "upstream": {}, "resource": {"resource_id": "RES-639771", "resource_type": "Technician Slot", "serial_number": "SN4318102280", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.851106+00	2026-12-06 15:15:40.892774+00	2026-12-06 15:15:40.892776+00	2	\N	5
9	4	plan_field_visit	2	waiting	{"data":{},"correlations":{},"last_task":"a0f39bfd-d2a7-420e-9677-35bd3ffa075e","success":true,"completed":false,"tasks":{"dcae4b1d-1903-4a19-bca2-6c162bae2fe5":{"id":"dcae4b1d-1903-4a19-bca2-6c162bae2fe5","parent":null,"children":["68205cd8-2994-4119-a581-17d2351c8482"],"last_state_change":1796570140.9030533,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":2,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"SW1A 1AA","recurring":"0.00","one_time":"195.00","domain_order_id":14,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-639771","resource_type":"Technician Slot","serial_number":"SN4318102280","status":"reserved"}}}},"delta":{},"typename":"Task"},"68205cd8-2994-4119-a581-17d2351c8482":{"id":"68205cd8-2994-4119-a581-17d2351c8482","parent":"dcae4b1d-1903-4a19-bca2-6c162bae2fe5","children":["7f39f834-33bc-4d53-bd5f-03e8947c22f5"],"last_state_change":1796570140.903112,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7f39f834-33bc-4d53-bd5f-03e8947c22f5":{"id":"7f39f834-33bc-4d53-bd5f-03e8947c22f5","parent":"68205cd8-2994-4119-a581-17d2351c8482","children":["a0f39bfd-d2a7-420e-9677-35bd3ffa075e"],"last_state_change":1796570140.9033275,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a0f39bfd-d2a7-420e-9677-35bd3ffa075e":{"id":"a0f39bfd-d2a7-420e-9677-35bd3ffa075e","parent":"7f39f834-33bc-4d53-bd5f-03e8947c22f5","children":["9f2e7690-e82f-4577-bee3-228354aaf213","31f47e15-c721-4f69-8a76-7bb5694968dc"],"last_state_change":1796570140.90338,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9f2e7690-e82f-4577-bee3-228354aaf213":{"id":"9f2e7690-e82f-4577-bee3-228354aaf213","parent":"a0f39bfd-d2a7-420e-9677-35bd3ffa075e","children":["00667a16-7581-4322-afa1-3a3af1130732","b1d6e52e-63bc-45b9-871f-375c3884e5ce"],"last_state_change":1796570140.903392,"state":16,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"31f47e15-c721-4f69-8a76-7bb5694968dc":{"id":"31f47e15-c721-4f69-8a76-7bb5694968dc","parent":"a0f39bfd-d2a7-420e-9677-35bd3ffa075e","children":["dbd5acf1-24fe-4ddb-a47a-f44d4e5f48d2","44dbb96c-8918-492b-803f-eb35b38746c4"],"last_state_change":1796570140.9033747,"state":8,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"00667a16-7581-4322-afa1-3a3af1130732":{"id":"00667a16-7581-4322-afa1-3a3af1130732","parent":"9f2e7690-e82f-4577-bee3-228354aaf213","children":[],"last_state_change":1796570140.9032438,"state":4,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"b1d6e52e-63bc-45b9-871f-375c3884e5ce":{"id":"b1d6e52e-63bc-45b9-871f-375c3884e5ce","parent":"9f2e7690-e82f-4577-bee3-228354aaf213","children":["6f3f2c00-21f6-4ce6-bc76-3b7244b81886"],"last_state_change":1796570140.9032476,"state":4,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"6f3f2c00-21f6-4ce6-bc76-3b7244b81886":{"id":"6f3f2c00-21f6-4ce6-bc76-3b7244b81886","parent":"b1d6e52e-63bc-45b9-871f-375c3884e5ce","children":["0795f827-f443-4031-9257-9a76fa27540a"],"last_state_change":1796570140.9032567,"state":2,"task_spec":"provide_survey","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0795f827-f443-4031-9257-9a76fa27540a":{"id":"0795f827-f443-4031-9257-9a76fa27540a","parent":"6f3f2c00-21f6-4ce6-bc76-3b7244b81886","children":[],"last_state_change":1796570140.9032626,"state":2,"task_spec":"schedule_visit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"dbd5acf1-24fe-4ddb-a47a-f44d4e5f48d2":{"id":"dbd5acf1-24fe-4ddb-a47a-f44d4e5f48d2","parent":"31f47e15-c721-4f69-8a76-7bb5694968dc","children":[],"last_state_change":1796570140.90327,"state":1,"task_spec":"take_amendment","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"},"44dbb96c-8918-492b-803f-eb35b38746c4":{"id":"44dbb96c-8918-492b-803f-eb35b38746c4","parent":"31f47e15-c721-4f69-8a76-7bb5694968dc","children":[],"last_state_change":1796570140.9032726,"state":1,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream"]},"typename":"Task"}},"root":"dcae4b1d-1903-4a19-bca2-6c162bae2fe5","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-639771", "resource_type": "Technician Slot", "serial_number": "SN4318102280", "status": "reserved"}}}}			\N	\N	2026-12-06 15:15:40.904252+00	2026-12-06 15:15:40.903942+00	\N	1	\N	\N
11	7	plan_resource_order	3	completed	z1:eJztVtuO2zYQ/ZUFn80tJdGS6LcNukVbFBugu0UegkDgZeQIkUmHpDbdLvzvHfq+RZ0wKJCiQF8Mczia4ZxzhsNnYmSUZPFMAvjHwS47+F2/l3YJZEF++f6O3r/+7eFHMiMeloOzyeiswT8zsvaD80N8Qpt1fiVHtIVRdnqUIaBReWf/gGSc/CM8dRbAgCGL6CeYEecN+G7AdTUjUms32bhdljMyRFh1AT6SRZH24i6xNCYFW4PGxeu7B1xYuUrnfDWFwUIIVz8MysPVTzaCtxC3Z3Rm0rHz0KMfGrA2jxHBDyEOOqTClbTm02Die7KYM4YZosStbliTRS/HgGcNeKBu7ULUzqR892+Km6vi5ibFczamgB2GXOHh+eaz7h705D3CjOZiLq4ZQ6Oz0MVhW0k5ZzubcSs52O6EUlHPyLQO0YPEPM+bFCu4yWtINRz+b13Jr7f3lFVNWTNycuvi0xqOyCHbgxw7O60U+HTGu7IRZdXMORNkh8GUSMSvURdI22aTivUeRpn4CLszINVYugwfEt9zVTSVEFQw3lDeyIa2VVtQ1uiyrZQSHNhWDVpDEshOB9qt1iPEkzBStC0vreBzVteM6qYUlJsaqNCyoG3TN6ydA2Ntn/y2JWc5ox6kBxvJwk7jmMQwjAYNZPGWcIHiFI2hjSwLyltdUNGykmrdc85qw0Xdknf7ihM80B36pGhEPW9Ywdm1qFld1cUOQNyq+a6gbi/b+yh90mX0w3IJPlW919iwFS1Ssu9HBPf/zvxPdmZiDsYDianr9mA8pD5BU5bUDsLOcj4JO7cRzqXfFn1fFb3Cnq0q/AFFFReciqKoVFFqXagyT/qCzS9KP2RLn8Aj1tL1gz+I8tQMZ+Ai6GiEcLTC/mJ6++7vcc+q83ih5Dif4Z7J0znulSx7XitOjSnwE2UEVT1racV029QFtLKFDNzbecuFuIj7/gbvjuMiiwLsHgs6Oo/ffZwgxBdGDDvYRJLzT9/tE+zAkKvwYh69GDp/vTAud+PZHbTZfIn9f2ESZqgti92D2rKcz7s8T53nalMt47ysNK20YpRDI6lQoqGy6VWFt4KphcpSm2DicpeDNV853v5JR2fVdMA4y/kM40xOXmCc8wTKwrjmlzFej9Ie23k3iK5vrfnZDfZbYp9T6xH7vLfhEftMrs6wz0JVlM1FVG+/oXLT6925rxjXYVL4YErv5kMOtV7Zbjsow676sySvcO+N8x/60X0imz8BsVdNfA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 16, "upstream": {}, "resource": {"resource_id": "RES-037260", "resource_type": "ONT", "serial_number": "SN2792375409", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.965052+00	2026-12-06 15:15:40.986518+00	2026-12-06 15:15:40.986522+00	2	\N	0
12	7	plan_resource_order	3	completed	z1:eJztVlGP3DQQ/isnP6+POHGSzb5dxSFAqCCuqA9VFTn2ZGs1a29t58px2v/OOLu5zUEXXCEVIfGWTCbjmW++b8aPRIkgyOaReHD32mxb+FW+E2YLZEN++Polvfvxl1ffkhVxsNXWRKM1Ch9WZO+0dTo8oM1YtxMD2vwgWjkI79HYOWt+g2gc3T08tAZAgSKb4EZYEesUuFbje7EiQko7mjC95iuiA+xaDx/IhsVv4XiwUCoG24PElxspwfurn6wLaDRiF/N9MXptovkb3Tm4+s4EcAbClKtVowytgx790IA1OowMTvugpY8AdMKoj1qFd2RTZhmeFAR+avWebHoxeMzZY2Lt3vogrYrn3b1mN1fs5ibGsybEgC2G3GER/PCX7g7k6BzCjWZWNtdZhkZroA16qiQvs6NN2Z3Qpj2jxeoVGfc+OBB4zuMhxvJ2dBJiDfPz5Ep+vr2jNWecM3J2a8PDHv6EIHZfi6E1464DF3N9WdZ1XZZNXnByxGKMTcUoyBNs4+EQi3YOBhH744+5YOsRAuHfo6vipeCFaGhTc055leETk4LykmVdLoWAik3smBKZeSHtbj9AOBMlRpv6069Z19Qlp0XXlBiPrWlTlDldZ0UheVbWkvfRbyo9yRl5IRyYQDZmHIZICj0oNJDNG1J0SnBZVZSJrqC8awrMvmC077teZLLKSlGQt6eKIzzQzrphdVOVdcZ4dt1ULK/K6gggfqr4saD2ROO7ICb4g9PbLbhY9YlreiIvtuSkTwT3f6X+p5UaOwjD3MyowhMYr6Je0JREuZngSc5ngqcKYikBJvuaCahpVzU55ULltBOCU8VYkSmRC6ayJAkUjF2WgE+WAIF7rKXttZvJeRbFAlwEHY3gn6xwGlBv3n4a96Q6Z9yTnBe4J/Zpifua9Q1XGdCiwS7xTHa06VVBu75oKpFDXuUsAfd1tc6b9UXcT5O8fVofSS1A9RiQwTr878MIPjwzYlhtYpOse/jqdMARDLHzz/bTJ5fQHwfIZVUuZtLh8Hcs+Bc3ZAL7kro9sy/JecG+RLY+W3x9A3m2ZrSYCAtdR4XKcG40tWj6vOJlydPYV9f5RfaBUZ+59v6JwpNqepqsKc4LjBN7ssQ46WqUgjGS7yLE+0GYJ3Uf99L1rVHfW22+IPRJpc7QJ14Zz8M1rVUL6JNA5evyIqq3X5C48XJv7Wdsbz92eH+KU2s+o9vvTDvtTX+sfnHIC/z22rr3/WA/ksPvDT1gIQ==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 17, "upstream": {}, "resource": {"resource_id": "RES-741441", "resource_type": "Access Port", "serial_number": "SN5777559234", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.965054+00	2026-12-06 15:15:40.987246+00	2026-12-06 15:15:40.98725+00	2	\N	1
56	4	plan_field_visit	6	completed	z1:eJztWW1v2zYQ/iuBPpsp3ynlW7ql2IahBZas/VAUAt+UCJUlj5LdZUH++46y5chD09JIkH3YChSQj6ej7nnujnfMXeb0oLOzu6z3YVO316X/097o9tpnZ9mvP75Fl+9+v/opW2TBX9ddG4Vd6+Bhka1C3YV6uAVZ24WlbkDWN7q0je57EJrQtX/5KFyHjb8tW++dd9nZENZ+kXXB+VDW8FsuMm1tt26H8SddZPXgl2Xv/8jOeFwbthtr56Kxlbfw403tG3fyvu7rAYStXsbv/bntB900enwhfmDn1nYog69gEQTgWABzPtT9UFv4xrt7MAi7lauuH2znopHLD+T8hJyfjz7bdQgACojxKcYg6lpfDvW4GynEVua6pa7b8sEjBZ+9XvVD8HoZob3y9qatba3bk8umG6Io+L5bB+vnz+O72W8Xl0goSYkcv2C3NNyu4p7/tLSItNW6Kdv10vgQP/+tkLlgTFHF4/Kgh3VkAywBwYD//f39nhIQrpthXNXudkZVN3h4qV03zV4GQQH0ld0mbnOXffaR+EM7h1CAgY+SLaRYyHyhyCfYdjPyBW+PD1t/31y+R7xghEQofXtdQ5xER85bffID0KKjWT1E7ymmEhGKcDGGWkQyw/kZxiA8G6nYu9vbG+/WTfQ3kjaUW5xg5d3bK0IZF1KBfr2NmLnDoG+7EPw2jHZBAiE9lIPuP4MB4byyXhjEsJOI61wj40yFMJe5F4ISbdkIpbU+JsI23m23XDV+eEiAaC1azygVBSmMQ3klPOJWcZRbDo5aSjBhlDpeRL0RrSRlCH0dfDtMDNqbunEgAEIyT7QqnMYIU0/BQJGj3BCLFC9wZXIvqwpnn3YeRzh9OdUDogopFCacnApMsMjlFnBYknzrULlLz8tBhxgPQ6ivr32IXle66X1EHPKvhYjd1Z37xf8V6L9XgSLrvpkCIJreAXgVcwxESWE6JUWS8kNSpCbRPG2kK3LKmULOKdiioBgZqmGfXHAtnOUO26S0gX/i0bTpk9Mm8xvwpazqMAX0QyLNwIUgiLWz30v9rqh9/PR13JP8nHBPUp7hnsjTHPeiktzqnCOjGUdc+GidMFQUlS0U/BeMJuEOlD8O+7Y8XMPiF317ZNl6CtpJ3k1oJynP0E5kZ462qbiojPeIWQFbKGDJUCaBJYmFJNJtT2luWVEpp1HBKlAzukI5VjlSWMPZR7RTRiSRwjCl32MlVsfT11CcnQ63FzHqL1dNfezh8hSWklCZWEqEcM9SIqtzliBROFHcosJJhnieW2S8sUhAe2RVYVShRTwUGCu08cCSsxrxqjKooFYhQV1OjCHQxsgElggUcvGNkvXA0rNQckRrmsZeUrBO7CUpP4m9JMCFeGitaHz+CuLgZWzIXzAPkuJuQjIxSPdIJubNkUjm0I8fX2B+6er2BXFNStQJ1yTlJ+GaYYGVN0ohA8mAuDSgXXmDqCbUWiq50DqpcECTlX8Pfejkn6dwpGGd5NuEdZLyDOtEbg7GMaFEYWCYlIV2iNMKaoe2EokKC0Gc8JYUCVhTwQTnj2INc8imdr7cYp7WYNqubb0dugCl+I+174cDIRiFaSPoV5Pp8bURC70c6/jBePX124KNbtZ+X+K3U0HK2fD0q4i0YEkiZz+EpCjPgiUxuA6aYSo4LYhHUkgMp41iyFQVvMw8Y8YwGNl8QrBwyMziGyf67uqk3Oxm2+cIlipOy+U44Vv/atriIGC+MQZ/6cLnh+n65N3bq+xgfk8InX/l6ilxCkihdT8FpCjPZ660sDyo/5ZJn2OGNJQVxEnloR3CGlltMVcYKytJQpgpRWTxeE2art669nl6+aNv+VJOixQk9qdFivK8d0xjcs4MqywzNKdIagyHOSUEFXC4I8bBkq0YUzblFkIpyh+/u4O28gUP5CSXJoiTlOc1No2SOcRJt7spEDOcP956rhrdltuaONaj04vWvXDXmeToBHzinfce+ESijurmAVLo5x+F9OIFwxZkoeuOuErs1wYapfj3gGkPs1q25XiJ12+9n23yGtY+wJFXNd2X7P5vkFGJCw==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-576216", "resource_type": "Technician Slot", "serial_number": "SN5685337274", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [63, 65, 68, 71]}, "visit": {"visit_id": "FSV-493110", "engineer": "Ana Costa", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}, "ont_serial": "ONT1234567", "install_notes": null}			\N	\N	2026-12-06 15:15:41.502847+00	2026-12-06 15:15:41.577803+00	2026-12-06 15:15:41.577807+00	5	\N	\N
59	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SsGz0tbpChR8s1JDTRFkQZ12hyCQKCo0VaIltyQ0rau4f+eobSylcLbMAjgU27icHY+3rw33DvSqEGRyzviwR06s63gH/2XMlsgl+TXn17Tm9/+ePsz2RAH286aYLSmwY8N2bvOum64RZuxbqd6tPleVbpX3qOxdtb8C8E4ugPcVgaggYZcDm6EDbGuAVd1eM43RGltRzNMR74h3QC7ysOn6aD0MCdWTROC7UHj4dWbs5fWGMDLQ6hhQ4zahZpvBjV0+gzvX/RWf5zqtM2oh8pBi/dowP4cRgXXeXTFUu/uMS4mrfbWD9o2U5x37OqMXV1NrevROcQGzSw5TxK0WQPV0E0ZeTabGrtTnalWjRUPvTvwYz+gswPVhGrHvR/wexeQf/XmII7V4gld7eg0rL+ncOT36xvKRZ7l2VTU8Wq43cMEyEOQTZhlp/rKjLsaXGjmdSIlFynLCh6uEaPRT9WEqeNQ7u/vNzMD5sTHzznvzZ8vqRQlTySZRgXeI1IutLMFmlykFzzFm25f4YgwpJ9xQv9zLPe8XGcM0zwACem0dQ56FaZ7nAESZ6gG5REHIrJEsFILyjkrqdAlpyUraprnhSzTTGVpKyduTfUsrNJ2t+9heKRZiBaikzJJW615S4UUjIo0S2jdpA0VRQJJyXgqUh78po6jnJFZyoFBGMzY94FWXY/tI1XfEyFKxcua0ayoEyoS0dJS50DTWomsKNKsLFry4dhxAAeqRXVMlnkmEybYecYTIbNyhg+vcjE3VB1FgFzHKaDNddstuNB1q3qPbXcG6W2QAkd1I7g/dP5D50HngQrQL6wIUY+Ivg3CQ1MUdxelRDk/KiVWWWstJW3RSAFAecFSKpokp7WUkta6TXnRtlqyLEpLQU4nteSjtUTggL1UbecWlj+qawUujh6N4B+scNx07z88jXtUnwvuUc4r3CPntMadN0q1PJdUpUpSURZA61IpKlWb5W2asaKpI3BP8ZOd3mHTgxB+u7w+USPQ806wDhX3aQQ/fGHEsLgMDp1HwFHOF0uOGRC186sn7skd899ddHpnfGWbPrGCZgX+H12e+yGO4GYUFxZuRjmvuBnJ5TU3NQNRCCGoZqXAFKqghdKMAktaDinkuojjpkzS0zsBTPONr+v36D+qpwXjKOcVxpEz+eI/TMw/sCiMM3YS4n2vzCL9+Uk9vzbNL7Yzz4h8VKcPL17cH9MH5CMntUI+ClNZnMT0+hlpizZn7Te87H6scTeH1bXkqPc7U01vqp+bXyV5gXfvrPvY9vZvcv8Zg7mMbQ==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 68, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-246565", "resource_type": "IPv4 Block", "serial_number": "SN0772431582", "status": "reserved"}}}, "service": {"service_id": "SVC-749207", "access_port": "ge-0/3/23", "ip_address": "10.207.246.9", "status": "active"}}			\N	\N	2026-12-06 15:15:41.522251+00	2026-12-06 15:15:41.540053+00	2026-12-06 15:15:41.540056+00	2	\N	2
61	6	plan_product_order	6	completed	z1:eJztVk1v3DYQ/SsGz+Za1Belvdlpirow2gBOm0MQCBQ52hDRkhuKcuoa/u8dale2XHgNpgWCoshJ0nDEmXnz5pF3RAkvyPqODOButNk08If8KMwGyJpc/fALvf71t7c/kVPiYKOtCUZrFL6ckp3T1ml/izZj3Vb0aBt60cheDAMaW2fNnxCMo7uB28YAKFBk7d0Ip8Q6Ba7R+F2eEiGlHY2fPtNToj1smwE+kzULa34fWCgVNtuBxI8fdevg5NJ4cAb8yRtn1Sg9rhuxDalfjIM2MAwnTx2ntCfXxkGHfmjAch0GAacHr+UQsGiFUV+08h/JukgSDOoFLjV6R9ad6AdMf8Acm50dvLQqxLt+x85P2Pl52M8aHzZscMst1pPfv+juQI7OIfJoZkW9ShI0WgON11MlaZHsbcpuhTbNAjhEbtwN3oHYhqzPpQwVX2HhDw2Vy9fpL3L9+yuaV0laZGRCHv/B1JzHpQ3Q5IydsbCidw0i7mDqJUtW2YpxtioKsodjDObQmxsg91jh5ZuTV9YYCJaJFC8nUPCKFeXzCSRnef5MAui/KlN8VM+mgDm0uu8nIO/m12ai0hT14vKKJknG8uwQdsm4AyleJE50o56DR1rnoBeByoFhaMEpQYqI4RM6ZoqlUpYVFbLMaZ7K8NamtBBZIaFNVduKaZAmsOYRkna768E/zlTYbeJvWSc8zXC/VMmM5rJuacUhobLNy1RkZQ1FEvwmYKKcESLhwCBCZuz7MDS6x97gXL4ndSZYVoqMJm3W0TypFRUlKMpUWqaK8yKHlnw4VBzAgWaWGMbrsuAJy5FZeZ0xlu7hw6Uy3xfUHCb+2gsX2uCd3mzAhaoPs6inHom+OUgZgvtd1L6L2v9C1AKXoZ9p7W93cODC26AcaIoavnnUo5wfRz1WGpZiIKqyy3ktaSpVRfOizWlVcEm7UpS8ZqxKRRcnBmWRHRWDIVoMCNxgLU2n3Tymj/KwABc5h0YYHqxwkOr3H57HParOGfco5wXukX1a4p7Jus4KXlMGKYaQvKMCCqAi423dYRjOIAL3MuW8rI7iPhEz/DsftVEtkPsZsg716fMIg39iDKq63+1s3n6PhdhOuvUPjuq/yWukGu2n7SVq/JdvGBGcjeLIzNko5wVnIzm+5Gxb1rJNWk5T5DvNWy5ojXvQSnDe4aUnr7I0irNVFoh6hLNg1FdeG/6NLkTVNGMc5bzAOLInT3Qh5moZhXFVH9eFXS9MM19CpsN89dqon6023xD6qFIf6B135X6APrJVC+hjQK1ZdZy4r78hcdHmrP2KM38YW+x3uObMMdrd1jTTaTvsq18EucC1d9Z96nr7hdz/BeU1In0=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 66, "upstream": {"Access Line": {"service": {"service_id": "SVC-480253", "access_port": "ge-0/1/13", "ip_address": "10.3.171.55", "status": "active"}}, "IP Connectivity": {"service": {"service_id": "SVC-578156", "access_port": "ge-0/0/44", "ip_address": "10.156.62.158", "status": "active"}}}, "billing": {"billing_item_id": "BIL-0031436", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}			\N	\N	2026-12-06 15:15:41.551992+00	2026-12-06 15:15:41.563232+00	2026-12-06 15:15:41.563234+00	2	\N	0
16	7	plan_resource_order	3	completed	z1:eJztVk2P2zYQ/SsBz+aWEqkP+rZFF2iLIgXqLXIIAoEiR44QmXQoatvtwv+9Q8teK0XcMgiwufQmDkcznPfecPhEjAqKrJ/ICP6ht9sG/tTvld0CWZNffnhNN7/+fv8jWREP297ZaHTW4MeK7H3vfB8e0Wad36kBbeOgGj2ocURj6539C6Jx8g/w2FgAA4asg59gRZw34Jse13xFlNZusuG4zFekD7BrRvhI1iLuhTmxMiYG24PGxT3o97bXvbKvNoMLuGHVLp75JzsGNQzq+FM8pDOTDo2HDjfRgMV5DAm+H0Ov8ZxPBwyKGZu9G4N2JgbZvMluX2W3t8e69eQ9AoNmdsMYmpyFJvTHbJksZptxO9Xb5lJVXq/ItB+DB7Wbk3gY3eQ1RLDP30dX8tvdhjJeZWVNLm5NeNzDZytFpno1NHbateDjaV+LrCwkKxnncTuoMEUCMBJyipAfMLt23sMMy6lopCk0QY0f0NVoXQtea6qrQlLBs5xK6CQttMrbstBCZt2RSa0hkjtzqN1uP0C4kBqjxeiEKd7WFRNUFJmmQqqKtkoAFRXXwGVdyraKfsfyk5yRSuXBBrK20zBEHvvBoIGs35KSl7mqBKddmTP8rRa0VsCoLDUUWcsyVjPy7lRxhAeas8azSpZFxTLBbmTJhaiLGUDcKsVcUHOS3CYoH+EPvt9uwceqOzWMWHZvUU8WKTn1EoL7f1e9SFdFpGE4gx475nTg+6hrNCVJ4yzEJOeLEFOFu5RqDRmwDh0FL7HR6iKnrZGcKl7qVhVtwWuRJlV5XaljslIJPGApTdf7s4Yu2l1gi5ijEcZnK5zukbfvPg97Upln2JOcF7An0rSEXQphtGxbCm2JdLWYojaaU87b0uicF5CrBNhrKQvOr+J+unCb55s+iQLtrAUdnMf/Pk4whk+MGLa3kSTnH787JZjBULvxk1FydV78s9evt+Xi+jgc/ksJ33igJagwifWzCpOcFypMVO1ShaKsKm0KRmsp8L5QjNM274AWDA1MSGG6KkGFkjEmrnc/WPOFU+prOj2ppjPGSc4LjBM5WWKc9JJJwrhk5VWM94Oyz20+z6ebO2t+dr19QeyTaj1jn/jEe8Y+kasF9kmo1v/ywrp7QeXGB7lzXzDFx6nFZ098/p5ztPudbY4DdJyrXyT5HvfeOP+hG9wf5PA3W4wp5g==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 28, "upstream": {}, "resource": {"resource_id": "RES-037168", "resource_type": "Technician Slot", "serial_number": "SN4165906033", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.965056+00	2026-12-06 15:15:40.990363+00	2026-12-06 15:15:40.990365+00	2	\N	5
18	9	plan_service_order	3	completed	z1:eJztVk1v3DYQ/SuBzss1KVEf3JvTumiLwClqtzkEgUCRo40QLbUhKadu4P/eobRrK603YVDUhyKnpYaz8/H45pEfEy29TDYfEwf2pjPbGv5Qb6XZQrJJXnx/Sa5e/nb9Y7JKLGy7wQTjYDQuVsnedoPt/C3azGB3skeb62WteukcGhs7mD8hGEd7A7e1AdCgk423I6ySwWqwdYff2SqRSg2j8dNnuko6D7vawftkw8KenxNLrUOwPSj8OFcKnHv2ojMhg5G7UO/z0eE3mn/oGgvPfjIerAE/1TroUfnaQot+aMAeLUYG2znfKRcAaKTRHzrt3yabnFLM5CVu1d0+2bSyd1izw8Lq/eC8GnTId/WKnT9j5+ch3mB8CFhjyB02we8+625BjdYi3GhmuVhTisbBQO27qZM0p7NNDzvZmfoBLVbdA2rBjb1HbwtS36LzuHce17vQzcvL6/CDPsNoFSzXU5zk14srQrMyLehUz2HL3+5D/vDvVaBEJ/vajLsGbGjgMi1FmpU5pyKZARrdlD+QB8/2Drs+nMwvg/VfLqDkjHP2SAHLKI8VkpdlmedYDD9RyN1qZvSc+bCcE1/9/h0pK8qr0IScEuExhXKTLRB6xs7CRrevkXEYMQRmdJ1mYs1SthZsmTGw8wamxtVgLfQysDXwCS04CEgI6d6hI83ytqioJrSAlHCtM1JljSYs11QwUWiNvA5HO9VznBI17PY9+IexCdEmtkLbctbwhtA8KwlXVBABIEirWg0Vla0ops6njqOccUqkBYMwmLHvw4h0PfaPo/c6yVOpGVBFdJoLwmnJSZXnOVFAM0HTSlW5TN4cOg7gQH1UEVaKIi8p42xNmUgZy2f4cKvgc0P1YaivvJyO29tuuwUbuj5MXjeNMlLgoFYI7jfd+qZb/0fdCtSG/sjyEPbAkusgJGiKmsXj5Ec5P0x+rFIstSGjJVp5QcocFOFMKCJUm6HQcYQ8zWjatHHaUGSntcFFa0MCN9hL3Xb2OLUParEAF1mHRnD3Vjgo9+s3j+Me1ecR9yjnBe6R57TEveIsrQoJRFRpQXhGJREprUglVK6zTLRNyyJwz6o8LU/jPl1w4b/H2zTqCFBWDCg/WBz29yM4/4kRw6Kw3XQOAUctOTvmmAGRO7e4sv+hmX/X1dNi9YWb4b+X0nmYP8e8p36jRNA8ilZHmkc5L2geORafPD0aodIWKCm0oIQ3vCKygArvgFwImmVcpyqO5jhHJ2kORn/lw+PfSElUT/cSHuO8wDjyTJYYRz1OYzAuOK9OYrzvpTnKyPwyWF8Y/fPQmSeEPqrVI/SRj/YHFY87qgX0UaCWnJ8E9eIJiYs2Owxf8UxwY4NCH8TrmKPZ70w9XdBu7n6R5DnuvRrsu7YfPiR3fwGz3C9x	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 18, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-037260", "resource_type": "ONT", "serial_number": "SN2792375409", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-741441", "resource_type": "Access Port", "serial_number": "SN5777559234", "status": "reserved"}}}, "service": {"service_id": "SVC-780489", "access_port": "ge-0/1/9", "ip_address": "10.239.121.91", "status": "active"}}			\N	\N	2026-12-06 15:15:41.021829+00	2026-12-06 15:15:41.039071+00	2026-12-06 15:15:41.039074+00	2	\N	0
19	9	plan_service_order	3	completed	z1:eJztVk2P2zYQ/SsLnk2vKFFfvm3SLbpFkQbdtDkEgUCRI0eITDqk5HQT7H/vULLW2iJOGRTZU06WhuMZvsf3RvxMlOgF2XwmDuyh1dsK/pbvhN4C2ZDffnpBb3//89UvZEUsbFujfdBohQ8rsretsW1/hzFt7E50GHOdqGQnnMNgbY3+BD442APcVRpAgSKb3g6wIsYqsFWL78mKCCnNoPvxNV6Rtodd5eAD2TC/1k+NhVK+2B4kvty8vHhutAZcPPg9rIgWO7/nZ4NrNTh38XNbW7i40T1YDf24X6MG2VcWGszDAOK0WB1s6/pWOk9CLbT62Kr+HdmkUYTdeoFLVbsnm0Z0DvftcHPV3rheGuX73b5mVxfs6srXM7r3BSssuUMg/P6r6RbkYC1SjmGWlusowqDRUPXtiCROoymmzE60ujoxFkcPpFpwQ9djtgWhPA3D3vX4vPNobl4e+MWVUpg0osNfM1gJy+exIPnj+pZmaZ4U6bix41J/t4eR60WZlRdKK7pKD7sarIf0IipZwpMk4wWZKBvcuCMvKTzx+/v71SSvqfXxcep8+9dzmqZFxhgZdYA9kC/rIW2BRpfJZeL31O4rMQMhLFozxtZxwtcsWbb0WjkA8f2ksRY64bXjsWMEZYlHI9x7TGyijNWqFDQqIKK8ZBEtRQG0YCxVMZdZgyrzJI8bmjUrzW7fQX8Ssa826YbHaVzInBZQMsoLltJS8piWdcMA8jjL0tTnjZCDklGvwoJGHvTQdV6sbYf40QhvSClApDko2kBTU14XNa0himhcS54ncZIlqJu3R8SeHKhmT7O8xHOOGGfrKI6iuJzYw5WMT3iqo8Nue2G9bXrbbrdgPeijBdrRUyiB4+hAbn8MkR9D5LsPEa8z6GbJ+brH43rlTY2hIF/MLgxKPrkw1LVLn+ZK1RGUBU0lF5RHZUZLhX/OMwTa5CrJhAzzaZ7HZ43qgo1K4IBYqqa1s4VO1l2Qi8ePQXAPUThO0Tdvv8x7EM6Z96DkBe+B5/SId8jwD2lBExEXlPMmoaJs8LUoBa8hSRsZwntS8oynZ3kfPzb+v/OnLegI5DRwjEXXfRjA9Y+CWBYnzKF1SDia+nLuMREidm7x/fziAPv3oDs/Of5jVH//uTYZ+mvqe/JLQ4jWQ7T1oPWQ5IXWA73xSOsSGpFlksbS20MpRouMo1t4lEqZy6LOQu4CSZmysjirddDqG68C/2uehGB64Dgkeclx2JksOQ66LQZxnOXn58m+E3qeJdN3en2t1a+m1U9IfRDUmfrAW/SJ+rCjWlAfQmqWJOdJvX5C4WLMGvMNdwU31Djt/fSae9T7na7Gr7Sb0C+aPMO118a+bzrzkdz/A9ia8QQ=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 20, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-657385", "resource_type": "IPv4 Address", "serial_number": "SN0913433648", "status": "reserved"}}}, "service": {"service_id": "SVC-558611", "access_port": "ge-0/3/35", "ip_address": "10.111.234.13", "status": "active"}}			\N	\N	2026-12-06 15:15:41.02183+00	2026-12-06 15:15:41.040011+00	2026-12-06 15:15:41.040015+00	2	\N	1
20	9	plan_service_order	3	completed	z1:eJztVk2P2zYQ/SsLnk0vJVFfe9ukCzRFkQbdtDkEgUCRI1dYmXRIye124f/eoWTZSrFOGRTYU27kkJrhvHlvRk9EiV6QmyfiwO5bvangL/mH0BsgN+TnH97S+19+e/8jWRELm9ZobzRa4WJFdrY1tu0f0aaN3YoOba4TleyEc2isrdF/gzcOdg+PlQZQoMhNbwdYEWMV2KrFfbIiQkoz6H7cxivS9rCtHHweN0L2U2ChlHe2A4mbN++uXhutAQ/3/g0rosXWv/m+F30rr/D8VWfkw/hOowbZVxYaPEcD5mfRK9jW4VV86tMB/WLQamdcL40a/XyIbq+i29sxdTlYi9igOWJrxtBmNFR9O0aM08mkzFa0ujonFien3C24oevxsgWh/GuHnetxvfXIv3m358fX4g6vmsFKWK5Hd+TXu3uax3GUZOOjjkf94w5GQE5OVr6WregqPWxrsD6Zt4wnJY/KtEz9MWI0uPE1vupYlMPhsJoYMAU+Lqe497+/pikrWMLJWCpwDpGyPp0NUHYdX8d40O4qrBB6dBNMCV8n8Xp86ymer+UeiA8mjbXQCV/bYwWQNn3VC/fgMc3zWEYNo3nTKMp5IWgZFynNeMnTWpUib/KRWeNrZk5Js9110J9J5r1570RlsoasiKlQIqM8KhIqsiylTcHyVPI8kVHp7435Bl1GXgkLGkHQQ9d5UrUdZo9E/UiKPMlSCSXlLOeUyzSmZRLnNM+4zJiMo6xMyKdjxh4cqGbNRXmZpTmLeLRmMUszPqGHJ37p86mOCkCiYwnQZtvNBqxPuhGdw6xbjdzWWP+jtBHb7yL/LnIvck8F6GZWeK9HRN973aEpiLqzUIIun4USKqyllFTWlHXMapoJhZ/UMqdlziMqkyIrClCCNSxIShkr4otacsFaIrDHXKqmtTPLz+pagIulRyO4kxWOje7jp+dxD8rz3KACLi9wD6zTEncoMUSaFpTVKX7SqILWJcuoqqM0yhqZ101IC+M4NL7Sw8Z54L+dR09QCeTUE4xFxX0ewPVfGNEtNoN96xBwlPP1HGMCRGzdYr4922P+3Ysu94z/6KbPtKBJgV+jy8tO4QBmBjFhZmbQ5S86QhCTl8xMZKww/ZymSuInIDkVUZ1TCVESqSjhaZmFMbNM04vMBK2+cbb+H/UH5TRjHHR5gXFgTZYYB/1+hWDMOSsuYrzrhJ6VP03U9Z1WP5lWvyD0QanO0Af+lp6gDyzVAvogUHFmXgT17gWJizZrzDdMdjfU2Jt965pj1LutrsaZ6qbsF0Fe4dkHYx+azvxJDv8AN1yPfg==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 23, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-722136", "resource_type": "IPv4 Block", "serial_number": "SN0439419595", "status": "reserved"}}}, "service": {"service_id": "SVC-508034", "access_port": "ge-0/2/2", "ip_address": "10.34.32.36", "status": "active"}}			\N	\N	2026-12-06 15:15:41.02183+00	2026-12-06 15:15:41.040775+00	2026-12-06 15:15:41.040778+00	2	\N	2
13	7	plan_resource_order	3	completed	z1:eJztVk1v3DYQ/SsGz0tXlChK2puDumiKIi3qFDkEgUCRI4eIltyQlFPX2P+e4X7YSpttGRRIUaA3ajia4bx5j8MHomWUZP1AAvg7Y297+E29lfYWyJr8+O0LevPTry+/Jyvi4dY4m4zOalysyNYb5028R5t1fiMntIVJ9mqSIaBx8M7+Dsk4+zu47y2ABk3W0c+wIs5r8L3B72pFpFJutnH/Wa6IibDpA7wna5b24iGx1DoF24LCj+c/3/GLK609YK4VsXKTDvxsDsai5eI7M3i4eG4jeAtxf1inZxV7DyP6oQGL9BgavAnRqJAQGKTVH4yOb8m6LgpMFSVu9WZL1qOcAh464Mn6rQtROZ3y3bxiVxfs6irFczamgD2G3GAVfPeX7h7U7D3ijWZWd5dFgUZnoY9mX0lZFwebdhtpbP8EF+tWZN6G6EFinoddihXc7BWkGk7rvSv55fqGirqp2po8ufXxfgt/hhD7b+TU23kzgE+HfVF0rOJVJXhLDmDMqa3ojkzBRu52qWrvYZKpQ+FwGGw+YiDDO3StdCuASU3HsdGUcyFo1+qO1qLWXTmwspb7ls5KpTMcmaHcZjtBfKJKirZvkIZxFKxitG07RbnUNZWDaKnUQlRtw4cK46HfvvYsZySG9GAjWdt5mhIrzISAIN1ek2YsxVDVBS1YJygX5UCHFldjoSpRq6JsWk3eHCtO8EB/Ug5rOoS9YLy47ARrC1YfAMQtwQ8F9Uci30TpE0GjN7e34FPVR7KZPXuxJUeFIrj/a/W/rdXUQphO3Uw6PILxMgkGTVmcOzE8y/mJ4bmKWGqAQamrjle0LIeR8kqUVCrAPELLSpZMFKLJ0wBvzkogZEuAwB2W0o/Gn8j5JIoFtog5GiE8WuF4Qb1+83nYs8o8wZ7lvIA9s01L2FtRNM2AF2dbyYrygo9USlw1SvG6KyXvZJsBe9uIsjl/9Rxv8v5xfmS1AMVjQUXn8b/3M4T4iRHDGpua5Pz9N8cEBzDkJnwyoD4/hf54g5xX5eJS2u3+jgb/5ozM4F9Wv0/8y3Je8C+Tr0v+jR1StigrWnWqo5w1nHaSlZQNdcsZqKZtVR7/mu48/8DqLxx8/0TjWTWdMM5yXmCc2ZMlxlmPoxyMmzIBewbj7STto8APk+ny2uofnLFfEfusWk/YZ74aH7HP7NUC+yxU6/L8xLr+isxND3znvmB+h3nAF1R6UZ9yDNuN7fejMxyqXyR5hnuvnH83Tu4D2X0EY6Fg6g==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 19, "upstream": {}, "resource": {"resource_id": "RES-657385", "resource_type": "IPv4 Address", "serial_number": "SN0913433648", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.965055+00	2026-12-06 15:15:40.988017+00	2026-12-06 15:15:40.98802+00	2	\N	2
14	7	plan_resource_order	3	completed	z1:eJztVk1v3DYQ/SsGz0uXoqgP7s1BDTRFkQZ1ihyCQKDI0VawltxQlFvX2P+e4X7KQRZlEMC59CYORzOc995w+ESMCoosn8gI/qG3qwb+0X8puwKyJL/9/Ibe/f7nu1/IgnhY9c5Go7MGPxZk43vn+/CINuv8Wg1oGwfV6EGNIxpb7+y/EI2Tf4DHxgIYMGQZ/AQL4rwB3/S4zhdEae0mG3ZLviB9gHUzwqfdQumwT6yMicE2oHHx+u2DuHo1OH2PNqvW8bh3QYVeX71+e9rYeGcmHRoPHe6jAUvzGBB8P6IrnvJpiyExX7NxY9DO7OK8z26uspubXdV68h5hQXPGrhlDm7PQhH6XkRd7k3Fr1dvmXBPHg0+bMXhQ630SD6ObvIYI9fF750r+uL2jFedZXpKzWxMeN/BlnUhRr4bGTusWfDzoGyZyKTJZyCJuY/1TRB6DIJmI9RYTa+c9DCqCeKgX+QlNUOM9uuZcVy2rJGW8qqjQYKjiQlKlKi54x4uC5TsKtYbI6p487dabAcKZzRgtRie81VlbtR1lpsyp4FLRujacyjIvSyG1UCqLfrvKk5yRReXBBrK00zBECvvBoIEsP5Bc1kVVFIpyYIyKssV/oZS05lKXMlN1Djn5eKg4wgPNUdxZJcuiYplg17LkOa/4HkDcKsW+oOagNdSVD3iO4PvVCnysulPDiGX3FqVkkZJDEyG4/7fTC7RTxBmGI+SxVQ5nfhdVjaYkYRxlmOR8lmGqbOdCrauayYzVVKLuqGgLQWvDNGUMTF7XUtRFlybUil0W6pgsVAIPWEvT9f4oobN0Z+Ai6GiE8WSFwzXy4ePXcU+q84h7kvMM90Se5rgDFFVeY3RdoLeo84LWrNC0U6brsrKWqmUJuNc1x+NcxP1w3zanOz6JAu2sBR2cx/8+TTCGZ0YM29tIkvOPPx0S7MFQ6/HZEPnapPiyyy+35Ozi2G7/SwQ/boolaC+J66P2kpxn2kvU6lx7ptBFIbWhkGtBBXSatkVZUlF1ddspISsOSdrL8+Ky9sCabxxN39PfSTUdMU5ynmGcyMmzB0DK8yUJ4zrLLmK8GZQ9Nfd+LF3fWvOr6+0LYp9U62mmpb3rTtgncjXDPgVVwaqLoN6+oHDj+9u5b5jd49TiYyc+eY852s3aNrupOe6LnyV5hXvvnb/vBvc32X4G8rwctw==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 22, "upstream": {}, "resource": {"resource_id": "RES-722136", "resource_type": "IPv4 Block", "serial_number": "SN0439419595", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.965055+00	2026-12-06 15:15:40.988661+00	2026-12-06 15:15:40.988663+00	2	\N	3
15	7	plan_resource_order	3	completed	z1:eJztVt2L3DYQ/1eCnldXW5a19r5d6UEIaQq5lDyEYGRpvBHxShtJvvQa9n/vaD99oUsVCteXwsJaI3lGv4+x9I1oGSVZfSMB/IOx6w7+UJ+kXQNZkde/vKH3v/3+7iVZEA9r42wKOqvxYUG23jhv4iPGrPMbOWIsjLJTowwBg7139k9Iwck/wGNnATRosop+ggVxXoPvDI6rBZFKucnG/ZAtiImw6QJ8Oc7FQ2GpdUq2BYWDt26K4HFs5SZt9Vdp5Rr0i3N8652eVOw8DDiNAUTlMRd4E6JRIUH+agZz2M8OE2PVbutCVE6njPfvy9sX5e3tHruavEdyMFzWN0WBMWehi2Zfmx9D2m2ksd0FGasXZNqG6EFusN4uZQpu8gpS9dPzfil5e3dPWVtXZUMuy7r4uIU5WhTJyLGz06bHMW7yTSuasqpEveRpOso4Je4xAcqJbO+wqHLewygTjeGwDVQodlGGz2n3ctmwqlC0GuqSclkp2ouqpNAulRjanvGa7UVUCpKuB/mU22xHiBc9U7Y9qYXk+AOFCUpOueJApRY9bcSSFyBFw4c9/D3qrMUopvRgI1nZaRyTkmbUGCCrD4QVWmpecCqFqijnpaYtaxVVtayKph2qlgvy8Yg40QPdyd7lskXaipIXN61gDWfLA4E4JfgBUHd0232UPuI+ojfrNfiEepBjQNjGojAWJTm2EZL7f0M9W0MltmE8EZ+a5bj7d8nbGMqyx8mMWYsvZsw179yuS8V52/YlHaQUlDMoaV/UWFGKQpSDFEKqPLs2orlq15BtVwIPiKUbjD8Z6WLgGblIOgYhnKNw/Jh8+Pj3vGfhPPGetXjGe6ZOc95LJYqhrJeU96gX77XGEqqhWjGmBQh8sc/gvWkLfp3240e3O3/ksxRQzlpQ0Xl878sEIT4JYlpjk0bOP/50LHDgQm7Ck1Pk+6Pi+za/3o2zL8du90/6/zdHWIblsiQ+WS5r8cxymRZ9YjnGWY+ZqCrSuaoUow0besqE6BvGFBTtkGe5tr5qObD6B4+lf9PVWZDOFOcsnlGcKcmc4qyrSw7F+Fdd5Xg7Snvu6cNhdHNn9Stn7DNyn4X1xH3mne7CfZ5WM+6zWBXiOqt3z+jcdPF27geO7DD1eN1J991TjX67sd3+sAwH9LMiP+Pce+c/D6P7SnZ/Ac62Kec=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 25, "upstream": {}, "resource": {"resource_id": "RES-295318", "resource_type": "Router", "serial_number": "SN9681336574", "status": "reserved"}}			\N	\N	2026-12-06 15:15:40.965056+00	2026-12-06 15:15:40.989582+00	2026-12-06 15:15:40.989586+00	2	\N	4
17	4	plan_field_visit	3	waiting	{"data":{},"correlations":{},"last_task":"5bdc4e66-5047-47f2-a52c-abc3c5ff4c57","success":true,"completed":false,"tasks":{"dd792fed-fec5-4099-8001-07e311187562":{"id":"dd792fed-fec5-4099-8001-07e311187562","parent":null,"children":["66e8c79a-1ded-4275-b2fb-8a8d551b1f94"],"last_state_change":1796570140.9945428,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"LDN-SOUTH","region":"London","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":3,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"SW1A 1AA","recurring":"0.00","one_time":"195.00","domain_order_id":29,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-037168","resource_type":"Technician Slot","serial_number":"SN4165906033","status":"reserved"}}}},"delta":{},"typename":"Task"},"66e8c79a-1ded-4275-b2fb-8a8d551b1f94":{"id":"66e8c79a-1ded-4275-b2fb-8a8d551b1f94","parent":"dd792fed-fec5-4099-8001-07e311187562","children":["01d835ac-95b9-4db8-a424-3489882dfb28"],"last_state_change":1796570140.9945989,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"01d835ac-95b9-4db8-a424-3489882dfb28":{"id":"01d835ac-95b9-4db8-a424-3489882dfb28","parent":"66e8c79a-1ded-4275-b2fb-8a8d551b1f94","children":["e7b91f18-08da-4b99-9414-aaeae5c2ba23"],"last_state_change":1796570140.9947546,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e7b91f18-08da-4b99-9414-aaeae5c2ba23":{"id":"e7b91f18-08da-4b99-9414-aaeae5c2ba23","parent":"01d835ac-95b9-4db8-a424-3489882dfb28","children":["bc84cea2-469f-4438-a154-545655d50dd2","5d27fb7d-54e8-4d17-8300-f492a77f719a"],"last_state_change":1796570140.9948046,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"bc84cea2-469f-4438-a154-545655d50dd2":{"id":"bc84cea2-469f-4438-a154-545655d50dd2","parent":"e7b91f18-08da-4b99-9414-aaeae5c2ba23","children":["6d5638b3-d9a3-4109-847c-61e33b1dba0a","016df5b6-2de3-48c8-a42c-74602ff578ba"],"last_state_change":1796570141.0112126,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"5d27fb7d-54e8-4d17-8300-f492a77f719a":{"id":"5d27fb7d-54e8-4d17-8300-f492a77f719a","parent":"e7b91f18-08da-4b99-9414-aaeae5c2ba23","children":[],"last_state_change":1796570141.011247,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"6d5638b3-d9a3-4109-847c-61e33b1dba0a":{"id":"6d5638b3-d9a3-4109-847c-61e33b1dba0a","parent":"bc84cea2-469f-4438-a154-545655d50dd2","children":[],"last_state_change":1796570141.0114176,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"016df5b6-2de3-48c8-a42c-74602ff578ba":{"id":"016df5b6-2de3-48c8-a42c-74602ff578ba","parent":"bc84cea2-469f-4438-a154-545655d50dd2","children":["b5f79e62-edb1-4a8f-8313-023314453002"],"last_state_change":1796570141.0114849,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b5f79e62-edb1-4a8f-8313-023314453002":{"id":"b5f79e62-edb1-4a8f-8313-023314453002","parent":"016df5b6-2de3-48c8-a42c-74602ff578ba","children":["5bdc4e66-5047-47f2-a52c-abc3c5ff4c57"],"last_state_change":1796570141.0248287,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":3,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[18,20,23,26]}},"deletions":[]},"typename":"Task"},"5bdc4e66-5047-47f2-a52c-abc3c5ff4c57":{"id":"5bdc4e66-5047-47f2-a52c-abc3c5ff4c57","parent":"b5f79e62-edb1-4a8f-8313-023314453002","children":["c8e118dc-110e-4304-bb23-3eee25539a0c"],"last_state_change":1796570141.0421798,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"SW1A 1AA","work":"Install ONT","order_id":3}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-208235","engineer":"Lee Wong","date":"2026-12-13","slot":"13:00-17:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"c8e118dc-110e-4304-bb23-3eee25539a0c":{"id":"c8e118dc-110e-4304-bb23-3eee25539a0c","parent":"5bdc4e66-5047-47f2-a52c-abc3c5ff4c57","children":["1bab86a9-64a5-495e-ad44-57d17321ea2e"],"last_state_change":1796570141.0422034,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1bab86a9-64a5-495e-ad44-57d17321ea2e":{"id":"1bab86a9-64a5-495e-ad44-57d17321ea2e","parent":"c8e118dc-110e-4304-bb23-3eee25539a0c","children":["65a24ca9-87c2-4950-94b2-7b0c3d435755"],"last_state_change":1796570141.0114682,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"65a24ca9-87c2-4950-94b2-7b0c3d435755":{"id":"65a24ca9-87c2-4950-94b2-7b0c3d435755","parent":"1bab86a9-64a5-495e-ad44-57d17321ea2e","children":["8d876ebd-34e1-4005-8f40-2a9d0fe3b31c"],"last_state_change":1796570141.0114741,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8d876ebd-34e1-4005-8f40-2a9d0fe3b31c":{"id":"8d876ebd-34e1-4005-8f40-2a9d0fe3b31c","parent":"65a24ca9-87c2-4950-94b2-7b0c3d435755","children":[],"last_state_change":1796570141.0114803,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"dd792fed-fec5-4099-8001-07e311187562","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-037168", "resource_type": "Technician Slot", "serial_number": "SN4165906033", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [18, 20, 23, 26]}, "visit": {"visit_id": "FSV-208235", "engineer": "Lee Wong", "date": "2026-12-13", "slot": "13:00-17:00", "status": "scheduled"}}			\N	\N	2026-12-06 15:15:40.996464+00	2026-12-06 15:15:41.042751+00	\N	4	\N	\N
21	9	plan_service_order	3	completed	z1:eJztVkuP2zYQ/isLnU2vKFGvvW3SBYqiTYM4bQ5BIFDkyBUikw5JOd0G/u8Z6rGrFnHCoMCe4pM0M57HN9/M6FMkuePRzafIgjl1al/D3+IvrvYQ3US//vSC7H7/4/XP0SYysO+08kKtJD5soqPptOncPcqUNgfeo8z2vBY9txaFjdHqH/DCwZzgvlYAEmR048wAm0gbCabu8D3dRFwIPSg3viabqHNwqC18mHVuCsyl9M6OIPDl+cu7q5dGnzqLSkwbNYoffNK/ccX3IK9e6cGBGfPUchCuNtCiGgVYn0GvYDrrOmF98R+7tpsyO2MIjF8ftXVCS+9x94beXtHb2xEFMRjj491ENNvGMcq0gtp1Y2w2i6Q+8E7VjzUm+QMMBuzQOzQ2wOU9Gg9H6/D54POYk8YnNNODEbB+Hl1Fr+52JKmylJZjQrPK3R99Bg9VYzs73tdqODTeYbR7UeUlTdM8K5hXO+4GO2bhG499OZ/Pm4kEU9D5cYq5+/M5ycuUsSwauwXWIkLGl7EHEl/T64SipjvW2CV06T3TeEurbJuk6ZYV65C+oyeIfDyhjYGe+w77PqAEyeNqx+17NGxpnFDGYyKqNiNMpBkpZZWQMkmLQuZlWYpm5NeY0MIsoQ/HHtwj1by3scsZpzRj0BLIgRMmeUN4zCrCeZ5XMYvTButDu7HkIGNkFzegEAc19L2nVtdj/UjXt1EZi4zlaUoqwRlhRQyk5JUgGdBKUJZmkMXRu7liDw7Uy+TRosI+xZTRLSIQ58WEHmpyNtVTz3Owcxy7gDLT7fdgfNEt7y1W3SkkgkIKzAOO2P4Y9R+jPo+6ZwP0CzG8xxnT1370UBTE3mVWgowfZyV0ttbTRKFsWJUmBGSKfymKhpQ0L0hVJKxhvGoyUQVNE/6Si+Nkg8cpghPWUredWYj+OGArcLHlKAT7IIV5171992Xcg+pccA8yXuEe2Kc17oyVsk1LQXhOMQQbW9VSwnJZUdHIKitDcGc0ruLsIu7jSfD/XQ5QUAuEVgqE0wYn7cMA1v1LiG6Pq7VxvcSYAOEHu7pyX14z/91Hl5fFNzbq19fQNI1fo86T3+UAogYRYyFqkPGKqIHEXhM1pcBThoa8yZHbZdISnsmSlC0qAKleNWkQUWlasYtEBSW/89r+n2UQVNOCcZDxCuPAnqwxDvogC8K4zPKLGB97rpZFMB3W7Z2Sv+hOPSH0QaUu0Ad+qD5AH9iqFfQhoOJtu0zcuyckLsqM1t9x6O3Q4Kr222uJ0RwPqh5PrJ2qXwV5hro32rxve/0xOn8GT3ybUg==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 26, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-295318", "resource_type": "Router", "serial_number": "SN9681336574", "status": "reserved"}}}, "service": {"service_id": "SVC-683445", "access_port": "ge-0/1/21", "ip_address": "10.195.233.47", "status": "active"}}			\N	\N	2026-12-06 15:15:41.021831+00	2026-12-06 15:15:41.041665+00	2026-12-06 15:15:41.041668+00	2	\N	3
26	7	plan_resource_order	4	completed	z1:eJztVktv3DYQ/isGz6YrStRrjwFcoD2kQJ2igINA4GPkENaSG5Ky6xr73ztc7XrXQbdlUCBBgN6k0WjI7zEcPhMtoiCrZxLAPxh7N8Af6qOwd0BWhFwSD3fGWXz+zd5b92gxtPHGeROfMGidX4sJY2ESg5pECBiU3tk/IQVn/wBPgwXQoMkq+hkuifMa/GDwnV8SoZSbbdy9lpfERFgPAT6RFUvf4rKy0DoV24DCl1/evsMXK9Zpf2/mYCyEcPGjkR4ufrIRvIW426PTs4qDh3HBgZg8VgRvQjQqJMBSWP1odPxIVnVR4ApR4KfBbMhqFFPAvQbc0LBxISqn03q3t+yC3d6mcs7GVG/AimvcO9/+U7YHNXuP5GKU1f1VUWDQWRii2eEo62KJabcWxg5HjiokYt6E6EHgMs/bVCu42StICA7Pu1Ty6/UNbeu+LCtyTBvi0wZeeEONjZgGO68leIzevG3rpinLpmLpp8TAnCTEv9ENKNp2m7B6D5NIaoRlDyg0IhfhHlN5p2Svxpb2qgbKeddRIVlNtRx7PjZjIdrFC0pBssfiAuXWmwni0Rap2k4VpopOVwWnfTVWWK8uaKe6kVa8b2TXi3YsdcrbQc5KRjcIDzaSlZ2nKVnBTBoDZPUed98U1dh2VNaVpPg/4mhqQeVYdkxKVZZlQT7sESd6YDh0B2sxsy0YZ1eMF7ypFv7wS8MXPMPeszdR+GTK6M3dHfgEem8ws3MsKrJvQuT2/3b8jtox6QXTQbrUansq3qXmwFCWvw5uzko+ujnX/ad+l6xvGyZ72tdcUV5VikomK9rV1ciqkRdF0WT5vWZtedbwIdvwBB4QyzAaf7DksQVOyEXSMQjhJQr70+j9h7/nPQvngfes5BPeM3U65V0xDQ2wnpayLShXLaOSs4aqvi0brQtoxy6D96Zm/VnW94f28DIhsgTA1rGgovP436cZQnwVxLLGJomcf/phv8BChViHVyPo1Zz5/LA424onx892+2/Sf4PZl2G1LGkPVstKPrFapjVPraYZnglMcTwLVE/5WGgqqnGkhexZxXUludRZVivrip81G1j9hRPtv7RzFqYDx1nJJxxnavL62pBx6cnhuGLs/L1hMwn70s3LFLq6tvpnZ+xX5D4L63GEZd0GX7jP1OqE+yxWedGeZfX6Kzo33ded+4JZHWaJd6V0Uz6sITdrO+ymZFjQnyzyBr/97vz9OLlHsv0L5WdM+g==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 31, "upstream": {}, "resource": {"resource_id": "RES-759223", "resource_type": "ONT", "serial_number": "SN7566226313", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.144826+00	2026-12-06 15:15:41.165753+00	2026-12-06 15:15:41.165756+00	2	\N	0
22	6	plan_product_order	3	completed	z1:eJztVk1v3DYQ/SsGz+aapL73Zqcp6sJoAzhtDkEgUNRoI0RLbijKqWv4v2fIXXnX7dpgEiAoityk4ZCcefPmce5IK50kyzsygr3p9aqGv9R7qVdAluTqp9/o9e9/vP6FnBILq95obzS6xY9TsrG9sb27RZs2di0HtI2DrNUgxxGNjTX6b/DGyd7Aba0BWmjJ0tkJTomxLdi6x//klEilzKRd+BWnpHewrkf4SJbcr7ntxbJt/WEbUPjzc99YOLnUDqwGd/LKmnZSDte1XPvQL6ax1zCOJ48dQ9jBtbbQoR8aMF2Ll4DtR9er0WPRSN1+6lv3niwzxvBSJ3Gp7jdk2clhxPBHjLHemNEp0/r7rt/w8xN+fu7PM9r5A2s8co35pPfPultQk7WIPJp5Vi0YQ6PRULs+ZCIytrW1Zi17Xe+BE4jOtBmdBbn2UZ8r5TO+wsQfCqoOP8Mucv3nC1qULC0rEpDHPRiadbi0AsrO+Jlf6Dc1Am4hlJKzhUiqBRd8UXGyxWPyC744N0DuMcXLVycvjNbgLYEVz0eQZWXO+fEIkrMkOxIC5xzDSBc8ORoCxtD0wxCQvJs/68ClcOvF5RUtGKsqkZN/UW7HimeZE12pY/AoYy0M0nPZUwwt2CbIETl+QMdM8I5JwWkBwGha5BVtRNFQpqoCqkwkmRChkwJYcw8ps94M4PZN5U8LBM5EJhQIQVOAjqaJAlpKxahiSV7KtsolK71fACbKGSGSFjQipKdh8F3TD1gbbMy3pMtllQgmaJImQNM0l1SmmaSdLJlgSduKjpN3u4w9OFDPGsOLKs8KxlO+YEiJpCy38OFSnm4Tqnctf+2k9WVwtl+twPqsd83YhxrJod5pGYL7Q9V+qNr/Q9U8mWGYee1uN7Ajw2svHWiK6r6516Oc970eqw2HasCqhivAK8pSVHiFbGnTZUBF2SUVL3LooIlTg4pnT6rBGK0GBG4wl7rr7dyne304ABdJh0YYH6yw0+q3747jHpXnjHuU8wHukXU6xL1laZahOxXYcDRt8XTJcAtPpOxKIRrepRG4FyxhRfEk7oGYfu/81kaVQG17yFgUqI8TjO6R0cvq9rSz+fgtFnIdhOsr3up/6GukHG277Tlq/JdHjAjORnFk5myU8wFnIzn+SCtwsFEib2gli4KmXaZwcziBgyhTLgSUcZzNn5kcQLdfODd8ky7E5PSgCzHOBxhH1uQQ46jZMgbj1D/NT0C8GaSu5yEkPOaLl7r91fT6OyIflel+6o0auffsjqvUAfJRmKbVk5i+/I60RZs15gte/HFqsNx+yJnvaDZrXYe3dtwmf3DJBa69MfZDN5hP5P4zGewZIQ==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Fibre Internet Product", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 21, "upstream": {"Access Line": {"service": {"service_id": "SVC-780489", "access_port": "ge-0/1/9", "ip_address": "10.239.121.91", "status": "active"}}, "IP Connectivity": {"service": {"service_id": "SVC-558611", "access_port": "ge-0/3/35", "ip_address": "10.111.234.13", "status": "active"}}}, "billing": {"billing_item_id": "BIL-7009926", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}}			\N	\N	2026-12-06 15:15:41.058382+00	2026-12-06 15:15:41.070768+00	2026-12-06 15:15:41.070771+00	2	\N	0
23	6	plan_product_order	3	completed	z1:eJztlttu3DYQhl/F4PXSFg86+c5OAzRF0AZw2lwEgUCRo61gLbmhJLeu4XfPkLvKKm1c0CgQFGjvpOFoyPnmH44eiFGTIpcPZAR/19ttA7/rX5XdArkkr7/7kd789PPb78mGeNj2zgajswYfNmTve+f76R5t1vmdGtA2DqrRgxpHNLbe2T8gGGd/B/eNBTBgyOXkZ9gQ5w34psd3sSFKazfbKb7yDekn2DUjfIwvSk+HjZUxIdgeNL7cTGrq9dmrN2dvvDOznnDJqh18sXQ9OH0bTxpdGg8drqMBM/QYF3w/oise9uERI+O2zd6Nk3YmxnnHrs7Y1VVMXs/eIx00s+w8y9DmLDRTH3fk+cFk3E71tjmlxuWGzPtx8qB2gTGe6YWzFjClu0juiF3D6jF+SW5+eUHzrMqEJJEPjCMezk+4tAWaXfALjgv9vkEsHiJwPJmQ54KfiyKAQgxzMAeAd0AeHzHHth+GmMbD8thE2HHL61evqWQVL9lxz3VNjgy/yjcRz19PhJVw3sOgQomPZUD1TM2kxlt0FIblRVHlVOuqo7ITilayLijreKlZ1pk8j4HnyGeRlna7/QDTSWshWohOapbLTNSGVqooqQTAeEbklCsuWGVq0G0W/CKOJGcEozxY5GLnYQjK6gesB+r1PVGqYNzojoJqBZWlZLTqMB7ouq5kVhhRaPLhmHGAA83Seqysi7zMmGTnWV7keRBS9CCXhTwk1Jw6wQf1T77fbsGHrDs1jJh2b1HhVg3NscUR7v/N/p9p9lBtGJbCT/d7OCJ7G3oLTUnyXJohyfnUDKnNs26XijMJdcnRJ6uw2bmkbaYqyqWqhBKtKCVPa5e6Zk+2y5jcLgTuMJem6/0i5FMDreBizdEI42crHC+z9x++zj0pz4V7kvOKe2Kd1tyZKqAw4VbluqayrjXFGdBRI0Rb5TLXFe8SuJcsE6J8knsUZvh2GUFJJdCHBnIe2/njDOP0hTHcO4doF0v4Awu1i9f9M0bYny6epDvg0GN/J4h/37xN0GeSHhZ9Jjmv9Jmo57U+ede2uuYZzQQDKlXNaV22mraV5F2mpMhApOmzZvxJfYI1zxyi/+QOSMppYZzkvGKcWJM146QfrRTGTJRPM94PyjbLfI6D8/ylNT+43n5D9EmpLugTf0A/o08s1Qp9EtSCP32xvvyGwkWbd+4Z832cW6x3+J9Z9mj3O9vEyToesl9tco1r75y/7Qb3G3n8BC8eggk=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 24, "upstream": {"IP Connectivity": {"service": {"service_id": "SVC-508034", "access_port": "ge-0/2/2", "ip_address": "10.34.32.36", "status": "active"}}}, "billing": {"billing_item_id": "BIL-4182714", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}			\N	\N	2026-12-06 15:15:41.058384+00	2026-12-06 15:15:41.071505+00	2026-12-06 15:15:41.071508+00	2	\N	1
24	6	plan_product_order	3	completed	z1:eJztll2PnDYUhv/KiuvxLAaDYe82yUptlbZRNx8XUYSMfZhaYeyJMZNuo/3vPWYgS5NM5ahSVCm9GcE5HtvnOe9r8yFRwovk6kMygDtqs2vgD/m7MDtIrpKnT34ht7++eP5Dskkc7LQ1IWiNwodNcnDaOu3vMGas24seY0MvGtmLYcBg66z5E0JwdEe4awyAApVceTfCJrFOgWs0vuebREhpR+On12yTaA/7ZoB3c86fFhZKhckOIPHlZ2HEDtTFb3b04C6eOatG6TFvxB4+y0+7nUY0DjpMYwCrdDg3OD14LYeA4L3u9Gl/97gQ7qI52MFLq8KMt6/o9QW9vp5YyNE5hIVhWmzTFGPWQOP1tDabQ8ruhTbNQ6UZ3yTjYfAOxD6s9/jZTdj5UQ9Y4TTd3AYJq8fpr8nty8ekrHLGimTiBcOAu3MeUzsg6SW9zChm9KFBTg6mDtB0S+tim+X5lvHAzgs/hkRgeoTk/h7rbHXfz2vPj83Ef1r10Y9PSZXRspoK+qRNM9Iv0Y4k9PmGsC/WOehFaHpoCkZQT77xYniLA8uirWWb14SXIAhTRUGqoqxIRkVGu4rJlp8kNxFaxCbt/tCDf1BfmG1quUqLknd5SxSVlDDeVgRnB8Jzlom8w4pZGsZNNKIGIxfhwCAWM/Z90JnusSGo4NcJy0DRkikiaFYT1tKciCrNCet4Kuo8LYDR5M1ccYADzWJGyuuy4ClldJsWvOR5ccKHqZKdCmpmb9x64YIVvNO7HbhQdSf6AcvWBttjRN/Mpke4/9v/e7Z/EAD0ixb83QFmgM+D3TAUpdjFH1GDH/wR66e1gwouFE8ZJ1lZof85UNK2rCZ5mrZ1XcqMVXWUgzhiOeugIdpBCRyxlqbTbtH2g6dWcLHvGIThYxTm8+31my9zj6pz4R41eMU9sk9r7jxrCw5dTaAQGWFpKUlbUuxckVPB8qKosxjuHF9odpb7JMzw3+VSimqBtMaA9Nahu9+NMPi/BcNRdJrtcpn+xELsJ9fHX2qfHEVRx8DJYv+kh//cBRyhzig1LOqMGrxSZ6Sa1+qsKiF4rRRhssafts1ILVVFJAOUeZdJxkSUOqu8PitOMOorL9V/cwBElbQgjhq8QhzZkjXiqA+vKMRVfv4AOPTCNMtdPd2c2xujfrLafEP0UaUu6CM/SD+ij2zVCn0M1Dqt+FmoN99QuBhz1n7F5T6MLfY7fM8sa7SHvWmma3U4Vb9a5BHmXln3tuvt++T+L3LNklI=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 27, "upstream": {"CPE Provisioning": {"service": {"service_id": "SVC-683445", "access_port": "ge-0/1/21", "ip_address": "10.195.233.47", "status": "active"}}}, "billing": {"billing_item_id": "BIL-8216800", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}			\N	\N	2026-12-06 15:15:41.058384+00	2026-12-06 15:15:41.072176+00	2026-12-06 15:15:41.072178+00	2	\N	2
27	7	plan_resource_order	4	completed	z1:eJztVt9r5DYQ/leCnqPUP2V733qQQvtQStNSyHEYWRrtiXilPUlOmob93zvyrrO+9rbVUbhS6MOy9mg8o/m+bzR6IZIHTjYvxIN71Gbbw6/iPTdbIBtCromDrbYGn382D8Y+GTTtnbZOh2c0Gut2fESbH3kvRu49GgdnzW8QjZN7hOfeAEiQZBPcBNfEOgmu1/heXRMuhJ1MmF+La6ID7HoPH8gmj2vhmJlLGYPtQeDL10KA91c/WBfQaPgu7vPN5LWJ5m/04ODqWxPAGQjzXq2cROgdqGM9WJvDyOC0D1r4WPjAjXzSMrwnmzrLMFPguNTrPdkoPnrcs8eN9Xvrg7Ay5ru/z6/y+/sYzpoQ4/UYcYc1VIe/8nYgJucQZLTmdXeTZWi0Bvqg5zqKOjvapN1xbfozViWiM+19cMAxzcshxvJ2cgJiBcvz7Ep+vL2jWVfneU3Obn143sOf8EPONR97M+0GcLh6932bNznrcCPx44jEFCnFKKgOJPFwiDU7ByOP7PjjXpB4RID7B3TtlBhaVXS0LIeCVkWtaKsaToE1Lc9h6BrFZm3MG1lUIexuP0I4yyRGm9mRGIKLmtG8VRmtmCppp5SgrCnrgXPFK6Wi31x6kjOqgjswgWzMNI5REnqUaCCbt6QY5FDXGacZ/tFKFhkdlJK0ZFlTVnU3FFCTd6eKIzzQL92SNx2rmyyv8hv8ZW3RHgHEJVYdC+pPIr4LfIY/OL3dgotVn5SmZ+kiJaeuRHD/78//YH9G3mBcKIy9d4Lip9glaEoS2iLrJOezrFPbYC38QZZNKQSjrZAxBRSUV7ymhRKdLKsBZFMkCT8vGLsofJ8sfAKPWEuvtFukeW6FFbgIOhrBv1rhdCy9ffdp3JPqXHBPcl7hnsjTGndVZp1glaJFWTGkqmto1xYDZSAzlquW1VWVgDtjGWvyi7ifzu/+dWgkUYDNY0AE6/C7DxP48JERw2oTSbLu+atTgiMYfOc/mkqfHD1/PD4uNuXqQDoc/k4E/+JYTBBfEtmL+JKcV+JLFOtafDWwTKpC0aYeSlqJoqacc4Gzum1lzbqc102S+PKcFRfFB0Z+5qz7Jw2eVNOCcZLzCuNETtYYJ92HkjBmZXUR4/3IzWt3H+fSza2R31ltviD2SbUu2CdeFF+xT+RqhX0Sqm3bXET19gsqN17prf2M6e2nAW9P8dhacgz7nennuemP1a+SvMG1X6x7UKN9IoffAW7+Y/U=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 32, "upstream": {}, "resource": {"resource_id": "RES-095115", "resource_type": "Access Port", "serial_number": "SN8171692505", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.144828+00	2026-12-06 15:15:41.166457+00	2026-12-06 15:15:41.16646+00	2	\N	1
28	7	plan_resource_order	4	completed	z1:eJztVtuKIzcQ/ZVBz9ak1a2+2G9ZmMDmIYRMQmCWpdGl2iumLXkl9Uwmg/89JV/GPZt1oiWwIZAHg7pUrtI5dUqlZ6JFFGT1TAL4B2PXPfymPgi7BrIiZEE8rI2zuP7F3lv3aNG09cZ5E5/QaJ3fiBFtYRS9GkUIaJTe2d8hGSf/AE+9BdCgySr6CRbEeQ2+N/jNF0Qo5SYb95/lgpgImz7AR7JiaS8eMgutU7AtKPx4++MDv/pWaw+Ya0Gs2KSDvpmCsWi5+s5ID1dvbQRvIe4P6/SkYu9hOABCcB5DgzchGhUScimsfjQ6fiCruigwVRS41ZstWQ1iDHjogCfrty5E5XTKd3fHrtjdXQrnbEzxeoy4QRB891feHtTkPbKMVlYvr4sCjc5CH80eR1kXB5t2G2FsfyarQrambYgeBKZ53qVYwU1eQUJwWu9dyU83t7TjTVk15OzWx6ct/JlArLoRY2+njQSP27c/lKxolqzrqnSORMWUioruqA8s426XQHsPo0j1CYfDYOmRAhHu0RV01aqWcVpwxShnFaddwZZULzUMS6bZksu9OpRKZzjqQrnNdoR4FkqKti8PazoBSmvatqAph6GjsisklUVZyabTZdnUyW+PPcsZZSE82EhWdhrHpAkzIiEotncYoKm6oeuoLgUGKKSiohEYBUrdibZoayHJ+yPiRA/0p35h7bKp24Jxdo2/5sAe2ht+QNMfNXwbhU/ajN6s1+AT5KPOzF64WI9jUyKz/7fnf7E9U+FgPNUwtd6Rip9Tj6ApS2ZnUWc4n0Wd2wRz2dd6GKBpG6rEgE1b8ZKKTnPaFJIzUSg9cJEne84vCj9kC5/AA0LpB+NP0jy3woxb5ByNEF6scLyT3r3/PO1ZME+0Zzm/oj2rTHPaO9k2y0JKqmXZUK5qTbsOV4MEUS7boYO6zKC9adqyvkj78e7uXyZGVgWwdSyo6Dz+7+MEIb4yYlhjU42cf/rmmODAhdiEVyPp83Pn0+vjYk/OLqTd7u9E8G8OxQz1ZVX7pL4s55n6MtU6V19bs2pZS06roUTBDoWiEi8IOmjGGlVWbMBrOUt9LSsvyg+s/sJh9086PAvTieMs5xnHmTWZc5z1GsrhuGNNe5Hj7SjsS38f5tL1jdXfO2O/IvdZWE/cZz4TX7jPrNWM+yxWeXVZuTdfUbnpRe/cF0zvMEl8PaUn9CmH3G5svx+c4YB+luQN7v3q/P0wukey+wM5wWTi	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}, "site_postcode": "ZZ1 1ZZ", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 34, "upstream": {}, "resource": {"resource_id": "RES-846236", "resource_type": "IPv4 Address", "serial_number": "SN2106918830", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.144829+00	2026-12-06 15:15:41.167092+00	2026-12-06 15:15:41.167094+00	2	\N	2
25	2	customer_order	4	running	{"data":{},"correlations":{},"last_task":"44f7a7b7-3b8d-495f-98b8-8397930ac50c","success":true,"completed":false,"tasks":{"2f687570-fbb3-465e-bf27-da66542c1625":{"id":"2f687570-fbb3-465e-bf27-da66542c1625","parent":null,"children":["963fcd38-f544-4844-9cab-4937c85e93d1"],"last_state_change":1796570141.095938,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":4,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"ZZ1 1ZZ","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"ZZ1 1ZZ","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"963fcd38-f544-4844-9cab-4937c85e93d1":{"id":"963fcd38-f544-4844-9cab-4937c85e93d1","parent":"2f687570-fbb3-465e-bf27-da66542c1625","children":["2698f110-e35b-47a1-a579-e45661790ef2"],"last_state_change":1796570141.0959995,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2698f110-e35b-47a1-a579-e45661790ef2":{"id":"2698f110-e35b-47a1-a579-e45661790ef2","parent":"963fcd38-f544-4844-9cab-4937c85e93d1","children":["b7232be6-ca3a-4c9d-9a2b-0d20b341e0be"],"last_state_change":1796570141.0961535,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"ZZ1 1ZZ"}],"matched_rules":[{"index":5,"rule_id":"site_other","outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true}}],"defaulted":false,"outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"deletions":[]},"typename":"Task"},"b7232be6-ca3a-4c9d-9a2b-0d20b341e0be":{"id":"b7232be6-ca3a-4c9d-9a2b-0d20b341e0be","parent":"2698f110-e35b-47a1-a579-e45661790ef2","children":["8283c821-d588-4068-9fdf-60ea365ba8ba"],"last_state_change":1796570141.0962465,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"8283c821-d588-4068-9fdf-60ea365ba8ba":{"id":"8283c821-d588-4068-9fdf-60ea365ba8ba","parent":"b7232be6-ca3a-4c9d-9a2b-0d20b341e0be","children":["11274932-1f0c-41ce-9b44-cb53c7820184"],"last_state_change":1796570141.1008177,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":4,"values":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"11274932-1f0c-41ce-9b44-cb53c7820184":{"id":"11274932-1f0c-41ce-9b44-cb53c7820184","parent":"8283c821-d588-4068-9fdf-60ea365ba8ba","children":["85fd8eca-d249-400a-bcba-2643864c2861"],"last_state_change":1796570141.1009526,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"85fd8eca-d249-400a-bcba-2643864c2861":{"id":"85fd8eca-d249-400a-bcba-2643864c2861","parent":"11274932-1f0c-41ce-9b44-cb53c7820184","children":["b4c10954-5a98-4904-89d4-20c251317327"],"last_state_change":1796570141.116457,"state":64,"task_spec":"technical_details","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"serving_exchange":"LAB-1","site_notes":null},"deletions":[]},"typename":"Task"},"b4c10954-5a98-4904-89d4-20c251317327":{"id":"b4c10954-5a98-4904-89d4-20c251317327","parent":"85fd8eca-d249-400a-bcba-2643864c2861","children":["0a4eda5b-ee97-49a5-a873-1da82d4c3b6b"],"last_state_change":1796570141.1165695,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"0a4eda5b-ee97-49a5-a873-1da82d4c3b6b":{"id":"0a4eda5b-ee97-49a5-a873-1da82d4c3b6b","parent":"b4c10954-5a98-4904-89d4-20c251317327","children":["ab8ee2e4-8fe0-4f37-b22b-c2cc4dfb99cc"],"last_state_change":1796570141.1167023,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ab8ee2e4-8fe0-4f37-b22b-c2cc4dfb99cc":{"id":"ab8ee2e4-8fe0-4f37-b22b-c2cc4dfb99cc","parent":"0a4eda5b-ee97-49a5-a873-1da82d4c3b6b","children":["2f85a499-1954-46c0-a5b1-68dd1a57ec8c"],"last_state_change":1796570141.1167731,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"2f85a499-1954-46c0-a5b1-68dd1a57ec8c":{"id":"2f85a499-1954-46c0-a5b1-68dd1a57ec8c","parent":"ab8ee2e4-8fe0-4f37-b22b-c2cc4dfb99cc","children":["643fe121-9c1b-40f9-8aff-52aabb7a17bc"],"last_state_change":1796570141.1298857,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null},"deletions":[]},"typename":"Task"},"643fe121-9c1b-40f9-8aff-52aabb7a17bc":{"id":"643fe121-9c1b-40f9-8aff-52aabb7a17bc","parent":"2f85a499-1954-46c0-a5b1-68dd1a57ec8c","children":["44f7a7b7-3b8d-495f-98b8-8397930ac50c"],"last_state_change":1796570141.130081,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"44f7a7b7-3b8d-495f-98b8-8397930ac50c":{"id":"44f7a7b7-3b8d-495f-98b8-8397930ac50c","parent":"643fe121-9c1b-40f9-8aff-52aabb7a17bc","children":["d2baa31d-7d51-42fc-8389-148f63442237"],"last_state_change":1796570141.1485431,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":4,"facts":{"serving_exchange":"LAB-1","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":4,"domain_orders":[{"id":31,"type":"resource","spec":"ONT","state":"inProgress"},{"id":32,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":33,"type":"service","spec":"Access Line","state":"pending"},{"id":34,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":35,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":36,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":37,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":38,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":39,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":40,"type":"resource","spec":"Router","state":"inProgress"},{"id":41,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":42,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":43,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":44,"type":"service","spec":"Field Visit","state":"waiting"},{"id":45,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"d2baa31d-7d51-42fc-8389-148f63442237":{"id":"d2baa31d-7d51-42fc-8389-148f63442237","parent":"44f7a7b7-3b8d-495f-98b8-8397930ac50c","children":["9560eca2-85b3-4e0e-b68e-28f91a22cf35"],"last_state_change":1796570141.148674,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":4}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"9560eca2-85b3-4e0e-b68e-28f91a22cf35":{"id":"9560eca2-85b3-4e0e-b68e-28f91a22cf35","parent":"d2baa31d-7d51-42fc-8389-148f63442237","children":["8b28d278-a3fc-4303-85fe-ad99c82883db"],"last_state_change":1796570141.1300554,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","site_notes","decomposition"]},"typename":"Task"},"8b28d278-a3fc-4303-85fe-ad99c82883db":{"id":"8b28d278-a3fc-4303-85fe-ad99c82883db","parent":"9560eca2-85b3-4e0e-b68e-28f91a22cf35","children":["eddabc97-9488-46e5-88d7-30300b545394"],"last_state_change":1796570141.1300628,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"eddabc97-9488-46e5-88d7-30300b545394":{"id":"eddabc97-9488-46e5-88d7-30300b545394","parent":"8b28d278-a3fc-4303-85fe-ad99c82883db","children":["f7a46674-f368-4a56-be3f-3422b99daf0e"],"last_state_change":1796570141.1300697,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f7a46674-f368-4a56-be3f-3422b99daf0e":{"id":"f7a46674-f368-4a56-be3f-3422b99daf0e","parent":"eddabc97-9488-46e5-88d7-30300b545394","children":[],"last_state_change":1796570141.1300762,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"2f687570-fbb3-465e-bf27-da66542c1625","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "ZZ1 1ZZ", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "decomposition": {"order_id": 4, "domain_orders": [{"id": 31, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 32, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 33, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 34, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 35, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 36, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 37, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 38, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 39, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 40, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 41, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 42, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 43, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 44, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 45, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 15:15:41.097025+00	2026-12-06 15:15:41.149308+00	\N	5	\N	\N
29	7	plan_resource_order	4	completed	z1:eJztVkuP2zYQ/isLns2tKFGi5GOAPSSHIEhSFNggEChy5AorkQpFbbpd+L93aPmhDWKUQdH00ps5HM/oewzJZ6Kll2T7TCZwj53Z1fCH+l2aHZAtIRviYNdZg79/NQ/GfjUYGl1nXeefMGisG2SPsamXterlNGGwcdb8CSE4u0d4qg2ABk223s2wIdZpcHWHa74hUik7G39YphvSeRjqCb4cFlL5pbPUOhQbQeHi9btHfvOqt+oBY0YO4TM/eOk7dfP63XljdFbPytcO2gUGQnJYEFw3YSp+5fMeS2K/erSTV1aHOvf37Ibd3x9Qq9k5ZAOjLLlNEoxZA7XvDg3TfAlpO8jO1BdImdiQeZy8AzksPRxMdnYKAsOn34dU8v7uAxVcsCwll7TaP43wLUxUppN9beahARfwvmVlkVUl47kI2wh/DsRjEdQQqd5jY2Wdg14GDo9wUR5fezk9YCov2ySVRU7LXOeU8xRoA7hUqhG61ZDkvD0oqBQEURftlB3GHvxFzFAtVCeZ0mUptaKVkinlBTAqq7wIy5apKkl5mYW8A/KoZBRROjCebM3c90HBrtcYINtPBDSvylYo2shGYQEmaJkVimZCA4i8KCAH8vmIONAD9cnTTFRFLhLG2S3jKWNlvhCIWwVfANVHq6GtnMfv8K7b7cAF1K3sJ4TdGXSSQUmOs4Pk/j9F/94UBXqhPzEdJuT4yR+DmTEU5YeT+6KSL+6Ldevan00roGwzRYtMZJTjZFHZpppqnWmdi0aCLuL8WaRX7TlF25PAI0Kp286dDHQx7Ipb5ByDMJ2jcDw8Pn3+Pu1RME+0RyWvaI+U6cWxoCohZVWiNCWjHDmkjZKCJkpLDVnBq0xE0F4InpTiKu/HU7Y+n+xREihrDChvHf7vywyTfxHEsp0JIln39MuxwUKGHKYXV8f37odvZ/zqQK5Ojf3+7zzw311dEdaLkvo88THJK+tFWvWF9aqqhYSlFLcFRf9UtCqylkrGlCxEVmmWxFkvz69bD4z+wfvon4x3FKYzxzHJ6/GO02TNcdSbJYbjPEmuczz20pxne7mUbu+MfmM78xO5j8J64j7yMXfhPk6rFfdRrKbF9bfU3U90bnh1W/sDV/c0N/jUCQ/dU49mHEx9uDWnBf2qySvc+826h7a3X8n+L7qLJ+c=	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 37, "upstream": {}, "resource": {"resource_id": "RES-747132", "resource_type": "IPv4 Block", "serial_number": "SN1863981457", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.14483+00	2026-12-06 15:15:41.167779+00	2026-12-06 15:15:41.167781+00	2	\N	3
30	7	plan_resource_order	4	completed	z1:eJztVkuPHCcQ/isW52XTD7qbmaOlvURKDt5EkdayWjQUE7Q9MAZ6Nxtr/nuK6Xn0Wp4Ey4pzya0pCorvUQ2fiBJRkPUnEsA/Gbvp4Q/5u7AbIGtCboiHjXEWv3+1j9Y9WwztvHHexBcMWue3YsRYGEUvRxECBgfv7J+QgpN/gpfeAihQZB39BDfEeQW+NzhmN0RI6SYbD8PqhpgI2z7AR7Ku01ycKwul0mY7kDh456YIHsdWbNMRfxJWbEC9Ocd33qlJxt6DnhEgGo97gTchGhkS1GejzXyePW6MVfudC1E6lXZ8eCjflA8PB+xy8h45wWjZ3BYFxpyFPppDaXYMKbcVxvYLYMUNmXYhehBbLLdPOwU3eQmp+On7kEre3d3TmvO24uSS1seXHSzBojZGjL2dtgOO1+T+55q3bdkwVlRpOoo4JepxA1QRyd5jUem8h1EkFsN8DBQo9lGER0ztGGu6slhRUfCKspbXVHTAqGYDL1SlNCCBSUMpIck6qyfddjdCvMiZdjtwyrtSCL5aUbaqa8rquqGrtm5pUxUl06XomoKlvAPqrGTUUniwkaztNI5JSDMqDJD1eyI7yQeET/EDT19KoHwQNVVC16IBzWo9kA9HxIke6E+uLrtV23RYp7wtWdVWXTUTiFMtmwH1R7PdR+EjniN6s9mAT6i1GAPCNhaFsSjJsXuQ3P/76N/uo0QyjCe+U48cD/9LsnRyfI4rTh7MSr54MNezS5cWvOYFqxltOi0pK1pBhSok7XBNgcUbXWW6tLvq0ZDtUQJPiKTXxp9cdHHtglqkHIMQzlE4/kHef/gy61koT6xnJS9Yz1RpyXrHyoEVuqOcC52WrCjvoKGyGaAVndaaswzWW17yjl3l/fir7c+/9iwJpLMWZHQe132cIMRXQdzW2CSS8y8/HAvMZIhteHV3fH5BfN7kV3tx0V37/T/p/9/cWxmWy5L4ZLms5IXlMi26tFwFRd2KsqOqAlwiBKO8ahWtV6pqW1gVupRZlqvqv7mOwKqvvIy+pa2zMJ04zkpecJypyeu2zniwZHHMm/Iqx7tR2HNPz3fR7Z1VPzpjvyP3WVgv/s56yZ25z9RqwX0Oq3VZ1VdZvfuOzk3Pbee+4sYO04CPnfTKPdUYdlvbH27LMKNfFHmLc785/6hH90z2fwFkZx/T	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 40, "upstream": {}, "resource": {"resource_id": "RES-388628", "resource_type": "Router", "serial_number": "SN3866154402", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.14483+00	2026-12-06 15:15:41.168569+00	2026-12-06 15:15:41.168571+00	2	\N	4
31	7	plan_resource_order	4	completed	z1:eJztVktv3DYQ/isBzytX1JPaYwEf2kMPdYoCDgKBpIYbwhK5oSinrrH/vcOVtJaDLMogSHopoIM0HA35PYbkM+m452T/TEZwj9ocWvhLfuDmAGRPyI44OGhr8P0P82DsJ4Oho9PWaf+EQWPdwHuMjT1vZc/HEYPCWfM3hODkHuGpNQAddGTv3QQ7Yl0HrtX4XewIl9JOxp8/sx3RHoZ2hI/LmJ9n5l0Xih1B4sdbkB+MlpqbN3e99Thg+BDW+osZPe97fv4pLNJ2k/StAzUDQVAOS4LTo9cS1/l8wqI4Y3u0o5e2C0Xu7+kben9/xi0n55APjKY3aYoha6D1+jwZbco51tmBa9NuQOU7Mh1H74AP8xwORjs5CYHj9f2cSn6/vUvKktK8IS9prX86wheBokCa962ZBgEOM+5+K+syxb+brA7Dnvsp8I+VUEpk/ISzS+sczKwsmFEl33o+PgRqG+CqrnjSqIwmBW3SRORlmTQN0EI0JQeWn4WUEoK2s4TSDsce/IumoVqoTljacNlIkYhCYb2CVgnPa5rknZBMsQzLspB3hh+VjEpyB8aTvZn6Psio+w4DZP+O0LJTDcc1M8XD6nOJOHiVQJYLRVVXV0yS9wviQA+0q7Vp3VRlndKC3tAix6eeCcShqpgBtYvj7jx3gX7v9OEALqBWvB8RtjZoJ4OSLC2E5P7fTN+zmQLB0K9ch0ZZ1vs22BlDUY5Y/ReV/OK/WL9uHZqzrK6KWiZ1BzIpqk4krBFlIlgls6xhaS54nENZza46dIx2KIFHxNIq7VYPvXh2Qy6SjkEYL1FY9o9377/MexTOlfeo5A3vkTq94j1NVZGLOoEaqqRQWB13uCwRqZAoHNAaygjeK8by7Crtyz7bXjb4KAWkNQaktw7/+zjB6F8Fsaw2QSPrnn5aJpi54MP46gS5ekx83upXu3LTZ6fTv/ngPz7GYjwYo/nFgzHJGw9GenbrQaUqlotM4P4AKilKhdVLxZJKpqyBKuOC0jgP1mV51YRguq88m76lz6MwrRxHJW85jtNky3HU/SWG4yaj1xv92HNz6fL5eLq5Nd2vVpsfyH0U1pX7yIvdhftIrTbcR7FasOIqq7c/0LnhGm7tVxzi4yTw0hMuvesc4jiY9nx8jjP6zSQ/49if1j2o3n4ip38AuQouDQ==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 43, "upstream": {}, "resource": {"resource_id": "RES-551139", "resource_type": "Technician Slot", "serial_number": "SN5750139927", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.14483+00	2026-12-06 15:15:41.169186+00	2026-12-06 15:15:41.169188+00	2	\N	5
32	4	plan_field_visit	4	waiting	{"data":{},"correlations":{},"last_task":"434c5d13-9b17-4fd3-9cc6-fdb45b742da3","success":true,"completed":false,"tasks":{"4cc6f289-445d-4347-85f6-2baaa74ac854":{"id":"4cc6f289-445d-4347-85f6-2baaa74ac854","parent":null,"children":["9632ced8-1983-4637-970d-9c1a532356d0"],"last_state_change":1796570141.1734266,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"ZZ1 1ZZ","recurring":"0.00","one_time":"195.00","domain_order_id":44,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-551139","resource_type":"Technician Slot","serial_number":"SN5750139927","status":"reserved"}}}},"delta":{},"typename":"Task"},"9632ced8-1983-4637-970d-9c1a532356d0":{"id":"9632ced8-1983-4637-970d-9c1a532356d0","parent":"4cc6f289-445d-4347-85f6-2baaa74ac854","children":["4228176f-3c14-4cb1-8931-f12fca1a8a44"],"last_state_change":1796570141.173479,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4228176f-3c14-4cb1-8931-f12fca1a8a44":{"id":"4228176f-3c14-4cb1-8931-f12fca1a8a44","parent":"9632ced8-1983-4637-970d-9c1a532356d0","children":["e03f6a22-646f-4e88-98b3-e3e78ba697fb"],"last_state_change":1796570141.1736329,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e03f6a22-646f-4e88-98b3-e3e78ba697fb":{"id":"e03f6a22-646f-4e88-98b3-e3e78ba697fb","parent":"4228176f-3c14-4cb1-8931-f12fca1a8a44","children":["31a6a958-e6c4-4ead-9069-119398eb1dcc","a765f06d-8aa7-434f-b747-10c6bd5c6b3b"],"last_state_change":1796570141.1736772,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"31a6a958-e6c4-4ead-9069-119398eb1dcc":{"id":"31a6a958-e6c4-4ead-9069-119398eb1dcc","parent":"e03f6a22-646f-4e88-98b3-e3e78ba697fb","children":["4b421f77-109a-42bd-94a0-21b0a69a90d0","f3da8a52-aaae-4f5b-bc80-b678b28d4458"],"last_state_change":1796570141.1871943,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"a765f06d-8aa7-434f-b747-10c6bd5c6b3b":{"id":"a765f06d-8aa7-434f-b747-10c6bd5c6b3b","parent":"e03f6a22-646f-4e88-98b3-e3e78ba697fb","children":[],"last_state_change":1796570141.187228,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4b421f77-109a-42bd-94a0-21b0a69a90d0":{"id":"4b421f77-109a-42bd-94a0-21b0a69a90d0","parent":"31a6a958-e6c4-4ead-9069-119398eb1dcc","children":[],"last_state_change":1796570141.187397,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f3da8a52-aaae-4f5b-bc80-b678b28d4458":{"id":"f3da8a52-aaae-4f5b-bc80-b678b28d4458","parent":"31a6a958-e6c4-4ead-9069-119398eb1dcc","children":["d765f170-83ee-4f81-9aae-b938ad04ff1f"],"last_state_change":1796570141.1874657,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"d765f170-83ee-4f81-9aae-b938ad04ff1f":{"id":"d765f170-83ee-4f81-9aae-b938ad04ff1f","parent":"f3da8a52-aaae-4f5b-bc80-b678b28d4458","children":["434c5d13-9b17-4fd3-9cc6-fdb45b742da3"],"last_state_change":1796570141.199047,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":4,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[33,35,38,41]}},"deletions":[]},"typename":"Task"},"434c5d13-9b17-4fd3-9cc6-fdb45b742da3":{"id":"434c5d13-9b17-4fd3-9cc6-fdb45b742da3","parent":"d765f170-83ee-4f81-9aae-b938ad04ff1f","children":["8491f219-7833-4813-a112-14a0e6c4d31a"],"last_state_change":1796570141.2522936,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"ZZ1 1ZZ","work":"Install ONT","order_id":4}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-735344","engineer":"Sam Patel","date":"2026-12-08","slot":"08:00-12:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"8491f219-7833-4813-a112-14a0e6c4d31a":{"id":"8491f219-7833-4813-a112-14a0e6c4d31a","parent":"434c5d13-9b17-4fd3-9cc6-fdb45b742da3","children":["dba4def7-ab10-4abe-adbc-ac16a233c484"],"last_state_change":1796570141.2523198,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"dba4def7-ab10-4abe-adbc-ac16a233c484":{"id":"dba4def7-ab10-4abe-adbc-ac16a233c484","parent":"8491f219-7833-4813-a112-14a0e6c4d31a","children":["b8206c39-90ad-4d72-a7e4-8b88270b0620"],"last_state_change":1796570141.1874487,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"b8206c39-90ad-4d72-a7e4-8b88270b0620":{"id":"b8206c39-90ad-4d72-a7e4-8b88270b0620","parent":"dba4def7-ab10-4abe-adbc-ac16a233c484","children":["cbedfc0e-a807-4513-b42f-2ee703129d05"],"last_state_change":1796570141.1874552,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"cbedfc0e-a807-4513-b42f-2ee703129d05":{"id":"cbedfc0e-a807-4513-b42f-2ee703129d05","parent":"b8206c39-90ad-4d72-a7e4-8b88270b0620","children":[],"last_state_change":1796570141.187461,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"4cc6f289-445d-4347-85f6-2baaa74ac854","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-551139", "resource_type": "Technician Slot", "serial_number": "SN5750139927", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [33, 35, 38, 41]}, "visit": {"visit_id": "FSV-735344", "engineer": "Sam Patel", "date": "2026-12-08", "slot": "08:00-12:00", "status": "scheduled"}}			\N	\N	2026-12-06 15:15:41.175188+00	2026-12-06 15:15:41.252952+00	\N	4	\N	\N
36	9	plan_service_order	4	error	{"data":{},"correlations":{},"last_task":"3ea50b80-7415-4442-bdd6-834ee8fe437e","success":true,"completed":false,"tasks":{"2fae3b7e-d0a5-4ba8-b015-dd8133bbfc36":{"id":"2fae3b7e-d0a5-4ba8-b015-dd8133bbfc36","parent":null,"children":["3ea50b80-7415-4442-bdd6-834ee8fe437e"],"last_state_change":1796570141.194698,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":4,"account_id":2,"item_seq":3,"action":"add","spec":"CPE Provisioning","name":"Managed Router","product_ref":"","characteristics":{"wifi":true},"site_postcode":"ZZ1 1ZZ","recurring":"15.00","one_time":"45.00","domain_order_id":41,"survey_result":"ready","upstream":{"Router":{"resource":{"resource_id":"RES-388628","resource_type":"Router","serial_number":"SN3866154402","status":"reserved"}}}},"delta":{},"typename":"Task"},"3ea50b80-7415-4442-bdd6-834ee8fe437e":{"id":"3ea50b80-7415-4442-bdd6-834ee8fe437e","parent":"2fae3b7e-d0a5-4ba8-b015-dd8133bbfc36","children":["fe372d14-c29a-44a5-899d-f6257ae2aa49"],"last_state_change":1796570141.1947439,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"fe372d14-c29a-44a5-899d-f6257ae2aa49":{"id":"fe372d14-c29a-44a5-899d-f6257ae2aa49","parent":"3ea50b80-7415-4442-bdd6-834ee8fe437e","children":["6d4b8ca4-4403-4090-a79e-8121f03a919d"],"last_state_change":1796570141.245843,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"CPE Provisioning","action":"add","site_postcode":"ZZ1 1ZZ","serving_exchange":"","characteristics":{"wifi":true}}},"error_message":"PORT_UNAVAILABLE: no free access port at the serving exchange"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"6d4b8ca4-4403-4090-a79e-8121f03a919d":{"id":"6d4b8ca4-4403-4090-a79e-8121f03a919d","parent":"fe372d14-c29a-44a5-899d-f6257ae2aa49","children":["46177800-c67d-44ce-b93a-446151928c5c"],"last_state_change":1796570141.1946363,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"46177800-c67d-44ce-b93a-446151928c5c":{"id":"46177800-c67d-44ce-b93a-446151928c5c","parent":"6d4b8ca4-4403-4090-a79e-8121f03a919d","children":["3e50687b-6e65-445e-9ec8-23258f5d667f"],"last_state_change":1796570141.194642,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"3e50687b-6e65-445e-9ec8-23258f5d667f":{"id":"3e50687b-6e65-445e-9ec8-23258f5d667f","parent":"46177800-c67d-44ce-b93a-446151928c5c","children":[],"last_state_change":1796570141.1946478,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"2fae3b7e-d0a5-4ba8-b015-dd8133bbfc36","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "ZZ1 1ZZ", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 41, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-388628", "resource_type": "Router", "serial_number": "SN3866154402", "status": "reserved"}}}}	PORT_UNAVAILABLE: no free access port at the serving exchange	Activate service	\N	\N	2026-12-06 15:15:41.196024+00	2026-12-06 15:15:41.246045+00	\N	2	\N	3
38	7	plan_resource_order	5	completed	z1:eJztVttqJDcQ/RWjZ8vpi/o2jwsOJA8biCfkYVkaXapnhXukWUltxzHz7ylNz6W9ZBItgQ2BvLVK1VWqc06p9EoUD5ysXokH96TNpoff5CduNkBWhNwSBxttDX7/Yh6NfTZo2jltnQ4vaDTWbfmINj/yXo7cezQKZ83vEI2Te4KX3gAoUGQV3AS3xDoFrte4rm4Jl9JOJhyWxS3RAba9h89klce9MGfmSsVgO5C4+On9GheGb+P53k1eG/D+5nstHNz8YAI4A+FwRqsmGXoHw1wH1uQwIjjtg5Y+Fiy4Uc9ahU94lCzDDIHjVq93ZDXw0eNZPR6o31kfpFUx33qd3+TreABpTYjxeoy4xbOz/V95O5CTcwguWvOqu8syNFoDfdCHOooqm23Kbrk2/QUjVt+SaeeDA45pXvcxlreTkxArOH0fXMnP9w+0y+o2K8jFrQ8vOzjjhhxrPvZm2gpwaH14XxV53WRt0TEyIzBFCvFvVAOStt/HWp2DkUc2/HwGJBor5/4RXWVbVm0LHeVi6CjrhozyRnQ049BCK9qhybqDFqSEKI9ZBdJudyOEiyxitAMrTHBVcQVUlgXHeFBQUYqGsnLgoslyyYSKfoeSk5xRDdyBCWRlpnGMUtCjQgNZfSA570pe85aKISsoK2pJeV4MNG9byXI15GUB5OOx4ggP9KfuyJuurjAHy+/KvGNtzmYAcatmc0H9UbQPgbuoyuD0ZgMuVn1UmD5IFik5diGC+38//of6MfIF44m62GtHKNaxO9CUJLCTnJOcL3JOlf9S8F2h8krxikLT1JTJStCuLhqaZUOm2gaqOu+SBF+VzVW9+2S9E3jCUvpBu5MiLx2wwBYxRyP4sxWOt9GHj38Oe1KZJ9iTnBewJ9K0hJ1VgmHIgaos8gPQUNHVA4WS1azkMFRJsDPWlNevmeOt3Z9HRBID2DoGZLAO//s8gQ9vjBhWm8iRdS/fHRPMWPCtfzOD3gyaLy+Lq624uH72+7/j/l8YfglaS+L2PLFSnBdaS9TmUmuFzKqiziStG4kppMRbQdacDnkjyqGrhlKwNK11XXVVbGDUV060f9LPSTWdME5yXl6jaZwsMU569aRg3OLqKsa7kZtzN89T6O7eqB+tNt8Q+6RaT9gnPgfP2CdytcA+BdUuL8qrqN5/Q+XGB7u1XzGr/STwrRSfyqccYrc1/WFM+rn6RZJ3uPerdY/DaJ/J/g/RJFMc	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 46, "upstream": {}, "resource": {"resource_id": "RES-906802", "resource_type": "ONT", "serial_number": "SN5216708294", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.324084+00	2026-12-06 15:15:41.345449+00	2026-12-06 15:15:41.345453+00	2	\N	0
37	2	customer_order	5	running	{"data":{},"correlations":{},"last_task":"64da865d-c75b-48d6-b89d-342cce629954","success":true,"completed":false,"tasks":{"dc856ee2-8912-4bea-a967-32b5fc78c1ff":{"id":"dc856ee2-8912-4bea-a967-32b5fc78c1ff","parent":null,"children":["bcb9b7bd-2fd9-42a2-91d2-e357c28ff529"],"last_state_change":1796570141.2788804,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"order_id":5,"account_id":2,"customer":"Bravo plc","segment":"smb","channel":"api","requested_completion_date":null,"requires_approval":false,"approval_reasons":[],"recurring_total":"184.00","one_time_total":"515.00","site_postcode":"TT1 1TT","approval_decision":"","approval_reason":"","adjustments_note":"","items":[{"seq":1,"action":"add","offering":"Business Fibre Internet","offering_id":1,"quantity":1,"characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}},{"seq":2,"action":"add","offering":"Static IP Block","offering_id":3,"quantity":1,"characteristics":{}},{"seq":3,"action":"add","offering":"Managed Router","offering_id":2,"quantity":1,"characteristics":{"wifi":true}},{"seq":4,"action":"add","offering":"Installation","offering_id":5,"quantity":1,"characteristics":{}}]},"delta":{},"typename":"Task"},"bcb9b7bd-2fd9-42a2-91d2-e357c28ff529":{"id":"bcb9b7bd-2fd9-42a2-91d2-e357c28ff529","parent":"dc856ee2-8912-4bea-a967-32b5fc78c1ff","children":["7049eb51-ebe4-48d1-a247-ff0abc547705"],"last_state_change":1796570141.2789428,"state":64,"task_spec":"order_captured","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7049eb51-ebe4-48d1-a247-ff0abc547705":{"id":"7049eb51-ebe4-48d1-a247-ff0abc547705","parent":"bcb9b7bd-2fd9-42a2-91d2-e357c28ff529","children":["66561b2a-c750-4f00-907b-b9e916a39ff6"],"last_state_change":1796570141.2790885,"state":64,"task_spec":"enrich_site","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_site","decision_name":"Site enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Site postcode","expression":"upper case(site_postcode)","value":"TT1 1TT"}],"matched_rules":[{"index":5,"rule_id":"site_other","outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true}}],"defaulted":false,"outputs":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true},"deletions":[]},"typename":"Task"},"66561b2a-c750-4f00-907b-b9e916a39ff6":{"id":"66561b2a-c750-4f00-907b-b9e916a39ff6","parent":"7049eb51-ebe4-48d1-a247-ff0abc547705","children":["5742dc6d-aebe-476e-ba3f-0d42eac4ef25"],"last_state_change":1796570141.2791796,"state":64,"task_spec":"enrich_customer","triggered":false,"internal_data":{"decision":{"decision_id":"enrichment_customer","decision_name":"Customer enrichment","kind":"decision table","hit_policy":"FIRST","aggregation":null,"inputs":[{"label":"Customer segment","expression":"segment","value":"smb"}],"matched_rules":[{"index":3,"rule_id":"seg_other","outputs":{"priority":"normal","sla_class":"bronze"}}],"defaulted":false,"outputs":{"priority":"normal","sla_class":"bronze"},"warnings":[],"required_decisions":{}}},"data":{},"delta":{"updates":{"priority":"normal","sla_class":"bronze"},"deletions":[]},"typename":"Task"},"5742dc6d-aebe-476e-ba3f-0d42eac4ef25":{"id":"5742dc6d-aebe-476e-ba3f-0d42eac4ef25","parent":"66561b2a-c750-4f00-907b-b9e916a39ff6","children":["36b1a97c-e6a1-4aae-9a9c-dd28e591a217"],"last_state_change":1796570141.2840192,"state":64,"task_spec":"record_enrichment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/record_enrichment","params":{"order_id":5,"values":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}}}},"data":{},"delta":{"updates":{"enrichment":{"region":"Unknown","serving_exchange":"","survey_needed":true,"technical_details_needed":true,"priority":"normal","sla_class":"bronze"}},"deletions":[]},"typename":"Task"},"36b1a97c-e6a1-4aae-9a9c-dd28e591a217":{"id":"36b1a97c-e6a1-4aae-9a9c-dd28e591a217","parent":"5742dc6d-aebe-476e-ba3f-0d42eac4ef25","children":["472fdd5b-0a7d-4120-ba28-55a31f11d575"],"last_state_change":1796570141.2841597,"state":64,"task_spec":"details_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"472fdd5b-0a7d-4120-ba28-55a31f11d575":{"id":"472fdd5b-0a7d-4120-ba28-55a31f11d575","parent":"36b1a97c-e6a1-4aae-9a9c-dd28e591a217","children":["f8b8c641-28d4-417c-a705-2703fd08a572"],"last_state_change":1796570141.2961454,"state":64,"task_spec":"technical_details","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"serving_exchange":"LAB-1","site_notes":null},"deletions":[]},"typename":"Task"},"f8b8c641-28d4-417c-a705-2703fd08a572":{"id":"f8b8c641-28d4-417c-a705-2703fd08a572","parent":"472fdd5b-0a7d-4120-ba28-55a31f11d575","children":["4573e827-f4ce-42c4-a895-430025b7b3ee"],"last_state_change":1796570141.2962599,"state":64,"task_spec":"details_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4573e827-f4ce-42c4-a895-430025b7b3ee":{"id":"4573e827-f4ce-42c4-a895-430025b7b3ee","parent":"f8b8c641-28d4-417c-a705-2703fd08a572","children":["7a8d6319-3c85-4834-a478-05ebe8b51519"],"last_state_change":1796570141.2963781,"state":64,"task_spec":"adjustments_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"7a8d6319-3c85-4834-a478-05ebe8b51519":{"id":"7a8d6319-3c85-4834-a478-05ebe8b51519","parent":"4573e827-f4ce-42c4-a895-430025b7b3ee","children":["b42e85ca-7a9d-4df9-b36e-101bb9d0f78d"],"last_state_change":1796570141.2964475,"state":64,"task_spec":"adjustments_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"b42e85ca-7a9d-4df9-b36e-101bb9d0f78d":{"id":"b42e85ca-7a9d-4df9-b36e-101bb9d0f78d","parent":"7a8d6319-3c85-4834-a478-05ebe8b51519","children":["df8c250a-198f-48c9-b8fc-2a813961bd92"],"last_state_change":1796570141.3093023,"state":64,"task_spec":"approve_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"approval_decision":"approve","approval_reason":null},"deletions":[]},"typename":"Task"},"df8c250a-198f-48c9-b8fc-2a813961bd92":{"id":"df8c250a-198f-48c9-b8fc-2a813961bd92","parent":"b42e85ca-7a9d-4df9-b36e-101bb9d0f78d","children":["64da865d-c75b-48d6-b89d-342cce629954"],"last_state_change":1796570141.3095002,"state":64,"task_spec":"approval_decided","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"64da865d-c75b-48d6-b89d-342cce629954":{"id":"64da865d-c75b-48d6-b89d-342cce629954","parent":"df8c250a-198f-48c9-b8fc-2a813961bd92","children":["90d15cd1-317b-461f-8718-bc1c04d537f7"],"last_state_change":1796570141.3278725,"state":64,"task_spec":"decompose","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/decompose","params":{"order_id":5,"facts":{"serving_exchange":"LAB-1","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true}}}},"data":{},"delta":{"updates":{"decomposition":{"order_id":5,"domain_orders":[{"id":46,"type":"resource","spec":"ONT","state":"inProgress"},{"id":47,"type":"resource","spec":"Access Port","state":"inProgress"},{"id":48,"type":"service","spec":"Access Line","state":"pending"},{"id":49,"type":"resource","spec":"IPv4 Address","state":"inProgress"},{"id":50,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":51,"type":"product","spec":"Fibre Internet Product","state":"waiting"},{"id":52,"type":"resource","spec":"IPv4 Block","state":"inProgress"},{"id":53,"type":"service","spec":"IP Connectivity","state":"pending"},{"id":54,"type":"product","spec":"Static IP Product","state":"waiting"},{"id":55,"type":"resource","spec":"Router","state":"inProgress"},{"id":56,"type":"service","spec":"CPE Provisioning","state":"pending"},{"id":57,"type":"product","spec":"Managed Router Product","state":"waiting"},{"id":58,"type":"resource","spec":"Technician Slot","state":"inProgress"},{"id":59,"type":"service","spec":"Field Visit","state":"waiting"},{"id":60,"type":"product","spec":"Installation Product","state":"waiting"}]}},"deletions":[]},"typename":"Task"},"90d15cd1-317b-461f-8718-bc1c04d537f7":{"id":"90d15cd1-317b-461f-8718-bc1c04d537f7","parent":"64da865d-c75b-48d6-b89d-342cce629954","children":["aaaf7026-8e24-4032-8108-5e71c0ca95c3"],"last_state_change":1796570141.328007,"state":32,"task_spec":"await_fulfilment","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/await_fulfilment","params":{"order_id":5}}},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"aaaf7026-8e24-4032-8108-5e71c0ca95c3":{"id":"aaaf7026-8e24-4032-8108-5e71c0ca95c3","parent":"90d15cd1-317b-461f-8718-bc1c04d537f7","children":["379b15e7-3a44-490e-a289-81844e7b3d43"],"last_state_change":1796570141.3094733,"state":4,"task_spec":"close_order","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["order_id","account_id","customer","segment","channel","requested_completion_date","requires_approval","approval_reasons","recurring_total","one_time_total","site_postcode","approval_decision","approval_reason","adjustments_note","items","region","serving_exchange","survey_needed","technical_details_needed","priority","sla_class","enrichment","site_notes","decomposition"]},"typename":"Task"},"379b15e7-3a44-490e-a289-81844e7b3d43":{"id":"379b15e7-3a44-490e-a289-81844e7b3d43","parent":"aaaf7026-8e24-4032-8108-5e71c0ca95c3","children":["100b3d04-0701-4c99-973c-70cd663d9037"],"last_state_change":1796570141.3094816,"state":4,"task_spec":"order_closed","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"100b3d04-0701-4c99-973c-70cd663d9037":{"id":"100b3d04-0701-4c99-973c-70cd663d9037","parent":"379b15e7-3a44-490e-a289-81844e7b3d43","children":["1026c336-530e-44cf-b708-2c6a903f8062"],"last_state_change":1796570141.3094885,"state":4,"task_spec":"customer_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"1026c336-530e-44cf-b708-2c6a903f8062":{"id":"1026c336-530e-44cf-b708-2c6a903f8062","parent":"100b3d04-0701-4c99-973c-70cd663d9037","children":[],"last_state_change":1796570141.3094952,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"dc856ee2-8912-4bea-a967-32b5fc78c1ff","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "TT1 1TT", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null, "decomposition": {"order_id": 5, "domain_orders": [{"id": 46, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 47, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 48, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 49, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 50, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 51, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 52, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 53, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 54, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 55, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 56, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 57, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 58, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 59, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 60, "type": "product", "spec": "Installation Product", "state": "waiting"}]}}			\N	2	2026-12-06 15:15:41.280142+00	2026-12-06 15:15:41.328684+00	\N	5	\N	\N
39	7	plan_resource_order	5	completed	z1:eJztVktv3DYQ/isGz0tXD0oi99YALtAeiqLeoocgEChy5AjWkhuSsusa+9871K5sJc22DAqkKNCbNBwN+T2Go2eiZZBk+0w8uIfB3LXwm3ovzR2QLSEb4uBusAaffzH3xj4aDB3cYN0QnjBorNvLEWN+lK0apfcY7Jw1v0MMTu4BnloDoEGTbXATbIh1Glw74Hu1IVIpO5kwvxYbMgTYtx4+kG0e18JpZ6l1LHYAhS/fKgXeX/1kXcCgkft4zjeTH0wMfzd0Dq6+NwGcgTCf1epJhdZBf8KD2BxWBjf4MCgfgXfS6MdBh/d4pCzDnYLEpXY4kG0vR49n9niw9mB9UFbH/Xa7/Crf7WI5a0Ks12LFPWJgx7/KdqAm55BkjOaVuM4yDFoDbRhmHEWVnWLa7uVg2leuWLMh08EHBxK3eT7GWt5OTkFEsDzPqeTnm1vK6qysSvKa1oanA/yJP9R8kGNrpn0HDldvfyxFXpc84zUnJyamKClWQXegiMdjxOwcjDKq409nQeGRAenvMbWvhYKsVBS5VJQJJinXZUmzLhMVk33VyGL2xnyQxRXK7g8jhFebxGqzOkUPRaPzihalrCljdU95mXPa8LrvgEvViTLmzdCTktEV0oEJZGumcYyWGEaNAbJ9S1glVJVpRgvZMMoKoWhXiJoqreqqL5tGiY68OyOO9EC7dEveiLpqspzl12WRFayuTgTiUs1OgNqziW+DnOkPbri7AxdRn502zNZFSc5dieT+35//wf6MusG4SBh770zFLnYJhpKMttg6KfnV1qltsDZ+3vdZpjmjgomMsl4WlHdVT4sikxyEgF7INOMLdtH3Ptn3BB4QStsPbnHmayesuEXOMQj+JQrnW+ntu8/TngRzoT0peUV7okxr2us+z3pVSqqLWuAnIKjENFppKbO84NBznkA7q5q6uHzfnK/v9mVmJEmAvWNABevwuw8T+PBREMsOJopk3dM35w1OZMi9/2gofXbyfHp7XOzJ1X10PP6dCf7FqZhgviSxF/MlJa/Ml2jWtfmk4lwzXlKoavSr4AV+LAXtWa95rlmZcZVkPp5nzUXzgdFfOOr+SYMnYVo4TkpecZyoyZrjpN+hJI7RgBc5PozSvHT3aSxd3xj9gx3MV+Q+CevCfeJ/4gv3iVqtuE9ilYv6Iqs3X9G58Y/e2i8Y3n7q8OcpXlvLHt1hb9p5bvoT+tUmb3DtV+vu+9E+kuMf9p9dzw==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 47, "upstream": {}, "resource": {"resource_id": "RES-460353", "resource_type": "Access Port", "serial_number": "SN3916380868", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.324087+00	2026-12-06 15:15:41.346149+00	2026-12-06 15:15:41.346151+00	2	\N	1
40	7	plan_resource_order	5	completed	z1:eJztVtuO2zYQ/ZUFn62tLpRE+q0BtkD6UBRdF30IAoEiRw6xMumQ1G63C/97h75q27hlUCBBgL5Zw/FczjnD4QtRIgiyfCEe3KM26w5+lx+EWQNZErIgDtbaGvz9q3kw9smgaeu0dTo8o9FYtxEj2vwoOjkK79HYO2v+gGic3CM8dwZAgSLL4CZYEOsUuE7jd70gQko7mbD/LBdEB9h0Hj6SZRHPwiGzUCoG24LEj7c/P9Kb75VygLkWxIhNLPTN5LVBy80Pundw89YEcAbCvlirJhk6B8OhIWzOYWhw2gctfey8F0Y9aRU+YE15jqmCwKNOb8lyEKPHoj1W1m2tD9KqmG+1Km6K1SqGsybEeB1G3GATdPdP3g7k5ByijNai5rd5jkZroAt630dZ5webshuhTXcBi/IFmbY+OBCY5mUXY3k7OQmxg9PvvSv55e4+Y0XOaE0ubl143sLfAUTWtRg7M216cHh8/1NV8po1lDFKDlBMkVR0R30gjbtdbNo5GEXkxx+KQeoRAuEfIv+tqno+NFnFmj6jzVBmPYcmKxgArVtZDUzu1SFlrOGoC2k32xHCRSgx2p6eWsmhplxmUlKaUVXxjOd9meUDcDqwPq/aIvrte09yRlkIByaQpZnGMWpCjwgIiu0dyq7uS4yR5Q3HAFTRjJeQY6iGiaFiTLU5eX/sOMID3WleipY3dZsXtLityrzlxQE/PGnooZ/uqOL7IFxUZ3B6vQYXmz4qTe+li4wcxxKx/X9Av8UBjcTBeOIwDt8RilWckt0iTWgnWSc5X2SdOgZz4cseyrziPGs5ExmtckzRtiJrVcnyvs6h7FWS8FnV1FeV75OVT+ARe+kG7U7avMzCDFwEHY3gz1Y4Xkvv3n8a96Q+T7gnOc9wT+Tp1YVTMVE0UmailjyjRdlkTDCeDRVvKa1LvEohAXfa0PIq6sfbuzvvjCQCcHQMyGAd/u/jBD68MmJYbSJF1j1/d0xwgEJs/Kul9OnN89fr4+pMzi6k3e7fNPA112KC+JLIPg99ivNMfIlinYtPNaLO6zrPyh7XNKW8whQcsqppJGMDKwbK08SHer8qPzDqM5fdfxnwpJ5OGCc5zwc8jZM5xknvoRSM66K5jvF2FOY834e9dHtn1I9Wmy+IfVKvJ+wTH4pn7BO5mmGfhCotm6uo3n1B5cY3vbWfsb391OPrKT6iTzn67cZ0+73pD93PkrzBs9+sexhG+0R2fwIsC1yO	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 49, "upstream": {}, "resource": {"resource_id": "RES-810845", "resource_type": "IPv4 Address", "serial_number": "SN3295864884", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.324087+00	2026-12-06 15:15:41.346796+00	2026-12-06 15:15:41.346798+00	2	\N	2
41	7	plan_resource_order	5	completed	z1:eJztVk2P3CgQ/SsjzsMs2NjYfYw0h+whipJe7SGKLAzVvdbY0MF4srOj/u9btPvDE6UVoijZy95MUa7ivXpF8UyMCoqsnskI/rGz2wb+1n8puwWyIuSWeNh2zuL3H/bBus8WTTvfOd+FJzRa5wfVo23sVaN7NY5obL2z/0A0Tv4RnhoLYMCQVfAT3BLnDfimw3VxS5TWbrLhsMxuSRdgaEb4dFgoHebMypgYbAcaF6/fPoqbV73TD2izaojHfB9U6PTN67fnjZ13ZtKh8bCZYSAkjwHBdyO64imf9xgS8zU7NwbtTIyzXvMbvl4fUOvJe2QDrZzdMYY2Z6EJ3SFhVswm4wbV2WYBCc897cbgQQ1zDg+jm7yGyPDp++BK3t2/pxmTdZaTi1sTnnbwJUysTKf6xk5DCz7ifSNkUWW5FFkZtxH+FInHIFhDpHqPibXzHnoVOTzCxfKEJqjxIYISsspZXdGa15IKkUtamY2hzMgiM6Azrg+hJ60hFnWunXbDrodwKWaMFqNjPNMyDEpLXrZUlJmkNTBGpRKalW2OWfLod0Ce5IxFVB5sICs79X2sYNcbNJDVB8KNKWRrBAXIaip4zWnLc6BM6Lpoi7KuhCYfj4gjPdCcNM1lXRYSs/O7PON5XZYzgbhVihlQc5QaysoHPEfw3XYLPqLeqH5E2J1FJVksybF3kNz/u+jndVGkF/oT07FDjkdeRzGjKUkPZ/WlOF/Ul6rWpT5bJqCsVU43haio2IiaVi0zNG+zUrQml7lQSfrExsyv6nNM1ieBR8TSbDp/UtBFsQtykXQ0wni2wvH2+PDx67wn4TzxnuS85D2tTkveC6bxXmMtrTjeZULgL3WNeUq80VQmZaZzlsC7kKyortJ+vGWb882eVAHtrAUdnMf/Pk0whhdGDNvZWCPnn347Jpi5UMP4YnR8bT582eNXG3LRYvv9tyTw342uBOUlVfqkvCTnhfISlbpUnmplIY2qqNFViSlA0VZxRSscqBmXuswFT1IeZ/l16YE13zmPfqS7kzCdOE5yXnCcWJMXUz/lzZLEMWrwKse7Xtlzb89D6e7emt9dZ38h90lYL++ppMfcmfvEWi24T2JVZtdn1f0vVG58dTv3HaN7nFp86sSH7ilHuxtscxia44x+keQV7v3p/MOmd5/J/l9lohZT	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 52, "upstream": {}, "resource": {"resource_id": "RES-207923", "resource_type": "IPv4 Block", "serial_number": "SN4758237426", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.324088+00	2026-12-06 15:15:41.347498+00	2026-12-06 15:15:41.347501+00	2	\N	3
42	7	plan_resource_order	5	completed	z1:eJztVkuP2zYQ/isBz8stSVEvHwvsJUB7yG7RQxAIFDlyhZVJh6R2uw383zu0bK82gFEGQdNLb+ZwPMPvMSK/EKOiIpsvJIB/Gu22gz/1H8pugWwIuSEetqOz+Ps3+2jds8XQ3o/Oj/EFg9b5nZowFibV6UmFgMHeO/sXpODsn+ClswAGDNlEP8MNcd6A70ZclzdEae1mG49LcUPGCLsuwGeyKdJeXDorY1KxPWhcfHBzBI9rq3bpiL8oq7Zg3l3ie+/MrGPnYVgQIBqPtcCPIY46JKjP4zAu5zlgYeza7V2I2plU8eGBv+MPD0fsevYeOcEoL28Zw5iz0MXx2FqeQsbt1Gi7FTBENu9D9KB22O6QKgU3ew2p+fn3MZV8uLunvGSyrchrWhdf9rAGi9qMaursvOtxvSH3v5ZtVQtRsuMJQlRxTtRjAVQRyT5gU+28h0klFsNyDBQodlGFx6RSI2rTlD0tuBmo7LmgbV9VVA2Mc1FUBe+Ho4ZaQ5J1UU+73X6C+CpnqnbklPO+ZzUWqCUrqazrmjasLWltihqaRhijipR3RJ2VjFoqDzaSjZ2nKQk5TgYDZPORyKHqJdMtrVQtqOSsp0obRQtQuGF01fOefDohTvRAd3Y1r9uqrBmX/LYQvJWiWgjErUougLqT2e6j8hHPEf243YJPqAc1BYQ9WhTGoiSn6UFy/5+jf3uOEskwnflOM3I6/EOyNIayXHH2YFbyqwdzPfvGpaU0ZSU4NbJUVDJV4YwpbKZY3zfaaFmKPJc2pbjq0pDtUgJPiKUbRn/20atvV+Qi6RiEcInC6Rvy8dMV3nNwXnjPSV7xnqnTmvem5j1UwtBhwOqyaFraFq2iLUNOtRJD1bYZvMu6ZUVxlffTx7a7fNyzJNDOWtDRefzf5xlCfBPEsqNNIjn/8tOpwUKG2oU3t8fXV8TXY351GlfzdTj8k/7/zc2VYbksic+Wy0peWy7PomvLAYCQQknaVqyhsupbqkq8XZlgQyOAGyWLPMulr94Vx4E133gbfc9UZ0E6U5yVvKI4U5I1xVkvlgyKG8Z4fZXj/aTsZaSXy+j2zpr3brQ/kPssrGfuM59yF+4ztVpxn8WqaK6zevcDnZve2859w5Ud5h5fO+mZe+7R73e2O16WYUG/avIz7v3u/OMwuWdy+BuEMR/v	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 55, "upstream": {}, "resource": {"resource_id": "RES-150496", "resource_type": "Router", "serial_number": "SN5967225000", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.324088+00	2026-12-06 15:15:41.348393+00	2026-12-06 15:15:41.348397+00	2	\N	4
43	7	plan_resource_order	5	completed	z1:eJztVkuP2zYQ/isBz+aWokg9fCywh+TQQ9dBD0EgUNTIIVYmHYraZLvwf+/QsnaVIG4YFE0vvRjWcDTD7zEin0ingiLbJzKCfzB238Bn/UHZPZAtIRviYW+cxf9v7b11nyyGjt44b8IjBq3zBzVgbBxUowc1jhhsvbN/QgxO/gEeGwvQQUe2wU+wIc534BuDz3JDlNZusuH8yDfEBDg0I3wkWxHXwtxZdV0sdgSNDzvQH6zRRtlXd4MLuGDVIe71tR2DGgZ1filu0nWTDo2HfgaCoDyWBG/GYDTu8+mERbFjc3Rj0K6LRXa77FW2251x68l75AOj7IYxDDkLTTDnZlkt51jnDsrYZgWq2pDpOAYP6jD38DC6yWuIHC//z6nk99s7ysoqK3PyktaExyN8EygKZNTQ2OnQgseMu98yybhgjPG4FYQfpsg/VkIpkfETdtfOe5hZuWBGlUIT1HiPqZVmvRJFR1XLNRWQM1rLnlOhO8naOi/qWp+F1BqitrOE2h2OA4QXTWO1WJ1IWVZ5yxjNWF5R0bOa1oUuaF8KLQvsJqos5p3hJyWjksqDDWRrp2GIMpqhwwDZviNQC81rVlFdSixQVoA4ck7zXAld80qwjpP3F8SRHmgWa2dlXciSZSK7yTkXZT7zhyuFmPE0F8PdBeUj+8Gb/R58BN2rYUTUxqKbLCpymSDk9v9Z+jdnKRIMw8J1nJPLfnfRzRhKMsRiv6TkF/ul2nVt0IJ3RVFh9VJ2koq27mndSqBc1ALfKvtesiSDyqy8atAx2aAEHhBK0xu/WOjFsitukXMMwvgchcvX4937b9OeBHOhPSl5RXuiTGvaS9brjOcZraq+pSL+qLLuKC8UlznreYZKfZ92UZWsvM775TPbPH/fkyTQzlrQwXl87+MEY/giiGWNjSI5//jLpcFMhjqMXxwgV0+Jr0f96lSu5ux0+p4R/uNTLMGESaIvJkxKXpkw0bRrE2Y1Y6rCFhmoGl9pJVWF5lSWuaz7qmxBpxxOaEL5NyYE2/3g2fRPBj0J08JxUvKK40RN1hwnXV9SOK6Y4Fc5Pg7KPk/5fDzd3NrujTP2J3KfhHXhPvFe98x9olYr7pNYzdl1Vm9/onPjLdy5HzjEx6nFS0+88y492uPBNufzc5zRr5r8imt/OH/fD+4TOf0Faeohbw==	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 58, "upstream": {}, "resource": {"resource_id": "RES-078173", "resource_type": "Technician Slot", "serial_number": "SN1502400020", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.324089+00	2026-12-06 15:15:41.349091+00	2026-12-06 15:15:41.349093+00	2	\N	5
45	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"985ddc84-418e-4722-92bb-a824adcae5c7","success":true,"completed":false,"tasks":{"5971b634-d727-4d69-9863-c24e66dd5d6e":{"id":"5971b634-d727-4d69-9863-c24e66dd5d6e","parent":null,"children":["985ddc84-418e-4722-92bb-a824adcae5c7"],"last_state_change":1796570141.3724887,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":1,"action":"add","spec":"Access Line","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24},"site_postcode":"TT1 1TT","recurring":"159.00","one_time":"250.00","domain_order_id":48,"survey_result":"ready","upstream":{"ONT":{"resource":{"resource_id":"RES-906802","resource_type":"ONT","serial_number":"SN5216708294","status":"reserved"}},"Access Port":{"resource":{"resource_id":"RES-460353","resource_type":"Access Port","serial_number":"SN3916380868","status":"reserved"}}}},"delta":{},"typename":"Task"},"985ddc84-418e-4722-92bb-a824adcae5c7":{"id":"985ddc84-418e-4722-92bb-a824adcae5c7","parent":"5971b634-d727-4d69-9863-c24e66dd5d6e","children":["36267c03-aa10-4264-87e5-7ca799802974"],"last_state_change":1796570141.3725457,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"36267c03-aa10-4264-87e5-7ca799802974":{"id":"36267c03-aa10-4264-87e5-7ca799802974","parent":"985ddc84-418e-4722-92bb-a824adcae5c7","children":["183b4e25-fa1f-4c7c-9681-de90da1936d4"],"last_state_change":1796570141.393009,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"Access Line","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"183b4e25-fa1f-4c7c-9681-de90da1936d4":{"id":"183b4e25-fa1f-4c7c-9681-de90da1936d4","parent":"36267c03-aa10-4264-87e5-7ca799802974","children":["535f62ea-347d-4f89-ae2b-a32954974203"],"last_state_change":1796570141.3724096,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"535f62ea-347d-4f89-ae2b-a32954974203":{"id":"535f62ea-347d-4f89-ae2b-a32954974203","parent":"183b4e25-fa1f-4c7c-9681-de90da1936d4","children":["e78de2f3-8c2e-4e8e-aca2-813a46664ada"],"last_state_change":1796570141.3724163,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"e78de2f3-8c2e-4e8e-aca2-813a46664ada":{"id":"e78de2f3-8c2e-4e8e-aca2-813a46664ada","parent":"535f62ea-347d-4f89-ae2b-a32954974203","children":[],"last_state_change":1796570141.3724225,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"5971b634-d727-4d69-9863-c24e66dd5d6e","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 48, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-906802", "resource_type": "ONT", "serial_number": "SN5216708294", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-460353", "resource_type": "Access Port", "serial_number": "SN3916380868", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 15:15:41.375422+00	2026-12-06 15:15:41.393229+00	\N	2	\N	0
46	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"b9d9a62e-c7d5-48c3-ad24-bd3724a8c8b1","success":true,"completed":false,"tasks":{"9fe0ee78-c1d1-41cd-97dc-18fd8b3ba7e3":{"id":"9fe0ee78-c1d1-41cd-97dc-18fd8b3ba7e3","parent":null,"children":["b9d9a62e-c7d5-48c3-ad24-bd3724a8c8b1"],"last_state_change":1796570141.3731441,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":1,"action":"add","spec":"IP Connectivity","name":"Business Fibre Internet","product_ref":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24},"site_postcode":"TT1 1TT","recurring":"159.00","one_time":"250.00","domain_order_id":50,"survey_result":"ready","upstream":{"IPv4 Address":{"resource":{"resource_id":"RES-810845","resource_type":"IPv4 Address","serial_number":"SN3295864884","status":"reserved"}}}},"delta":{},"typename":"Task"},"b9d9a62e-c7d5-48c3-ad24-bd3724a8c8b1":{"id":"b9d9a62e-c7d5-48c3-ad24-bd3724a8c8b1","parent":"9fe0ee78-c1d1-41cd-97dc-18fd8b3ba7e3","children":["797524b0-c179-448d-b19f-8c25c1850f2c"],"last_state_change":1796570141.3731897,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"797524b0-c179-448d-b19f-8c25c1850f2c":{"id":"797524b0-c179-448d-b19f-8c25c1850f2c","parent":"b9d9a62e-c7d5-48c3-ad24-bd3724a8c8b1","children":["90b94d1d-8fca-476e-b0c6-47ff9d9123b9"],"last_state_change":1796570141.3986535,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"bandwidth":500,"static_ip":false,"site_postcode":"TT1 1TT","contract_term":24}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"90b94d1d-8fca-476e-b0c6-47ff9d9123b9":{"id":"90b94d1d-8fca-476e-b0c6-47ff9d9123b9","parent":"797524b0-c179-448d-b19f-8c25c1850f2c","children":["0b0c060d-09ae-4806-9f87-cbc80094d38e"],"last_state_change":1796570141.3730838,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"0b0c060d-09ae-4806-9f87-cbc80094d38e":{"id":"0b0c060d-09ae-4806-9f87-cbc80094d38e","parent":"90b94d1d-8fca-476e-b0c6-47ff9d9123b9","children":["f41da834-7b80-49d2-9c5a-41817cbd21ff"],"last_state_change":1796570141.3730886,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"f41da834-7b80-49d2-9c5a-41817cbd21ff":{"id":"f41da834-7b80-49d2-9c5a-41817cbd21ff","parent":"0b0c060d-09ae-4806-9f87-cbc80094d38e","children":[],"last_state_change":1796570141.3730934,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"9fe0ee78-c1d1-41cd-97dc-18fd8b3ba7e3","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}, "site_postcode": "TT1 1TT", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 50, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-810845", "resource_type": "IPv4 Address", "serial_number": "SN3295864884", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 15:15:41.375424+00	2026-12-06 15:15:41.398861+00	\N	2	\N	1
44	4	plan_field_visit	5	waiting	{"data":{},"correlations":{},"last_task":"fa29afc3-9279-4f33-90a7-b1f8ee3f72aa","success":true,"completed":false,"tasks":{"ad7a08f6-38a3-4d5f-ae6c-8c5922ee8308":{"id":"ad7a08f6-38a3-4d5f-ae6c-8c5922ee8308","parent":null,"children":["02ccfe83-b2c4-4d9a-8fe2-7c8d2746049b"],"last_state_change":1796570141.353635,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":4,"action":"add","spec":"Field Visit","name":"Installation","product_ref":"","characteristics":{},"site_postcode":"TT1 1TT","recurring":"0.00","one_time":"195.00","domain_order_id":59,"upstream":{"Technician Slot":{"resource":{"resource_id":"RES-078173","resource_type":"Technician Slot","serial_number":"SN1502400020","status":"reserved"}}}},"delta":{},"typename":"Task"},"02ccfe83-b2c4-4d9a-8fe2-7c8d2746049b":{"id":"02ccfe83-b2c4-4d9a-8fe2-7c8d2746049b","parent":"ad7a08f6-38a3-4d5f-ae6c-8c5922ee8308","children":["90f8eae3-d0ed-4165-b8dd-36b9bb9f9c69"],"last_state_change":1796570141.3536882,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"90f8eae3-d0ed-4165-b8dd-36b9bb9f9c69":{"id":"90f8eae3-d0ed-4165-b8dd-36b9bb9f9c69","parent":"02ccfe83-b2c4-4d9a-8fe2-7c8d2746049b","children":["8f585626-cf97-402e-8462-47cb2676e498"],"last_state_change":1796570141.353842,"state":64,"task_spec":"survey_gateway","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"8f585626-cf97-402e-8462-47cb2676e498":{"id":"8f585626-cf97-402e-8462-47cb2676e498","parent":"90f8eae3-d0ed-4165-b8dd-36b9bb9f9c69","children":["c8b1022c-ba0b-4a52-9024-8c3b5c7c8233","6cf93e15-730c-4ec5-ad06-aff778c9f10c"],"last_state_change":1796570141.3538854,"state":64,"task_spec":"survey_site.BoundaryEventSplit","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c8b1022c-ba0b-4a52-9024-8c3b5c7c8233":{"id":"c8b1022c-ba0b-4a52-9024-8c3b5c7c8233","parent":"8f585626-cf97-402e-8462-47cb2676e498","children":["c0a74eb1-6d86-497f-a415-35a6fdceb7d1","04c7b034-c00a-4608-ad21-629f9dad1408"],"last_state_change":1796570141.3664467,"state":64,"task_spec":"survey_site","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{"survey_result":"ready","survey_notes":null},"deletions":[]},"typename":"Task"},"6cf93e15-730c-4ec5-ad06-aff778c9f10c":{"id":"6cf93e15-730c-4ec5-ad06-aff778c9f10c","parent":"8f585626-cf97-402e-8462-47cb2676e498","children":[],"last_state_change":1796570141.3664799,"state":256,"task_spec":"survey_amended","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"c0a74eb1-6d86-497f-a415-35a6fdceb7d1":{"id":"c0a74eb1-6d86-497f-a415-35a6fdceb7d1","parent":"c8b1022c-ba0b-4a52-9024-8c3b5c7c8233","children":[],"last_state_change":1796570141.3665848,"state":64,"task_spec":"survey_site.BoundaryEventJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"04c7b034-c00a-4608-ad21-629f9dad1408":{"id":"04c7b034-c00a-4608-ad21-629f9dad1408","parent":"c8b1022c-ba0b-4a52-9024-8c3b5c7c8233","children":["81701999-3342-4a01-badc-2d04874a9828"],"last_state_change":1796570141.3666515,"state":64,"task_spec":"survey_done","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"81701999-3342-4a01-badc-2d04874a9828":{"id":"81701999-3342-4a01-badc-2d04874a9828","parent":"04c7b034-c00a-4608-ad21-629f9dad1408","children":["fa29afc3-9279-4f33-90a7-b1f8ee3f72aa"],"last_state_change":1796570141.378361,"state":64,"task_spec":"provide_survey","triggered":false,"internal_data":{"connector_request":{"connector":"ordra/provide_data","params":{"order_id":5,"key":"survey_result","value":"ready"}}},"data":{},"delta":{"updates":{"survey_handed_over":{"key":"survey_result","domain_orders":[48,50,53,56]}},"deletions":[]},"typename":"Task"},"fa29afc3-9279-4f33-90a7-b1f8ee3f72aa":{"id":"fa29afc3-9279-4f33-90a7-b1f8ee3f72aa","parent":"81701999-3342-4a01-badc-2d04874a9828","children":["d17fd216-3e1c-4f6e-9a84-73b7fe8a34b4"],"last_state_change":1796570141.4148672,"state":64,"task_spec":"schedule_visit","triggered":false,"internal_data":{"connector_request":{"connector":"field_service/schedule","params":{"site_postcode":"TT1 1TT","work":"Install ONT","order_id":5}}},"data":{},"delta":{"updates":{"visit":{"visit_id":"FSV-864097","engineer":"Jo Evans","date":"2026-12-10","slot":"13:00-17:00","status":"scheduled"}},"deletions":[]},"typename":"Task"},"d17fd216-3e1c-4f6e-9a84-73b7fe8a34b4":{"id":"d17fd216-3e1c-4f6e-9a84-73b7fe8a34b4","parent":"fa29afc3-9279-4f33-90a7-b1f8ee3f72aa","children":["ecf6433d-84c2-43d0-bd4f-42115d43dcff"],"last_state_change":1796570141.4148924,"state":16,"task_spec":"install_ont","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ecf6433d-84c2-43d0-bd4f-42115d43dcff":{"id":"ecf6433d-84c2-43d0-bd4f-42115d43dcff","parent":"d17fd216-3e1c-4f6e-9a84-73b7fe8a34b4","children":["4c1ac137-17a3-444c-b978-ce4a9efbb4af"],"last_state_change":1796570141.366634,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","upstream","survey_result","survey_notes","survey_handed_over","visit"]},"typename":"Task"},"4c1ac137-17a3-444c-b978-ce4a9efbb4af":{"id":"4c1ac137-17a3-444c-b978-ce4a9efbb4af","parent":"ecf6433d-84c2-43d0-bd4f-42115d43dcff","children":["02db1fce-47ba-4df5-accf-5f4d0a94978d"],"last_state_change":1796570141.3666408,"state":4,"task_spec":"plan_field_visit.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"02db1fce-47ba-4df5-accf-5f4d0a94978d":{"id":"02db1fce-47ba-4df5-accf-5f4d0a94978d","parent":"4c1ac137-17a3-444c-b978-ce4a9efbb4af","children":[],"last_state_change":1796570141.366647,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"ad7a08f6-38a3-4d5f-ae6c-8c5922ee8308","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-078173", "resource_type": "Technician Slot", "serial_number": "SN1502400020", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [48, 50, 53, 56]}, "visit": {"visit_id": "FSV-864097", "engineer": "Jo Evans", "date": "2026-12-10", "slot": "13:00-17:00", "status": "scheduled"}}			\N	\N	2026-12-06 15:15:41.355436+00	2026-12-06 15:15:41.415497+00	\N	4	\N	\N
47	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"887d2e7b-916f-4f55-b064-07efd2554d14","success":true,"completed":false,"tasks":{"736c25c9-0298-433a-a7ef-71a04152c68f":{"id":"736c25c9-0298-433a-a7ef-71a04152c68f","parent":null,"children":["887d2e7b-916f-4f55-b064-07efd2554d14"],"last_state_change":1796570141.3736892,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":2,"action":"add","spec":"IP Connectivity","name":"Static IP Block","product_ref":"","characteristics":{},"site_postcode":"TT1 1TT","recurring":"10.00","one_time":"25.00","domain_order_id":53,"survey_result":"ready","upstream":{"IPv4 Block":{"resource":{"resource_id":"RES-207923","resource_type":"IPv4 Block","serial_number":"SN4758237426","status":"reserved"}}}},"delta":{},"typename":"Task"},"887d2e7b-916f-4f55-b064-07efd2554d14":{"id":"887d2e7b-916f-4f55-b064-07efd2554d14","parent":"736c25c9-0298-433a-a7ef-71a04152c68f","children":["4e3e5da4-5fab-4730-b609-0bc6bdb2c4cc"],"last_state_change":1796570141.373734,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"4e3e5da4-5fab-4730-b609-0bc6bdb2c4cc":{"id":"4e3e5da4-5fab-4730-b609-0bc6bdb2c4cc","parent":"887d2e7b-916f-4f55-b064-07efd2554d14","children":["ac5f7845-6b42-4f68-907b-c7c3ee766f22"],"last_state_change":1796570141.404126,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"IP Connectivity","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"ac5f7845-6b42-4f68-907b-c7c3ee766f22":{"id":"ac5f7845-6b42-4f68-907b-c7c3ee766f22","parent":"4e3e5da4-5fab-4730-b609-0bc6bdb2c4cc","children":["9e1457fe-e354-412d-9b44-7752a98925f0"],"last_state_change":1796570141.373629,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"9e1457fe-e354-412d-9b44-7752a98925f0":{"id":"9e1457fe-e354-412d-9b44-7752a98925f0","parent":"ac5f7845-6b42-4f68-907b-c7c3ee766f22","children":["6653f831-e628-44cd-aebe-2b463b7c1b48"],"last_state_change":1796570141.3736339,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"6653f831-e628-44cd-aebe-2b463b7c1b48":{"id":"6653f831-e628-44cd-aebe-2b463b7c1b48","parent":"9e1457fe-e354-412d-9b44-7752a98925f0","children":[],"last_state_change":1796570141.3736389,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"736c25c9-0298-433a-a7ef-71a04152c68f","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IP Connectivity", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 53, "survey_result": "ready", "upstream": {"IPv4 Block": {"resource": {"resource_id": "RES-207923", "resource_type": "IPv4 Block", "serial_number": "SN4758237426", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 15:15:41.375425+00	2026-12-06 15:15:41.404333+00	\N	2	\N	2
48	9	plan_service_order	5	error	{"data":{},"correlations":{},"last_task":"cf67c58c-6c57-4aad-a7bb-bfcd43f6233a","success":true,"completed":false,"tasks":{"5b463e4e-5512-4006-96ce-9dfe39eda8de":{"id":"5b463e4e-5512-4006-96ce-9dfe39eda8de","parent":null,"children":["cf67c58c-6c57-4aad-a7bb-bfcd43f6233a"],"last_state_change":1796570141.3742092,"state":64,"task_spec":"Start","triggered":false,"internal_data":{},"data":{"serving_exchange":"","region":"Unknown","priority":"normal","sla_class":"bronze","survey_needed":true,"order_id":5,"account_id":2,"item_seq":3,"action":"add","spec":"CPE Provisioning","name":"Managed Router","product_ref":"","characteristics":{"wifi":true},"site_postcode":"TT1 1TT","recurring":"15.00","one_time":"45.00","domain_order_id":56,"survey_result":"ready","upstream":{"Router":{"resource":{"resource_id":"RES-150496","resource_type":"Router","serial_number":"SN5967225000","status":"reserved"}}}},"delta":{},"typename":"Task"},"cf67c58c-6c57-4aad-a7bb-bfcd43f6233a":{"id":"cf67c58c-6c57-4aad-a7bb-bfcd43f6233a","parent":"5b463e4e-5512-4006-96ce-9dfe39eda8de","children":["38be6ed8-9295-462b-996e-f1250ac65fba"],"last_state_change":1796570141.3742537,"state":64,"task_spec":"start","triggered":false,"internal_data":{"event_fired":true},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"38be6ed8-9295-462b-996e-f1250ac65fba":{"id":"38be6ed8-9295-462b-996e-f1250ac65fba","parent":"cf67c58c-6c57-4aad-a7bb-bfcd43f6233a","children":["a5d1d785-7309-4a35-847f-9fe902b0414f"],"last_state_change":1796570141.4093866,"state":128,"task_spec":"activate_service","triggered":false,"internal_data":{"connector_request":{"connector":"provisioning/activate","params":{"service":"CPE Provisioning","action":"add","site_postcode":"TT1 1TT","serving_exchange":"","characteristics":{"wifi":true}}},"error_message":"TIMEOUT: provisioning timed out"},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"a5d1d785-7309-4a35-847f-9fe902b0414f":{"id":"a5d1d785-7309-4a35-847f-9fe902b0414f","parent":"38be6ed8-9295-462b-996e-f1250ac65fba","children":["2b713960-ee0e-484e-9733-1078a422c181"],"last_state_change":1796570141.3741531,"state":4,"task_spec":"end","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":["serving_exchange","region","priority","sla_class","survey_needed","order_id","account_id","item_seq","action","spec","name","product_ref","characteristics","site_postcode","recurring","one_time","domain_order_id","survey_result","upstream"]},"typename":"Task"},"2b713960-ee0e-484e-9733-1078a422c181":{"id":"2b713960-ee0e-484e-9733-1078a422c181","parent":"a5d1d785-7309-4a35-847f-9fe902b0414f","children":["5eaa2f76-671f-4c90-b1b8-def798357a04"],"last_state_change":1796570141.3741581,"state":4,"task_spec":"plan_service_order.EndJoin","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"},"5eaa2f76-671f-4c90-b1b8-def798357a04":{"id":"5eaa2f76-671f-4c90-b1b8-def798357a04","parent":"2b713960-ee0e-484e-9733-1078a422c181","children":[],"last_state_change":1796570141.374163,"state":4,"task_spec":"End","triggered":false,"internal_data":{},"data":{},"delta":{"updates":{},"deletions":[]},"typename":"Task"}},"root":"5b463e4e-5512-4006-96ce-9dfe39eda8de","subprocesses":{},"bpmn_events":[],"typename":"BpmnWorkflow"}	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "TT1 1TT", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 56, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-150496", "resource_type": "Router", "serial_number": "SN5967225000", "status": "reserved"}}}}	TIMEOUT: provisioning timed out	Activate service	\N	\N	2026-12-06 15:15:41.375426+00	2026-12-06 15:15:41.409646+00	\N	2	\N	3
50	7	plan_resource_order	6	completed	z1:eJztVl1v2zYU/SsBn6OMlPVFv6VYhm0YUmDJ0IeiECjyyiUqky5JpcsC//ddWpajDHPLYkCHAQP8IB1e349zz9XlE1EiCLJ+Ih7cgzabFn6X74XZAFmTX76/ze5e/3b/I7kkDjbamghao/Dhkuyctk6HR8SMdVsxIOYH0cpBeI9g56z5AyI4ugd4bA2AAkXWwY1wSaxT4FqN79UlEVLa0YTDa35JdIBt6+EjWbN4FqbAQqnobAcSX17f3uOLEduY56vRawPeX/ygOwcXP5kAzkA45GjVKEProEc7BLA2hx7BaR+09LHwThj1SavwnqxLSjFCEHjU6h1Z92LwmKvHhNqd9UFaFePdvWHXF+z6OvqzJkSHLbrcYvLF/rPmDuToHNKMMCv5FaUIWgNt0IdK8pJOmLJboU27YAmpGHc+OBAY52kffXk7Ogmxhvn5YEp+vbnLaJ7TnJNnszY87uDEHHZbi6E147YDF3O8rSkvOcvxRyYOxthE/DfqAtu238dinYNBxH74KQdsNZYu/Ac05c2qlz0rMy5ZnRVM5lnXN0VWiV7xqs9ZwbqDGqSEKJBJB9JudwOEZ2FEb4e+NFCyvOhExldlkxWVarJuBTxToqsQ7oUoi2h3KDnJGPUgHJhA1mYchigGPSgEyPot6RQvVdlg9p0CzH5VZ01DRSZ6zqBoGKOlIO+OFUd6oJ3nhNW8KmuK9V0VVZNTvpoIxKOqmApqj7K9C8JFXQanNxtwseqjxvRBtNiS4zwiuf9P5n9yMmPnYJibGKfuSMZ9nBOEkqQ2CzvJ+FnYqYOwlH4Bqq9yNMS5FRiipFlT0TqjxYrmklUd55Am/WpVnZW+T5Y+gQespe21m0X5PAwLcpF0BMGfUDh+mN6++3vek+qceU8yXvCe2Kcl76yru5LxPKspxilELzOheshUX4NUDV8pyhJ453ld8PIs78cveHtaF0ktwOkxIIN1+L+PI/jwAkS32sQmWff43THARIbY+hf76MXS+esH4/w0LqZrv/9S9/+FTZigtqTuzmpLMl6oLVGdS7XRQgnBcpmt8rieoWFZ15V5VsgcAQa0yusktTWUnxUbGPWV2+2fDHRSSTPFScYLihNbsqQ46QaURHGVnx/o3SDMaZqnPXR1Y9TPVptvyH1SrTP3iVfDE/eJvVpwn8QqZ+dvZjffULnx8m7tV2xrP3Z4X4rX5jlGt9ua9rAn/VT9IsgrPHtj3Yd+sJ/I/k/YnVPQ	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "ONT", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 61, "upstream": {}, "resource": {"resource_id": "RES-022029", "resource_type": "ONT", "serial_number": "SN7095912912", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.472779+00	2026-12-06 15:15:41.493259+00	2026-12-06 15:15:41.493263+00	2	\N	0
55	7	plan_resource_order	6	completed	z1:eJztVkuP2zYQ/isBz+ZWlCjR9G2DLpAURQrUW+QQBAJFjhwhMulQ1Lbbhf97h5Yf2iBGGBTYXnqzhuMZfo8h+USMCoqsnsgA/qGzmxr+0p+U3QBZkV9/fkfXv/1x/4YsiIdN52wMOmvwx4LsfOd8Fx4xZp3fqh5jQ69q3athwGDjnf0bYnD0D/BYWwADhqyCH2FBnDfg6w6/qwVRWrvRhsNnviBdgG09wBey4nEtTI2VMbHYDjR+3IP+ZDvdKftq3buAC1Zt457f2iGovleHP8VNOjPqUHtocREDCM5jSfDdEDqN+3zaY1HsWO/cELQzscj6Pbt9xW5vD7j16D0Sg+HsJssw5CzUoTt0Y7KcYsZtVWfrCypRLMi4G4IHtZ2aeBjc6DVEsk+/D6nk97s1LUWVs4pc0urwuINvIkWlOtXXdtw24ONu35XVsiwKkQsel4MKYxQAK6GmSPkeu2vnPUy0HEGjTKEOaviMqabVRd6YjDYy15QrpqgsVUY1SF7kgmU6UwcltYYo7qShdttdD+EiaqwWqxPGWl0yyKmRDCjnbUslU5o2wFnVmAKahse8A/ykZJRSebCBrOzY91HHrjcYIKsPpGhLAa00tOBLRnnFBG14I6moQJW6aKRmknw8Io70QH3yOBOyKkXGOLvhCJOxfCIQlyo+AaqPllsH5SP9wXebDfiIulX9gLA7i36yKMlxlpDc/6fqRaYqMg39ifQ4MccN30dfYyjJGicjJiVfjJhq3LlVFVu2XHJBtWGcciEMVTIvsCMWMrypdM7TrFpW5VWrDslWJfCAWOq28ycTXcw7IxdJxyAM5ygcD5IPH7/NexLOE+9JyTPeE3Wa825YIXMuJVbHwhwqQ5dMNJTlWkAmShCVSeBdVoXg/CrvxxO3Ph/1SRJoZy3o4Dz+78sIQ3gWxLKdjSI5//jTscFEhtoOz+6SqxfG18N+fS5n58d+/z0n/Mc3WoILk1Q/uTApeebCRNfOXZhzvVwu8ZgAdBPlTcuo0jynTFRtBmXDVM6SXMiZFFddCNb84DX1byY9CdOJ46TkGceJmjyb9JSnTBLHFb/O8a5X9jzm0wV1c2fNL66zL8h9Etazv9PeeGfuE7WacZ/Eqsyu31t3L+jc+CJ37geu8WFs8N0T37+nHs1ua+vDBTpM6GdNXuPae+c/t737k+z/ASc5L3Q=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Technician Slot", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 73, "upstream": {}, "resource": {"resource_id": "RES-576216", "resource_type": "Technician Slot", "serial_number": "SN5685337274", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.472784+00	2026-12-06 15:15:41.496744+00	2026-12-06 15:15:41.496746+00	2	\N	5
57	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SsBz0tblERR3JvTumiLwClqtzkEgUBJI0eIltyQlFMn8H/vUFrZautNGBT1oQiwwErD0Xw8vnnkJ9Iqr8j2E3Fgb3p9XcEfzVulr4FsyYvvL+jly9+ufiQbYuG6NzoYjW7xYUP2tje297do08bu1IA2N6iqGZRzaKyt0R8hGEd7A7eVBmihJVtvR9gQY1uwVY/vxYaopjGj9tNruiG9h13l4D3ZsrDm58SqbUOwPTT4ctY04NyzF70OGbTahXqfjw7f0fxDX1t49pP2YDX4qVbTjo2vLHTohwbs0WJksL3zfeMCALXS7Ye+9W/JlicJZvIKl6p+T7adGhzW7LCwam+cb0wb8l2+YmfP2NlZiGe0DwErDLnDJvK7z7pbaEZrEW40My5PkgSNRkPl+6mTlCezrTU71etqhVZ2D6gFNw4evS2o9hadx73z+LwL3by8uAp/6GNG28D6eYpDfj2/pEmaJqmc6jks+dt9yB++3gRK9Gqo9LirwYYGLkQiuWQp/sgM0Oim/IE8uLd32PVhZ34x1n+5AJZmZcofKWAd5dFCiqwohUwzeaSQu83M6Dnz4XFOfPn7dzQvk5RnZKIeJsJtCuWSa6DJKTtlYaXfV0g5DBkis+QkO2GCnXC+ThjIeQNT342xFgYVyBrohBacA+SDcu/C9yIvFROCNl0tQnZF61wpyjgTICFjJS+nUZnKWYakMbv9AP5hakK0maxdwRUISYtWZDTv2owiHCXNGOci7fJMNFnwmxqOcsYhURY0oqDHYQgT0g/YPU7eawJ5okrOOVUsSWkuQoC8rinniRJYv2yEIm8OHQdwoFpEhAlZcJGwHKFjMuEZn+HDpSKfG6oOM33p1bTb3vbX12BD14fB66dJRgYcxArB/SZb32Tr/yhbgdowLCwPYQ8suQpCgqaoWVwmP8r5YfJjlWKtDZ0UMkmKjmZ1qlDZ0FsqlLc0ybsaGqUykUdpA0tycVQbXLQ2ELjBXqqut8vUPqjFClxkHRrB3VvhoNyv3zyOe1SfC+5RzivcI/dpjXubJ20uuaIFhqd5mnVUSVVTVnSCF7xUeRODe1YyXh7HfTrgwrfLYRq1BSgrGhpvLA77+xGc/4sRw6Kw3fQOAUctOV1yzIConVud2P/QzL/r6nGx+sLJ8N9L6TzMn2PeE19RIlgexaqF5VHOK5ZHTsWa5UUm807UQNsCUJCElLRUoKjM8qaty0yJXEaxPMUb1lGWg26/8t7xb5QkqqcF4yjnFcaRe7LGOOpuGoWxSOVRjPeD0ouKzBeDk3Pd/mx6/YTQR7W6QB95Z7+HPnKrVtDHgJol7Dhxz5+QuGizxnzFLcGNNep80K4lR73f6Wo6n93c/SrJc1x7Zey7bjAfyN2fTQ8vew==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Line", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 63, "survey_result": "ready", "upstream": {"ONT": {"resource": {"resource_id": "RES-022029", "resource_type": "ONT", "serial_number": "SN7095912912", "status": "reserved"}}, "Access Port": {"resource": {"resource_id": "RES-123825", "resource_type": "Access Port", "serial_number": "SN7636879239", "status": "reserved"}}}, "service": {"service_id": "SVC-480253", "access_port": "ge-0/1/13", "ip_address": "10.3.171.55", "status": "active"}}			\N	\N	2026-12-06 15:15:41.522248+00	2026-12-06 15:15:41.538613+00	2026-12-06 15:15:41.538615+00	2	\N	0
58	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SsGz0ub0pL62JuTuqiLIg3qtDkEgUCKsxshWnJDUpsmgf97h9LKVoo4ZVDEp5wkDUfz8fjekJ+IlkGSzSfiwR07s2vg7/aNNDsgG/LbT8/oze9/vviFrIiDXWdNNFqj8WVFDq6zrgsf0Gas28sebb6XTdtL79GonDUfIRoHd4QPjQHQoMkmuAFWxDoNrunwu1gR2bZ2MGH8zFekC7BvPLwjmyyuhSmx1DoGO0CLH9fPz55aYwAXj7GGFTFyH2t+MvjOgPdnP3fKwdm1CeAMhLFeq4c2NA626IcG7NNhdHCdD13rIwhKGv2+0+EN2QjGMFuQuNR0B7LZyt5j3R6Law7Wh9bqmO/mZXZ5ll1exnjWhBiwwZB7bITfftXdQTs4h5CjORP1OWNotAaa0I2d5IJNNm33sjPNAjFxB6oDP/QBvR1IHWEYDj7g+z52c/38yM8utUansTt82sG1sHwfA5I/rm7oel2VQoyFnZbChwOMWC/CrCJROtk3ZtgrcLGlZwWWn5eC1zmZIBv8WFGkFO747e3taqLXlPr0OmW++espFWWViYKMPMAciJeLLe2Asgt2wTmudIdGzo2QjJ2j/3mR46NapoxcOQKJ+VrrHPQycif2jhakJW6N9G/RUVQlL5jI6TYvFOWwlrRmRU3bPK9zlStVcjYydyxo5mxr94cewj2JY7QR2VxsdbZdF5QJVlLOipIqzjWtYJ1pVWa6lTz6jS0nOSNfpQODOJih7yNZux77RyG8IkIpDaXCP3KB1bN6TSVgFKkzzUrgGZeavD51HMGBZtZ0VtaFKFnGs3OR1VVdTOjhSsGnfpqTwm6CdFE2wXW7HbjY9EkC3agppMBpdCC2P4bIjyHy3YdI5Bn0M+Vi3NN2vYiiRlOSLmYVJjnfqzBVtUudlqqqilYIWqmyohz9qKxVTUXO2qLg1TrbqiSd1lw8qFOfrFMCR2yl2XZuVtC9chfY4u6jEfydFU5D9NXrL8Oe1OYMe5LzAvbEbVrCrhTD6S5rWghRU65qhckYp3VRSN22OWNrlgD7usJDon4Q9/Gsif/OJ1vSFrTTvLEORfduAB8+M2JYHDDHziPgqOmLOccEiNz7xfH5xfn17zn38OD4j0n9/cfapOevse/R7wwJXE/i1sz1JOcF1xO1seR6VYNQa4by0KqlvNCcym0lKLC8qFvFtjVP43qdVeWDXAejv/Em8H/mSVJPM8ZJzguME/fks+tWymUxCeMirx7E+NBLM8+S6Zg+vzL6V9uZR4Q+qdW7EzTtEn0HfeJWLaBPArV6eEZfPSJv0eas/Yabgh8UDvs4vOYc6rA3zXhI+6n5RZInuPbSurfb3r4nt/8ATPrptA==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IP Connectivity", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 65, "survey_result": "ready", "upstream": {"IPv4 Address": {"resource": {"resource_id": "RES-338755", "resource_type": "IPv4 Address", "serial_number": "SN6159275492", "status": "reserved"}}}, "service": {"service_id": "SVC-578156", "access_port": "ge-0/0/44", "ip_address": "10.156.62.158", "status": "active"}}			\N	\N	2026-12-06 15:15:41.522251+00	2026-12-06 15:15:41.539253+00	2026-12-06 15:15:41.539255+00	2	\N	1
49	2	customer_order	6	completed	z1:eJztWktz2zgS/isqnnaqhCxBggToW5Kd1GYrO+MaZ3cOqRQLBECZG4pU+LCTSfm/b4MUJcjRo+14XHPQTSKajX6gv34Q3zwtO+ldfPPqRpsmLbR3Ec89qVTdV93wN5h7qm+7emka78J71ciberYqlTf3WrNYmqqDp+0yg//qWlaVKeG/XBXwvzGfe9N2RqeqXq5K0xV1lcJ+xruo+rIcCYrGtKlcrZr6RsKruSxbAwKsH6SNkW1dtd7Fh4+WXvVNU1SLtKs7S+1RwV74PuxVVybtiqXZrEQ0GlfaojPpqm47VWvY2bv6nb6c0ZcvPWcXbVTRgnSD6PaZ8b6TYRJa6v+BOazibVrVVhkPiGGTpZXyG1jls3dBrQ27NUetrYB5bqzo1oZ9W1SmbWdviqwxs7dVZ5rKdA7RYHjg8bmXVVd0X4c/YN4GmAJB2xWqtU7LZKVvC91dexeR74OunYSltFhtDHlEe1VXnWWYAssl+Jnd3c3X4gfHxL8aNpm9vZy9Kmv16b7Y4Umxt/uEx/b5t6zkwujZb3UPb9/fJjhtndsiL7yLrunNdkd2bMe3FRiwLOWwfm+/CKHWcEQXI/N3daUHLq1pbiwT88XGx8I64d0/fiFXv/7n/T/tct/cmK9pZYw2epR27nVGXVeFGk5mJ4uy3ayv3bpqiroZRPGqulnCiQdOpUxVKVuQxcuauvrDHmJTNYW6HsP0219Muru5B4EH0FDDKR3kugdDul7KokqHZ2NwDQtg/e7ryooK2FH3jbKKtiuj4Mmvv7z3xjiw60V12dQLoGo9ewKGt4Mjb79UysblZd10J7iEGy6DBfcweQcx7jBZmUrbU7bhwI7I8fbyhs1eaj3seVyQ6LAgEKGva0BkOO831htHhIk3XADzdK+6LZddkJpdbtfXzG4leM9lxk9pNuHGMb3Ek+iVHNZrC2OnVeL+EZU2+HREHU4Pq/P68mcrws2Qgeyuh/XhwWF9duESo1R4RKn3Y4wXsppdlfWJaODssHZvClPq2X9BuaOyRIcVc1H5mFofAU/yvsyLcoK7pwWTdREDOPcDWLKHyYOhZA+PR4DJHi6PwpI9fH4ETfawezCe7OHxKDjZw+eRgPI9p4dByp73H4coexj9CKbsYfc4VNnD6MGgsofH42HFYWaBRZU11ELmO1RZs7WAQufBPJyzj3eWvG4aM/IeSsO5B6UPVNqy/QS8/TwxlPkBMZL5hIVUE0GjhGR+zHQYmESZeCi+hvCfyq6tRFMdBtyGQlfmjPoJi0nOgowwFggiZJ6RIEmyRPNEiIxaOiszjhgUk82AomPTo66LEgAESrQPngoDnqiMEyriiDDBQXAmEyJMLjWXYcZj5X1cazyYM51qS8qTOOI+ZfQFYz4X8cbeA4KBPuk2mAbc7JpisTCNU1wWA3bY4nPsXG0Vee5hd3rYfc3r8PDcup5b1wOt69CMlVNEWdCs5NKa/b3FLAtpmLCfQAZFvAUZLCi5MMSTJKZJFhIT+YKwjCuSSWORNOE842EYQuhgYEgwW2EcwKERUpRcdb0FIQwgeeYGlErzopmgegtRjpW9fmVxpN08Nets8eHjfgegFJ4cgCJ2HIB0mOuAMORhFAU+8YM4ISzhEUlizkjCYxZxGSTGz1EOSJLksAPGAUZqwQBn/S0Obn8PYeDMQiZ2m/W1qa/g8cwZmcy9T0VlX50IZ53MSvvmddEBNpWFskOON29/u7KdglxAX7QYY3CdHopq1XcjupYyGxLLsMkG1+ae+bKypfkY2P1qBYWWkq352w7+/QSEAOf9DhDagdNSduoa0lPTl2bd1lTafBlQxj4bVR94tbcWGfpulOiZpkHDVEzDKerLznHbs4sxh0axscXwJg8PeVtv8uaIg6dC9dmkRQACKgAnQEARO4CABBAXEDJqYkUDRgQTIYC4lkRGwpCYhVyxHBYFqjCklEb0FCBs6rmnAwWH5X1geL1e+tPBYbPRVJjew4ft4wkNbN16FAjCHSAwi7TurseiZBuD2IntyWDGj36fJhwfMmo+GVCoAzwFFIrYCShkALoBlQSREFrHJPZpTFgUhUSKWBHOciZjysJISUxARTw4HE/QkECRk+4cbEREqXFkUjfpukXaeThWTo38+z7uYBK5bL9r2IYD/XwYi/9MgTiGf+nPLLjDjzps0+FHETuHHxksO/V9IGUSCE4CljHClIYtwigjIvO1CHkUaUpRh19EQXTw9E+mBWA2t/LrAycOP1TOY/TblPMYYsfeSP+49o6MUZprQRLKDCR8nxOp84RwLgzTkW/8jKPsnQQBO2lvCAtcPf80xkYpNxkbReyWSjjnuMamEYeGS0kShxlUV3kYQ7vlG5JlMtZaRxAvDGfsxBcHje3Oe57/gKN0nGyOInZsjvSRa3MICT8Mc0Z0DIHB/EwRAa0nUZT73ASM6gAFKDGlRwaXrs2f+ZCjFJwMjiJ2DI50kGtwmftUChORINAQF9xuwXIOHJTQWZbwQGP6gUgELDxs7/G+zvhd70mM/ZhrQTgHoQyyndMjiB0HIR3qOigXCTW5HxEfIoYwo3wiGc0INHu5EUHiZ3mMchALD9eXO9bUyBna0wQESr/J3ijinZElyj87JY2APOEHAnzCNGFhEhCRx5RoP5TQTgOUcUw9z+MotF/tDqbY8U4Ncl6GLORdrgcK+FyqsQk8Ue1+Xx6jrzPtKZQx5fn5mtFeOc7XjM7XjM7XjB58zQjZ32HAftPfYYid5INMVm7y8bkUMooUkb6AV0SQk0woSsKIMaFCn2YiO518ogSyz5GOw5opdW5hPWUK2sN8byZCJITzPbHzPbHzPbHzPbEnvieGywwoJJ4yA4rYHUbhMsnOYESzOM5ZQnyTK/upL4TOUYXwcpAleaYkw/TpsR+F4khqsDfoHtKmY7PCLt/HJoQH3u/DTGMwVt1MYzDEjpeRp2LnY1KWUBULSphkzG6RERnGnBif6TCPmQ8dLMrLLD483l1fl7Euec5GH6Xb5tsFhtgdrOB8s1NrYS54YmwdBcnh0df0vXo8/C9+rvS/6qJ6RrOj1NwAGe7S6/YTBs5NjtlRBo2Sw7NbsOCzWQ+eNXX9gLtvbZ8BGNk6b9ojWy2rdLhstv6I7mzyCtZ+r5tPeVnfenf/BxagkbQ=	{"order_id": 6, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "approve", "approval_reason": null, "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}, "decomposition": {"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 70, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "waiting"}]}, "fulfilment": {"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "completed"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "completed"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "completed"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "completed"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "completed"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "completed"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "completed"}, {"id": 70, "type": "resource", "spec": "Router", "state": "completed"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "completed"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "completed"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "completed"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "completed"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "completed"}]}, "closure": {"order_id": 6, "products": [1, 2, 3, 4]}}			\N	2	2026-12-06 15:15:41.441909+00	2026-12-06 15:15:41.606669+00	2026-12-06 15:15:41.606673+00	6	\N	\N
51	7	plan_resource_order	6	completed	z1:eJztVk1v3DYQ/SsGz6YrUt97c1AXbVGkRZ0ihyAQKHK0IaIlNyTl1DX2v3eoXdlKm00YFEhRoLfV4+yQ8+Y9Dh+IEkGQzQPx4O602Xbwu3wjzBbIhvz07XN6+/NvL74nl8TBVlsTQWsU/rgke6et0+EeMWPdToyI+VF0chTeI9g7a/6ACE7uDu47A6BAkU1wE1wS6xS4TuN3dUmElHYyYf7kl0QH2HUe3pENi2vhuLFQKibbg8SPaynB+4tfrAsIGrGL5302eW0i/J3uHVz8YAI4A2E+q1WTDJ2DAeMQwBodZganfdDSRwJ6YdR7rcIbsimzDHcKApc6vSebQYwez+zxYN3e+iCtivvdvmTXF+z6OuazJsSEHabcYRHF4ZPhDuTkHNKNMCvbqyxD0Brogp4r4WV2xJTdCW26FVvIz7T3wYHAfR4OMZe3k5MQa1h+z6Hk15tbynje8JI8hXXhfg9/YxC7r8XYmWnXg4tnfV5XedXULc9bcuRiik3FLKgTbOPhEIt2DkYR++OPZ8HWIwXCv8VQUH3eltlAizLntICspn0mM1r0vC/7Fgpe9bM65oMsupB2tx8hPAklZpv70wxDy/I6owAlZoGyom2P+QaZyX6oMpHxmYO59KRg1IVwYALZmGkcoyj0qBAgm1ekGmBo2wyoqlhBi0Zy2jaKUT4UrB2UyirVkteniiM90C2+YXVblXXGCnZVVE2T1/mRQFyqimNB3UnGt0HM9Aent1twseqT1vQsXmzJyZ9I7v9O/U87NXYQxqWZ0YUnMl5EvyCUJLlF4EnBTwJPNcTaAlyxigNXNIMKaMGKhvaMlZS1bSlK3hdiqNIs0PCzDvDJDiBwh6V0g3aLNp88seIWOUcQ/CMKp/vp1euP055U5kJ7UvCK9sQ2rWkfCt7WVYYxSCHeln1O+74VlClVqbJQDUuivc3LOi/O8n66yLvH6ZHUAjSPARmsw/+9m8CHD0BMq01sknX335w2OJIhdv6D8fTRGfTX++O8KVcmOxw+p4J/cUAmqC+p24v6koJX6ktU61p9DLPypkSZVnFqizqnom4YFVxhwWyopZRJ6qt4Xp9VHxj1hVPvnzg8qaaF46TgFceJPVlznPQySuK4Zuc53o/CPNr7OJeuboz60WrzFblPqnXhPvHJ+Mh9Yq9W3Cex2jbn782br6jc+Li39gumt596fD/Fa2vZo9/vTDcPTn+sfrXJM1x7ad3bYbTvyeFPw8ZiXw==	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "Access Port", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 62, "upstream": {}, "resource": {"resource_id": "RES-123825", "resource_type": "Access Port", "serial_number": "SN7636879239", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.472782+00	2026-12-06 15:15:41.493964+00	2026-12-06 15:15:41.493966+00	2	\N	1
52	7	plan_resource_order	6	completed	z1:eJztVt1v2zYQ/1cCPpsZJVFffkuxDOswdMPSoQ9FIVDkySUqky5JpcsC/+892laibvXGokCLAn2TTqfj3e+D5D1RIgiyvice3K02mw7+kq+F2QBZk19/fEZvfvvz+c9kRRxstDUxaI3ChxXZOW2dDncYM9ZtxYgxP4pOjsJ7DPbOmr8hBid3C3edAVCgyDq4CVbEOgWu0/herYiQ0k4mHF7zFdEBtp2Ht2SdxW/huLBQKhbbgcSXp7/f8osrpRzgWitixDY2/GTy2mDk4ifdO7h4agI4A+HQrFWTDJ2DAfMwgEM6LA1O+6Cljwj0wqh3WoXXZF0yhksFgZ86vSPrQYwem/bYWbezPkir4no3L7Kri+zqKtazJsSCHZbc4hR8/5/pDuTkHOKN4axsLxnDoDXQBX2YJC/ZMabsVmjTLeDiKzLtfHAgcJ37fazl7eQkxBnm50Mq+eP6hhZFU5cleUzrwt0O/g0h8q/F2Jlp24OLzT6rsLG8LnmbkyMYU6QV01EpSOR+H6d2DkYRGfLHZpB8xED4N5Exptq2aDM6NEJRzoSgTV62tMSeuMirJhPioA8pYw8nZUi73Y0QHqUSqx0IYozVlYSWFjX0lLfNQEUtWspyqOs2k/UATcw7zJ6UjMIQDkwgazONY1SFHhEQlNtLospC8GwA2vZ9TvmApQTvC9oUdV81SjSy6smr08QRHuhm52R1W5U1y3h2yau2qFh1BBCO9MWBupOQb4JwUaDB6c0GXJz6JDZ9UC9ScnIogvvdq9+2VyOFMM5sRh+ewHgeDRO/pmhuVnhS8qPCUx2x9EA/SDk0PKNcAqe8FwNt817RahDV0JZcQS2TPMAZr896wCd7gMAtztIN2s3qfHTFAlwEHYPgH6Jw2qFevvo47klzzrgnJS9wT+RpiXtdqIwJVVFeKEl5jdunaJAqNdTQMuBtP2QJuLc8z8qzsJ928u7h/EhiAM1jQAbr8L+3E/jwQRDLahM5su7uh9MCRyzE1n9wQH38FPrnDnLelQuX7ff/p4KveUYmyC+J7ll+SckL+SXKdSk/UFlRKyhpnwn8pYw7BZalPGcclcsyVVdp8qtYcVZ/YNQnHnyfY/GkmWaMk5IXGCdyssQ46XKUgnHBSn4W490ozIPBjyfT5bVRv1htviD2SbPO2CfeGh+wT+RqgX0SqkV2HtXrL6jceMG39hPObz/1eIOKN+p5jX63Nd3h5PTH6ReLPMFvL6x7M4z2Hdm/BxAPbDc=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 1, "action": "add", "spec": "IPv4 Address", "name": "Business Fibre Internet", "product_ref": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}, "site_postcode": "SW1A 1AA", "recurring": "159.00", "one_time": "250.00", "domain_order_id": 64, "upstream": {}, "resource": {"resource_id": "RES-338755", "resource_type": "IPv4 Address", "serial_number": "SN6159275492", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.472783+00	2026-12-06 15:15:41.494582+00	2026-12-06 15:15:41.494583+00	2	\N	2
53	7	plan_resource_order	6	completed	z1:eJztVk1v3DYQ/SsGz0tXlKgP7s1BDTRFkQZ1ihyCQKDI0VawRG4oyq1r7H/PUPslB1mUQQDn0ps4HM1w3nvD4RPR0kuyfiIjuIfObGr4R/0lzQbImvz28xt69/uf734hK+Jg01kTjNZo/FiRreus6/wj2ox1g+zRNvayVr0cRzQ2zpp/IRgn9wCPtQHQoMnauwlWxDoNru5wXayIVMpOxs/LdEU6D0M9wqd5IZXfJ5Zah2BbULh4/faBX73qrbpHm5FDOO6dl75TV6/fnja2zupJ+dpBi/towNIcBgTXjeiKp3zaYUjMV2/t6JXVc5z37OaK3dzMVavJOYQFzSy5ThK0WQO17+aMab43aTvIztSLmsoVmbajdyCHfRIHo52cggD18Xt2JX/c3tGUF3mRk7Nb7R+38GWdSFEn+9pMQwMuHPRNUpYpz1hepWEb658C8hgEyUSsd5hYWeeglwHEQ73Ij6+9HO/RVTcZT0QiaNG0GeWqkFTwLKFl28o2Y1nbNMlMoVIQWN2Tp+yw7cGf2QzRQnSiVJFVShRUlZpRnkNJBcsU1VXKEqZ1UgALfnPlUc7IonRgPFmbqe8DhV2v0UDWH0hZqiZpBFBWpZryTKa0KltNdZGlotKs5TknHw8VB3igPoqblaLIy4Rxds0LIcrA2OyB5PF9QfVBa6gr5/Ec3nWbDbhQdSv7EcvuDErJICWHJkJw/2+nF2ingDP0R8hDqxzO/C6oGk1RwjjKMMr5LMNY2S6FWrG0xJCS5lUuKG9SRSuugbYFqlA0oHkFEUItkyRll4U6RguVwAPWUredO0roLN0FuAg6GmE8WeFwjXz4+HXco+o84h7lvMA9kqcl7oWuykrnBWUgkKpWJFQ2sqEiL0uWVEWe6SYCd8GrNOcXcT/ct/Xpjo+iQFljQHnr8L9PE4z+mRHDdiaQZN3jT4cEezDkMD4bIl+bFF92+eWWXDTZbvdfIvhxUyxCe1FcH7UX5bzQXqRWnw2nNM3wLqgoSwWO1kRy2hQV/tcyVZSFFqzN4rRXMnZRe2D0N46m7+nvqJpO92qM8wLjSE6WGEc9X2IwFqy43N/bXppTc+/H0vWt0b/azrwg9lG1HrGPfNed79Y4rhbYR6HK08vT6vYFlRse4NZ+w/AepwZfO+HNe8zRbAdTz2Nz3Fe/SPIK995bd9/29m+y+wwwBCBz	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "IPv4 Block", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 67, "upstream": {}, "resource": {"resource_id": "RES-246565", "resource_type": "IPv4 Block", "serial_number": "SN0772431582", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.472783+00	2026-12-06 15:15:41.495181+00	2026-12-06 15:15:41.495183+00	2	\N	3
54	7	plan_resource_order	6	completed	z1:eJztVt+P3CYQ/lcinperMcY2+3ZVT6qqNpVyqfIQRRaG8daKFzaAL71G+7932J9OlGuJKl1f+maG8Qzzfd8wfCJGRUXWn0gA/zDaTQd/6N+V3QBZk59/eEnvf/3t9Y9kRTxsRmeT0VmDHyuy86PzY3xEm3V+qya0hUl1elIhoLH3zv4JyTj7B3jsLIABQ9bRz7Aizhvw3YjrekWU1m628bAsV2SMsO0CfCBrnvbiMbEyJgXbgcbFKzdH8Li2apuO+ouyagPmxcW+887MOnYeBtxGA1blMRb4McRRh1Tyx3EYj+fZY2DM2u1ciNqZFPH+Dbt9wW5vD7Xr2XsEB81M3BQF2pyFLo6H3NXJZNxWjba7VtYUKzLvQvSgtphvnyIFN3sNKfv5++BKXt3dU86bomrJ1a2LjztYVoskjWrq7LztcY2HfNnyivOybNp0ghBVnBP2GADpRLT3mFQ772FSCcZwPAYyFLuownt0NW2vhxY47Q2vaCWZoa3QhpayL3vQRkApDyRqDYnXI33abXcTxCufKdoBVK5SQMVoy42iVdMy2tdS0qGSXHEAXRci+R2qznJGMpUHG8naztOUmBwngwayfkvqkqta1ZI2gks8fdPTtm4MFQVjig1lwauSvDtVnOCB7ixv1shaNAWr2E2FuMuyPQKIW3V1LKg7qe0+Kh/xHNGPmw34VPWgpoBljxaJsUjJqY0Q3P8b6tkaKqEN0xn41Cyn079O2kZTljzOYsxyvooxV7xLuYKGsi8Zp6rQjFaibalSQlJZGmWaAZoKf8mRq+DNk2oN2Wol8ICldMPozzq66neBLWKORggXK5zukrfvvg57Vpln2LOcF7Bn0rSEvZJVLRVDR8MwhakqqlrM0wquTaNZUdYyA3Yp6lKIJ3E/Xbrd5ZLPokA7a0FH5/G/DzOE+JkRw442keT843enBEcw1DZ8NkW+HBVftvnT3bi4Ofb7fxLAfzPCMjSXxfFZc1nOC81lanSpOd5Lbko1UIHJaDVwRqXGe0KCGgQfesVETquj5pr66ckE1nzjXPo3fZ1V02W25zgvMM7kZIlx1tslB+OmFPWTGO8mZS9NfZxGN3fW/ORG+4zYZ9V6xj7zUXcdZXlcLbDPQlX8zZvq7hmVm17ezn3DzA5zj++d9OA95+h3W9sdxmU4Vr9I8j3uvXH+/TC5j2T/Fy+5J6g=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Router", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 70, "upstream": {}, "resource": {"resource_id": "RES-337048", "resource_type": "Router", "serial_number": "SN8343322780", "status": "reserved"}}			\N	\N	2026-12-06 15:15:41.472784+00	2026-12-06 15:15:41.496082+00	2026-12-06 15:15:41.496086+00	2	\N	4
60	9	plan_service_order	6	completed	z1:eJztVk1v3DYQ/SsGz8s1KVFfvjmpgaJo0yCbNocgEChxtBWiJTck5dQN/N87lFa2UmQTBgV8CnzhDsfz8ea9oT4RJb0kV5+IA3vb630Nf7d/Sb0HckV+/ekF3f3+x+ufyYZY2PdGB6PRCg8bcrS9sb2/Q5s29iAHtLlB1u0gnUNjY43+B4JxtLdwV2sABYpceTvChhirwNY9/s43RLatGbWffiYb0ns41A4+kKs03Pk5sVQqBDtCiz+ev7y5eGnNbe/wEsvGGy0PoejfpJZ7UBevzOjBTnUaNba+ttDhNRqwP4tRwfbO960LzX/su36u7B5TYP76aJxvjQoRd2/49QW/vp5QaEdrQ74rwrMtY2gzGmrfT7nFyaTMQfa6fuyx4A8wWHDj4NHZglR36DwencfzIdRxKhpP6GZG28L6PIUir252NE0LJsqpoNOVvzuGCh66xnH2cqj1eGhCQLJ7UaYiTZOkKEOFzks/uqmKMHicy/39/WYmwZz0dJxz7v58TlmOfwWZpgXOIUI2tLEHyi7Ty5TjTX+scUoYMkTmbMtZsU1Esq3WGcNAb4GEdK2xFgYZBhzGgBbkjq+9dO/RsRQNL0TCKE8qQUU4yURI2mVV3kiRlWUmJ3pN9SzEas3hOIB/ZFqINg054VhLmSZUcFFSUVZAm0JmtCwhbXMhirxSwW/qOMoZySUtaIRBj8MQmNUP2D6y9S2pSqbSrEooSxsMwHlBG560GKrIGC8FKwWQd6eOAzhQL8LjRZVnBeOCb7OEs5LP6OFNLuZ+6pMMdl7iENBm+/0ebGi6k4PDrnuNPNDIgJO+EdsfSv+h9JPSAxtgWIgRIp4wfR2kh6Yo9i5aiXJ+1EqsttZqKgvWsS7PaZ42KRWpSqnkqqDA8py3JUsEkiVGTZg6PysnFy0nArfYS931diH6o8BW4OLI0QjuwQqnXff23Zdxj+pzwT3KeYV75JzWuHMlIcsaRnPoFDp2Ca2avKQ5UyLLu4xDm0fgLliaiOIs7tOTEP53eX+iRtAaraH1xqLSPozg/GdGDHtcrY3LJccMiDy41SP35TXz3310fll8Y6N+fQ3NavwadZ76WY7gaRQvFp5GOa94GsnrNU8FMFlVHToWilFkchG2iaJlU5aFwG+FXIk4nubF+f0AWn3nY/t/dkFUTwvGUc4rjCNn8tkOjvkei8E4bJ6zGB8HqZc9ML+r2xutfjG9fkLoo1p9WMNx36kP0EeOagV9FKhpnp4F9eYJiYs2a8x3vPNubHBTh+W15GiOB11PL6ybu18leYZ3b4x93w3mI7n/F9ATjdo=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "CPE Provisioning", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 71, "survey_result": "ready", "upstream": {"Router": {"resource": {"resource_id": "RES-337048", "resource_type": "Router", "serial_number": "SN8343322780", "status": "reserved"}}}, "service": {"service_id": "SVC-060607", "access_port": "ge-0/3/31", "ip_address": "10.107.242.9", "status": "active"}}			\N	\N	2026-12-06 15:15:41.522252+00	2026-12-06 15:15:41.540909+00	2026-12-06 15:15:41.540912+00	2	\N	3
64	6	plan_product_order	6	completed	z1:eJztVk2P2zYQ/SsLns2tqA9S8m3TJmiKICmw2+QQBAJFjh0hMulQlNvtwv+9Q8nyKkndMigQ9JCbNEPNx5v3OHogWnpJ1g+kB3dozbaGP9R7abZA1uTFTy/p7avf7n4mK+Jg21oTjNZofFiRvWuta/092ox1O9mhre9krTrZ92hsnDV/QjAO7gD3tQHQoMnauwFWxDoNrm7xna+IVMoOxo+v6Yq0HnZ1Dx/JOg8+PyWWWodge1D48tz0XnadDL6rX53Vg/LoNXIHn3nHSkd/7WCDTjRghw7jgmt73yos9uGIkTFtvbe9V1aHILdv2M0Vu7kZm1eDc4gOmpPrJEGTNVD7dszGqmKyabuTrakfWxPFigz73juQu4DxsxY6ffW6xVTh9fDJw/gFeXb7muZVxlgICGbbImwO7TdGXv2IxcmQR/qQN01STllKk2pE3vpQXblOEjSux4LwuB/CLHr1HvTQIfzH8zwc9EMXvsHq9P3YkkfUXYuTXJNXL+9YmuUFF+SI3zRt1439P8yP9TilseYnz1/QQvCcC0a+GOYJ/C+nEgnquYdAhAOM1SjrHEyBTsNDzvnay/5DwKXJS5FnBZWMS5oDY1SKRtIs0VlRNHlaiDHwoBQEpk6EVHa378A/MjREC9FJxjPBypxRVaYlzXlR0oqDoJusrEAILqpGh3MjFlGHERXpwCAoZui6wMe202gg67cky3VZpTKjDQBWr8qKVkJzmmZJCYxzkcicvDt1HMCBehYsExXH3ljOrouSMZZWE3zo4vnUUH3Sz62XLgjGu3a7BRe63siux7Zbg7owsqtPF8Nx9f2K+H5F/OsVEWgC3cwYf7+HE9B3QZRoiuL1WUUxhx9VFKu6pc5UJTeVEjmFCgqaN6KgVZ4ALaQWadJseJOrOJ0FbV2QWR8tMwIHbKXetG4WwKPwFtgiV8Jo+7MVTpfg23d/D3tUmzPsUYeXsMeNaQm74OhMS0FlASlOCskpkxTzpEIkqP4kY5sI2CuWFJxfxH3cFeHbeW9FjUBZY0B565D4Hwfo/SfGcF9N0X6Yw09YyN24JmL33me3VdTFMenrn9jwP9vQEcyMYsLMzKjDC2ZGMnnJTA6lAmCaclAQyJzSUlbI6AQ2nCvZZLyMYiZL04vEBKO/cuv+F/FHtTRDHHV4AXHkSJYQR/2ZRUEsssvi33fS1PNCHzft9VOjf7Gt+YbQR7U6Qx/5x3qGPnJUC+hjQM3xp+IiqE+/IXHR5qz9ir3eDw3OO/zNzzma/c7U40rtp+4XSZ6g7411Hzad/Z0c/wKZHaMJ	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Installation Product", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 75, "upstream": {"Field Visit": {"visit": {"visit_id": "FSV-493110", "engineer": "Ana Costa", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}, "survey_result": "ready", "ont_serial": "ONT1234567"}}, "billing": {"billing_item_id": "BIL-5764671", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}}			\N	\N	2026-12-06 15:15:41.582562+00	2026-12-06 15:15:41.591771+00	2026-12-06 15:15:41.591774+00	2	\N	\N
62	6	plan_product_order	6	completed	z1:eJztllFv2zYQx79KwGfTISlKFvOWdAXWodgKpFsfikKgyLMnRCZdSs6WBfnuO9JWoqz1wGBAMWB7k44nkve7/5/UPbF61OTingwQbju3aeB386t2GyAX5O13P9Lrn35+/z1ZkACbzrsY9M7iw4LsQudDN95hzPmw1T3Ghl43ptfDgME2ePcHxOA+3MJd4wAsWHIxhj0siA8WQtPhe7Ug2hi/d2N6FQvSjbBtBvicXrQZDwtra+NkOzD4cj3qsTNnb96dvQve7s2IQ05v4dnQVe/NTdppSmkCrHEcA1hhwHkhdAOm4mbvH3BmXLbZ+WE03qZ5PvDLM355mYo3+xCQDoY5WzKGMe+gGbu0oigPIeu3unPNrDS1IPvdMAbQ28gY9/TKOwdY0m0id8RuYPaYviTXv7yiK6kEW5HEB4YBNxdGHNoAZefFuShwpNs1yCVAIo5bw/ylkNVSRVQIYh/jEeEtkIcHrLLt+j4Vcj89Ngl3WvTqzVvKuKq4EuSLrhwpfpVwJqAvd4S98CFAr2OTj41A/YzNqIcbTCyqsipUqeiqWjMqayGpluWaSsEtr4BZbqsksURoEpfx210P45Pa4mxxdlLJ1qq2rSmXoqKy5ZaqtbHUSmWFkkqxMvUi4chKRjA6gEMubt/3UVtdjw1BxX4kBgQrBMONM91SudKSKmM5FVUtVS34qq1r8ulYcYQDzWQ+vlJVuWJc8mVZMlarAz0cqeShnubJCiHKfwzdZgMhFr3W/YBVdw4l7nTfHD2ObP93+3/I7bHf0E+tH+92cIT2Pporei9Hn5MbspKf3JDrnrlfRCkNN7ymgnFDpSktrVtR01oIy5QtWYs9zfELL8rThhmyDUPgFmtp1l2YpPxkoRlc7DoGYXiMwvE0+/jp69yz6py4ZyXPuGf2ac69WJe1ZgZou2ottkoVVGMetYWqtVR6ZRRkcK+QOi9Pck/CjN9Od1BWC8zBQj6goT/vYRifBePJc5jtfJr+wEJv03n/gjvsL0dP1ilw8NjfCeLfd+Fm6DNLD5M+s5Jn+szU81yfVhX1urWMtpXUqGu5prVuS1pxLrTgjGkosvQZJXlCneDsCy/Rf3ICZFU0Ec5KnhHO7MizEyDnPyuLcF3xk4x3vXbNdD+ni3P52tkffOe+IfqsUh/Fnff/+Yg+s1Uz9DlQV1zUJ6G+/obCxVjw/gW3+7Bvsd/xf2Zao91tXZPu1eFQ/WyRKxz74MPNuve/kYc/AU7ngis=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 2, "action": "add", "spec": "Static IP Product", "name": "Static IP Block", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "10.00", "one_time": "25.00", "domain_order_id": 69, "upstream": {"IP Connectivity": {"service": {"service_id": "SVC-749207", "access_port": "ge-0/3/23", "ip_address": "10.207.246.9", "status": "active"}}}, "billing": {"billing_item_id": "BIL-0196192", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}}			\N	\N	2026-12-06 15:15:41.551994+00	2026-12-06 15:15:41.563985+00	2026-12-06 15:15:41.563987+00	2	\N	1
63	6	plan_product_order	6	completed	z1:eJztVttu3DYQ/RWDz+aakqib35zUQFukbVCnzUMQCBQ52hLRkhuK2tQN/O8daiWvEscJgwJBgRaLBaQhNcM5c84M3xMlvCCX78kA7qDNtoE/5R/CbIFckmff/UxvfvntxffknDjYamuC0RqFD+dk77R12t+izVi3Ez3ahl40shfDgMbWWfMXBOPoDnDbGAAFilx6N8I5sU6BazS+F+dESGlH46fX9JxoD7tmgLfkMgtr/hhYKBWc7UHiy0/CiC2os1/t6MGdPXdWjdLjuhE7eLA+nXba0TjocBkNmKVD3+D04LUcAgTvdKeP57vDQHiKZm8HL60KHm9eJldnydXVhIUcnUOw0JzkG8bQZg00Xk+x+WxSdie0aU6ZlpjbuB+8A7EL8Z4+vw4nP+gBM5zczWWQsHqcPiU3vz+lrMBfSSa8YBjwdM7j0hYou8gusgRX9L5BnBxMFUjYJmHlJuXppg7QeeHHYA+QHoDc3WGare77OfT82EzwT0Gf/PCM1qyq8E8eVGlG9FNgRwL08EBYFusc9CLUPNQELUgn33gxvAmcYm1RqbSlSZkB5VWpaNtlkqZ1moiMV6yuJ8fjBNDCNWl3+x78iXzB21TxLmVMlUVOmcgz9NdltIZaUNW2PGOtYkmlwr4JjajNiItwYBAWM/Z9oJnusR5I4FekVV0uQJY0lZlCBwnQKhEd5bJtW8aAyYyT13PGARxoFi0mZV3kJUt4sslzVlRJcYQPlwp+TKiZpXHjhQtK8E5vt+BC1p3oB0xbGyyPEX0zax7B/V/9/2H1h/pDv1DB3+5hxu9FUFtoDjGEXeQRtfkkj1g5rQUkizyBTHCa8RxDFBKo4DynaV7xDISosA9ECahMS/6ogIZoARE4YC5Np91C7ZOkVuBi2dEIw70V5vb26vWncY/Kc8E9avMK98g6rXEXbVcKqAvKBcdSMZXSukwkTWTNuCq6PEPOfhn3gqe8SB/FfSJm+HaZSVElkNYYkN46FPfbEQb/gTHke/R2sbg/YiF2k+jjZ9pHnSiqCxwl9jk+/OvmbwQ7o9iwsDNq84qdkWxes7MDmUp0RdtaYJy0ULTO247WLc9TJXibdDFdAdlZp493BTDqK4fqP+kAUTndX0xiNq8wjqzJB1eXmItXDMZZVpaPYrzvhWmWWT1Nzs21UT9abb4h9FGp3g+9uAvpaejFlWoFfRSon+mq19+Qt2hz1n7FcB/GFssdrjNLjHa/M800Vodj8qsgT3DtpXVvut6+I3d/A/0FmXs=	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 3, "action": "add", "spec": "Managed Router Product", "name": "Managed Router", "product_ref": "", "characteristics": {"wifi": true}, "site_postcode": "SW1A 1AA", "recurring": "15.00", "one_time": "45.00", "domain_order_id": 72, "upstream": {"CPE Provisioning": {"service": {"service_id": "SVC-060607", "access_port": "ge-0/3/31", "ip_address": "10.107.242.9", "status": "active"}}}, "billing": {"billing_item_id": "BIL-9088908", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}}			\N	\N	2026-12-06 15:15:41.551995+00	2026-12-06 15:15:41.564626+00	2026-12-06 15:15:41.564628+00	2	\N	2
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
1	1	2026-12-06 15:15:40.667618+00	2	captured	captured via api	{}
2	1	2026-12-06 15:15:40.668237+00	2	acknowledged		{}
3	1	2026-12-06 15:15:40.685817+00	2	process_started	customer_order version 1	{"instance": 1}
4	1	2026-12-06 15:15:40.689403+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
5	2	2026-12-06 15:15:40.742138+00	2	captured	captured via api	{}
6	2	2026-12-06 15:15:40.742156+00	2	acknowledged		{}
7	2	2026-12-06 15:15:40.74588+00	2	process_started	customer_order version 1	{"instance": 2}
8	2	2026-12-06 15:15:40.748151+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
9	2	2026-12-06 15:15:40.842918+00	\N	decomposed	15 domain orders	{"domain_orders": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
10	2	2026-12-06 15:15:40.85514+00	\N	domain_order_started	resource order 1: ONT (Business Fibre Internet)	{"domain_order": 1, "instance": 3, "plan": "plan_resource_order"}
11	2	2026-12-06 15:15:40.855151+00	\N	domain_order_started	resource order 2: Access Port (Business Fibre Internet)	{"domain_order": 2, "instance": 4, "plan": "plan_resource_order"}
12	2	2026-12-06 15:15:40.85516+00	\N	domain_order_started	resource order 4: IPv4 Address (Business Fibre Internet)	{"domain_order": 4, "instance": 5, "plan": "plan_resource_order"}
13	2	2026-12-06 15:15:40.855169+00	\N	domain_order_started	resource order 7: IPv4 Block (Static IP Block)	{"domain_order": 7, "instance": 6, "plan": "plan_resource_order"}
14	2	2026-12-06 15:15:40.855177+00	\N	domain_order_started	resource order 10: Router (Managed Router)	{"domain_order": 10, "instance": 7, "plan": "plan_resource_order"}
15	2	2026-12-06 15:15:40.855185+00	\N	domain_order_started	resource order 13: Technician Slot (Installation)	{"domain_order": 13, "instance": 8, "plan": "plan_resource_order"}
16	2	2026-12-06 15:15:40.855216+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
17	2	2026-12-06 15:15:40.89923+00	\N	domain_order_completed	resource order 1: ONT (Business Fibre Internet)	{"domain_order": 1, "instance": 3}
18	2	2026-12-06 15:15:40.899252+00	\N	domain_order_completed	resource order 2: Access Port (Business Fibre Internet)	{"domain_order": 2, "instance": 4}
19	2	2026-12-06 15:15:40.899267+00	\N	domain_order_completed	resource order 4: IPv4 Address (Business Fibre Internet)	{"domain_order": 4, "instance": 5}
20	2	2026-12-06 15:15:40.899316+00	\N	domain_order_completed	resource order 7: IPv4 Block (Static IP Block)	{"domain_order": 7, "instance": 6}
21	2	2026-12-06 15:15:40.899333+00	\N	domain_order_completed	resource order 10: Router (Managed Router)	{"domain_order": 10, "instance": 7}
22	2	2026-12-06 15:15:40.899348+00	\N	domain_order_completed	resource order 13: Technician Slot (Installation)	{"domain_order": 13, "instance": 8}
23	2	2026-12-06 15:15:40.908429+00	\N	domain_order_started	service order 14: Field Visit (Installation)	{"domain_order": 14, "instance": 9, "plan": "plan_field_visit"}
24	3	2026-12-06 15:15:40.930941+00	2	captured	captured via api	{}
25	3	2026-12-06 15:15:40.930961+00	2	acknowledged		{}
26	3	2026-12-06 15:15:40.933886+00	2	process_started	customer_order version 1	{"instance": 10}
27	3	2026-12-06 15:15:40.936052+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
28	3	2026-12-06 15:15:40.96022+00	\N	decomposed	15 domain orders	{"domain_orders": [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
29	3	2026-12-06 15:15:40.968307+00	\N	domain_order_started	resource order 16: ONT (Business Fibre Internet)	{"domain_order": 16, "instance": 11, "plan": "plan_resource_order"}
30	3	2026-12-06 15:15:40.968318+00	\N	domain_order_started	resource order 17: Access Port (Business Fibre Internet)	{"domain_order": 17, "instance": 12, "plan": "plan_resource_order"}
31	3	2026-12-06 15:15:40.968327+00	\N	domain_order_started	resource order 19: IPv4 Address (Business Fibre Internet)	{"domain_order": 19, "instance": 13, "plan": "plan_resource_order"}
32	3	2026-12-06 15:15:40.968336+00	\N	domain_order_started	resource order 22: IPv4 Block (Static IP Block)	{"domain_order": 22, "instance": 14, "plan": "plan_resource_order"}
33	3	2026-12-06 15:15:40.968344+00	\N	domain_order_started	resource order 25: Router (Managed Router)	{"domain_order": 25, "instance": 15, "plan": "plan_resource_order"}
34	3	2026-12-06 15:15:40.968352+00	\N	domain_order_started	resource order 28: Technician Slot (Installation)	{"domain_order": 28, "instance": 16, "plan": "plan_resource_order"}
35	3	2026-12-06 15:15:40.968378+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
36	3	2026-12-06 15:15:40.994045+00	\N	domain_order_completed	resource order 16: ONT (Business Fibre Internet)	{"domain_order": 16, "instance": 11}
37	3	2026-12-06 15:15:40.994069+00	\N	domain_order_completed	resource order 17: Access Port (Business Fibre Internet)	{"domain_order": 17, "instance": 12}
38	3	2026-12-06 15:15:40.994083+00	\N	domain_order_completed	resource order 19: IPv4 Address (Business Fibre Internet)	{"domain_order": 19, "instance": 13}
39	3	2026-12-06 15:15:40.994096+00	\N	domain_order_completed	resource order 22: IPv4 Block (Static IP Block)	{"domain_order": 22, "instance": 14}
40	3	2026-12-06 15:15:40.994112+00	\N	domain_order_completed	resource order 25: Router (Managed Router)	{"domain_order": 25, "instance": 15}
41	3	2026-12-06 15:15:40.994128+00	\N	domain_order_completed	resource order 28: Technician Slot (Installation)	{"domain_order": 28, "instance": 16}
42	3	2026-12-06 15:15:40.998565+00	\N	domain_order_started	service order 29: Field Visit (Installation)	{"domain_order": 29, "instance": 17, "plan": "plan_field_visit"}
43	3	2026-12-06 15:15:41.016634+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [18, 20, 23, 26]}
44	3	2026-12-06 15:15:41.024385+00	\N	domain_order_started	service order 18: Access Line (Business Fibre Internet)	{"domain_order": 18, "instance": 18, "plan": "plan_service_order"}
45	3	2026-12-06 15:15:41.024396+00	\N	domain_order_started	service order 20: IP Connectivity (Business Fibre Internet)	{"domain_order": 20, "instance": 19, "plan": "plan_service_order"}
46	3	2026-12-06 15:15:41.024405+00	\N	domain_order_started	service order 23: IP Connectivity (Static IP Block)	{"domain_order": 23, "instance": 20, "plan": "plan_service_order"}
47	3	2026-12-06 15:15:41.024413+00	\N	domain_order_started	service order 26: CPE Provisioning (Managed Router)	{"domain_order": 26, "instance": 21, "plan": "plan_service_order"}
58	4	2026-12-06 15:15:41.095499+00	2	captured	captured via api	{}
48	3	2026-12-06 15:15:41.053461+00	\N	domain_order_completed	service order 18: Access Line (Business Fibre Internet)	{"domain_order": 18, "instance": 18}
49	3	2026-12-06 15:15:41.053483+00	\N	domain_order_completed	service order 20: IP Connectivity (Business Fibre Internet)	{"domain_order": 20, "instance": 19}
50	3	2026-12-06 15:15:41.053498+00	\N	domain_order_completed	service order 23: IP Connectivity (Static IP Block)	{"domain_order": 23, "instance": 20}
51	3	2026-12-06 15:15:41.053514+00	\N	domain_order_completed	service order 26: CPE Provisioning (Managed Router)	{"domain_order": 26, "instance": 21}
52	3	2026-12-06 15:15:41.060755+00	\N	domain_order_started	product order 21: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 21, "instance": 22, "plan": "plan_product_order"}
53	3	2026-12-06 15:15:41.060766+00	\N	domain_order_started	product order 24: Static IP Product (Static IP Block)	{"domain_order": 24, "instance": 23, "plan": "plan_product_order"}
54	3	2026-12-06 15:15:41.060775+00	\N	domain_order_started	product order 27: Managed Router Product (Managed Router)	{"domain_order": 27, "instance": 24, "plan": "plan_product_order"}
55	3	2026-12-06 15:15:41.075401+00	\N	domain_order_completed	product order 21: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 21, "instance": 22}
56	3	2026-12-06 15:15:41.075424+00	\N	domain_order_completed	product order 24: Static IP Product (Static IP Block)	{"domain_order": 24, "instance": 23}
57	3	2026-12-06 15:15:41.075441+00	\N	domain_order_completed	product order 27: Managed Router Product (Managed Router)	{"domain_order": 27, "instance": 24}
70	4	2026-12-06 15:15:41.172936+00	\N	domain_order_completed	resource order 31: ONT (Business Fibre Internet)	{"domain_order": 31, "instance": 26}
71	4	2026-12-06 15:15:41.172955+00	\N	domain_order_completed	resource order 32: Access Port (Business Fibre Internet)	{"domain_order": 32, "instance": 27}
72	4	2026-12-06 15:15:41.172968+00	\N	domain_order_completed	resource order 34: IPv4 Address (Business Fibre Internet)	{"domain_order": 34, "instance": 28}
73	4	2026-12-06 15:15:41.172982+00	\N	domain_order_completed	resource order 37: IPv4 Block (Static IP Block)	{"domain_order": 37, "instance": 29}
74	4	2026-12-06 15:15:41.172997+00	\N	domain_order_completed	resource order 40: Router (Managed Router)	{"domain_order": 40, "instance": 30}
75	4	2026-12-06 15:15:41.173012+00	\N	domain_order_completed	resource order 43: Technician Slot (Installation)	{"domain_order": 43, "instance": 31}
76	4	2026-12-06 15:15:41.177192+00	\N	domain_order_started	service order 44: Field Visit (Installation)	{"domain_order": 44, "instance": 32, "plan": "plan_field_visit"}
82	4	2026-12-06 15:15:41.257919+00	\N	domain_order_failed	service order 33: Access Line (Business Fibre Internet)	{"domain_order": 33, "instance": 33}
83	4	2026-12-06 15:15:41.257938+00	\N	domain_order_failed	service order 35: IP Connectivity (Business Fibre Internet)	{"domain_order": 35, "instance": 34}
84	4	2026-12-06 15:15:41.257951+00	\N	domain_order_failed	service order 38: IP Connectivity (Static IP Block)	{"domain_order": 38, "instance": 35}
85	4	2026-12-06 15:15:41.257963+00	\N	domain_order_failed	service order 41: CPE Provisioning (Managed Router)	{"domain_order": 41, "instance": 36}
98	5	2026-12-06 15:15:41.353133+00	\N	domain_order_completed	resource order 46: ONT (Business Fibre Internet)	{"domain_order": 46, "instance": 38}
99	5	2026-12-06 15:15:41.353153+00	\N	domain_order_completed	resource order 47: Access Port (Business Fibre Internet)	{"domain_order": 47, "instance": 39}
100	5	2026-12-06 15:15:41.353167+00	\N	domain_order_completed	resource order 49: IPv4 Address (Business Fibre Internet)	{"domain_order": 49, "instance": 40}
101	5	2026-12-06 15:15:41.353181+00	\N	domain_order_completed	resource order 52: IPv4 Block (Static IP Block)	{"domain_order": 52, "instance": 41}
102	5	2026-12-06 15:15:41.353196+00	\N	domain_order_completed	resource order 55: Router (Managed Router)	{"domain_order": 55, "instance": 42}
103	5	2026-12-06 15:15:41.353217+00	\N	domain_order_completed	resource order 58: Technician Slot (Installation)	{"domain_order": 58, "instance": 43}
104	5	2026-12-06 15:15:41.357417+00	\N	domain_order_started	service order 59: Field Visit (Installation)	{"domain_order": 59, "instance": 44, "plan": "plan_field_visit"}
110	5	2026-12-06 15:15:41.421177+00	\N	domain_order_failed	service order 48: Access Line (Business Fibre Internet)	{"domain_order": 48, "instance": 45}
111	5	2026-12-06 15:15:41.421195+00	\N	domain_order_failed	service order 50: IP Connectivity (Business Fibre Internet)	{"domain_order": 50, "instance": 46}
112	5	2026-12-06 15:15:41.421208+00	\N	domain_order_failed	service order 53: IP Connectivity (Static IP Block)	{"domain_order": 53, "instance": 47}
113	5	2026-12-06 15:15:41.42122+00	\N	domain_order_failed	service order 56: CPE Provisioning (Managed Router)	{"domain_order": 56, "instance": 48}
126	6	2026-12-06 15:15:41.500566+00	\N	domain_order_completed	resource order 61: ONT (Business Fibre Internet)	{"domain_order": 61, "instance": 50}
127	6	2026-12-06 15:15:41.500586+00	\N	domain_order_completed	resource order 62: Access Port (Business Fibre Internet)	{"domain_order": 62, "instance": 51}
128	6	2026-12-06 15:15:41.500599+00	\N	domain_order_completed	resource order 64: IPv4 Address (Business Fibre Internet)	{"domain_order": 64, "instance": 52}
129	6	2026-12-06 15:15:41.500612+00	\N	domain_order_completed	resource order 67: IPv4 Block (Static IP Block)	{"domain_order": 67, "instance": 53}
130	6	2026-12-06 15:15:41.500626+00	\N	domain_order_completed	resource order 70: Router (Managed Router)	{"domain_order": 70, "instance": 54}
131	6	2026-12-06 15:15:41.500642+00	\N	domain_order_completed	resource order 73: Technician Slot (Installation)	{"domain_order": 73, "instance": 55}
132	6	2026-12-06 15:15:41.504807+00	\N	domain_order_started	service order 74: Field Visit (Installation)	{"domain_order": 74, "instance": 56, "plan": "plan_field_visit"}
138	6	2026-12-06 15:15:41.548879+00	\N	domain_order_completed	service order 63: Access Line (Business Fibre Internet)	{"domain_order": 63, "instance": 57}
139	6	2026-12-06 15:15:41.548899+00	\N	domain_order_completed	service order 65: IP Connectivity (Business Fibre Internet)	{"domain_order": 65, "instance": 58}
140	6	2026-12-06 15:15:41.548914+00	\N	domain_order_completed	service order 68: IP Connectivity (Static IP Block)	{"domain_order": 68, "instance": 59}
141	6	2026-12-06 15:15:41.548929+00	\N	domain_order_completed	service order 71: CPE Provisioning (Managed Router)	{"domain_order": 71, "instance": 60}
142	6	2026-12-06 15:15:41.553904+00	\N	domain_order_started	product order 66: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 66, "instance": 61, "plan": "plan_product_order"}
143	6	2026-12-06 15:15:41.553915+00	\N	domain_order_started	product order 69: Static IP Product (Static IP Block)	{"domain_order": 69, "instance": 62, "plan": "plan_product_order"}
144	6	2026-12-06 15:15:41.553923+00	\N	domain_order_started	product order 72: Managed Router Product (Managed Router)	{"domain_order": 72, "instance": 63, "plan": "plan_product_order"}
145	6	2026-12-06 15:15:41.56777+00	\N	domain_order_completed	product order 66: Fibre Internet Product (Business Fibre Internet)	{"domain_order": 66, "instance": 61}
146	6	2026-12-06 15:15:41.567792+00	\N	domain_order_completed	product order 69: Static IP Product (Static IP Block)	{"domain_order": 69, "instance": 62}
147	6	2026-12-06 15:15:41.567809+00	\N	domain_order_completed	product order 72: Managed Router Product (Managed Router)	{"domain_order": 72, "instance": 63}
59	4	2026-12-06 15:15:41.095518+00	2	acknowledged		{}
60	4	2026-12-06 15:15:41.098305+00	2	process_started	customer_order version 1	{"instance": 25}
61	4	2026-12-06 15:15:41.100438+00	\N	enriched	region: Unknown, serving_exchange: , survey_needed: True, technical_details_needed: True, priority: normal, sla_class: bronze	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}
62	4	2026-12-06 15:15:41.140037+00	\N	decomposed	15 domain orders	{"domain_orders": [31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45], "facts": {"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
63	4	2026-12-06 15:15:41.147961+00	\N	domain_order_started	resource order 31: ONT (Business Fibre Internet)	{"domain_order": 31, "instance": 26, "plan": "plan_resource_order"}
64	4	2026-12-06 15:15:41.147971+00	\N	domain_order_started	resource order 32: Access Port (Business Fibre Internet)	{"domain_order": 32, "instance": 27, "plan": "plan_resource_order"}
65	4	2026-12-06 15:15:41.14798+00	\N	domain_order_started	resource order 34: IPv4 Address (Business Fibre Internet)	{"domain_order": 34, "instance": 28, "plan": "plan_resource_order"}
66	4	2026-12-06 15:15:41.147988+00	\N	domain_order_started	resource order 37: IPv4 Block (Static IP Block)	{"domain_order": 37, "instance": 29, "plan": "plan_resource_order"}
67	4	2026-12-06 15:15:41.147996+00	\N	domain_order_started	resource order 40: Router (Managed Router)	{"domain_order": 40, "instance": 30, "plan": "plan_resource_order"}
68	4	2026-12-06 15:15:41.148004+00	\N	domain_order_started	resource order 43: Technician Slot (Installation)	{"domain_order": 43, "instance": 31, "plan": "plan_resource_order"}
69	4	2026-12-06 15:15:41.148028+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
77	4	2026-12-06 15:15:41.192566+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [33, 35, 38, 41]}
78	4	2026-12-06 15:15:41.198605+00	\N	domain_order_started	service order 33: Access Line (Business Fibre Internet)	{"domain_order": 33, "instance": 33, "plan": "plan_service_order"}
79	4	2026-12-06 15:15:41.198618+00	\N	domain_order_started	service order 35: IP Connectivity (Business Fibre Internet)	{"domain_order": 35, "instance": 34, "plan": "plan_service_order"}
80	4	2026-12-06 15:15:41.198626+00	\N	domain_order_started	service order 38: IP Connectivity (Static IP Block)	{"domain_order": 38, "instance": 35, "plan": "plan_service_order"}
81	4	2026-12-06 15:15:41.198634+00	\N	domain_order_started	service order 41: CPE Provisioning (Managed Router)	{"domain_order": 41, "instance": 36, "plan": "plan_service_order"}
86	5	2026-12-06 15:15:41.278447+00	2	captured	captured via api	{}
87	5	2026-12-06 15:15:41.278466+00	2	acknowledged		{}
88	5	2026-12-06 15:15:41.28147+00	2	process_started	customer_order version 1	{"instance": 37}
89	5	2026-12-06 15:15:41.283627+00	\N	enriched	region: Unknown, serving_exchange: , survey_needed: True, technical_details_needed: True, priority: normal, sla_class: bronze	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}
90	5	2026-12-06 15:15:41.319008+00	\N	decomposed	15 domain orders	{"domain_orders": [46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60], "facts": {"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
91	5	2026-12-06 15:15:41.327195+00	\N	domain_order_started	resource order 46: ONT (Business Fibre Internet)	{"domain_order": 46, "instance": 38, "plan": "plan_resource_order"}
92	5	2026-12-06 15:15:41.327206+00	\N	domain_order_started	resource order 47: Access Port (Business Fibre Internet)	{"domain_order": 47, "instance": 39, "plan": "plan_resource_order"}
93	5	2026-12-06 15:15:41.327214+00	\N	domain_order_started	resource order 49: IPv4 Address (Business Fibre Internet)	{"domain_order": 49, "instance": 40, "plan": "plan_resource_order"}
94	5	2026-12-06 15:15:41.327222+00	\N	domain_order_started	resource order 52: IPv4 Block (Static IP Block)	{"domain_order": 52, "instance": 41, "plan": "plan_resource_order"}
95	5	2026-12-06 15:15:41.32723+00	\N	domain_order_started	resource order 55: Router (Managed Router)	{"domain_order": 55, "instance": 42, "plan": "plan_resource_order"}
96	5	2026-12-06 15:15:41.327238+00	\N	domain_order_started	resource order 58: Technician Slot (Installation)	{"domain_order": 58, "instance": 43, "plan": "plan_resource_order"}
97	5	2026-12-06 15:15:41.327261+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
105	5	2026-12-06 15:15:41.372036+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [48, 50, 53, 56]}
106	5	2026-12-06 15:15:41.37793+00	\N	domain_order_started	service order 48: Access Line (Business Fibre Internet)	{"domain_order": 48, "instance": 45, "plan": "plan_service_order"}
107	5	2026-12-06 15:15:41.377941+00	\N	domain_order_started	service order 50: IP Connectivity (Business Fibre Internet)	{"domain_order": 50, "instance": 46, "plan": "plan_service_order"}
108	5	2026-12-06 15:15:41.377949+00	\N	domain_order_started	service order 53: IP Connectivity (Static IP Block)	{"domain_order": 53, "instance": 47, "plan": "plan_service_order"}
109	5	2026-12-06 15:15:41.377957+00	\N	domain_order_started	service order 56: CPE Provisioning (Managed Router)	{"domain_order": 56, "instance": 48, "plan": "plan_service_order"}
114	6	2026-12-06 15:15:41.440373+00	2	captured	captured via api	{}
115	6	2026-12-06 15:15:41.440392+00	2	acknowledged		{}
116	6	2026-12-06 15:15:41.443222+00	2	process_started	customer_order version 1	{"instance": 49}
117	6	2026-12-06 15:15:41.445336+00	\N	enriched	region: London, serving_exchange: LDN-SOUTH, survey_needed: True, technical_details_needed: False, priority: normal, sla_class: bronze	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}
118	6	2026-12-06 15:15:41.467797+00	\N	decomposed	15 domain orders	{"domain_orders": [61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75], "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}
119	6	2026-12-06 15:15:41.475977+00	\N	domain_order_started	resource order 61: ONT (Business Fibre Internet)	{"domain_order": 61, "instance": 50, "plan": "plan_resource_order"}
120	6	2026-12-06 15:15:41.475987+00	\N	domain_order_started	resource order 62: Access Port (Business Fibre Internet)	{"domain_order": 62, "instance": 51, "plan": "plan_resource_order"}
121	6	2026-12-06 15:15:41.475996+00	\N	domain_order_started	resource order 64: IPv4 Address (Business Fibre Internet)	{"domain_order": 64, "instance": 52, "plan": "plan_resource_order"}
122	6	2026-12-06 15:15:41.476004+00	\N	domain_order_started	resource order 67: IPv4 Block (Static IP Block)	{"domain_order": 67, "instance": 53, "plan": "plan_resource_order"}
123	6	2026-12-06 15:15:41.476012+00	\N	domain_order_started	resource order 70: Router (Managed Router)	{"domain_order": 70, "instance": 54, "plan": "plan_resource_order"}
124	6	2026-12-06 15:15:41.47602+00	\N	domain_order_started	resource order 73: Technician Slot (Installation)	{"domain_order": 73, "instance": 55, "plan": "plan_resource_order"}
125	6	2026-12-06 15:15:41.476042+00	\N	state_changed	acknowledged → inProgress	{"from": "acknowledged", "to": "inProgress"}
133	6	2026-12-06 15:15:41.518644+00	\N	data_provided	survey_result = ready	{"key": "survey_result", "domain_orders": [63, 65, 68, 71]}
134	6	2026-12-06 15:15:41.524944+00	\N	domain_order_started	service order 63: Access Line (Business Fibre Internet)	{"domain_order": 63, "instance": 57, "plan": "plan_service_order"}
135	6	2026-12-06 15:15:41.524955+00	\N	domain_order_started	service order 65: IP Connectivity (Business Fibre Internet)	{"domain_order": 65, "instance": 58, "plan": "plan_service_order"}
136	6	2026-12-06 15:15:41.524963+00	\N	domain_order_started	service order 68: IP Connectivity (Static IP Block)	{"domain_order": 68, "instance": 59, "plan": "plan_service_order"}
137	6	2026-12-06 15:15:41.524971+00	\N	domain_order_started	service order 71: CPE Provisioning (Managed Router)	{"domain_order": 71, "instance": 60, "plan": "plan_service_order"}
148	6	2026-12-06 15:15:41.580744+00	\N	domain_order_completed	service order 74: Field Visit (Installation)	{"domain_order": 74, "instance": 56}
149	6	2026-12-06 15:15:41.583864+00	\N	domain_order_started	product order 75: Installation Product (Installation)	{"domain_order": 75, "instance": 64, "plan": "plan_product_order"}
150	6	2026-12-06 15:15:41.594549+00	\N	domain_order_completed	product order 75: Installation Product (Installation)	{"domain_order": 75, "instance": 64}
151	6	2026-12-06 15:15:41.604586+00	\N	completed	inventory, contracts and entitlements updated	{}
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
1	2	acknowledged	api	UPG-APPROVAL		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	1	2	2026-12-06 15:15:40.664438+00	2026-12-06 15:15:40.692827+00	2026-12-06 15:15:40.668223+00	\N	3	[]	[]	[{"id": "2", "role": "Customer"}]	\N
2	2	inProgress	api	UPG-SURVEY		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	2	2	2026-12-06 15:15:40.740343+00	2026-12-06 15:15:40.860179+00	2026-12-06 15:15:40.742151+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
3	2	inProgress	api	UPG-INSTALL		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	10	2	2026-12-06 15:15:40.929223+00	2026-12-06 15:15:40.971713+00	2026-12-06 15:15:40.930956+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
4	2	inProgress	api	UPG-FALLOUT		\N		184.00	515.00	GBP	[]	f	[]	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}	25	2	2026-12-06 15:15:41.093865+00	2026-12-06 15:15:41.151474+00	2026-12-06 15:15:41.095513+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
5	2	inProgress	api	UPG-TIMER		\N		184.00	515.00	GBP	[]	f	[]	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}	37	2	2026-12-06 15:15:41.276756+00	2026-12-06 15:15:41.330863+00	2026-12-06 15:15:41.278461+00	\N	4	[]	[]	[{"id": "2", "role": "Customer"}]	\N
6	2	completed	api	UPG-DONE		\N		184.00	515.00	GBP	[]	f	[]	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}	49	2	2026-12-06 15:15:41.4387+00	2026-12-06 15:15:41.611573+00	2026-12-06 15:15:41.440387+00	2026-12-06 15:15:41.604571+00	5	[]	[]	[{"id": "2", "role": "Customer"}]	\N
\.


--
-- Data for Name: service_calls; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.service_calls (id, instance_id, task_id, task_name, connector, params, idempotency_key, attempt, status, result, error_code, error_message, created_at, finished_at, next_check_at, requeues, claimed_at, insert_sentinel) FROM stdin;
1	1	bd32a22c-ca64-4e90-a4ae-bff99d09da36	Record enrichment on the order	ordra/record_enrichment	{"order_id": 1, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	1:bd32a22c-ca64-4e90-a4ae-bff99d09da36:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 15:15:40.68391+00	2026-12-06 15:15:40.689521+00	2026-12-06 15:16:10.683059+00	0	\N	\N
2	2	963007c7-7ddf-4b17-97df-2567f483814c	Record enrichment on the order	ordra/record_enrichment	{"order_id": 2, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	2:963007c7-7ddf-4b17-97df-2567f483814c:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 15:15:40.745324+00	2026-12-06 15:15:40.748239+00	2026-12-06 15:16:10.745152+00	0	\N	\N
3	2	a5ac934d-5b9b-4773-8471-39521bdef3b5	Decompose into domain orders	ordra/decompose	{"order_id": 2, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	2:a5ac934d-5b9b-4773-8471-39521bdef3b5:1	1	done	{"order_id": 2, "domain_orders": [{"id": 1, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 2, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 3, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 4, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 5, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 6, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 7, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 8, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 9, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 10, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 11, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 12, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 13, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 14, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 15, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 15:15:40.776366+00	2026-12-06 15:15:40.855378+00	2026-12-06 15:16:10.776194+00	0	\N	\N
10	2	c769a222-8160-410a-873c-bee2c0ca408b	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 2}	2:c769a222-8160-410a-873c-bee2c0ca408b:1	1	waiting	\N			2026-12-06 15:15:40.857848+00	\N	2026-12-06 15:16:10.856621+00	0	\N	\N
4	3	c8513441-ccb7-48dc-895c-7268dd7c1fa8	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	3:c8513441-ccb7-48dc-895c-7268dd7c1fa8:1	1	done	{"resource_id": "RES-626017", "resource_type": "ONT", "serial_number": "SN8182889696", "status": "reserved"}			2026-12-06 15:15:40.853617+00	2026-12-06 15:15:40.888105+00	2026-12-06 15:16:10.85283+00	0	2026-12-06 15:15:40.776243+00	0
5	4	3861c9a0-57e7-4384-82c4-e593dcc8690d	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	4:3861c9a0-57e7-4384-82c4-e593dcc8690d:1	1	done	{"resource_id": "RES-611662", "resource_type": "Access Port", "serial_number": "SN2099683604", "status": "reserved"}			2026-12-06 15:15:40.853619+00	2026-12-06 15:15:40.888118+00	2026-12-06 15:16:10.852881+00	0	2026-12-06 15:15:40.776243+00	1
6	5	ab7ec121-cc0e-4483-a574-dc6e03694f30	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	5:ab7ec121-cc0e-4483-a574-dc6e03694f30:1	1	done	{"resource_id": "RES-532068", "resource_type": "IPv4 Address", "serial_number": "SN3164397750", "status": "reserved"}			2026-12-06 15:15:40.85362+00	2026-12-06 15:15:40.888126+00	2026-12-06 15:16:10.85291+00	0	2026-12-06 15:15:40.776243+00	2
7	6	33247cf0-2ea5-4557-82fe-bf360deaecfb	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	6:33247cf0-2ea5-4557-82fe-bf360deaecfb:1	1	done	{"resource_id": "RES-047130", "resource_type": "IPv4 Block", "serial_number": "SN2538605726", "status": "reserved"}			2026-12-06 15:15:40.853621+00	2026-12-06 15:15:40.888132+00	2026-12-06 15:16:10.852939+00	0	2026-12-06 15:15:40.776243+00	3
8	7	7096f769-114c-448a-8c2d-17d33d1b7ca4	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	7:7096f769-114c-448a-8c2d-17d33d1b7ca4:1	1	done	{"resource_id": "RES-982635", "resource_type": "Router", "serial_number": "SN1875831827", "status": "reserved"}			2026-12-06 15:15:40.853621+00	2026-12-06 15:15:40.888139+00	2026-12-06 15:16:10.852965+00	0	2026-12-06 15:15:40.776243+00	4
9	8	82857205-df88-49bd-9714-b59a82b800a7	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 2}	8:82857205-df88-49bd-9714-b59a82b800a7:1	1	done	{"resource_id": "RES-639771", "resource_type": "Technician Slot", "serial_number": "SN4318102280", "status": "reserved"}			2026-12-06 15:15:40.853622+00	2026-12-06 15:15:40.888146+00	2026-12-06 15:16:10.85299+00	0	2026-12-06 15:15:40.776243+00	5
11	10	19d6f0e9-6196-4d92-b55e-9a3392aa3d96	Record enrichment on the order	ordra/record_enrichment	{"order_id": 3, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	10:19d6f0e9-6196-4d92-b55e-9a3392aa3d96:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 15:15:40.933348+00	2026-12-06 15:15:40.93613+00	2026-12-06 15:16:10.933193+00	0	\N	\N
13	11	81ff31fb-4733-47eb-b494-9113b12cc1b2	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	11:81ff31fb-4733-47eb-b494-9113b12cc1b2:1	1	done	{"resource_id": "RES-037260", "resource_type": "ONT", "serial_number": "SN2792375409", "status": "reserved"}			2026-12-06 15:15:40.967005+00	2026-12-06 15:15:40.98545+00	2026-12-06 15:16:10.966634+00	0	2026-12-06 15:15:40.951797+00	0
14	12	1cf71ae7-b692-4ad2-baa4-d1130da2a1d0	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	12:1cf71ae7-b692-4ad2-baa4-d1130da2a1d0:1	1	done	{"resource_id": "RES-741441", "resource_type": "Access Port", "serial_number": "SN5777559234", "status": "reserved"}			2026-12-06 15:15:40.967006+00	2026-12-06 15:15:40.985462+00	2026-12-06 15:16:10.966682+00	0	2026-12-06 15:15:40.951797+00	1
12	10	d06680e3-f0d3-4202-b28e-cadc707dbc49	Decompose into domain orders	ordra/decompose	{"order_id": 3, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	10:d06680e3-f0d3-4202-b28e-cadc707dbc49:1	1	done	{"order_id": 3, "domain_orders": [{"id": 16, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 17, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 18, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 19, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 20, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 21, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 22, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 23, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 24, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 25, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 26, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 27, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 28, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 29, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 30, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 15:15:40.951915+00	2026-12-06 15:15:40.968467+00	2026-12-06 15:16:10.951748+00	0	\N	\N
19	10	323a84ec-05bc-4a30-8aa0-77a142135b98	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 3}	10:323a84ec-05bc-4a30-8aa0-77a142135b98:1	1	waiting	\N			2026-12-06 15:15:40.97076+00	\N	2026-12-06 15:16:10.969756+00	0	\N	\N
15	13	1e2d3943-22bf-4362-aceb-b6da3a216067	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	13:1e2d3943-22bf-4362-aceb-b6da3a216067:1	1	done	{"resource_id": "RES-657385", "resource_type": "IPv4 Address", "serial_number": "SN0913433648", "status": "reserved"}			2026-12-06 15:15:40.967007+00	2026-12-06 15:15:40.98547+00	2026-12-06 15:16:10.966709+00	0	2026-12-06 15:15:40.951797+00	2
16	14	87809108-9179-4b54-8d0c-00ed3889485f	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	14:87809108-9179-4b54-8d0c-00ed3889485f:1	1	done	{"resource_id": "RES-722136", "resource_type": "IPv4 Block", "serial_number": "SN0439419595", "status": "reserved"}			2026-12-06 15:15:40.967008+00	2026-12-06 15:15:40.985475+00	2026-12-06 15:16:10.966733+00	0	2026-12-06 15:15:40.951797+00	3
17	15	7c4499b1-faa6-42e1-b054-aa6061fa66ac	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	15:7c4499b1-faa6-42e1-b054-aa6061fa66ac:1	1	done	{"resource_id": "RES-295318", "resource_type": "Router", "serial_number": "SN9681336574", "status": "reserved"}			2026-12-06 15:15:40.967008+00	2026-12-06 15:15:40.985481+00	2026-12-06 15:16:10.966756+00	0	2026-12-06 15:15:40.951797+00	4
18	16	8e1e0fa7-4369-4852-bd93-a36cba5b5384	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 3}	16:8e1e0fa7-4369-4852-bd93-a36cba5b5384:1	1	done	{"resource_id": "RES-037168", "resource_type": "Technician Slot", "serial_number": "SN4165906033", "status": "reserved"}			2026-12-06 15:15:40.967009+00	2026-12-06 15:15:40.985486+00	2026-12-06 15:16:10.966778+00	0	2026-12-06 15:15:40.951797+00	5
20	17	b5f79e62-edb1-4a8f-8313-023314453002	Hand the survey result to the order	ordra/provide_data	{"order_id": 3, "key": "survey_result", "value": "ready"}	17:b5f79e62-edb1-4a8f-8313-023314453002:1	1	done	{"key": "survey_result", "domain_orders": [18, 20, 23, 26]}			2026-12-06 15:15:41.013002+00	2026-12-06 15:15:41.024508+00	2026-12-06 15:16:11.012839+00	0	\N	\N
21	18	307f9646-75ec-419c-9cf3-0643752302bf	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	18:307f9646-75ec-419c-9cf3-0643752302bf:1	1	done	{"service_id": "SVC-780489", "access_port": "ge-0/1/9", "ip_address": "10.239.121.91", "status": "active"}			2026-12-06 15:15:41.023348+00	2026-12-06 15:15:41.038122+00	2026-12-06 15:16:11.022976+00	0	2026-12-06 15:15:41.012883+00	0
22	19	7ddb0e98-5c4a-4096-9d91-76433f7d36ac	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	19:7ddb0e98-5c4a-4096-9d91-76433f7d36ac:1	1	done	{"service_id": "SVC-558611", "access_port": "ge-0/3/35", "ip_address": "10.111.234.13", "status": "active"}			2026-12-06 15:15:41.02335+00	2026-12-06 15:15:41.038133+00	2026-12-06 15:16:11.023026+00	0	2026-12-06 15:15:41.012883+00	1
23	20	d6f9b20b-6ad6-4bc7-9741-c38688eda0f0	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	20:d6f9b20b-6ad6-4bc7-9741-c38688eda0f0:1	1	done	{"service_id": "SVC-508034", "access_port": "ge-0/2/2", "ip_address": "10.34.32.36", "status": "active"}			2026-12-06 15:15:41.023351+00	2026-12-06 15:15:41.03814+00	2026-12-06 15:16:11.023053+00	0	2026-12-06 15:15:41.012883+00	2
24	21	1e8b4932-ed3a-477b-8167-9724b4a9b5c9	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	21:1e8b4932-ed3a-477b-8167-9724b4a9b5c9:1	1	done	{"service_id": "SVC-683445", "access_port": "ge-0/1/21", "ip_address": "10.195.233.47", "status": "active"}			2026-12-06 15:15:41.023352+00	2026-12-06 15:15:41.038145+00	2026-12-06 15:16:11.023077+00	0	2026-12-06 15:15:41.012883+00	3
29	25	8283c821-d588-4068-9fdf-60ea365ba8ba	Record enrichment on the order	ordra/record_enrichment	{"order_id": 4, "values": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	25:8283c821-d588-4068-9fdf-60ea365ba8ba:1	1	done	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}			2026-12-06 15:15:41.097844+00	2026-12-06 15:15:41.100514+00	2026-12-06 15:16:11.09769+00	0	\N	\N
31	26	b19761b9-954c-433c-b1b3-853f13f40006	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	26:b19761b9-954c-433c-b1b3-853f13f40006:1	1	done	{"resource_id": "RES-759223", "resource_type": "ONT", "serial_number": "SN7566226313", "status": "reserved"}			2026-12-06 15:15:41.146753+00	2026-12-06 15:15:41.164782+00	2026-12-06 15:16:11.146378+00	0	2026-12-06 15:15:41.131756+00	0
25	17	5bdc4e66-5047-47f2-a52c-abc3c5ff4c57	Book the engineer visit	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 3}	17:5bdc4e66-5047-47f2-a52c-abc3c5ff4c57:1	1	done	{"visit_id": "FSV-208235", "engineer": "Lee Wong", "date": "2026-12-13", "slot": "13:00-17:00", "status": "scheduled"}			2026-12-06 15:15:41.026199+00	2026-12-06 15:15:41.038151+00	2026-12-06 15:16:11.025513+00	0	2026-12-06 15:15:41.012883+00	\N
78	49	07a8a55c-a080-482f-b8c1-35448c301b8b	Close order: inventory, contracts, entitlements	ordra/close_order	{"order_id": 6}	49:07a8a55c-a080-482f-b8c1-35448c301b8b:1	1	done	{"order_id": 6, "products": [1, 2, 3, 4]}			2026-12-06 15:15:41.600802+00	2026-12-06 15:15:41.604657+00	2026-12-06 15:16:11.600631+00	0	\N	\N
74	61	a86f479c-2cd8-45b4-857c-f6a6791182af	Activate billing	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	61:a86f479c-2cd8-45b4-857c-f6a6791182af:1	1	done	{"billing_item_id": "BIL-0031436", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}			2026-12-06 15:15:41.553117+00	2026-12-06 15:15:41.562396+00	2026-12-06 15:16:11.552863+00	0	2026-12-06 15:15:41.555388+00	0
75	62	254c1c18-201c-4c5d-8b28-822d09d50bef	Activate billing	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	62:254c1c18-201c-4c5d-8b28-822d09d50bef:1	1	done	{"billing_item_id": "BIL-0196192", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}			2026-12-06 15:15:41.553118+00	2026-12-06 15:15:41.562407+00	2026-12-06 15:16:11.552907+00	0	2026-12-06 15:15:41.555398+00	1
26	22	09b1ce02-8829-44ad-bf5e-28f39176efeb	Activate billing	billing/activate	{"account_id": 2, "product": "Business Fibre Internet", "action": "add", "recurring": "159.00", "one_time": "250.00"}	22:09b1ce02-8829-44ad-bf5e-28f39176efeb:1	1	done	{"billing_item_id": "BIL-7009926", "account_id": 2, "product": "Business Fibre Internet", "recurring": "159.00", "one_time": "250.00", "status": "active"}			2026-12-06 15:15:41.059756+00	2026-12-06 15:15:41.069914+00	2026-12-06 15:16:11.059428+00	0	2026-12-06 15:15:41.062285+00	0
27	23	8214e972-2a08-4f24-b0a8-24a83a3b3742	Activate billing	billing/activate	{"account_id": 2, "product": "Static IP Block", "action": "add", "recurring": "10.00", "one_time": "25.00"}	23:8214e972-2a08-4f24-b0a8-24a83a3b3742:1	1	done	{"billing_item_id": "BIL-4182714", "account_id": 2, "product": "Static IP Block", "recurring": "10.00", "one_time": "25.00", "status": "active"}			2026-12-06 15:15:41.059758+00	2026-12-06 15:15:41.069926+00	2026-12-06 15:16:11.059478+00	0	2026-12-06 15:15:41.062294+00	1
28	24	57ad7047-268a-47e1-bb49-300b996c2489	Activate billing	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	24:57ad7047-268a-47e1-bb49-300b996c2489:1	1	done	{"billing_item_id": "BIL-8216800", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}			2026-12-06 15:15:41.059759+00	2026-12-06 15:15:41.069933+00	2026-12-06 15:16:11.059506+00	0	2026-12-06 15:15:41.062298+00	2
32	27	bd373cc6-8cd5-4de2-a4a5-2fc9d34bed72	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	27:bd373cc6-8cd5-4de2-a4a5-2fc9d34bed72:1	1	done	{"resource_id": "RES-095115", "resource_type": "Access Port", "serial_number": "SN8171692505", "status": "reserved"}			2026-12-06 15:15:41.146755+00	2026-12-06 15:15:41.164794+00	2026-12-06 15:16:11.146424+00	0	2026-12-06 15:15:41.131756+00	1
33	28	5dffe676-caf1-4342-a8d4-60b41a0cdf4a	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	28:5dffe676-caf1-4342-a8d4-60b41a0cdf4a:1	1	done	{"resource_id": "RES-846236", "resource_type": "IPv4 Address", "serial_number": "SN2106918830", "status": "reserved"}			2026-12-06 15:15:41.146756+00	2026-12-06 15:15:41.164801+00	2026-12-06 15:16:11.14645+00	0	2026-12-06 15:15:41.131756+00	2
47	39	1ff00d84-9490-4fa2-8b5f-220a8e99ef9a	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	39:1ff00d84-9490-4fa2-8b5f-220a8e99ef9a:1	1	done	{"resource_id": "RES-460353", "resource_type": "Access Port", "serial_number": "SN3916380868", "status": "reserved"}			2026-12-06 15:15:41.325962+00	2026-12-06 15:15:41.344352+00	2026-12-06 15:16:11.325634+00	0	2026-12-06 15:15:41.311147+00	1
48	40	cbe20399-798a-4304-977a-7d280b50e2bd	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	40:cbe20399-798a-4304-977a-7d280b50e2bd:1	1	done	{"resource_id": "RES-810845", "resource_type": "IPv4 Address", "serial_number": "SN3295864884", "status": "reserved"}			2026-12-06 15:15:41.325963+00	2026-12-06 15:15:41.344359+00	2026-12-06 15:16:11.32566+00	0	2026-12-06 15:15:41.311147+00	2
63	52	bfccf841-4ce4-4baf-92bd-6fa6f954de7c	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Address", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	52:bfccf841-4ce4-4baf-92bd-6fa6f954de7c:1	1	done	{"resource_id": "RES-338755", "resource_type": "IPv4 Address", "serial_number": "SN6159275492", "status": "reserved"}			2026-12-06 15:15:41.474724+00	2026-12-06 15:15:41.492371+00	2026-12-06 15:16:11.474418+00	0	2026-12-06 15:15:41.459974+00	2
76	63	c651e3a4-345d-46ce-a445-25843eaa8292	Activate billing	billing/activate	{"account_id": 2, "product": "Managed Router", "action": "add", "recurring": "15.00", "one_time": "45.00"}	63:c651e3a4-345d-46ce-a445-25843eaa8292:1	1	done	{"billing_item_id": "BIL-9088908", "account_id": 2, "product": "Managed Router", "recurring": "15.00", "one_time": "45.00", "status": "active"}			2026-12-06 15:15:41.553119+00	2026-12-06 15:15:41.562414+00	2026-12-06 15:16:11.552934+00	0	2026-12-06 15:15:41.555401+00	2
30	25	44f7a7b7-3b8d-495f-98b8-8397930ac50c	Decompose into domain orders	ordra/decompose	{"order_id": 4, "facts": {"serving_exchange": "LAB-1", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	25:44f7a7b7-3b8d-495f-98b8-8397930ac50c:1	1	done	{"order_id": 4, "domain_orders": [{"id": 31, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 32, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 33, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 34, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 35, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 36, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 37, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 38, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 39, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 40, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 41, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 42, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 43, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 44, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 45, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 15:15:41.131882+00	2026-12-06 15:15:41.148111+00	2026-12-06 15:16:11.131712+00	0	\N	\N
37	25	d2baa31d-7d51-42fc-8389-148f63442237	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 4}	25:d2baa31d-7d51-42fc-8389-148f63442237:1	1	waiting	\N			2026-12-06 15:15:41.150471+00	\N	2026-12-06 15:16:11.149333+00	0	\N	\N
34	29	bf7e8f3c-6373-4be6-af2d-dd3dd57baed6	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	29:bf7e8f3c-6373-4be6-af2d-dd3dd57baed6:1	1	done	{"resource_id": "RES-747132", "resource_type": "IPv4 Block", "serial_number": "SN1863981457", "status": "reserved"}			2026-12-06 15:15:41.146756+00	2026-12-06 15:15:41.164807+00	2026-12-06 15:16:11.146473+00	0	2026-12-06 15:15:41.131756+00	3
35	30	08380434-57fc-406a-ad0c-752008b55f2b	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	30:08380434-57fc-406a-ad0c-752008b55f2b:1	1	done	{"resource_id": "RES-388628", "resource_type": "Router", "serial_number": "SN3866154402", "status": "reserved"}			2026-12-06 15:15:41.146757+00	2026-12-06 15:15:41.164813+00	2026-12-06 15:16:11.146495+00	0	2026-12-06 15:15:41.131756+00	4
36	31	3827647c-7dec-46db-89b5-b86c229803ba	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "ZZ1 1ZZ", "order_id": 4}	31:3827647c-7dec-46db-89b5-b86c229803ba:1	1	done	{"resource_id": "RES-551139", "resource_type": "Technician Slot", "serial_number": "SN5750139927", "status": "reserved"}			2026-12-06 15:15:41.146758+00	2026-12-06 15:15:41.164818+00	2026-12-06 15:16:11.146517+00	0	2026-12-06 15:15:41.131756+00	5
38	32	d765f170-83ee-4f81-9aae-b938ad04ff1f	Hand the survey result to the order	ordra/provide_data	{"order_id": 4, "key": "survey_result", "value": "ready"}	32:d765f170-83ee-4f81-9aae-b938ad04ff1f:1	1	done	{"key": "survey_result", "domain_orders": [33, 35, 38, 41]}			2026-12-06 15:15:41.188964+00	2026-12-06 15:15:41.198723+00	2026-12-06 15:16:11.188804+00	0	\N	\N
39	33	eea141c5-86bb-4650-a94d-6b0d03303b21	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	33:eea141c5-86bb-4650-a94d-6b0d03303b21:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 15:15:41.197505+00	2026-12-06 15:15:41.214712+00	2026-12-06 15:16:11.197196+00	0	2026-12-06 15:15:41.188846+00	0
43	32	434c5d13-9b17-4fd3-9cc6-fdb45b742da3	Book the engineer visit	field_service/schedule	{"site_postcode": "ZZ1 1ZZ", "work": "Install ONT", "order_id": 4}	32:434c5d13-9b17-4fd3-9cc6-fdb45b742da3:1	1	done	{"visit_id": "FSV-735344", "engineer": "Sam Patel", "date": "2026-12-08", "slot": "08:00-12:00", "status": "scheduled"}			2026-12-06 15:15:41.200462+00	2026-12-06 15:15:41.214659+00	2026-12-06 15:16:11.199801+00	0	2026-12-06 15:15:41.188846+00	\N
40	34	0d768a76-c7c4-4518-bc46-4b9c70d03cbe	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}	34:0d768a76-c7c4-4518-bc46-4b9c70d03cbe:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 15:15:41.197507+00	2026-12-06 15:15:41.23227+00	2026-12-06 15:16:11.197243+00	0	2026-12-06 15:15:41.188846+00	1
41	35	fee99d13-fb53-4e2c-a659-ab9b06e2a560	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {}}	35:fee99d13-fb53-4e2c-a659-ab9b06e2a560:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 15:15:41.197508+00	2026-12-06 15:15:41.239365+00	2026-12-06 15:16:11.197271+00	0	2026-12-06 15:15:41.188846+00	2
42	36	fe372d14-c29a-44a5-899d-f6257ae2aa49	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "ZZ1 1ZZ", "serving_exchange": "", "characteristics": {"wifi": true}}	36:fe372d14-c29a-44a5-899d-f6257ae2aa49:1	1	failed	{"error": "PORT_UNAVAILABLE", "rule": 1}	PORT_UNAVAILABLE	PORT_UNAVAILABLE: no free access port at the serving exchange	2026-12-06 15:15:41.197508+00	2026-12-06 15:15:41.245608+00	2026-12-06 15:16:11.197295+00	0	2026-12-06 15:15:41.188846+00	3
44	37	5742dc6d-aebe-476e-ba3f-0d42eac4ef25	Record enrichment on the order	ordra/record_enrichment	{"order_id": 5, "values": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	37:5742dc6d-aebe-476e-ba3f-0d42eac4ef25:1	1	done	{"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}			2026-12-06 15:15:41.280997+00	2026-12-06 15:15:41.283707+00	2026-12-06 15:16:11.280835+00	0	\N	\N
46	38	92d15da5-e776-4c5b-9627-00f0d87e5619	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	38:92d15da5-e776-4c5b-9627-00f0d87e5619:1	1	done	{"resource_id": "RES-906802", "resource_type": "ONT", "serial_number": "SN5216708294", "status": "reserved"}			2026-12-06 15:15:41.32596+00	2026-12-06 15:15:41.344341+00	2026-12-06 15:16:11.325586+00	0	2026-12-06 15:15:41.311147+00	0
45	37	64da865d-c75b-48d6-b89d-342cce629954	Decompose into domain orders	ordra/decompose	{"order_id": 5, "facts": {"serving_exchange": "LAB-1", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	37:64da865d-c75b-48d6-b89d-342cce629954:1	1	done	{"order_id": 5, "domain_orders": [{"id": 46, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 47, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 48, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 49, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 50, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 51, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 52, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 53, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 54, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 55, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 56, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 57, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 58, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 59, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 60, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 15:15:41.31127+00	2026-12-06 15:15:41.327432+00	2026-12-06 15:16:11.311106+00	0	\N	\N
52	37	90d15cd1-317b-461f-8718-bc1c04d537f7	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 5}	37:90d15cd1-317b-461f-8718-bc1c04d537f7:1	1	waiting	\N			2026-12-06 15:15:41.329938+00	\N	2026-12-06 15:16:11.328713+00	0	\N	\N
49	41	b04e69a3-f548-4f49-8b0d-3b264bd3734a	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	41:b04e69a3-f548-4f49-8b0d-3b264bd3734a:1	1	done	{"resource_id": "RES-207923", "resource_type": "IPv4 Block", "serial_number": "SN4758237426", "status": "reserved"}			2026-12-06 15:15:41.325964+00	2026-12-06 15:15:41.344364+00	2026-12-06 15:16:11.325683+00	0	2026-12-06 15:15:41.311147+00	3
50	42	454d5621-d45a-40a6-9ba2-4a0bb8cdc452	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	42:454d5621-d45a-40a6-9ba2-4a0bb8cdc452:1	1	done	{"resource_id": "RES-150496", "resource_type": "Router", "serial_number": "SN5967225000", "status": "reserved"}			2026-12-06 15:15:41.325964+00	2026-12-06 15:15:41.344371+00	2026-12-06 15:16:11.325705+00	0	2026-12-06 15:15:41.311147+00	4
51	43	62d66858-75d5-4b9f-9b5e-249474c7ff50	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "TT1 1TT", "order_id": 5}	43:62d66858-75d5-4b9f-9b5e-249474c7ff50:1	1	done	{"resource_id": "RES-078173", "resource_type": "Technician Slot", "serial_number": "SN1502400020", "status": "reserved"}			2026-12-06 15:15:41.325965+00	2026-12-06 15:15:41.344377+00	2026-12-06 15:16:11.325727+00	0	2026-12-06 15:15:41.311147+00	5
53	44	81701999-3342-4a01-badc-2d04874a9828	Hand the survey result to the order	ordra/provide_data	{"order_id": 5, "key": "survey_result", "value": "ready"}	44:81701999-3342-4a01-badc-2d04874a9828:1	1	done	{"key": "survey_result", "domain_orders": [48, 50, 53, 56]}			2026-12-06 15:15:41.368189+00	2026-12-06 15:15:41.37804+00	2026-12-06 15:16:11.368029+00	0	\N	\N
54	45	36267c03-aa10-4264-87e5-7ca799802974	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	45:36267c03-aa10-4264-87e5-7ca799802974:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 15:15:41.37683+00	2026-12-06 15:15:41.392682+00	2026-12-06 15:16:11.376526+00	0	2026-12-06 15:15:41.368072+00	0
58	44	fa29afc3-9279-4f33-90a7-b1f8ee3f72aa	Book the engineer visit	field_service/schedule	{"site_postcode": "TT1 1TT", "work": "Install ONT", "order_id": 5}	44:fa29afc3-9279-4f33-90a7-b1f8ee3f72aa:1	1	done	{"visit_id": "FSV-864097", "engineer": "Jo Evans", "date": "2026-12-10", "slot": "13:00-17:00", "status": "scheduled"}			2026-12-06 15:15:41.379865+00	2026-12-06 15:15:41.392631+00	2026-12-06 15:16:11.379145+00	0	2026-12-06 15:15:41.368072+00	\N
55	46	797524b0-c179-448d-b19f-8c25c1850f2c	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}	46:797524b0-c179-448d-b19f-8c25c1850f2c:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 15:15:41.376831+00	2026-12-06 15:15:41.398413+00	2026-12-06 15:16:11.376572+00	0	2026-12-06 15:15:41.368072+00	1
56	47	4e3e5da4-5fab-4730-b609-0bc6bdb2c4cc	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {}}	47:4e3e5da4-5fab-4730-b609-0bc6bdb2c4cc:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 15:15:41.376832+00	2026-12-06 15:15:41.403887+00	2026-12-06 15:16:11.376599+00	0	2026-12-06 15:15:41.368072+00	2
57	48	38be6ed8-9295-462b-996e-f1250ac65fba	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "TT1 1TT", "serving_exchange": "", "characteristics": {"wifi": true}}	48:38be6ed8-9295-462b-996e-f1250ac65fba:1	1	failed	{"error": "TIMEOUT", "rule": 2}	TIMEOUT	TIMEOUT: provisioning timed out	2026-12-06 15:15:41.376833+00	2026-12-06 15:15:41.409145+00	2026-12-06 15:16:11.376623+00	0	2026-12-06 15:15:41.368072+00	3
59	49	b1e6c124-8483-44da-a58e-6437c4fe6c8c	Record enrichment on the order	ordra/record_enrichment	{"order_id": 6, "values": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	49:b1e6c124-8483-44da-a58e-6437c4fe6c8c:1	1	done	{"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}			2026-12-06 15:15:41.442743+00	2026-12-06 15:15:41.445413+00	2026-12-06 15:16:11.442595+00	0	\N	\N
61	50	4edf62d8-c17a-4150-8607-04302c16b99e	Reserve resource	inventory/reserve	{"resource_type": "ONT", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	50:4edf62d8-c17a-4150-8607-04302c16b99e:1	1	done	{"resource_id": "RES-022029", "resource_type": "ONT", "serial_number": "SN7095912912", "status": "reserved"}			2026-12-06 15:15:41.474721+00	2026-12-06 15:15:41.492353+00	2026-12-06 15:16:11.474345+00	0	2026-12-06 15:15:41.459974+00	0
62	51	2d162e2d-0e6e-4148-b115-1995a52b4af6	Reserve resource	inventory/reserve	{"resource_type": "Access Port", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	51:2d162e2d-0e6e-4148-b115-1995a52b4af6:1	1	done	{"resource_id": "RES-123825", "resource_type": "Access Port", "serial_number": "SN7636879239", "status": "reserved"}			2026-12-06 15:15:41.474723+00	2026-12-06 15:15:41.492365+00	2026-12-06 15:16:11.474391+00	0	2026-12-06 15:15:41.459974+00	1
60	49	f891ef05-0d50-4ec0-a41b-b7cfe8290bf6	Decompose into domain orders	ordra/decompose	{"order_id": 6, "facts": {"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true}}	49:f891ef05-0d50-4ec0-a41b-b7cfe8290bf6:1	1	done	{"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "inProgress"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "inProgress"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "pending"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "inProgress"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "waiting"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "inProgress"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "pending"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "waiting"}, {"id": 70, "type": "resource", "spec": "Router", "state": "inProgress"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "pending"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "waiting"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "inProgress"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "waiting"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "waiting"}]}			2026-12-06 15:15:41.460098+00	2026-12-06 15:15:41.476124+00	2026-12-06 15:16:11.45993+00	0	\N	\N
64	53	81277fda-5859-4b2c-84de-f69659bed48e	Reserve resource	inventory/reserve	{"resource_type": "IPv4 Block", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	53:81277fda-5859-4b2c-84de-f69659bed48e:1	1	done	{"resource_id": "RES-246565", "resource_type": "IPv4 Block", "serial_number": "SN0772431582", "status": "reserved"}			2026-12-06 15:15:41.474725+00	2026-12-06 15:15:41.492377+00	2026-12-06 15:16:11.474441+00	0	2026-12-06 15:15:41.459974+00	3
65	54	ece2b213-a0c1-4588-aa59-92dad7fe7405	Reserve resource	inventory/reserve	{"resource_type": "Router", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	54:ece2b213-a0c1-4588-aa59-92dad7fe7405:1	1	done	{"resource_id": "RES-337048", "resource_type": "Router", "serial_number": "SN8343322780", "status": "reserved"}			2026-12-06 15:15:41.474725+00	2026-12-06 15:15:41.492382+00	2026-12-06 15:16:11.474464+00	0	2026-12-06 15:15:41.459974+00	4
66	55	a18f4947-cd14-477d-a923-3451ed4b6c24	Reserve resource	inventory/reserve	{"resource_type": "Technician Slot", "action": "add", "site_postcode": "SW1A 1AA", "order_id": 6}	55:a18f4947-cd14-477d-a923-3451ed4b6c24:1	1	done	{"resource_id": "RES-576216", "resource_type": "Technician Slot", "serial_number": "SN5685337274", "status": "reserved"}			2026-12-06 15:15:41.474726+00	2026-12-06 15:15:41.492388+00	2026-12-06 15:16:11.474486+00	0	2026-12-06 15:15:41.459974+00	5
68	56	0507eb77-b39f-46b6-8feb-2a12cc2645aa	Hand the survey result to the order	ordra/provide_data	{"order_id": 6, "key": "survey_result", "value": "ready"}	56:0507eb77-b39f-46b6-8feb-2a12cc2645aa:1	1	done	{"key": "survey_result", "domain_orders": [63, 65, 68, 71]}			2026-12-06 15:15:41.515366+00	2026-12-06 15:15:41.525046+00	2026-12-06 15:16:11.515167+00	0	\N	\N
69	57	f979006f-3b2a-4898-9a0a-204fbecaa374	Activate service	provisioning/activate	{"service": "Access Line", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	57:f979006f-3b2a-4898-9a0a-204fbecaa374:1	1	done	{"service_id": "SVC-480253", "access_port": "ge-0/1/13", "ip_address": "10.3.171.55", "status": "active"}			2026-12-06 15:15:41.523777+00	2026-12-06 15:15:41.537763+00	2026-12-06 15:16:11.523467+00	0	2026-12-06 15:15:41.51521+00	0
70	58	7b886c55-8b78-431d-a9b9-520c664831fb	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}	58:7b886c55-8b78-431d-a9b9-520c664831fb:1	1	done	{"service_id": "SVC-578156", "access_port": "ge-0/0/44", "ip_address": "10.156.62.158", "status": "active"}			2026-12-06 15:15:41.523779+00	2026-12-06 15:15:41.537774+00	2026-12-06 15:16:11.523514+00	0	2026-12-06 15:15:41.51521+00	1
71	59	0f8d74ee-2813-4d06-b777-bcf328ffc715	Activate service	provisioning/activate	{"service": "IP Connectivity", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {}}	59:0f8d74ee-2813-4d06-b777-bcf328ffc715:1	1	done	{"service_id": "SVC-749207", "access_port": "ge-0/3/23", "ip_address": "10.207.246.9", "status": "active"}			2026-12-06 15:15:41.52378+00	2026-12-06 15:15:41.537781+00	2026-12-06 15:16:11.52354+00	0	2026-12-06 15:15:41.51521+00	2
72	60	870f0f66-63b3-43d3-a1d7-e0661c8024ec	Activate service	provisioning/activate	{"service": "CPE Provisioning", "action": "add", "site_postcode": "SW1A 1AA", "serving_exchange": "LDN-SOUTH", "characteristics": {"wifi": true}}	60:870f0f66-63b3-43d3-a1d7-e0661c8024ec:1	1	done	{"service_id": "SVC-060607", "access_port": "ge-0/3/31", "ip_address": "10.107.242.9", "status": "active"}			2026-12-06 15:15:41.52378+00	2026-12-06 15:15:41.537787+00	2026-12-06 15:16:11.523564+00	0	2026-12-06 15:15:41.51521+00	3
73	56	e5759b5b-69ad-42f3-9ac6-5f0551d5ec19	Book the engineer visit	field_service/schedule	{"site_postcode": "SW1A 1AA", "work": "Install ONT", "order_id": 6}	56:e5759b5b-69ad-42f3-9ac6-5f0551d5ec19:1	1	done	{"visit_id": "FSV-493110", "engineer": "Ana Costa", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}			2026-12-06 15:15:41.526583+00	2026-12-06 15:15:41.537793+00	2026-12-06 15:16:11.525966+00	0	2026-12-06 15:15:41.51521+00	\N
77	64	c9af9c74-e9e5-4b75-940e-5ad720bf6b4c	Activate billing	billing/activate	{"account_id": 2, "product": "Installation", "action": "add", "recurring": "0.00", "one_time": "195.00"}	64:c9af9c74-e9e5-4b75-940e-5ad720bf6b4c:1	1	done	{"billing_item_id": "BIL-5764671", "account_id": 2, "product": "Installation", "recurring": "0.00", "one_time": "195.00", "status": "active"}			2026-12-06 15:15:41.583357+00	2026-12-06 15:15:41.590718+00	2026-12-06 15:16:11.583143+00	0	2026-12-06 15:15:41.583182+00	\N
67	49	78a92028-c14d-4392-8f61-d03a3009147a	Wait for the domain orders	ordra/await_fulfilment	{"order_id": 6}	49:78a92028-c14d-4392-8f61-d03a3009147a:1	1	done	{"order_id": 6, "domain_orders": [{"id": 61, "type": "resource", "spec": "ONT", "state": "completed"}, {"id": 62, "type": "resource", "spec": "Access Port", "state": "completed"}, {"id": 63, "type": "service", "spec": "Access Line", "state": "completed"}, {"id": 64, "type": "resource", "spec": "IPv4 Address", "state": "completed"}, {"id": 65, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 66, "type": "product", "spec": "Fibre Internet Product", "state": "completed"}, {"id": 67, "type": "resource", "spec": "IPv4 Block", "state": "completed"}, {"id": 68, "type": "service", "spec": "IP Connectivity", "state": "completed"}, {"id": 69, "type": "product", "spec": "Static IP Product", "state": "completed"}, {"id": 70, "type": "resource", "spec": "Router", "state": "completed"}, {"id": 71, "type": "service", "spec": "CPE Provisioning", "state": "completed"}, {"id": 72, "type": "product", "spec": "Managed Router Product", "state": "completed"}, {"id": 73, "type": "resource", "spec": "Technician Slot", "state": "completed"}, {"id": 74, "type": "service", "spec": "Field Visit", "state": "completed"}, {"id": 75, "type": "product", "spec": "Installation Product", "state": "completed"}]}			2026-12-06 15:15:41.47822+00	2026-12-06 15:15:41.596902+00	2026-12-06 15:16:11.4773+00	0	\N	\N
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
1	admin	Process Admin	pbkdf2:sha256:1000$3ud5DsmpnH7BW14g$aafb22ce04614f1b2a2ecc0add0e8602e96af80266ce8456a3af18a631f215a8	t	2026-12-06 15:15:40.603393+00
2	agent	Olivia Agent	pbkdf2:sha256:1000$cB0ST3yqhnmHkt0L$839c5c55d364c434eeca5abed01c75864594da86d4f1415d35c181401a438b7b	t	2026-12-06 15:15:40.606341+00
3	fulfiller	Frank Fulfiller	pbkdf2:sha256:1000$ZDWAkzxB9nSoJLiJ$9378f77757874ec969b9b2c0c65494e5eaf6ff76d5f677dcc74ad375261fd9df	t	2026-12-06 15:15:40.608606+00
4	omanager	Mona Manager	pbkdf2:sha256:1000$19qcfj2yfOY0MaqM$db4faf8d5d0c13e8b557396e5c8344c67cf0869cecaa7185ffca432963c1cf2a	t	2026-12-06 15:15:40.610662+00
5	approver	Arthur Approver	pbkdf2:sha256:1000$4ZdFmR5xLazxgJ85$4df88341c606d63b55744dd437058ac36cb7ac78a8860e6b9854f3fb600052a5	t	2026-12-06 15:15:40.612723+00
6	fmanager	Fiona Fulfillment-Manager	pbkdf2:sha256:1000$Youhd868rzDLflqL$720abd87d893521c3e4ca20e6ea2c06a41d5584dc93df4adf9db456d9a9e94ed	t	2026-12-06 15:15:40.614667+00
7	fallout	Felix Fallout	pbkdf2:sha256:1000$ZX3zbz7HQFH4jLQI$e72d11817d059e805b06d3beaa051721ad6c8fb5fcc6e38841e792538835be3e	t	2026-12-06 15:15:40.616796+00
8	falloutmgr	Fay Fallout-Manager	pbkdf2:sha256:1000$8xMRAKP83sM3qF2G$ad193a0ab4d827d1398b33e3bea6a154e5cae50dd987a287f0a98a56866a129a	t	2026-12-06 15:15:40.618631+00
9	alice	Alice (Acme Ltd)	pbkdf2:sha256:1000$kK7RYJXcortMgBRr$83263d850ee90f08725b0136d69b2bcc4f16067fc99678df7e710c72bc77597d	t	2026-12-06 15:15:40.620584+00
10	bob	Bob (Bravo plc)	pbkdf2:sha256:1000$dbrGZayujRC2BZOX$2fb162249dc76ec05c151b22c9c8eb487e974ce032b805e5922495b5bcd6c05e	t	2026-12-06 15:15:40.622545+00
\.


--
-- Data for Name: work_items; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.work_items (id, instance_id, task_id, bpmn_id, title, role, status, form, instructions, task_data, assignee_id, created_at, due_at, jeopardy, completed_at, completed_by_id, lock_version, insert_sentinel) FROM stdin;
1	1	795a70ce-02f3-48e9-8658-dbcee3312a73	approve_order	Approve order	order_approver	open	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 1 for Bravo plc: 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 1, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 15:15:40.698905+00	2026-12-07 15:15:40.698905+00	on_track	\N	\N	1	\N
2	2	d87ba0b0-84ee-425b-8498-3c254bb786b0	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 2 for Bravo plc: 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 2, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 15:15:40.750088+00	2026-12-07 15:15:40.750088+00	on_track	2026-12-06 15:15:40.772343+00	5	2	\N
3	9	9f2e7690-e82f-4577-bee3-228354aaf213	survey_site	Survey site	fulfillment_agent	open	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 2, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 2, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 14, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-639771", "resource_type": "Technician Slot", "serial_number": "SN4318102280", "status": "reserved"}}}}	\N	2026-12-06 15:15:40.907152+00	2026-12-08 15:15:40.907152+00	on_track	\N	\N	1	\N
4	10	bc47ebe8-6afd-4e7b-a2a0-69dc21655426	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 3 for Bravo plc: 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 3, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 15:15:40.937812+00	2026-12-07 15:15:40.937812+00	on_track	2026-12-06 15:15:40.948743+00	5	2	\N
5	17	bc84cea2-469f-4438-a154-545655d50dd2	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 3, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-037168", "resource_type": "Technician Slot", "serial_number": "SN4165906033", "status": "reserved"}}}}	\N	2026-12-06 15:15:40.997519+00	2026-12-08 15:15:40.997519+00	on_track	2026-12-06 15:15:41.010004+00	3	2	\N
6	17	c8e118dc-110e-4304-bb23-3eee25539a0c	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-208235 on 2026-12-13 13:00-17:00 (Lee Wong): install and test the ONT at SW1A 1AA, then enter its serial number.	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 3, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 29, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-037168", "resource_type": "Technician Slot", "serial_number": "SN4165906033", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [18, 20, 23, 26]}, "visit": {"visit_id": "FSV-208235", "engineer": "Lee Wong", "date": "2026-12-13", "slot": "13:00-17:00", "status": "scheduled"}}	\N	2026-12-06 15:15:41.050102+00	2026-12-08 15:15:41.050102+00	on_track	\N	\N	1	\N
9	32	31a6a958-e6c4-4ead-9069-119398eb1dcc	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site ZZ1 1ZZ (order 4, exchange ): can the fibre be drawn in?	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-551139", "resource_type": "Technician Slot", "serial_number": "SN5750139927", "status": "reserved"}}}}	\N	2026-12-06 15:15:41.176215+00	2026-12-08 15:15:41.176215+00	on_track	2026-12-06 15:15:41.185952+00	3	2	\N
7	25	85fd8eca-d249-400a-bcba-2643864c2861	technical_details	Enter technical details	fulfillment_agent	completed	{"kind": "json_schema", "file": "order_technical_details.json", "schema": {"title": "Technical details", "type": "object", "required": ["serving_exchange"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "serving_exchange": {"type": "string", "title": "Serving exchange", "minLength": 3, "maxLength": 40}, "site_notes": {"type": "string", "title": "Site notes for the engineers", "maxLength": 500}}}, "ui": null}	The site ZZ1 1ZZ of order 4 (Bravo plc) is not in a known serving area: enter its serving exchange.	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "ZZ1 1ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 15:15:41.105063+00	2026-12-08 15:15:41.105063+00	on_track	2026-12-06 15:15:41.115131+00	3	2	\N
8	25	2f85a499-1954-46c0-a5b1-68dd1a57ec8c	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 4 for Bravo plc: 184.00 GBP a month, site in Unknown (exchange LAB-1), priority normal.	{"order_id": 4, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "ZZ1 1ZZ", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "ZZ1 1ZZ", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null}	\N	2026-12-06 15:15:41.119041+00	2026-12-07 15:15:41.119041+00	on_track	2026-12-06 15:15:41.128419+00	5	2	\N
11	37	472fdd5b-0a7d-4120-ba28-55a31f11d575	technical_details	Enter technical details	fulfillment_agent	completed	{"kind": "json_schema", "file": "order_technical_details.json", "schema": {"title": "Technical details", "type": "object", "required": ["serving_exchange"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "serving_exchange": {"type": "string", "title": "Serving exchange", "minLength": 3, "maxLength": 40}, "site_notes": {"type": "string", "title": "Site notes for the engineers", "maxLength": 500}}}, "ui": null}	The site TT1 1TT of order 5 (Bravo plc) is not in a known serving area: enter its serving exchange.	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "TT1 1TT", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 15:15:41.28505+00	2026-12-08 15:15:41.28505+00	on_track	2026-12-06 15:15:41.294969+00	3	2	\N
10	32	8491f219-7833-4813-a112-14a0e6c4d31a	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-735344 on 2026-12-08 08:00-12:00 (Sam Patel): install and test the ONT at ZZ1 1ZZ, then enter its serial number.	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 4, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "ZZ1 1ZZ", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 44, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-551139", "resource_type": "Technician Slot", "serial_number": "SN5750139927", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [33, 35, 38, 41]}, "visit": {"visit_id": "FSV-735344", "engineer": "Sam Patel", "date": "2026-12-08", "slot": "08:00-12:00", "status": "scheduled"}}	\N	2026-12-06 15:15:41.254611+00	2026-12-08 15:15:41.254611+00	on_track	\N	\N	1	\N
13	44	c8b1022c-ba0b-4a52-9024-8c3b5c7c8233	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site TT1 1TT (order 5, exchange ): can the fibre be drawn in?	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-078173", "resource_type": "Technician Slot", "serial_number": "SN1502400020", "status": "reserved"}}}}	\N	2026-12-06 15:15:41.356402+00	2026-12-08 15:15:41.356402+00	on_track	2026-12-06 15:15:41.365352+00	3	2	\N
14	44	d17fd216-3e1c-4f6e-9a84-73b7fe8a34b4	install_ont	Install ONT on site	fulfillment_agent	open	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-864097 on 2026-12-10 13:00-17:00 (Jo Evans): install and test the ONT at TT1 1TT, then enter its serial number.	{"serving_exchange": "", "region": "Unknown", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 5, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "TT1 1TT", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 59, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-078173", "resource_type": "Technician Slot", "serial_number": "SN1502400020", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [48, 50, 53, 56]}, "visit": {"visit_id": "FSV-864097", "engineer": "Jo Evans", "date": "2026-12-10", "slot": "13:00-17:00", "status": "scheduled"}}	\N	2026-12-06 15:15:41.417711+00	2026-12-08 15:15:41.417711+00	on_track	\N	\N	1	\N
17	56	9254291e-6560-4573-bfff-43e33bb3621e	install_ont	Install ONT on site	fulfillment_agent	completed	{"kind": "json_schema", "file": "install_ont.json", "schema": {"title": "Install ONT on site", "type": "object", "required": ["ont_serial"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "ont_serial": {"type": "string", "title": "ONT serial number", "pattern": "^[A-Z0-9]{6,20}$", "examples": ["ONT1234567"]}, "install_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Visit FSV-493110 on 2026-12-09 08:00-12:00 (Ana Costa): install and test the ONT at SW1A 1AA, then enter its serial number.	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-576216", "resource_type": "Technician Slot", "serial_number": "SN5685337274", "status": "reserved"}}}, "survey_result": "ready", "survey_notes": null, "survey_handed_over": {"key": "survey_result", "domain_orders": [63, 65, 68, 71]}, "visit": {"visit_id": "FSV-493110", "engineer": "Ana Costa", "date": "2026-12-09", "slot": "08:00-12:00", "status": "scheduled"}}	\N	2026-12-06 15:15:41.545722+00	2026-12-08 15:15:41.545722+00	on_track	2026-12-06 15:15:41.576055+00	3	2	\N
12	37	b42e85ca-7a9d-4df9-b36e-101bb9d0f78d	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 5 for Bravo plc: 184.00 GBP a month, site in Unknown (exchange LAB-1), priority normal.	{"order_id": 5, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "TT1 1TT", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "TT1 1TT", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "Unknown", "serving_exchange": "LAB-1", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "Unknown", "serving_exchange": "", "survey_needed": true, "technical_details_needed": true, "priority": "normal", "sla_class": "bronze"}, "site_notes": null}	\N	2026-12-06 15:15:41.298654+00	2026-12-07 15:15:41.298654+00	on_track	2026-12-06 15:15:41.307924+00	5	2	\N
15	49	258033f4-d6d6-40bc-8999-c1707e241d21	approve_order	Approve order	order_approver	completed	{"kind": "json_schema", "file": "order_approval.json", "schema": {"title": "Approve order", "type": "object", "required": ["approval_decision"], "properties": {"customer": {"type": "string", "title": "Customer", "readOnly": true}, "recurring_total": {"type": "string", "title": "Monthly total (GBP)", "readOnly": true}, "approval_decision": {"type": "string", "title": "Decision", "oneOf": [{"const": "approve", "title": "Approve: fulfil the order"}, {"const": "reject", "title": "Reject the order"}]}, "approval_reason": {"type": "string", "title": "Reason (shown on the order)", "maxLength": 300}}}, "ui": null}	Order 6 for Bravo plc: 184.00 GBP a month, site in London (exchange LDN-SOUTH), priority normal.	{"order_id": 6, "account_id": 2, "customer": "Bravo plc", "segment": "smb", "channel": "api", "requested_completion_date": null, "requires_approval": false, "approval_reasons": [], "recurring_total": "184.00", "one_time_total": "515.00", "site_postcode": "SW1A 1AA", "approval_decision": "", "approval_reason": "", "adjustments_note": "", "items": [{"seq": 1, "action": "add", "offering": "Business Fibre Internet", "offering_id": 1, "quantity": 1, "characteristics": {"bandwidth": 500, "static_ip": false, "site_postcode": "SW1A 1AA", "contract_term": 24}}, {"seq": 2, "action": "add", "offering": "Static IP Block", "offering_id": 3, "quantity": 1, "characteristics": {}}, {"seq": 3, "action": "add", "offering": "Managed Router", "offering_id": 2, "quantity": 1, "characteristics": {"wifi": true}}, {"seq": 4, "action": "add", "offering": "Installation", "offering_id": 5, "quantity": 1, "characteristics": {}}], "region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze", "enrichment": {"region": "London", "serving_exchange": "LDN-SOUTH", "survey_needed": true, "technical_details_needed": false, "priority": "normal", "sla_class": "bronze"}}	\N	2026-12-06 15:15:41.447118+00	2026-12-07 15:15:41.447118+00	on_track	2026-12-06 15:15:41.457041+00	5	2	\N
16	56	bf45fbee-3c54-47e2-b236-8b605616d110	survey_site	Survey site	fulfillment_agent	completed	{"kind": "json_schema", "file": "survey_site.json", "schema": {"title": "Survey site", "type": "object", "required": ["survey_result"], "properties": {"site_postcode": {"type": "string", "title": "Site postcode", "readOnly": true}, "survey_result": {"type": "string", "title": "Result", "oneOf": [{"const": "ready", "title": "Ready: the fibre can be drawn to the existing duct"}, {"const": "civils_needed", "title": "Civil works needed before the line is built"}]}, "survey_notes": {"type": "string", "title": "Notes", "maxLength": 500}}}, "ui": null}	Survey the site SW1A 1AA (order 6, exchange LDN-SOUTH): can the fibre be drawn in?	{"serving_exchange": "LDN-SOUTH", "region": "London", "priority": "normal", "sla_class": "bronze", "survey_needed": true, "order_id": 6, "account_id": 2, "item_seq": 4, "action": "add", "spec": "Field Visit", "name": "Installation", "product_ref": "", "characteristics": {}, "site_postcode": "SW1A 1AA", "recurring": "0.00", "one_time": "195.00", "domain_order_id": 74, "upstream": {"Technician Slot": {"resource": {"resource_id": "RES-576216", "resource_type": "Technician Slot", "serial_number": "SN5685337274", "status": "reserved"}}}}	\N	2026-12-06 15:15:41.503881+00	2026-12-08 15:15:41.503881+00	on_track	2026-12-06 15:15:41.51266+00	3	2	\N
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

\unrestrict XgtxFaJ29vSW1Qhx5xxL1kZKtkM2llW3KpuVPDTojhxKEkxamgjV7cRvvmwL8u1

