// The receiver base type must be a defined type of this package that is neither a pointer nor an interface
// (Go spec "Method declarations").
package main

import "strings"

type I interface{ M() }
type P *int
type T struct{}

func (T) ok()   {}
func (*T) ok2() {}

func (x int) m1()             {} // ERROR "^cannot define new methods on non-local type int$"
func (b *strings.Builder) m2() {} // ERROR "^cannot define new methods on non-local type strings.Builder$"
func (i I) m3()               {} // ERROR "^invalid receiver type I \(pointer or interface type\)$"
func (p P) m4()               {} // ERROR "^invalid receiver type P \(pointer or interface type\)$"
func (e error) m5()           {} // ERROR "^cannot define new methods on non-local type error$"
func (s []T) m6()             {} // ERROR "^invalid receiver type \[\]T$"

func (t T) dup(t int) {} // ERROR "^t redeclared in this block"

func main() {}
