// An import of a package vo does not have is reported once; uses of its name report nothing further.

package main

import "no/such/pkg" // ERROR "^could not import no/such/pkg \(package no/such/pkg is not in std\)$"

func main() {
	pkg.Do()
}
