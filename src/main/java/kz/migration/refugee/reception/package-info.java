/**
 * Temporary accommodation centres (programme item 17): the centres as reference data kept by administrators, the
 * placement of persons of a case in them (in, moves, out), and their occupancy. Places are counted per person present
 * on a day; a placement locks its centre's row so that the last place goes to one family only. Leaving the register
 * ends a person's placement the same day ({@code registry.Deregistration}).
 */
package kz.migration.refugee.reception;
