package kz.migration.refugee.evidence;

/** A file to hand out: its name as stored (made safe at upload), detected type and bytes. */
public record Download(String fileName, String contentType, byte[] content) {}
