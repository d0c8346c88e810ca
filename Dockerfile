# Build a wheel in one stage, install it into a slim, non-root runtime in the next.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY scheduler ./scheduler
COPY storage ./storage
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
# The tzdata package (a dependency) carries the zone database; the OS copy keeps `date` honest.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 smallsteps \
    && mkdir /data && chown smallsteps:smallsteps /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
ENV PYTHONUNBUFFERED=1 \
    SMALLSTEPS_DATABASE_URL=sqlite+aiosqlite:////data/smallsteps.db
USER smallsteps
WORKDIR /data
VOLUME ["/data"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["smallsteps"]
CMD ["run"]
