// Vo has no type parameters: a generic type declaration is reported.
package main

type List[T any] struct { // ERROR "generics are not supported"
	items []T
}

func main() {}
