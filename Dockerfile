# syntax=docker/dockerfile:1
# Enchufe as a self-hosted container. Build:  docker build -t enchufe .
# Run:    docker run -p 8080:8080 -v enchufe-data:/app/data enchufe
# See docs/operations.md for PostgreSQL, configuration and scaling out.

# --- build: JDK 25 and Node 20, the same toolchain the Maven build finds on a workstation ---
FROM node:20-bookworm-slim AS node

FROM eclipse-temurin:25-jdk AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
WORKDIR /src
# Dependencies first, so that a code change does not download the world again.
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY build build
RUN ./mvnw -B -q dependency:go-offline -DskipTests || true
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY . .
RUN ./mvnw -B -q package -DskipTests

# --- run: a JRE, a non-root user, data in a volume ---
FROM eclipse-temurin:25-jre
RUN groupadd --system enchufe && useradd --system --gid enchufe --home /app enchufe \
 && mkdir -p /app/data && chown -R enchufe:enchufe /app
WORKDIR /app
COPY --from=build /src/target/enchufe.jar /app/enchufe.jar
USER enchufe
ENV PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", "/app/enchufe.jar", "healthcheck"]
ENTRYPOINT ["java", "-jar", "/app/enchufe.jar"]
