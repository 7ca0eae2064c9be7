// A name may be declared once per block: in the package block (across files), in a file block (imports), and in
// each local block. Methods are unique per receiver base type and must not collide with field names.

package main

import "strings" // ERROR "^.strings. imported and not used$"

var v int
var v string // ERROR "^v redeclared in this block\n\t.*: other declaration of v$"

const c = 1

type c struct{} // ERROR "^c redeclared in this block"

func fn() {}

func fn() {} // ERROR "^fn redeclared in this block"

var strings = 1 // ERROR "^strings already declared through import of package strings \(.strings.\)"

type T struct{ name string }

func (T) m()  {}
func (*T) m() {} // ERROR "^method T.m already declared at .*redeclared_names.go:23:10$"

func (T) name() {} // ERROR "^field and method with the same name name\n\t.*: other declaration of name$"

func main() {
	var x int
	const x = 2 // ERROR "^x redeclared in this block"
	_ = x
	type y int
	var y bool // ERROR "^y redeclared in this block"
}
