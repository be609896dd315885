/**
 * Schema migrations, applied in order on start (PGlite or PostgreSQL). Append new migrations;
 * never edit one that has shipped.
 */
export const MIGRATIONS: ReadonlyArray<{ id: string; sql: string }> = [
  {
    id: '001_initial',
    sql: `
      CREATE TABLE categories (
        id text PRIMARY KEY,
        name text NOT NULL,
        description text NOT NULL,
        position integer NOT NULL,
        attribute_groups jsonb NOT NULL            -- AttributeGroup[] for the comparison table
      );
      CREATE TABLE products (
        id text PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        category_id text NOT NULL REFERENCES categories(id),
        name text NOT NULL,
        brand text NOT NULL,
        description text NOT NULL,
        price_amount integer NOT NULL CHECK (price_amount > 0),
        compare_at_amount integer,
        currency text NOT NULL,
        images jsonb NOT NULL,                      -- [{ src, alt }]
        attributes jsonb NOT NULL,                  -- attribute id → value
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE variants (
        id text PRIMARY KEY,
        product_id text NOT NULL REFERENCES products(id),
        label text NOT NULL,
        position integer NOT NULL,
        stock integer NOT NULL CHECK (stock >= 0)   -- the CHECK is what makes overselling impossible
      );
      CREATE INDEX variants_product ON variants(product_id);
      CREATE TABLE reviews (
        id text PRIMARY KEY,
        product_id text NOT NULL REFERENCES products(id),
        rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
        title text NOT NULL,
        body text NOT NULL,
        author_name text NOT NULL,
        verified boolean NOT NULL DEFAULT false,
        variant_label text,
        photos jsonb NOT NULL DEFAULT '[]',
        merchant_reply text,
        helpful_count integer NOT NULL DEFAULT 0,
        order_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX reviews_product ON reviews(product_id, created_at DESC);
      CREATE TABLE review_votes (
        review_id text NOT NULL REFERENCES reviews(id),
        voter_id text NOT NULL,
        PRIMARY KEY (review_id, voter_id)
      );
      CREATE TABLE carts (
        id text PRIMARY KEY,
        coupon_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE cart_lines (
        cart_id text NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
        variant_id text NOT NULL REFERENCES variants(id),
        quantity integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (cart_id, variant_id)
      );
      CREATE TABLE coupons (
        code text PRIMARY KEY,                      -- stored upper-case
        kind text NOT NULL CHECK (kind IN ('percent', 'fixed', 'free_shipping')),
        value integer NOT NULL,
        expires_at timestamptz,
        min_subtotal integer,
        usage_limit integer,
        used integer NOT NULL DEFAULT 0,
        customer_id text                            -- set for loyalty reward codes
      );
      CREATE TABLE customers (
        id text PRIMARY KEY,
        email text NOT NULL UNIQUE,                 -- normalised (lower-case)
        first_name text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE orders (
        id text PRIMARY KEY,                        -- the order number shown to the customer
        checkout_id text NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        customer_id text NOT NULL REFERENCES customers(id),
        email text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'paid', 'fulfilled', 'refunded', 'cancelled')),
        currency text NOT NULL,
        subtotal integer NOT NULL,
        shipping integer NOT NULL,
        tax integer NOT NULL,
        discount integer NOT NULL,
        total integer NOT NULL,
        coupon_code text,
        shipping_method text NOT NULL,
        address jsonb NOT NULL,
        referral_code text,
        payment_id text,
        anonymous_id text,
        touchpoint jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        paid_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX orders_customer ON orders(customer_id);
      CREATE TABLE order_lines (
        order_id text NOT NULL REFERENCES orders(id),
        variant_id text NOT NULL REFERENCES variants(id),
        product_id text NOT NULL REFERENCES products(id),
        name text NOT NULL,
        variant_label text NOT NULL,
        unit_amount integer NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (order_id, variant_id)
      );
      CREATE TABLE loyalty_ledger (
        id text PRIMARY KEY,                        -- deterministic ids make awarding idempotent
        customer_id text NOT NULL REFERENCES customers(id),
        kind text NOT NULL,
        points integer NOT NULL,
        reason text NOT NULL,
        order_id text,
        reward_id text,
        occurred_at timestamptz NOT NULL,
        expires_at timestamptz
      );
      CREATE INDEX loyalty_customer ON loyalty_ledger(customer_id, occurred_at);
      CREATE TABLE referral_codes (
        code text PRIMARY KEY,
        customer_id text NOT NULL UNIQUE REFERENCES customers(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE referral_claims (
        id text PRIMARY KEY,
        code text NOT NULL REFERENCES referral_codes(code),
        referee_email text NOT NULL,
        referee_customer_id text,
        status text NOT NULL CHECK (status IN ('claimed', 'rewarded', 'voided')),
        order_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE newsletter_signups (
        email text PRIMARY KEY,
        source text,
        consented_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE survey_responses (
        id text PRIMARY KEY,
        survey_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('nps', 'csat')),
        score integer NOT NULL,
        comment text,
        order_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE journey_events (
        id text PRIMARY KEY,                        -- the event id: a redelivered event is stored once
        name text NOT NULL,
        stage text NOT NULL,
        occurred_at timestamptz NOT NULL,
        session_id text,
        anonymous_id text,
        transaction_id text,                        -- order_completed: one per order, client or server
        origin text NOT NULL CHECK (origin IN ('client', 'server')),
        event jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX journey_events_transaction ON journey_events(transaction_id) WHERE transaction_id IS NOT NULL;
      CREATE INDEX journey_events_time ON journey_events(occurred_at);
      CREATE TABLE processed_webhooks (
        event_id text PRIMARY KEY,
        processed_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    id: '002_domain_abuse',
    sql: `
      -- Only the server's copy of a purchase claims its transaction: a browser copy can no longer pre-empt it.
      DROP INDEX journey_events_transaction;
      CREATE UNIQUE INDEX journey_events_server_transaction ON journey_events(transaction_id)
        WHERE origin = 'server' AND transaction_id IS NOT NULL;

      -- Held reviews wait for moderation: not shown, not counted in the rating.
      ALTER TABLE reviews ADD COLUMN status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'held'));
      -- A race could once store two verified reviews of one order's product: the first stays verified.
      UPDATE reviews SET order_id = NULL, verified = false WHERE id IN (
        SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY order_id, product_id ORDER BY created_at, id) AS n
                          FROM reviews WHERE order_id IS NOT NULL) ranked WHERE n > 1);
      CREATE UNIQUE INDEX reviews_order_product ON reviews(order_id, product_id) WHERE order_id IS NOT NULL;

      -- One pending order per cart (checkout id): older pending duplicates are cancelled as cancelOrder would.
      CREATE TEMP TABLE superseded_orders ON COMMIT DROP AS
        SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY checkout_id ORDER BY created_at DESC, id DESC) AS n
                          FROM orders WHERE status = 'pending') ranked WHERE n > 1;
      UPDATE variants v SET stock = v.stock + returned.quantity
        FROM (SELECT variant_id, sum(quantity)::int AS quantity FROM order_lines
               WHERE order_id IN (SELECT id FROM superseded_orders) GROUP BY variant_id) returned
       WHERE v.id = returned.variant_id;
      UPDATE coupons c SET used = greatest(c.used - returned.uses, 0)
        FROM (SELECT coupon_code, count(*)::int AS uses FROM orders
               WHERE id IN (SELECT id FROM superseded_orders) AND coupon_code IS NOT NULL GROUP BY coupon_code) returned
       WHERE c.code = returned.coupon_code;
      UPDATE orders SET status = 'cancelled', updated_at = now(), idempotency_key = idempotency_key || ':cancelled:' || id
       WHERE id IN (SELECT id FROM superseded_orders);
      CREATE UNIQUE INDEX orders_one_pending_per_checkout ON orders(checkout_id) WHERE status = 'pending';

      -- Money returned to a customer by the shop itself (a payment that arrived for a cancelled order).
      CREATE TABLE order_refunds (
        id text PRIMARY KEY,                        -- the provider's refund id
        order_id text NOT NULL REFERENCES orders(id),
        payment_id text NOT NULL UNIQUE,            -- one refund per payment, whichever process sees it first
        amount integer NOT NULL,
        currency text NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    id: '003_back_office',
    sql: `
      -- Staff of the back office (/admin). A password hash is null until the set-password link is used.
      CREATE TABLE staff_users (
        id text PRIMARY KEY,
        email text NOT NULL UNIQUE,                 -- normalised (lower-case)
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('owner', 'staff', 'analyst')),
        password_hash text,                         -- argon2id
        password_token_hash text,                   -- sha-256 of a one-time set-password token
        password_token_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Sessions: the cookie holds a random token, the table its sha-256, so a leaked table opens nothing.
      CREATE TABLE staff_sessions (
        token_hash text PRIMARY KEY,
        staff_id text NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX staff_sessions_staff ON staff_sessions(staff_id);
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        staff_id text REFERENCES staff_users(id),
        staff_email text NOT NULL,                  -- kept when the account goes
        action text NOT NULL,
        subject text NOT NULL,                      -- e.g. order:NW-1001
        before jsonb,
        after jsonb,
        occurred_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_log_time ON audit_log(occurred_at DESC);

      -- Fulfilment details and staff refunds (full or partial; several per order).
      ALTER TABLE orders ADD COLUMN carrier text;
      ALTER TABLE orders ADD COLUMN tracking_number text;
      ALTER TABLE orders ADD COLUMN fulfilled_at timestamptz;
      CREATE TABLE staff_refunds (
        id text PRIMARY KEY,                        -- the refund form's key: a resubmitted form refunds once
        order_id text NOT NULL REFERENCES orders(id),
        amount integer NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        provider_refund_id text NOT NULL,
        reason text NOT NULL,
        staff_id text REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX staff_refunds_order ON staff_refunds(order_id);

      -- Moderators may reject a review: it stays stored but is never shown.
      ALTER TABLE reviews DROP CONSTRAINT reviews_status_check;
      ALTER TABLE reviews ADD CONSTRAINT reviews_status_check CHECK (status IN ('published', 'held', 'rejected'));
      CREATE INDEX orders_created ON orders(created_at DESC);
    `,
  },
  {
    id: '004_journey_session_days',
    sql: `
      -- The dashboard's per-visit figures, kept up to date by every insert into journey_events
      -- (storeJourneyEvents): one row per UTC day and session, so charting a month reads the month's
      -- sessions, not its million events. Counts what the dashboard counts: not the browser's copies of
      -- sales and refunds. stage / checkout: furthest index reached in STAGES / CHECKOUT_STEPS.
      CREATE TABLE journey_session_days (
        day date NOT NULL,
        session_id text NOT NULL,
        events integer NOT NULL,
        stage smallint,
        checkout smallint,
        added boolean NOT NULL,
        ordered boolean NOT NULL,
        PRIMARY KEY (day, session_id)
      );
      INSERT INTO journey_session_days (day, session_id, events, stage, checkout, added, ordered)
      SELECT (occurred_at AT TIME ZONE 'UTC')::date, coalesce(session_id, ''), count(*)::int,
             max(array_position(ARRAY['awareness', 'consideration', 'decision', 'purchase', 'retention', 'advocacy'], stage) - 1)::smallint,
             max(array_position(ARRAY['checkout_started', 'shipping_info_added', 'payment_info_entered', 'order_completed'], name) - 1)::smallint,
             bool_or(name = 'product_added'), bool_or(name = 'order_completed')
        FROM journey_events
       WHERE NOT (origin = 'client' AND name IN ('order_completed', 'order_refunded'))
       GROUP BY 1, 2;
      -- Sales, refunds and surveys of a range, without reading the range's other events.
      CREATE INDEX journey_events_name_time ON journey_events(name, occurred_at);
    `,
  },
  {
    id: '005_scale_rollups_and_catalog_changes',
    sql: `
      -- The dashboard's figures pre-aggregated as events are stored (storeJourneyEvents, same statement),
      -- so a month reads a row per visit, sale and NPS answer instead of grouping or parsing its events.
      -- One row per visit over all its days: a visit within the range is read from here; only the few
      -- visits that cross the range's first or last midnight are summed from journey_session_days.
      CREATE TABLE journey_sessions (
        session_id text PRIMARY KEY,
        first_day date NOT NULL,
        last_day date NOT NULL,
        events integer NOT NULL,
        stage smallint,
        checkout smallint,
        added boolean NOT NULL,
        ordered boolean NOT NULL
      );
      CREATE INDEX journey_sessions_first_day ON journey_sessions(first_day);
      CREATE INDEX journey_sessions_multi_day ON journey_sessions(last_day) WHERE first_day < last_day;
      INSERT INTO journey_sessions (session_id, first_day, last_day, events, stage, checkout, added, ordered)
      SELECT session_id, min(day), max(day), sum(events)::int, max(stage), max(checkout), bool_or(added), bool_or(ordered)
        FROM journey_session_days GROUP BY session_id;

      -- The server's sales and refunds (never the browser's copies), their fields as typed columns.
      CREATE TABLE journey_sales (
        event_id text PRIMARY KEY,
        name text NOT NULL,                         -- order_completed | order_refunded
        occurred_at timestamptz NOT NULL,
        order_id text,
        currency text,
        amount numeric,
        channel text,
        campaign text
      );
      CREATE INDEX journey_sales_name_time ON journey_sales(name, occurred_at);
      INSERT INTO journey_sales (event_id, name, occurred_at, order_id, currency, amount, channel, campaign)
      SELECT id, name, occurred_at, event #>> '{properties,orderId}', event #>> '{properties,total,currency}',
             (event #>> '{properties,total,amount}')::numeric, event #>> '{context,touchpoint,channel}', event #>> '{context,campaign,name}'
        FROM journey_events WHERE origin = 'server' AND name IN ('order_completed', 'order_refunded');

      -- NPS answers: who answered (user id, else anonymous id), which survey, the score (null: not a number).
      CREATE TABLE journey_nps_answers (
        event_id text PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        respondent text,
        survey_id text,
        score numeric
      );
      CREATE INDEX journey_nps_answers_time ON journey_nps_answers(occurred_at);
      INSERT INTO journey_nps_answers (event_id, occurred_at, respondent, survey_id, score)
      SELECT id, occurred_at, coalesce(event #>> '{context,userId}', event #>> '{context,anonymousId}'), event #>> '{properties,surveyId}',
             CASE WHEN jsonb_typeof(event #> '{properties,score}') = 'number' THEN (event #>> '{properties,score}')::numeric END
        FROM journey_events WHERE name = 'survey_submitted' AND event #>> '{properties,kind}' = 'nps';

      -- Every write to what the catalog pages show, whoever makes it (an order's stock, a published review,
      -- the back office, an import), tells each shop process on commit to drop its in-process catalog cache
      -- (catalog-cache.server.ts listens on this channel).
      -- (one line: migrations are split at a semicolon that ends a line)
      CREATE FUNCTION notify_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('catalog_changed', TG_TABLE_NAME); RETURN NULL; END $$;
      CREATE TRIGGER categories_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER products_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON products FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER variants_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON variants FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER reviews_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reviews FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER review_votes_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON review_votes FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER orders_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON orders FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
    `,
  },
  {
    id: '006_admin_two_factor',
    sql: `
      -- Optional TOTP second factor for staff. The pending secret waits for its first code (enrolment);
      -- totp_last_step is the newest time step used, so a code cannot be replayed.
      ALTER TABLE staff_users ADD COLUMN totp_secret text;
      ALTER TABLE staff_users ADD COLUMN totp_pending_secret text;
      ALTER TABLE staff_users ADD COLUMN totp_enabled_at timestamptz;
      ALTER TABLE staff_users ADD COLUMN totp_last_step bigint;
      -- One-time recovery codes: only their SHA-256 is stored.
      CREATE TABLE staff_recovery_codes (
        staff_id text NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (staff_id, code_hash)
      );
      -- Between the password and the code: a short-lived token in its own cookie, stored as its SHA-256.
      CREATE TABLE staff_sign_in_challenges (
        token_hash text PRIMARY KEY,
        staff_id text NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      -- Back-office settings an owner changes, e.g. require_two_factor.
      CREATE TABLE admin_settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL
      );
      -- An order's journey (first touch, events before the order), read by the journey's anonymous id.
      CREATE INDEX journey_events_anonymous_time ON journey_events(anonymous_id, occurred_at);
    `,
  },
  {
    id: '007_email_outbox',
    sql: `
      -- Every email the shop sends, rendered when it is queued (app/lib/email). Without SMTP_URL it stays
      -- queued (the development page /dev/outbox shows it); with it, the worker sends it: queued → sending
      -- → sent, or back to queued with a later next_attempt_at, or dead after the last attempt.
      -- idempotency_key names the reason for the message (e.g. order-confirmation:NW-10042), so the
      -- same reason never queues a second message.
      CREATE TABLE email_outbox (
        id text PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        kind text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        html text NOT NULL,
        text text NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        locked_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz
      );
      CREATE INDEX email_outbox_due ON email_outbox(next_attempt_at) WHERE status IN ('queued', 'sending');
      CREATE INDEX email_outbox_created ON email_outbox(created_at DESC);
    `,
  },
  {
    id: '008_email_consent',
    sql: `
      -- Newsletter double opt-in (app/lib/newsletter.server.ts). A signup is pending until its
      -- emailed link is opened; only a confirmed row is marketing consent. consented_at is the time the box
      -- was ticked, source the form; the confirm token is stored hashed and expires. Addresses stored before
      -- this migration were single opt-in: they stay pending (no proof of confirmation) until they sign up again.
      ALTER TABLE newsletter_signups
        ADD COLUMN status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
        ADD COLUMN confirm_token_hash text UNIQUE,
        ADD COLUMN confirm_expires_at timestamptz,
        ADD COLUMN confirmed_at timestamptz,
        ADD COLUMN unsubscribed_at timestamptz;
      -- Extra headers of a message (List-Unsubscribe on marketing mail), passed to the mail library as they are.
      ALTER TABLE email_outbox ADD COLUMN headers jsonb NOT NULL DEFAULT '{}';
    `,
  },  {
    id: '009_scale_catalog_change_tags',
    sql: `
      -- The catalog_changed notification names what changed, as a JSON array of tags, so each process's catalog
      -- cache drops only the entries that depend on it (catalog-cache.server.ts): 'product:<id>' (the product row,
      -- its variants' stock), 'category:<id>' (the listings and facets of the category), 'reviews:<product id>'
      -- (its reviews and their votes), 'purchases:<product id>' (its recent paid orders), 'catalog' (everything:
      -- a category, a TRUNCATE, an order deleted). Row triggers: PostgreSQL sends a payload repeated in one
      -- transaction once. A vote only changes the review's helpful count: it names just that product's reviews.
      CREATE OR REPLACE FUNCTION notify_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('catalog_changed', '["catalog"]'); RETURN NULL; END $$;
      CREATE FUNCTION notify_catalog_tags(tags text[]) RETURNS void LANGUAGE sql AS $$ SELECT pg_notify('catalog_changed', array_to_json(tags)::text) $$;
      CREATE FUNCTION notify_product_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'DELETE' THEN PERFORM notify_catalog_tags(ARRAY['product:' || NEW.id, 'category:' || NEW.category_id]); END IF; IF TG_OP <> 'INSERT' THEN PERFORM notify_catalog_tags(ARRAY['product:' || OLD.id, 'category:' || OLD.category_id]); END IF; RETURN NULL; END $$;
      CREATE FUNCTION notify_variant_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM notify_catalog_tags(ARRAY['product:' || p.id, 'category:' || p.category_id]) FROM products p WHERE p.id IN (NEW.product_id, OLD.product_id); RETURN NULL; END $$;
      CREATE FUNCTION notify_review_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM notify_catalog_tags(CASE WHEN TG_OP = 'UPDATE' AND (OLD.product_id, OLD.rating, OLD.status) IS NOT DISTINCT FROM (NEW.product_id, NEW.rating, NEW.status) THEN ARRAY['reviews:' || p.id] ELSE ARRAY['reviews:' || p.id, 'product:' || p.id, 'category:' || p.category_id] END) FROM products p WHERE p.id IN (NEW.product_id, OLD.product_id); RETURN NULL; END $$;
      CREATE FUNCTION notify_review_vote_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM notify_catalog_tags(ARRAY['reviews:' || r.product_id]) FROM reviews r WHERE r.id IN (NEW.review_id, OLD.review_id); RETURN NULL; END $$;
      -- At commit (a deferred constraint trigger): an order's lines are written after its row.
      CREATE FUNCTION notify_order_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN PERFORM notify_catalog_tags(ARRAY['purchases:' || l.product_id]) FROM (SELECT DISTINCT product_id FROM order_lines WHERE order_id = NEW.id) l; END IF; RETURN NULL; END $$;
      DROP TRIGGER products_changed ON products;
      DROP TRIGGER variants_changed ON variants;
      DROP TRIGGER reviews_changed ON reviews;
      DROP TRIGGER review_votes_changed ON review_votes;
      DROP TRIGGER orders_changed ON orders;
      CREATE TRIGGER products_changed AFTER INSERT OR UPDATE OR DELETE ON products FOR EACH ROW EXECUTE FUNCTION notify_product_changed();
      CREATE TRIGGER variants_changed AFTER INSERT OR UPDATE OR DELETE ON variants FOR EACH ROW EXECUTE FUNCTION notify_variant_changed();
      CREATE TRIGGER reviews_changed AFTER INSERT OR UPDATE OR DELETE ON reviews FOR EACH ROW EXECUTE FUNCTION notify_review_changed();
      CREATE TRIGGER review_votes_changed AFTER INSERT OR UPDATE OR DELETE ON review_votes FOR EACH ROW EXECUTE FUNCTION notify_review_vote_changed();
      CREATE CONSTRAINT TRIGGER orders_changed AFTER INSERT OR UPDATE ON orders DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION notify_order_changed();
      CREATE TRIGGER orders_deleted AFTER DELETE ON orders FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER products_truncated AFTER TRUNCATE ON products FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER variants_truncated AFTER TRUNCATE ON variants FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER reviews_truncated AFTER TRUNCATE ON reviews FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER review_votes_truncated AFTER TRUNCATE ON review_votes FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
      CREATE TRIGGER orders_truncated AFTER TRUNCATE ON orders FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed();
    `,
  },
  {
    id: '010_admin_two_factor_reenrol',
    sql: `
      -- When a new secret was started: on an account with two-factor sign-in it was started with a current
      -- code, and may be confirmed only shortly after (REENROL_WINDOW_MS). Secrets pending on such accounts
      -- before this migration were started without a code, so they go.
      ALTER TABLE staff_users ADD COLUMN totp_pending_since timestamptz;
      UPDATE staff_users SET totp_pending_secret = NULL WHERE totp_enabled_at IS NOT NULL;
      DELETE FROM staff_sign_in_challenges WHERE expires_at <= now() OR used_at IS NOT NULL;
    `,
  },
  {
    id: '011_email_consent_record',
    sql: `
      -- The consent a message needs when it is SENT, not only when it was queued (app/lib/email/sender.server.ts):
      -- 'transactional' none; 'opt_in_request' (the double opt-in mail) only while the address's signup is
      -- pending; 'marketing' only while it is confirmed. A message that has lost it (e.g. queued before an
      -- unsubscribe) is kept as 'suppressed', with the reason in last_error, and never sent.
      ALTER TABLE email_outbox
        ADD COLUMN consent text NOT NULL DEFAULT 'transactional' CHECK (consent IN ('transactional', 'opt_in_request', 'marketing'));
      UPDATE email_outbox SET consent = CASE
        WHEN kind = 'newsletter_confirmation' THEN 'opt_in_request'
        WHEN headers ? 'List-Unsubscribe' THEN 'marketing'
        ELSE 'transactional' END;
      ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_status_check;
      ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_status_check CHECK (status IN ('queued', 'sending', 'sent', 'dead', 'suppressed'));
      -- The cart a lifecycle message is about (the abandoned-checkout reminder): suppressed once that cart has an order.
      ALTER TABLE email_outbox ADD COLUMN cart_id text;
      -- The consent record (app/lib/newsletter.server.ts): every opt-in request, confirmation and opt-out of an
      -- address with its time and source, appended and never changed, so signing up again keeps the history.
      -- The rows already stored give their history as far as it is known.
      CREATE TABLE newsletter_consent_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        event text NOT NULL CHECK (event IN ('opt_in_requested', 'opt_in_confirmed', 'opted_out')),
        source text,
        occurred_at timestamptz NOT NULL
      );
      CREATE INDEX newsletter_consent_events_email ON newsletter_consent_events(email, occurred_at);
      INSERT INTO newsletter_consent_events (email, event, source, occurred_at)
        SELECT email, 'opt_in_requested', source, consented_at FROM newsletter_signups
        UNION ALL SELECT email, 'opt_in_confirmed', source, confirmed_at FROM newsletter_signups WHERE confirmed_at IS NOT NULL
        UNION ALL SELECT email, 'opted_out', NULL, unsubscribed_at FROM newsletter_signups WHERE unsubscribed_at IS NOT NULL;
    `,
  },
  {
    id: '012_search_full_text_trigrams_stats_and_lastmod',
    sql: `
      -- Site search (app/lib/search). Each product's text is indexed in its own language: search_language
      -- is the text search configuration its name and description are stemmed with ('english' by default,
      -- 'german' for German text, 'simple' for none); the brand is never stemmed. Weights: name A, brand B,
      -- description C, so a match in the name ranks above one in the description.
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      ALTER TABLE products ADD COLUMN search_language regconfig NOT NULL DEFAULT 'english';
      ALTER TABLE products ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(search_language, name), 'A') ||
        setweight(to_tsvector('simple', brand), 'B') ||
        setweight(to_tsvector(search_language, description), 'C')
      ) STORED;
      -- fastupdate off: a catalog is written rarely and searched often; a GIN pending list of recent writes
      -- makes the planner cost the index above a sequential scan, which is ten times slower here.
      CREATE INDEX products_search ON products USING gin (search_vector) WITH (fastupdate = off);
      -- The words of product names, brands and category names: what a misspelled query word is corrected
      -- to (closest by trigram similarity). Kept up to date by the triggers below as the catalog changes.
      CREATE TABLE search_terms (term text PRIMARY KEY);
      CREATE INDEX search_terms_trigram ON search_terms USING gin (term gin_trgm_ops) WITH (fastupdate = off);
      -- (one line: migrations are split at a semicolon that ends a line)
      CREATE FUNCTION add_search_terms(words text) RETURNS void LANGUAGE sql AS $$ INSERT INTO search_terms (term) SELECT DISTINCT word FROM regexp_split_to_table(lower(words), '[^[:alnum:]]+') AS word WHERE length(word) >= 3 AND word !~ '^[0-9]+$' ON CONFLICT DO NOTHING $$;
      CREATE FUNCTION products_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM add_search_terms(NEW.name || ' ' || NEW.brand); RETURN NULL; END $$;
      CREATE FUNCTION categories_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM add_search_terms(NEW.name); RETURN NULL; END $$;
      CREATE TRIGGER products_search_terms AFTER INSERT OR UPDATE OF name, brand ON products FOR EACH ROW EXECUTE FUNCTION products_search_terms();
      CREATE TRIGGER categories_search_terms AFTER INSERT OR UPDATE OF name ON categories FOR EACH ROW EXECUTE FUNCTION categories_search_terms();
      SELECT add_search_terms(name || ' ' || brand) FROM products;
      SELECT add_search_terms(name) FROM categories;

      -- Each product's published rating and stock over its variants, which search filters, sorts and counts
      -- facets on: kept up to date by triggers as reviews and variants change, so a search over thousands of
      -- matches joins one row per product instead of aggregating reviews and variants each time.
      CREATE TABLE search_product_stats (
        product_id text PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
        rating_average numeric,
        rating_count integer NOT NULL,
        stock integer NOT NULL
      );
      CREATE FUNCTION refresh_search_stats(product text) RETURNS void LANGUAGE sql AS $$ INSERT INTO search_product_stats (product_id, rating_average, rating_count, stock) SELECT p.id, r.average, r.count, v.stock FROM products p, LATERAL (SELECT avg(rating) AS average, count(*)::int AS count FROM reviews WHERE product_id = p.id AND status = 'published') r, LATERAL (SELECT coalesce(sum(stock), 0)::int AS stock FROM variants WHERE product_id = p.id) v WHERE p.id = product ON CONFLICT (product_id) DO UPDATE SET rating_average = EXCLUDED.rating_average, rating_count = EXCLUDED.rating_count, stock = EXCLUDED.stock $$;
      CREATE FUNCTION refresh_search_stats_of_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN PERFORM refresh_search_stats(OLD.product_id); END IF; IF TG_OP <> 'DELETE' THEN PERFORM refresh_search_stats(NEW.product_id); END IF; RETURN NULL; END $$;
      CREATE TRIGGER reviews_search_stats AFTER INSERT OR UPDATE OR DELETE ON reviews FOR EACH ROW EXECUTE FUNCTION refresh_search_stats_of_row();
      CREATE TRIGGER variants_search_stats AFTER INSERT OR UPDATE OR DELETE ON variants FOR EACH ROW EXECUTE FUNCTION refresh_search_stats_of_row();
      SELECT refresh_search_stats(id) FROM products;

      -- "Others also viewed" (app/lib/recommendations): the sessions that viewed a product, and what else they viewed.
      CREATE INDEX journey_events_product_views ON journey_events ((event #>> '{properties,item,id}'), session_id) WHERE name = 'product_viewed';
      CREATE INDEX journey_events_session_views ON journey_events (session_id) WHERE name = 'product_viewed';
      CREATE INDEX order_lines_product ON order_lines (product_id);

      -- When a product last changed: the sitemap's lastmod (app/lib/seo), whoever writes the row.
      ALTER TABLE products ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      UPDATE products SET updated_at = created_at;
      CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
      CREATE TRIGGER products_touch_updated_at BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
    `,
  },
  {
    id: '013_admin_customers_erasure',
    sql: `
      -- When the back office erased the customer's personal data (app/lib/admin/customers.server.ts): the row stays,
      -- so the orders keep their customer, but its email is a placeholder and the account cannot be opened again.
      ALTER TABLE customers ADD COLUMN erased_at timestamptz;
    `,
  },
  {
    id: '014_admin_promotions_coupon_window_limits_and_settings',
    sql: `
      -- Coupons managed in the back office (app/lib/admin/promotions.server.ts): the first moment a code is valid,
      -- how often one customer may use it, and whether it is switched on (a deactivated code is refused as unknown).
      ALTER TABLE coupons ADD COLUMN starts_at timestamptz;
      ALTER TABLE coupons ADD COLUMN per_customer_limit integer;
      ALTER TABLE coupons ADD COLUMN active boolean NOT NULL DEFAULT true;
      ALTER TABLE coupons ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
      -- A customer's uses of a code, counted at checkout (pricing.server.ts) for the per-customer limit.
      CREATE INDEX orders_coupon_customer ON orders (coupon_code, customer_id) WHERE coupon_code IS NOT NULL;
      -- What the storefront advertises, edited in the back office; a missing key means the shop's config default.
      -- 'promo_banner': {"coupon": "CODE" | null}; 'hero_copy': {"<source>": {"headline": "…", "subline": "…"}}.
      CREATE TABLE promotion_settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- The home page shows the banner's coupon and the hero's copy: a change names 'promotions' on the catalog's
      -- channel, so the catalog cache and the page cache drop what they hold. A use of a coupon only matters when
      -- it uses the code up (the banner then disappears).
      CREATE FUNCTION notify_promotions_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM notify_catalog_tags(ARRAY['promotions']); RETURN NULL; END $$;
      CREATE FUNCTION notify_coupon_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'UPDATE' AND (OLD.code, OLD.kind, OLD.value, OLD.starts_at, OLD.expires_at, OLD.min_subtotal, OLD.usage_limit, OLD.per_customer_limit, OLD.active, OLD.customer_id) IS NOT DISTINCT FROM (NEW.code, NEW.kind, NEW.value, NEW.starts_at, NEW.expires_at, NEW.min_subtotal, NEW.usage_limit, NEW.per_customer_limit, NEW.active, NEW.customer_id) AND (OLD.used < coalesce(OLD.usage_limit, OLD.used + 1)) = (NEW.used < coalesce(NEW.usage_limit, NEW.used + 1)) THEN RETURN NULL; END IF; PERFORM notify_catalog_tags(ARRAY['promotions']); RETURN NULL; END $$;
      CREATE TRIGGER coupons_changed AFTER INSERT OR UPDATE OR DELETE ON coupons FOR EACH ROW EXECUTE FUNCTION notify_coupon_changed();
      CREATE TRIGGER promotion_settings_changed AFTER INSERT OR UPDATE OR DELETE ON promotion_settings FOR EACH STATEMENT EXECUTE FUNCTION notify_promotions_changed();
    `,
  },
  {
    id: '015_discovery_recommendation_pairs_and_search_speed',
    sql: `
      -- Recommendations (app/lib/recommendations) read pairs counted as the data arrives instead of joining every
      -- order or view on each request. "Bought together": per ordered pair of products, the bought orders (paid,
      -- fulfilled) holding both. Counted when an order becomes bought (its lines are written before it is paid) or
      -- a line is added to a bought one; uncounted when it stops being bought (refunded, cancelled) or is deleted.
      -- Upserts in key order, so concurrent orders wait for each other instead of deadlocking.
      CREATE TABLE recommendation_bought_together (
        product_id text NOT NULL,
        other_id text NOT NULL,
        shared integer NOT NULL,                    -- bought orders holding both
        PRIMARY KEY (product_id, other_id)
      );
      CREATE FUNCTION is_bought(status text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT status IN ('paid', 'fulfilled') $$;
      CREATE FUNCTION count_bought_pairs(order_ref text, delta integer) RETURNS void LANGUAGE sql AS $$ WITH products AS (SELECT DISTINCT product_id FROM order_lines WHERE order_id = order_ref) INSERT INTO recommendation_bought_together AS pair (product_id, other_id, shared) SELECT a.product_id, b.product_id, delta FROM products a JOIN products b ON a.product_id <> b.product_id ORDER BY 1, 2 ON CONFLICT (product_id, other_id) DO UPDATE SET shared = pair.shared + EXCLUDED.shared; DELETE FROM recommendation_bought_together WHERE shared <= 0 $$;
      CREATE FUNCTION orders_bought_pairs() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN IF is_bought(OLD.status) THEN PERFORM count_bought_pairs(OLD.id, -1); END IF; RETURN OLD; END IF; IF is_bought(OLD.status) <> is_bought(NEW.status) THEN PERFORM count_bought_pairs(NEW.id, CASE WHEN is_bought(NEW.status) THEN 1 ELSE -1 END); END IF; RETURN NULL; END $$;
      -- BEFORE: each line of a multi-line insert sees the lines inserted before it, so a pair is counted once.
      CREATE FUNCTION order_lines_bought_pairs() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF EXISTS (SELECT 1 FROM orders WHERE id = NEW.order_id AND is_bought(status)) AND NOT EXISTS (SELECT 1 FROM order_lines WHERE order_id = NEW.order_id AND product_id = NEW.product_id) THEN INSERT INTO recommendation_bought_together AS pair (product_id, other_id, shared) SELECT a, b, 1 FROM (SELECT DISTINCT product_id FROM order_lines WHERE order_id = NEW.order_id AND product_id <> NEW.product_id) other CROSS JOIN LATERAL (VALUES (NEW.product_id, other.product_id), (other.product_id, NEW.product_id)) AS p(a, b) ORDER BY 1, 2 ON CONFLICT (product_id, other_id) DO UPDATE SET shared = pair.shared + 1; END IF; RETURN NEW; END $$;
      CREATE TRIGGER orders_bought_pairs AFTER UPDATE OF status ON orders FOR EACH ROW EXECUTE FUNCTION orders_bought_pairs();
      CREATE TRIGGER orders_deleted_bought_pairs BEFORE DELETE ON orders FOR EACH ROW EXECUTE FUNCTION orders_bought_pairs();
      CREATE TRIGGER order_lines_bought_pairs BEFORE INSERT ON order_lines FOR EACH ROW EXECUTE FUNCTION order_lines_bought_pairs();
      INSERT INTO recommendation_bought_together (product_id, other_id, shared)
        SELECT a.product_id, b.product_id, count(DISTINCT a.order_id)
          FROM order_lines a JOIN orders o ON o.id = a.order_id AND is_bought(o.status)
          JOIN order_lines b ON b.order_id = a.order_id AND b.product_id <> a.product_id
         GROUP BY 1, 2;

      -- "Others also viewed": the products each visit viewed (one row per visit and product), and per ordered pair
      -- of products the visits that viewed both; counted as the collector stores product_viewed events.
      CREATE TABLE recommendation_session_views (
        session_id text NOT NULL,
        product_id text NOT NULL,
        PRIMARY KEY (session_id, product_id)
      );
      CREATE TABLE recommendation_viewed_together (
        product_id text NOT NULL,
        other_id text NOT NULL,
        shared integer NOT NULL,                    -- visits that viewed both
        PRIMARY KEY (product_id, other_id)
      );
      CREATE FUNCTION journey_events_view_pairs() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE viewed text := NEW.event #>> '{properties,item,id}'; BEGIN IF NEW.session_id IS NULL OR viewed IS NULL THEN RETURN NULL; END IF; INSERT INTO recommendation_session_views (session_id, product_id) VALUES (NEW.session_id, viewed) ON CONFLICT DO NOTHING; IF FOUND THEN INSERT INTO recommendation_viewed_together AS pair (product_id, other_id, shared) SELECT a, b, 1 FROM recommendation_session_views v CROSS JOIN LATERAL (VALUES (viewed, v.product_id), (v.product_id, viewed)) AS p(a, b) WHERE v.session_id = NEW.session_id AND v.product_id <> viewed ORDER BY 1, 2 ON CONFLICT (product_id, other_id) DO UPDATE SET shared = pair.shared + 1; END IF; RETURN NULL; END $$;
      CREATE TRIGGER journey_events_view_pairs AFTER INSERT ON journey_events FOR EACH ROW WHEN (NEW.name = 'product_viewed') EXECUTE FUNCTION journey_events_view_pairs();
      INSERT INTO recommendation_session_views (session_id, product_id)
        SELECT DISTINCT session_id, event #>> '{properties,item,id}' FROM journey_events
         WHERE name = 'product_viewed' AND session_id IS NOT NULL AND event #>> '{properties,item,id}' IS NOT NULL;
      INSERT INTO recommendation_viewed_together (product_id, other_id, shared)
        SELECT a.product_id, b.product_id, count(*) FROM recommendation_session_views a
          JOIN recommendation_session_views b ON b.session_id = a.session_id AND b.product_id <> a.product_id
         GROUP BY 1, 2;

      -- The discovery panel (app/lib/search/discovery-dashboard.server.ts): a visit's recommendation clicks before its order.
      CREATE INDEX journey_events_session_clicks ON journey_events (session_id, occurred_at) WHERE name = 'product_clicked';
      -- Search (app/lib/search): a query naming a category finds the category's products by this index, not by reading every product.
      CREATE INDEX products_category ON products (category_id);
    `,
  },
  {
    id: '016_email_order_follow_ups',
    sql: `
      -- The order a follow-up message is about (review request, NPS invitation): suppressed when it is due if
      -- that order was refunded or cancelled since it was queued (app/lib/email/sender.server.ts).
      ALTER TABLE email_outbox ADD COLUMN order_id text;
    `,
  },
  {
    id: '017_admin_catalog_drafts_variant_prices_and_media',
    sql: `
      -- Drafts: a product with published = false is only seen in the back office (app/lib/published.server.ts).
      ALTER TABLE products ADD COLUMN published boolean NOT NULL DEFAULT true;
      -- A variant's own price (minor units, the product's currency); null: the product's price.
      ALTER TABLE variants ADD COLUMN price_amount integer CHECK (price_amount > 0);
      -- Uploaded product images, served at /media/<sha256>.<ext>: content-addressed, so never changed once written.
      CREATE TABLE media (
        sha256 text PRIMARY KEY,
        content_type text NOT NULL,
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    id: '018_email_sent_events',
    sql: `
      -- The utm_campaign of each message's links, for its email_sent event; every message so far used its template's name.
      ALTER TABLE email_outbox ADD COLUMN campaign text;
      UPDATE email_outbox SET campaign = kind;
      ALTER TABLE email_outbox ALTER COLUMN campaign SET NOT NULL;

      -- The server's email_sent event of every message sent before the worker recorded one (as emailSentEvent in
      -- app/lib/email/outbox.server.ts makes it), so the email funnel, which now counts these events, keeps its history.
      INSERT INTO journey_events (id, name, stage, occurred_at, session_id, anonymous_id, transaction_id, origin, event)
      SELECT md5('email_sent:' || id)::uuid::text, 'email_sent', 'awareness', sent_at, 'email:' || id, 'email:' || id, 'email:' || id, 'server',
             jsonb_build_object(
               'id', md5('email_sent:' || id)::uuid::text, 'name', 'email_sent', 'stage', 'awareness',
               'occurredAt', to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'properties', jsonb_build_object('template', kind, 'campaign', campaign, 'messageId', id),
               'context', jsonb_build_object(
                 'anonymousId', 'email:' || id, 'sessionId', 'email:' || id, 'locale', 'en',
                 'page', jsonb_build_object('url', '', 'path', '', 'title', '', 'referrer', ''), 'campaign', '{}'::jsonb,
                 'touchpoint', jsonb_build_object('channel', 'direct', 'source', 'direct'),
                 'consent', jsonb_build_object('analytics', false, 'marketing', false)),
               'source', jsonb_build_object('block', 'server'))
        FROM email_outbox WHERE status = 'sent' AND sent_at IS NOT NULL
      ON CONFLICT DO NOTHING;

      -- The abandoned-checkout reminder is suppressed once its recipient paid any order after it was queued: found by address.
      CREATE INDEX orders_email_paid ON orders (lower(email), paid_at) WHERE paid_at IS NOT NULL;
    `,
  },
  {
    id: '019_discovery_search_facet_counts',
    sql: `
      -- Search facets without a query (a category on /search, the bare /search, app/lib/search): the products per
      -- category, price bucket, rating floor and stock, so the counts are a sum over a few hundred rows instead of a
      -- pass over every product. The buckets are PRICE_BUCKETS of search.server.ts (under 5000, under 10000, under
      -- 20000 and the rest, in minor units); rating_floor is the whole stars of the published average (0: none),
      -- in_stock whether the variants hold stock; drafts (published = false, migration 017) are not counted. Kept current by statement triggers, whoever writes products or
      -- search_product_stats: each changed row counts -1 at its old key and +1 at its new one, summed per key and
      -- applied in key order (concurrent writers wait instead of deadlocking). A delete, rare, recounts everything.
      CREATE TABLE search_facet_counts (
        category_id text NOT NULL,
        price_bucket smallint NOT NULL,
        rating_floor smallint NOT NULL,
        in_stock boolean NOT NULL,
        products integer NOT NULL,
        PRIMARY KEY (category_id, price_bucket, rating_floor, in_stock)
      );
      CREATE FUNCTION search_price_bucket(amount integer) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$ SELECT (CASE WHEN amount < 5000 THEN 0 WHEN amount < 10000 THEN 1 WHEN amount < 20000 THEN 2 ELSE 3 END)::smallint $$;
      CREATE FUNCTION search_rating_floor(average numeric) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(floor(average), 0)::smallint $$;
      CREATE FUNCTION recount_search_facets() RETURNS void LANGUAGE sql AS $$ DELETE FROM search_facet_counts; INSERT INTO search_facet_counts (category_id, price_bucket, rating_floor, in_stock, products) SELECT p.category_id, search_price_bucket(p.price_amount), search_rating_floor(s.rating_average), coalesce(s.stock, 0) > 0, count(*) FROM products p LEFT JOIN search_product_stats s ON s.product_id = p.id WHERE p.published GROUP BY 1, 2, 3, 4 $$;
      -- A product without a stats row yet (no variants, no reviews) counts as unrated and out of stock.
      CREATE FUNCTION products_search_facets() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN PERFORM recount_search_facets(); ELSIF TG_OP = 'INSERT' THEN INSERT INTO search_facet_counts AS f (category_id, price_bucket, rating_floor, in_stock, products) SELECT category_id, price_bucket, rating_floor, in_stock, sum(delta) FROM (SELECT c.category_id, search_price_bucket(c.price_amount) AS price_bucket, search_rating_floor(s.rating_average) AS rating_floor, coalesce(s.stock, 0) > 0 AS in_stock, 1 AS delta FROM changed c LEFT JOIN search_product_stats s ON s.product_id = c.id WHERE c.published) moves GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4 ON CONFLICT (category_id, price_bucket, rating_floor, in_stock) DO UPDATE SET products = f.products + EXCLUDED.products; ELSE INSERT INTO search_facet_counts AS f (category_id, price_bucket, rating_floor, in_stock, products) SELECT category_id, price_bucket, rating_floor, in_stock, sum(delta) FROM (SELECT c.category_id, search_price_bucket(c.price_amount) AS price_bucket, search_rating_floor(s.rating_average) AS rating_floor, coalesce(s.stock, 0) > 0 AS in_stock, 1 AS delta FROM changed c LEFT JOIN search_product_stats s ON s.product_id = c.id WHERE c.published UNION ALL SELECT o.category_id, search_price_bucket(o.price_amount), search_rating_floor(s.rating_average), coalesce(s.stock, 0) > 0, -1 FROM previous o LEFT JOIN search_product_stats s ON s.product_id = o.id WHERE o.published) moves GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4 ON CONFLICT (category_id, price_bucket, rating_floor, in_stock) DO UPDATE SET products = f.products + EXCLUDED.products; END IF; RETURN NULL; END $$;
      CREATE FUNCTION search_stats_facets() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN PERFORM recount_search_facets(); ELSIF TG_OP = 'INSERT' THEN INSERT INTO search_facet_counts AS f (category_id, price_bucket, rating_floor, in_stock, products) SELECT category_id, price_bucket, rating_floor, in_stock, sum(delta) FROM (SELECT p.category_id, search_price_bucket(p.price_amount) AS price_bucket, search_rating_floor(c.rating_average) AS rating_floor, c.stock > 0 AS in_stock, 1 AS delta FROM changed c JOIN products p ON p.id = c.product_id WHERE p.published UNION ALL SELECT p.category_id, search_price_bucket(p.price_amount), 0::smallint, false, -1 FROM changed c JOIN products p ON p.id = c.product_id WHERE p.published) moves GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4 ON CONFLICT (category_id, price_bucket, rating_floor, in_stock) DO UPDATE SET products = f.products + EXCLUDED.products; ELSE INSERT INTO search_facet_counts AS f (category_id, price_bucket, rating_floor, in_stock, products) SELECT category_id, price_bucket, rating_floor, in_stock, sum(delta) FROM (SELECT p.category_id, search_price_bucket(p.price_amount) AS price_bucket, search_rating_floor(c.rating_average) AS rating_floor, c.stock > 0 AS in_stock, 1 AS delta FROM changed c JOIN products p ON p.id = c.product_id WHERE p.published UNION ALL SELECT p.category_id, search_price_bucket(p.price_amount), search_rating_floor(o.rating_average), o.stock > 0, -1 FROM previous o JOIN products p ON p.id = o.product_id WHERE p.published) moves GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4 ON CONFLICT (category_id, price_bucket, rating_floor, in_stock) DO UPDATE SET products = f.products + EXCLUDED.products; END IF; RETURN NULL; END $$;
      -- Transition tables allow one event per trigger.
      CREATE TRIGGER products_search_facets_insert AFTER INSERT ON products REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION products_search_facets();
      CREATE TRIGGER products_search_facets_update AFTER UPDATE ON products REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION products_search_facets();
      CREATE TRIGGER products_search_facets_delete AFTER DELETE ON products FOR EACH STATEMENT EXECUTE FUNCTION products_search_facets();
      CREATE TRIGGER search_stats_facets_insert AFTER INSERT ON search_product_stats REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_stats_facets();
      CREATE TRIGGER search_stats_facets_update AFTER UPDATE ON search_product_stats REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_stats_facets();
      CREATE TRIGGER search_stats_facets_delete AFTER DELETE ON search_product_stats FOR EACH STATEMENT EXECUTE FUNCTION search_stats_facets();
      SELECT recount_search_facets();

      -- Units sold per product in bought orders (paid, fulfilled): the order of popularProducts (the 404 page, an empty
      -- search, "popular in the category"), counted as orders become bought or stop being bought, instead of summing
      -- every order line per request. The same moments as recommendation_bought_together (migration 015).
      CREATE TABLE product_units_sold (product_id text PRIMARY KEY, units integer NOT NULL);
      CREATE FUNCTION count_units_sold(order_ref text, sign integer) RETURNS void LANGUAGE sql AS $$ INSERT INTO product_units_sold AS u (product_id, units) SELECT product_id, sign * sum(quantity) FROM order_lines WHERE order_id = order_ref GROUP BY product_id ORDER BY product_id ON CONFLICT (product_id) DO UPDATE SET units = u.units + EXCLUDED.units $$;
      CREATE FUNCTION orders_units_sold() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN IF is_bought(OLD.status) THEN PERFORM count_units_sold(OLD.id, -1); END IF; RETURN OLD; END IF; IF is_bought(OLD.status) <> is_bought(NEW.status) THEN PERFORM count_units_sold(NEW.id, CASE WHEN is_bought(NEW.status) THEN 1 ELSE -1 END); END IF; RETURN NULL; END $$;
      CREATE FUNCTION order_lines_units_sold() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF EXISTS (SELECT 1 FROM orders WHERE id = NEW.order_id AND is_bought(status)) THEN INSERT INTO product_units_sold AS u (product_id, units) VALUES (NEW.product_id, NEW.quantity) ON CONFLICT (product_id) DO UPDATE SET units = u.units + EXCLUDED.units; END IF; RETURN NULL; END $$;
      CREATE TRIGGER orders_units_sold AFTER UPDATE OF status ON orders FOR EACH ROW EXECUTE FUNCTION orders_units_sold();
      CREATE TRIGGER orders_deleted_units_sold BEFORE DELETE ON orders FOR EACH ROW EXECUTE FUNCTION orders_units_sold();
      CREATE TRIGGER order_lines_units_sold AFTER INSERT ON order_lines FOR EACH ROW EXECUTE FUNCTION order_lines_units_sold();
      INSERT INTO product_units_sold (product_id, units) SELECT l.product_id, sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE is_bought(o.status) GROUP BY l.product_id;

      -- A misspelt query corrected inside the search's own statement (app/lib/search): the words (lower case, as
      -- search_terms holds them) with each one that finds nothing (neither a catalog word nor, stemmed, any product)
      -- replaced by the closest catalog word by trigram similarity (above pg_trgm's threshold, 0.3); NULL when no
      -- word was replaced, or when \`typed\` (the query as typed, NULL to skip the check) finds \`enough\` products.
      -- PL/pgSQL, so its plans are kept for the session instead of planned with every search. Without sequential scans:
      -- for a word no product has, the planner expects EXISTS to stop early and reads every product's vector.
      CREATE FUNCTION correct_search_words(words text[], typed tsquery, enough integer) RETURNS text LANGUAGE plpgsql STABLE SET enable_seqscan = off AS $$ DECLARE word text; replacement text; corrected text[] := '{}'; changed boolean := false; BEGIN FOREACH word IN ARRAY words LOOP replacement := NULL; IF length(word) >= 3 AND NOT EXISTS (SELECT 1 FROM search_terms WHERE term = word) AND NOT EXISTS (SELECT 1 FROM products WHERE search_vector @@ (plainto_tsquery('english', word) || plainto_tsquery('german', word) || plainto_tsquery('simple', word))) THEN SELECT term INTO replacement FROM search_terms WHERE term % word ORDER BY similarity(term, word) DESC, term LIMIT 1; END IF; corrected := corrected || coalesce(replacement, word); changed := changed OR replacement IS NOT NULL; END LOOP; IF NOT changed OR (typed IS NOT NULL AND (SELECT count(*) FROM (SELECT FROM products WHERE search_vector @@ typed LIMIT enough) found) >= enough) THEN RETURN NULL; END IF; RETURN array_to_string(corrected, ' '); END $$;
    `,
  },
  {
    id: '020_shared_rate_limits',
    sql: `
      -- Rate limits shared by every shop process on the database (app/lib/rate-limit.server.ts): one fixed window
      -- per key (e.g. \`checkout-quote:<address>\`), counted with one upsert, so a client gets the limit once however many
      -- processes serve it behind a load balancer. reset_at is epoch milliseconds from the shop's clock. Unlogged: counters
      -- are not worth a WAL write each, and a crash that empties them only forgets the current windows.
      CREATE UNLOGGED TABLE rate_limit_windows (key text PRIMARY KEY, count integer NOT NULL, reset_at bigint NOT NULL);
      CREATE INDEX rate_limit_windows_reset_at ON rate_limit_windows (reset_at);
    `,
  },
]
