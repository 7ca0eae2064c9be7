// Functions and methods of a program need a body (only the standard library's natives have none). As in gc, this
// is reported once type checking found no other error.

package main

func noBody() // ERROR "^missing function body$"

type T struct{}

func (T) alsoNoBody() // ERROR "^missing function body$"

func main() {}
