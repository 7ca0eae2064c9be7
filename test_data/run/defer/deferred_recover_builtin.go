package main

import "fmt"

// `defer recover()` in a deferred function: the runtime calls recover directly as that function's deferred call, so
// it stops the panic (Go's test/recover1.go test5); the outer deferred function then finds nothing to recover.
func stopped() {
	defer func() { fmt.Println("after:", recover()) }()
	defer func() { defer recover() }()
	panic(5)
}

// A recover called by a helper of the deferred function is not called directly by it: it returns nil.
func notStopped() (r interface{}) {
	defer func() { r = recover() }()
	defer func() { helper() }()
	panic(6)
}

func helper() { fmt.Println("helper sees:", recover()) }

func main() {
	stopped()
	fmt.Println("notStopped:", notStopped())
}
