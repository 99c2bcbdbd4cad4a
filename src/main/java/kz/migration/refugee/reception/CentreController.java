package kz.migration.refugee.reception;

import jakarta.validation.Valid;
import java.util.List;
import kz.migration.refugee.shared.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The centres: administrators enter and change them; case work and administrators read them. */
@RestController
@RequestMapping("/api/centres")
class CentreController {

  private final Centres centres;

  CentreController(Centres centres) {
    this.centres = centres;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('caseworkers','managers','admins')")
  List<CentreView> all() {
    return centres.all();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('admins')")
  CentreView create(@Valid @RequestBody CentreRequest request) {
    return centres.create(request);
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('admins')")
  CentreView update(@PathVariable long id, @Valid @RequestBody CentreRequest request) {
    return centres.update(id, request);
  }
}
