package kz.migration.refugee.evidence;

/**
 * An upload as the web layer received it (multipart): the kind code ({@code type}), the person it concerns if any,
 * the name the client gave, a note (optional), the bytes. Checked by {@link Evidence#upload}, which names the refused field.
 */
public record NewAttachment(String type, Long personId, String fileName, String note, byte[] content) {}
