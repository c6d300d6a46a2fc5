/**
 * Reading errors that admins paste: {@link dev.azscsp.diagnosis.paste.ErrorTextReader} turns any pasted text into
 * the known codes it holds, the one to fix first and the values it names.
 *
 * <pre>{@code
 * ErrorTextReader reader = ErrorTextReader.fromCatalog(ErrorCatalog.shipped());   // once; thread-safe
 * PasteResult r = reader.read(pastedText);                                          // never throws
 * if (r.recognized()) {
 *     ErrorCard card = catalog.card(r.primaryCode(), language, r.extracted().toValues());
 * } else {
 *     show(messages.get(r.hint().key()));      // and r.looksLikeError(), r.unknownCodes()
 * }
 * }</pre>
 *
 * <p>Knowledge of codes and messages comes only from the {@link dev.azscsp.catalog.CodeInfo}s the reader is built
 * with; this package adds only the shapes of the formats around errors (ARM envelopes, PowerShell and Azure CLI
 * output, HTTP traces, resource ids).
 */
package dev.azscsp.diagnosis.paste;
