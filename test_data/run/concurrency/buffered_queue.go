package main

import "fmt"

type job struct {
	id   int
	name string
}

func main() {
	q := make(chan job, 3)
	fmt.Println(len(q), cap(q))
	q <- job{1, "one"}
	q <- job{2, "two"}
	fmt.Println(len(q), cap(q))
	j := <-q
	fmt.Println(j.id, j.name, len(q))
	q <- job{3, "three"}
	q <- job{4, "four"}
	fmt.Println(len(q))
	close(q)
	for j := range q {
		fmt.Println("drained", j.id, j.name)
	}
	j, ok := <-q
	fmt.Printf("%+v %v\n", j, ok)

	// a buffered channel of interfaces and slices
	anyq := make(chan any, 4)
	anyq <- 42
	anyq <- "str"
	anyq <- []int{1, 2, 3}
	anyq <- nil
	for i := 0; i < 4; i++ {
		fmt.Printf("%v\n", <-anyq)
	}

	// producers fill a buffer while the consumer is slow
	results := make(chan int, 12)
	done := make(chan bool)
	for p := 0; p < 3; p++ {
		go func(p int) {
			for i := 0; i < 4; i++ {
				results <- p*100 + i
			}
			done <- true
		}(p)
	}
	for p := 0; p < 3; p++ {
		<-done
	}
	close(results)
	sum := 0
	n := 0
	for r := range results {
		sum += r
		n++
	}
	fmt.Println("received", n, "sum", sum)
}
