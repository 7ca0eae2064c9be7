// Vo has no type parameters: a type parameter list is reported, in the Go dialect too.
package main

func identity[T any](x T) T { return x } // ERROR "generics are not supported"

func main() {}
