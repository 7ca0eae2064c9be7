// An import of a package vo does not have is reported once; uses of its name report nothing further.

package main

import (
	"no/such/pkg" // ERROR "^could not import no/such/pkg \(package no/such/pkg is not in std\)$"
	q "other/missing" // ERROR "^could not import other/missing \(package other/missing is not in std\)$"
)

var v pkg.T
var w = q.V + 1

func f(x pkg.T) q.U { return q.Make(x) }

func main() {
	pkg.Do()
	q.Do(pkg.X)
	x := pkg.Y
	_ = x
	var s pkg.S = q.S{}
	_, _, _ = s, v, w
	pkg.T.M(v)
}
