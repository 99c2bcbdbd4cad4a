package kz.migration.refugee.casefile;

import java.util.List;

/** A case as its page shows it; every value is already Russian text, so the template only lays it out. */
record CasePage(String caseNumber, String status, String headName, List<Field> summary, List<Member> members,
    List<Field> petition, List<Field> deadlines, List<String> interviews, List<String> agencyReplies,
    List<String> assessments, List<Entry> recommendations, List<Entry> decisions, List<Entry> appeals,
    List<Entry> courtAppeals, List<Certificate> certificates, List<Entry> rechecks, List<Entry> statusEnds, List<Entry> returns, List<Deregistered> deregistrations,
    List<Step> timeline, boolean decided, List<Document> documents, List<Note> notes, List<Option> persons,
    List<Option> kinds, String maxFileSize, List<Placed> placements, List<Option> centres, List<Option> onRegister) {

  record Field(String label, String value) {}

  /** One record of a kind (a decision, an appeal, a recheck...): a title, its fields, and free text if any. */
  record Entry(String title, List<Field> fields, String text) {}

  record Member(String name, String role, String sex, String born, String age, String citizenship, String ethnicity,
      String languages, String document, String register) {}

  record Certificate(String number, String type, String holder, String members, String issuedOn, String validUntil,
      String status, String pdf) {}

  record Deregistered(String name, String on, String reason) {}

  record Step(String at, String what, String kind, String who) {}

  /** A file filed with the case: «Документы и материалы». */
  record Document(String kind, String person, String fileName, String size, String sha256Short, String sha256,
      String who, String at, String note, String href) {}

  /** A case note; {@code corrects}: the text naming the note it corrects, or null. */
  record Note(long id, String at, String who, String text, String corrects) {}

  /** A person's stay in a centre; {@code id} is what the move-out form sends, {@code open} while they are there. */
  record Placed(long id, String name, String centre, String from, String to, String leavingReason, boolean open) {}

  /** A choice of a form's select (a kind of file, a person, a centre): value and Russian label. */
  record Option(String value, String label) {}
}
