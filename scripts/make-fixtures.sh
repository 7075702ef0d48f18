#!/usr/bin/env bash
# Regenerates the attachment fixtures in test/fixtures/attachments/ from the hand-written sources in
# test/fixtures/attachments/sources/, with real tools: LibreOffice (soffice), qpdf, msoffcrypto-tool,
# iconv and zip; then writes the end-to-end messages in test/fixtures/eml/ (scripts/make-fixtures.eml.mjs).
# Needs: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui qpdf poppler-utils \
#        zip   (and `npm install` for officecrypto-tool)
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=test/fixtures/attachments/sources
OUT=test/fixtures/attachments
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A private LibreOffice profile, so a running instance or another user's profile is never touched.
SOFFICE=(soffice --headless --norestore "-env:UserInstallation=file://$WORK/profile")

convert() { # convert <source> <target-extension[:filter]> [infilter]
  local source=$1 target=$2
  if [ $# -ge 3 ]; then
    "${SOFFICE[@]}" --infilter="$3" --convert-to "$target" --outdir "$WORK" "$source" >/dev/null 2>&1
  else
    "${SOFFICE[@]}" --convert-to "$target" --outdir "$WORK" "$source" >/dev/null 2>&1
  fi
}

# CSV import options (LibreOffice "Filter Options for CSV"): separator, quote, charset 76 = UTF-8,
# start row, then per-column formats (2 = text keeps "19570428-9999" from becoming a number).
CSV_TEXT='CSV Text - txt - csv (StarCalc):44,34,76,1,1/2/2/2/3/2/4/5'
CSV_AUTO='CSV Text - txt - csv (StarCalc):44,34,76,1,,1033'

convert "$SRC/staff-list.csv" xlsx "$CSV_TEXT"
cp "$WORK/staff-list.xlsx" "$OUT/staff-list.personnummer.xlsx"
convert "$SRC/staff-list.csv" ods "$CSV_TEXT"
cp "$WORK/staff-list.ods" "$OUT/staff-list.personnummer.ods"

convert "$SRC/telemetry.csv" xlsx "$CSV_AUTO"
cp "$WORK/telemetry.xlsx" "$OUT/telemetry.clean.xlsx"

convert "$SRC/contract.fodt" 'docx:MS Word 2007 XML'
cp "$WORK/contract.docx" "$OUT/contract.personnummer.docx"
convert "$SRC/contract.fodt" odt
cp "$WORK/contract.odt" "$OUT/contract.personnummer.odt"
convert "$SRC/contract.fodt" 'rtf:Rich Text Format'
cp "$WORK/contract.rtf" "$OUT/contract.personnummer.rtf"

convert "$SRC/slides.fodp" 'pptx:Impress MS PowerPoint 2007 XML'
cp "$WORK/slides.pptx" "$OUT/rehab-slides.personnummer.pptx"
convert "$SRC/slides.fodp" odp
cp "$WORK/slides.odp" "$OUT/rehab-slides.personnummer.odp"

convert "$SRC/payslip.fodt" pdf
cp "$WORK/payslip.pdf" "$OUT/payslip.personnummer.pdf"
convert "$SRC/datasheet.fodt" pdf
cp "$WORK/datasheet.pdf" "$OUT/datasheet.clean.pdf"

# An image (first page of the payslip rendered by poppler's pdftoppm): contents are not checked.
pdftoppm -png -r 40 -singlefile "$OUT/payslip.personnummer.pdf" "$WORK/scan"
cp "$WORK/scan.png" "$OUT/scan.image.png"

# Password-protected files: AES-256 PDF (qpdf) and an ECMA-376 agile-encrypted .docx (officecrypto-tool).
qpdf --encrypt fixture-user fixture-owner 256 -- "$OUT/payslip.personnummer.pdf" "$OUT/error.encrypted.pdf"
node scripts/make-fixtures.encrypt.mjs "$OUT/contract.personnummer.docx" "$OUT/error.encrypted.docx" fixture-password

# A Windows-1252 export with semicolons, as older Swedish systems write them.
iconv -f UTF-8 -t WINDOWS-1252 "$SRC/customers.csv" > "$OUT/customers.phone-email.csv"

# Calendar and contact card: written by hand to RFC 5545 / RFC 6350 (CRLF line ends, folded lines).
cp "$SRC/doctor-appointment.ics" "$OUT/doctor-appointment.health.ics"
cp "$SRC/contact.vcf" "$OUT/contact.personnummer.vcf"

# A zip archive holding a spreadsheet and a note.
(cd "$WORK" && cp "$OLDPWD/$OUT/staff-list.personnummer.xlsx" lista.xlsx && printf 'Se bifogad lista.\n' > readme.txt \
  && rm -f archive.zip && zip -q -X archive.zip lista.xlsx readme.txt)
cp "$WORK/archive.zip" "$OUT/archive.personnummer.zip"

node scripts/make-fixtures.eml.mjs
echo "fixtures written to $OUT and test/fixtures/eml"
