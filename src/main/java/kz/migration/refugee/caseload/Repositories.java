package kz.migration.refugee.caseload;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseloadSubmissionRepository extends JpaRepository<CaseloadSubmission, Long> {}
