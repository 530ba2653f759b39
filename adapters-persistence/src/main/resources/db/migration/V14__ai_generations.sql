-- Every call of the AI image generator (issue 17, "cost and usage"): which model and prompt, which style, how long it
-- took, the token counts the API returned (usageMetadata; NULL where it gave none) and what came of it. Failed and
-- refused calls are written too. billed: an image came back from a paid service (Google bills image models by the
-- image); the owner's /stats multiplies those by GEMINI_COST_PER_IMAGE_USD.
-- No foreign keys: a discarded draft's calls were made all the same and stay counted.
CREATE TABLE ai_generations (
    id             BIGSERIAL PRIMARY KEY,
    product_id     INTEGER NOT NULL,
    image_id       INTEGER NOT NULL,
    version        INTEGER NOT NULL,
    attempt        INTEGER NOT NULL,
    model          VARCHAR(100),
    prompt_version VARCHAR(100),
    style          VARCHAR(40) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    latency_ms     BIGINT NOT NULL CHECK (latency_ms >= 0),
    prompt_tokens  INTEGER,
    output_tokens  INTEGER,
    total_tokens   INTEGER,
    outcome        VARCHAR(10) NOT NULL CHECK (outcome IN ('READY', 'FAILED', 'REFUSED')),
    billed         BOOLEAN NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- /stats reads a month of them.
CREATE INDEX idx_ai_generations_started ON ai_generations (started_at);
