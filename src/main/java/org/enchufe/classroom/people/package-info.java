/**
 * Who teaches: instructors' accounts (local passwords, single sign-on identities), the first one
 * made from the environment, and invitations. Depends on nothing of ours.
 */
package org.enchufe.classroom.people;
